#pragma once

#include "app/data/Campaign.h"
#include "app/data/CampaignFilter.h"
#include "ui/campaigns/CampaignPlacement.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/PendingChanges.h"

#include <QSet>

namespace cc::ui {

// The page's own changes in the campaigns table, beyond the rows an answer lists: the sync markers of what
// the outbox holds, the campaigns it still has to create (made offline or in a bulk change, re-created by an
// undo) placed where they belong in the current filter, order and loaded window after every answer, and the
// rows the sender applied that the table does not show yet.
class PendingRows {
public:
    explicit PendingRows(CampaignTableModel& model)
        : m_model(model)
        , m_placement(model) {}

    // After the table was reset to a new answer for `filter` (its total does not count them): the creates
    // it does not list are placed, or counted when they belong beyond the loaded window.
    void answered(const PendingChanges& pending, const data::CampaignFilter& filter);
    // After the next window was appended: the creates counted earlier that now fall inside it.
    void appended(const PendingChanges& pending, const data::CampaignFilter& filter);
    // A row the server applied (created, re-created or changed): updated where it is shown, otherwise
    // placed where it belongs if it matches the filter and falls inside the loaded window (else counted).
    void applied(const data::Campaign& row, const data::CampaignFilter& filter);
    void showMarkers(const PendingChanges& pending);

private:
    void place(const QList<data::Campaign>& rows, const data::CampaignFilter& filter);

    CampaignTableModel& m_model;
    CampaignPlacement m_placement;
    QSet<QString> m_beyond; // counted in the total, beyond the loaded window
};

} // namespace cc::ui
