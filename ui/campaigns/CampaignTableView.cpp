#include "ui/campaigns/CampaignTableView.h"

#include "ui/campaigns/CampaignTableModel.h"
#include "ui/common/CachedTextDelegate.h"

#include <QHeaderView>

#include <utility>

namespace cc::ui {

CampaignTableView::CampaignTableView(CampaignTableModel& model, QWidget* parent)
    : QTableView(parent) {
    setObjectName(QStringLiteral("campaignTable"));
    setModel(&model);
    setItemDelegate(new CachedTextDelegate(this)); // repaints often under live changes
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    // Rows told apart by their colours, without a grid, as on the Logs page (the grid lines were a fifth of
    // every repaint).
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false); // one line per row: long names are elided, the detail pane shows them whole
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* header = horizontalHeader();
    for (const auto& [column, width] :
         {std::pair{CampaignTableModel::SyncColumn, 60}, std::pair{CampaignTableModel::StatusColumn, 85},
          std::pair{CampaignTableModel::ChannelColumn, 70}, std::pair{CampaignTableModel::BudgetColumn, 115},
          std::pair{CampaignTableModel::StartColumn, 80}, std::pair{CampaignTableModel::EndColumn, 80}}) {
        header->resizeSection(column, width);
    }
    header->setMinimumSectionSize(60);
    header->setSectionResizeMode(CampaignTableModel::NameColumn, QHeaderView::Stretch);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setStretchLastSection(false);
}

} // namespace cc::ui
