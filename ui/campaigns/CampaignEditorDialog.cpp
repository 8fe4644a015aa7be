#include "ui/campaigns/CampaignEditorDialog.h"

#include "app/data/CampaignRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

using data::Campaign;
using data::CampaignRules;

CampaignEditorDialog::CampaignEditorDialog(const Campaign& campaign, QWidget* parent)
    : QDialog(parent)
    , m_original(campaign) {
    setWindowTitle(campaign.id.isEmpty() ? tr("New campaign") : tr("Edit campaign"));
    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* field, const QString& column) {
        auto* box = new QWidget;
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        layout->addWidget(field);
        auto* error = new QLabel;
        error->setObjectName(QStringLiteral("error_") + column);
        error->setStyleSheet(QStringLiteral("color: #b3261e;"));
        error->setWordWrap(true);
        error->hide();
        layout->addWidget(error);
        m_errors.insert(column, error);
        form->addRow(label, box);
    };
    m_name = new QLineEdit(campaign.name);
    m_name->setObjectName(QStringLiteral("name"));
    row(tr("&Name"), m_name, QStringLiteral("name"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("status"));
    m_status->addItems(CampaignRules::statuses());
    m_status->setCurrentText(campaign.status);
    row(tr("&Status"), m_status, QStringLiteral("status"));
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItems(CampaignRules::channels());
    m_channel->setCurrentText(campaign.channel);
    row(tr("C&hannel"), m_channel, QStringLiteral("channel"));
    m_budget = new QLineEdit(QString::number(campaign.budget, 'f', 2));
    m_budget->setObjectName(QStringLiteral("budget"));
    row(tr("&Budget"), m_budget, QStringLiteral("budget"));
    m_currency = new QLineEdit(campaign.currency);
    m_currency->setObjectName(QStringLiteral("currency"));
    row(tr("C&urrency"), m_currency, QStringLiteral("currency"));
    m_start =
        new QLineEdit(campaign.startDate.isValid() ? campaign.startDate.toString(Qt::ISODate) : QString());
    m_start->setObjectName(QStringLiteral("start_date"));
    m_start->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    row(tr("S&tart date"), m_start, QStringLiteral("start_date"));
    m_end = new QLineEdit(campaign.endDate.isValid() ? campaign.endDate.toString(Qt::ISODate) : QString());
    m_end->setObjectName(QStringLiteral("end_date"));
    m_end->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    row(tr("&End date"), m_end, QStringLiteral("end_date"));
    m_audience = new QLineEdit(QString::number(campaign.audienceSize));
    m_audience->setObjectName(QStringLiteral("audience_size"));
    row(tr("&Audience size"), m_audience, QStringLiteral("audience_size"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    for (QLineEdit* edit : {m_name, m_budget, m_currency, m_start, m_end, m_audience}) {
        connect(edit, &QLineEdit::textChanged, this, &CampaignEditorDialog::revalidate);
    }
    for (QComboBox* box : {m_status, m_channel}) {
        connect(box, &QComboBox::currentTextChanged, this, &CampaignEditorDialog::revalidate);
    }
    revalidate();
}

Campaign CampaignEditorDialog::read(QHash<QString, QString>& unparsed) const {
    Campaign c = m_original;
    c.name = m_name->text();
    c.status = m_status->currentText();
    c.channel = m_channel->currentText();
    c.currency = m_currency->text();
    bool ok = false;
    const double budget = QLocale().toDouble(m_budget->text(), &ok);
    const double plain = ok ? budget : m_budget->text().toDouble(&ok);
    if (ok) {
        c.budget = plain;
    } else {
        unparsed.insert(QStringLiteral("budget"), tr("Enter a number."));
    }
    const qint64 audience = m_audience->text().toLongLong(&ok);
    if (ok) {
        c.audienceSize = audience;
    } else {
        unparsed.insert(QStringLiteral("audience_size"), tr("Enter a whole number."));
    }
    for (const auto& [edit, column] :
         {std::pair{m_start, QStringLiteral("start_date")}, std::pair{m_end, QStringLiteral("end_date")}}) {
        if (!c.setValue(column, edit->text().trimmed())) {
            unparsed.insert(column, tr("Enter a date as YYYY-MM-DD, or leave it empty."));
        }
    }
    return c;
}

void CampaignEditorDialog::revalidate() {
    QHash<QString, QString> messages;
    const Campaign c = read(messages);
    for (const auto& violation : CampaignRules::validate(c)) {
        if (!messages.contains(violation.field)) {
            messages.insert(violation.field, violation.message);
        }
    }
    for (auto it = m_errors.begin(); it != m_errors.end(); ++it) {
        const QString message = messages.value(it.key());
        it.value()->setText(message);
        it.value()->setVisible(!message.isEmpty());
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(messages.isEmpty());
}

Campaign CampaignEditorDialog::campaign() const {
    QHash<QString, QString> ignored;
    return read(ignored);
}

QString CampaignEditorDialog::fieldError(const QString& column) const {
    const QLabel* label = m_errors.value(column);
    return label ? label->text() : QString();
}

bool CampaignEditorDialog::isValid() const {
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace cc::ui
