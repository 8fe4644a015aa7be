#pragma once

#include "app/data/Campaign.h"
#include "app/email/EmailClient.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace cc::ui {

// "Send test e-mail" for one campaign: recipient (prefilled with the signed-in user's address), subject and
// text, checked before sending; the result (or a clear error) is shown in the dialog, which stays open so
// the user can correct and send again.
class SendTestEmailDialog : public QDialog {
    Q_OBJECT

public:
    SendTestEmailDialog(email::EmailClient& client, const data::Campaign& campaign, const QString& recipient,
                        QWidget* parent = nullptr);

    email::EmailMessage message() const;
    QString resultText() const;
    bool isSending() const { return m_sending; }

public slots:
    void send();

signals:
    void finished(bool sent);

private:
    void showResult(const QString& text, bool good);

    QPointer<email::EmailClient> m_client;
    data::Campaign m_campaign;
    QLineEdit* m_to;
    QLineEdit* m_subject;
    QPlainTextEdit* m_body;
    QLabel* m_result;
    QPushButton* m_send;
    bool m_sending = false;
};

} // namespace cc::ui
