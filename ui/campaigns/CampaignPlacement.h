#pragma once

#include "app/data/Campaign.h"
#include "app/data/CampaignFilter.h"
#include "ui/campaigns/CampaignTableModel.h"

#include <functional>

namespace cc::ui {

// Where a campaign belongs in the campaigns table: whether it matches the filter, its place in the table's
// order, and putting it there when that is inside the loaded window (beyond it, only the total changes, and
// fetchMore brings it in its turn). Shared by the live updates (CampaignLiveUpdater) and the page's own
// changes (PendingRows).
class CampaignPlacement {
public:
    using Order = std::function<bool(const data::Campaign&, const data::Campaign&)>;

    explicit CampaignPlacement(CampaignTableModel& model)
        : m_model(model) {}

    static bool matches(const data::CampaignFilter& filter, const data::Campaign& campaign);
    // The cache's order when no column is chosen: created_at DESC, id ASC. A row not on the server yet (no
    // created_at) is the newest: it gets the newest stamp when it arrives.
    static bool newestFirst(const data::Campaign& a, const data::Campaign& b);
    // The order the cache and the server list `filter` in (CacheSql::orderBy): the chosen column,
    // NULLs last in both directions, then id.
    static Order orderOf(const data::CampaignFilter& filter);

    void setOrder(Order lessThan) { m_less = std::move(lessThan); }

    // The first row `campaign` does not sort after.
    int lowerBound(const data::Campaign& campaign) const;
    bool inPlace(int row, const data::Campaign& campaign) const;
    // Inserts where the row belongs if that is inside the loaded window (returns whether it did); `counted`:
    // the total already includes it.
    bool place(const data::Campaign& campaign, bool counted);

private:
    CampaignTableModel& m_model;
    Order m_less = &CampaignPlacement::newestFirst;
};

} // namespace cc::ui
