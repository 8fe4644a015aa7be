#pragma once

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
};

} // namespace cc::ui
