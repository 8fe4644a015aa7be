#include "ui/campaigns/CampaignDetailPane.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QString when(const QString& timestamp) {
    const QDateTime at = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::LongFormat) : timestamp;
}

QString date(const QDate& d) {
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : CampaignDetailPane::tr("not set");
}

} // namespace

CampaignDetailPane::CampaignDetailPane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_empty(new QLabel(tr("Select a campaign to see its details."), this))
    , m_body(new QWidget(this))
    , m_sync(new QLabel(this))
    , m_resolve(new QPushButton(tr("Resolve &conflict…"), this))
    , m_discard(new QPushButton(tr("Discard &change"), this)) {
    setObjectName(QStringLiteral("campaignDetail"));
    setMinimumWidth(240);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_sync->setObjectName(QStringLiteral("detailSync"));
    m_sync->setWordWrap(true);
    m_resolve->setObjectName(QStringLiteral("resolveConflict"));
    m_discard->setObjectName(QStringLiteral("discardChange"));

    auto* form = new QFormLayout(m_body);
    form->setContentsMargins(0, 0, 0, 0);
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("status"), tr("Status")},          {QStringLiteral("channel"), tr("Channel")},
        {QStringLiteral("budget"), tr("Budget")},          {QStringLiteral("start_date"), tr("Start")},
        {QStringLiteral("end_date"), tr("End")},           {QStringLiteral("audience_size"), tr("Audience")},
        {QStringLiteral("sent_count"), tr("Sent")},        {QStringLiteral("open_count"), tr("Opened")},
        {QStringLiteral("click_count"), tr("Clicked")},    {QStringLiteral("created_at"), tr("Created")},
        {QStringLiteral("updated_at"), tr("Last change")},
    };
    for (const auto& [field, label] : rows) {
        auto* value = new QLabel(m_body);
        value->setObjectName(QStringLiteral("detail_") + field);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        m_values.insert(field, value);
        form->addRow(label, value);
    }
    form->addRow(tr("Sync"), m_sync);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_body);
    layout->addWidget(m_resolve);
    layout->addWidget(m_discard);
    layout->addStretch(1);

    connect(m_resolve, &QPushButton::clicked, this, [this] { emit resolveRequested(m_id); });
    connect(m_discard, &QPushButton::clicked, this, [this] { emit discardRequested(m_seq); });
    clear();
}

void CampaignDetailPane::clear() {
    m_id.clear();
    m_seq = 0;
    m_title->setText(tr("No campaign selected"));
    m_empty->show();
    m_body->hide();
    m_resolve->hide();
    m_discard->hide();
}

void CampaignDetailPane::showCampaign(const data::Campaign& c, PendingChanges::State state,
                                      const std::optional<data::OutboxOperation>& unresolved) {
    const QLocale locale;
    m_id = c.id;
    m_seq = unresolved ? unresolved->seq : 0;
    m_title->setText(c.name);
    m_empty->hide();
    m_body->show();
    m_values[QStringLiteral("status")]->setText(c.status);
    m_values[QStringLiteral("channel")]->setText(c.channel);
    m_values[QStringLiteral("budget")]->setText(locale.toString(c.budget, 'f', 2) + QLatin1Char(' ') +
                                                c.currency);
    m_values[QStringLiteral("start_date")]->setText(date(c.startDate));
    m_values[QStringLiteral("end_date")]->setText(date(c.endDate));
    m_values[QStringLiteral("audience_size")]->setText(locale.toString(c.audienceSize));
    m_values[QStringLiteral("sent_count")]->setText(locale.toString(c.sentCount));
    m_values[QStringLiteral("open_count")]->setText(locale.toString(c.openCount));
    m_values[QStringLiteral("click_count")]->setText(locale.toString(c.clickCount));
    m_values[QStringLiteral("created_at")]->setText(c.createdAt.isEmpty() ? tr("not on the server yet")
                                                                          : when(c.createdAt));
    m_values[QStringLiteral("updated_at")]->setText(c.updatedAt.isEmpty() ? tr("not on the server yet")
                                                                          : when(c.updatedAt));
    QString sync;
    QString color;
    switch (state) {
    case PendingChanges::State::None:
        sync = tr("Saved on the server.");
        break;
    case PendingChanges::State::Pending:
        sync = tr("Changed on this computer; waiting to be sent.");
        color = QStringLiteral("#8a5a00");
        break;
    case PendingChanges::State::Conflict:
        sync = tr("Someone else changed it meanwhile: choose which version to keep.");
        color = QStringLiteral("#b3261e");
        break;
    case PendingChanges::State::Failed:
        sync = tr("The server refused the change: %1").arg(unresolved ? unresolved->lastError : QString());
        color = QStringLiteral("#b3261e");
        break;
    }
    m_sync->setText(sync);
    m_sync->setStyleSheet(color.isEmpty() ? QString() : QStringLiteral("color: %1;").arg(color));
    const bool conflict = state == PendingChanges::State::Conflict && unresolved &&
                          unresolved->kind == data::OutboxOperation::Kind::Update;
    m_resolve->setVisible(conflict);
    m_discard->setVisible(state == PendingChanges::State::Failed && unresolved);
}

QString CampaignDetailPane::fieldText(const QString& field) const {
    if (field == QLatin1String("name")) {
        return m_title->text();
    }
    const QLabel* label = m_values.value(field);
    return label ? label->text() : QString();
}

QString CampaignDetailPane::syncText() const {
    return m_sync->text();
}

} // namespace cc::ui
