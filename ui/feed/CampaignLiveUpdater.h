#pragma once

#include "app/core/Clock.h"
#include "app/data/CampaignFilter.h"
#include "app/realtime/CampaignEvent.h"
#include "ui/campaigns/CampaignPlacement.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/feed/RowFlasher.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace cc::ui {

// Applies live changes (ChangeApplier::changesApplied) to the campaigns table with minimal diffs: a changed
// row gets dataChanged for its changed columns (or moves, if its sort position changed); a row enters the
// table only where it belongs in the current filter and order and inside the loaded window (beyond it only
// the total grows); a row that no longer matches the filter, or was deleted, leaves. A change made elsewhere
// (not this console's echo) flashes its row. The placement itself is CampaignPlacement's.
class CampaignLiveUpdater : public QObject {
    Q_OBJECT

public:
    CampaignLiveUpdater(CampaignTableModel& model, const Clock& clock, QObject* parent = nullptr);

    // The filter the table currently shows (CampaignsPage::filter): which rows it holds and in which order
    // (its sort column, CampaignPlacement::orderOf); unfiltered and newest first when unset.
    void setFilterSource(std::function<data::CampaignFilter()> filter) { m_filter = std::move(filter); }

    static bool matches(const data::CampaignFilter& filter, const data::Campaign& campaign) {
        return CampaignPlacement::matches(filter, campaign);
    }
    static bool newestFirst(const data::Campaign& a, const data::Campaign& b) {
        return CampaignPlacement::newestFirst(a, b);
    }

    RowFlasher& flasher() { return m_flasher; }
    int rowOf(const QString& id) const;

public slots:
    void apply(const QList<cc::realtime::CampaignEvent>& changes);

private:
    void applyOne(const data::CampaignFilter& filter, const realtime::CampaignEvent& event);
    void onFlash(const QStringList& ids);

    CampaignTableModel& m_model;
    RowFlasher m_flasher;
    std::function<data::CampaignFilter()> m_filter;
    CampaignPlacement m_placement;
    mutable QHash<QString, int> m_index; // id -> row, rebuilt after rows move
    mutable bool m_indexDirty = true;
};

} // namespace cc::ui
