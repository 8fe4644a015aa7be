#pragma once

#include "app/data/Campaign.h"

#include <QTableView>

namespace cc::ui {

class CampaignTableModel;

// The campaigns table as the Campaigns page shows it: rows selected whole, one line per row, alternating
// colours, the text cells drawn from a cache (the table repaints often under live changes), the columns'
// widths and a sortable header. A class of its own so the storm benchmark measures the same view.
class CampaignTableView : public QTableView {
    Q_OBJECT

public:
    explicit CampaignTableView(CampaignTableModel& model, QWidget* parent = nullptr);

    // The selected campaigns in view order, and their ids.
    QList<data::Campaign> selectedCampaigns() const;
    QStringList selectedIds() const;
    int selectedCount() const;
    // The row a detail pane shows: the current row when it is selected, else the only selected row; -1 when
    // neither (nothing, or several rows without the current one among them).
    int detailRow() const;
    // What an export of this view writes: the id, then the columns shown, as the cache and the server name
    // them (the budget followed by its currency).
    QStringList exportColumns() const;

private:
    CampaignTableModel& m_model;
};

} // namespace cc::ui
