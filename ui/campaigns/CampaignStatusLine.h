#pragma once

#include "app/core/Clock.h"
#include "app/data/CampaignStore.h"

#include <QObject>
#include <QTimer>

class QLabel;

namespace cc::ui {

// What the Campaigns page says about its data: "200 of 5,000" under the table, how fresh the answer is
// ("Updated 3 min ago", "Refreshing…", "Offline: showing cached data") and the offline banner above the table
// with what went wrong and that edits are kept. The labels are the page's to place.
class CampaignStatusLine : public QObject {
    Q_OBJECT

public:
    CampaignStatusLine(const Clock& clock, qint64 ttlMs, QObject* parent = nullptr);

    QLabel* counts() const { return m_counts; }
    QLabel* freshness() const { return m_freshness; }
    QLabel* offlineBanner() const { return m_offline; }

    void showRefreshing();
    // The last answer's error, revalidation and freshness, with the rows loaded of the total. The age ("3 min
    // ago") is said again every 30 seconds.
    void show(const data::CampaignStore::Answer& last, int loaded, qint64 total);

private:
    const Clock& m_clock;
    qint64 m_ttlMs;
    QLabel* m_counts;
    QLabel* m_freshness;
    QLabel* m_offline;
    QTimer m_ageTicker;
    data::CampaignStore::Answer m_last;
    int m_loaded = 0;
    qint64 m_total = 0;
};

} // namespace cc::ui
