#include "ui/campaigns/CampaignFilterBar.h"

#include "app/data/CampaignRules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>

namespace cc::ui {

CampaignFilterBar::CampaignFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_search(new QLineEdit)
    , m_status(new QComboBox)
    , m_channel(new QComboBox) {
    m_search->setObjectName(QStringLiteral("campaignSearch"));
    m_search->setPlaceholderText(tr("Search campaigns by name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const QString& status : data::CampaignRules::statuses()) {
        m_status->addItem(status, status);
    }
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->setAccessibleName(tr("Channel filter"));
    m_channel->addItem(tr("All channels"), QString());
    for (const QString& channel : data::CampaignRules::channels()) {
        m_channel->addItem(channel, channel);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_channel);

    connect(m_search, &QLineEdit::textChanged, this, &CampaignFilterBar::searchEdited);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CampaignFilterBar::changed);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &CampaignFilterBar::changed);
}

bool CampaignFilterBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (m_letThrough.contains(QKeySequence(key->keyCombination()))) {
            return true; // not accepted: the page's shortcut runs instead of the line edit's key binding
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CampaignFilterBar::addTrailingWidget(QWidget* widget) {
    layout()->addWidget(widget);
}

void CampaignFilterBar::apply(data::CampaignFilter& filter) const {
    filter.search = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    filter.statuses = status.isEmpty() ? QStringList() : QStringList{status};
    const QString channel = m_channel->currentData().toString();
    filter.channels = channel.isEmpty() ? QStringList() : QStringList{channel};
}

void CampaignFilterBar::searchFor(const QString& name) {
    const QSignalBlocker statusBlock(m_status);
    const QSignalBlocker channelBlock(m_channel);
    const QSignalBlocker searchBlock(m_search);
    m_status->setCurrentIndex(0);
    m_channel->setCurrentIndex(0);
    m_search->setText(name);
}

} // namespace cc::ui
