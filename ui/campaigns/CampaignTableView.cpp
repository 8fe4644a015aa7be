#include "ui/campaigns/CampaignTableView.h"

#include "ui/campaigns/CampaignTableModel.h"
#include "ui/common/CachedTextDelegate.h"

#include <QHeaderView>

#include <algorithm>
#include <utility>

namespace cc::ui {

CampaignTableView::CampaignTableView(CampaignTableModel& model, QWidget* parent)
    : QTableView(parent)
    , m_model(model) {
    setObjectName(QStringLiteral("campaignTable"));
    setModel(&model);
    setItemDelegate(new CachedTextDelegate(this)); // repaints often under live changes
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTabKeyNavigation(false); // Tab leaves the table (arrows move in it), as in every other control
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

QList<data::Campaign> CampaignTableView::selectedCampaigns() const {
    QList<int> rows;
    for (const QModelIndex& index : selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end());
    QList<data::Campaign> out;
    for (int row : rows) {
        if (row < m_model.rowCount()) {
            out.append(m_model.campaign(row));
        }
    }
    return out;
}

QStringList CampaignTableView::selectedIds() const {
    QStringList ids;
    for (const data::Campaign& c : selectedCampaigns()) {
        ids.append(c.id);
    }
    return ids;
}

int CampaignTableView::detailRow() const {
    const QModelIndex current = selectionModel()->currentIndex();
    if (current.isValid() && selectionModel()->isRowSelected(current.row(), {})) {
        return current.row() < m_model.rowCount() ? current.row() : -1;
    }
    const QModelIndexList selected = selectionModel()->selectedRows();
    return selected.size() == 1 && selected.first().row() < m_model.rowCount() ? selected.first().row() : -1;
}

int CampaignTableView::selectedCount() const {
    return static_cast<int>(selectionModel()->selectedRows().size());
}

QStringList CampaignTableView::exportColumns() const {
    QStringList columns = {QStringLiteral("id")};
    for (int column = CampaignTableModel::NameColumn; column < CampaignTableModel::ColumnCount; ++column) {
        if (!isColumnHidden(column)) {
            columns.append(CampaignTableModel::columnKey(column));
            if (column == CampaignTableModel::BudgetColumn) {
                columns.append(QStringLiteral("currency"));
            }
        }
    }
    return columns;
}

} // namespace cc::ui
