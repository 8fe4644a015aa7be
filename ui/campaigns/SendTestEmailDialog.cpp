#include "ui/campaigns/SendTestEmailDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

SendTestEmailDialog::SendTestEmailDialog(email::EmailClient& client, const data::Campaign& campaign,
                                         const QString& recipient, QWidget* parent)
    : QDialog(parent)
    , m_client(&client)
    , m_campaign(campaign)
    , m_to(new QLineEdit(recipient, this))
    , m_subject(new QLineEdit(tr("Test: %1").arg(campaign.name), this))
    , m_body(new QPlainTextEdit(this))
    , m_result(new QLabel(this))
    , m_send(new QPushButton(tr("&Send"), this)) {
    setWindowTitle(tr("Send test e-mail"));
    setObjectName(QStringLiteral("sendTestEmail"));
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setPlaceholderText(tr("name@example.org"));
    m_subject->setObjectName(QStringLiteral("subject"));
    m_body->setObjectName(QStringLiteral("body"));
    m_body->setPlainText(
        tr("This is a test of the campaign “%1” (%2).").arg(campaign.name, campaign.channel));
    m_body->setTabChangesFocus(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_send->setObjectName(QStringLiteral("send"));
    m_send->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("&Message:"), m_body);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_send, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    connect(m_send, &QPushButton::clicked, this, &SendTestEmailDialog::send);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 320);
}

email::EmailMessage SendTestEmailDialog::message() const {
    email::EmailMessage m;
    m.to = email::EmailMessage::splitAddresses(m_to->text());
    m.subject = m_subject->text();
    m.text = m_body->toPlainText();
    m.campaignId = m_campaign.id;
    return m;
}

QString SendTestEmailDialog::resultText() const {
    return m_result->text();
}

void SendTestEmailDialog::showResult(const QString& text, bool good) {
    m_result->setText(text);
    m_result->setStyleSheet(good ? QStringLiteral("color: #1e6b34;") : QStringLiteral("color: #b3261e;"));
}

void SendTestEmailDialog::send() {
    if (m_sending || !m_client) {
        return;
    }
    const email::EmailMessage m = message();
    if (const QHash<QString, QString> problems = m.validate(); !problems.isEmpty()) {
        for (const QString& field :
             {QStringLiteral("to"), QStringLiteral("subject"), QStringLiteral("body")}) {
            if (problems.contains(field)) {
                showResult(problems.value(field), false);
                (field == QLatin1String("to")        ? static_cast<QWidget*>(m_to)
                 : field == QLatin1String("subject") ? static_cast<QWidget*>(m_subject)
                                                     : static_cast<QWidget*>(m_body))
                    ->setFocus();
                return;
            }
        }
        showResult(problems.begin().value(), false);
        return;
    }
    m_sending = true;
    m_send->setEnabled(false);
    showResult(tr("Sending…"), true);
    QPointer<SendTestEmailDialog> self(this);
    m_client->send(m, [self](Result<email::EmailClient::Sent> result) {
        if (!self) {
            return;
        }
        self->m_sending = false;
        self->m_send->setEnabled(true);
        if (result.ok()) {
            self->showResult(tr("Sent. The e-mail service accepted the message (%1).").arg(result.value().id),
                             true);
        } else {
            self->showResult(result.error().message, false);
        }
        emit self->finished(result.ok());
    });
}

} // namespace cc::ui
