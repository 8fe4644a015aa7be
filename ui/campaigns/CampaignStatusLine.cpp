#include "ui/campaigns/CampaignStatusLine.h"

#include "app/data/Freshness.h"

#include <QLabel>
#include <QLocale>

namespace cc::ui {

CampaignStatusLine::CampaignStatusLine(const Clock& clock, qint64 ttlMs, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_ttlMs(ttlMs)
    , m_counts(new QLabel)
    , m_freshness(new QLabel)
    , m_offline(new QLabel) {
    m_freshness->setObjectName(QStringLiteral("freshness"));
    m_counts->setObjectName(QStringLiteral("counts"));
    m_offline->setObjectName(QStringLiteral("offlineBanner"));
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(QStringLiteral(
        "#offlineBanner { background: #fce8e6; color: #8c1d18; padding: 6px 10px; border-radius: 4px; }"));
    m_offline->hide();
    m_ageTicker.setInterval(30'000);
    connect(&m_ageTicker, &QTimer::timeout, this, [this] { show(m_last, m_loaded, m_total); });
    m_ageTicker.start();
}

void CampaignStatusLine::showRefreshing() {
    m_freshness->setText(tr("Refreshing…"));
}

void CampaignStatusLine::show(const data::CampaignStore::Answer& last, int loaded, qint64 total) {
    m_last = last;
    m_loaded = loaded;
    m_total = total;
    const QLocale locale;
    m_counts->setText(tr("%1 of %2").arg(locale.toString(loaded), locale.toString(total)));
    m_offline->setVisible(last.error.isError());
    if (last.error.isError() && !last.error.isUnreachable()) {
        // The server answered and refused: not "offline", and waiting will not help.
        m_offline->setText(tr("The server refused to list campaigns: %1").arg(last.error.message));
        m_freshness->setText(tr("Error: showing cached data"));
        m_freshness->setToolTip(last.error.toString());
        m_freshness->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    if (last.error.isError()) {
        m_offline->setText(
            tr("Offline: the server cannot be reached (%1). You are seeing cached data; changes "
               "are kept on this computer and sent when it is back.")
                .arg(last.error.message));
        m_freshness->setText(tr("Offline: showing cached data"));
        m_freshness->setToolTip(last.error.message);
        m_freshness->setStyleSheet(QStringLiteral("color: #b3261e;"));
        return;
    }
    m_freshness->setStyleSheet(QString());
    m_freshness->setToolTip(QString());
    if (last.revalidating) {
        showRefreshing();
        return;
    }
    const data::Freshness fresh =
        data::Freshness::classify(last.freshness.syncedAt, m_clock.nowUtc(), m_ttlMs);
    if (fresh.state == data::Freshness::State::Never) {
        m_freshness->setText(tr("Not synced yet"));
        return;
    }
    const int minutes = static_cast<int>(fresh.ageMs / 60'000);
    m_freshness->setText(minutes < 1 ? tr("Updated just now") : tr("Updated %n min ago", nullptr, minutes));
}

} // namespace cc::ui
