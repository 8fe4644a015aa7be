#pragma once

#include "app/data/Campaign.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace cc::ui {

// Creates or edits one campaign. Every rule the server enforces (CampaignRules, the same list the server's
// CHECK constraints are tested against) is checked as the user types, with the message next to the field;
// OK stays disabled while anything is invalid, so nothing the server would refuse is ever sent.
class CampaignEditorDialog : public QDialog {
    Q_OBJECT

public:
    explicit CampaignEditorDialog(const data::Campaign& campaign, QWidget* parent = nullptr);

    // The edited campaign (valid when the dialog was accepted).
    data::Campaign campaign() const;
    // The message shown next to a field ("" when it is valid), for tests.
    QString fieldError(const QString& column) const;
    bool isValid() const;

private:
    void revalidate();
    // Reads the widgets into a campaign; fields that do not even parse are reported in `unparsed`.
    data::Campaign read(QHash<QString, QString>& unparsed) const;

    data::Campaign m_original;
    QLineEdit* m_name;
    QComboBox* m_status;
    QComboBox* m_channel;
    QLineEdit* m_budget;
    QLineEdit* m_currency;
    QLineEdit* m_start;
    QLineEdit* m_end;
    QLineEdit* m_audience;
    QHash<QString, QLabel*> m_errors;
    QDialogButtonBox* m_buttons;
};

} // namespace cc::ui
