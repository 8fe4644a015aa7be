#pragma once

#include <QObject>
#include <QString>

class QMenu;
class QPoint;
class QTableView;
class QWidget;

namespace cc::ui {

class CampaignTableModel;

// How the user arranged the campaigns table, kept in the settings between runs: which columns show (the
// header's context menu and View ▸ Columns) and the sort column and direction (the header and View ▸ Sort
// by). The sort is done by the cache and the server, never by the view: sortChanged() asks the page to query
// again.
class CampaignViewSettings : public QObject {
    Q_OBJECT

public:
    static inline const QString kHiddenColumnsKey = QStringLiteral("console/campaignsHiddenColumns");
    static inline const QString kSortKey = QStringLiteral("console/campaignsSort");

    // `owner` parents the menus.
    CampaignViewSettings(QTableView& table, const CampaignTableModel& model, QWidget& owner);

    QMenu* columnMenu() const { return m_columnMenu; }
    QMenu* sortMenu() const { return m_sortMenu; }
    // A "View" button with both menus, for the page's filter bar.
    QWidget* menuButton();

    // Applies the saved columns and sort to the table (without sortChanged()).
    void restore();
    // The name column always shows: a row needs something to be recognised by.
    void setColumnVisible(int column, bool visible);
    void sortBy(int column, Qt::SortOrder order);

    // The filter's order column ("" for the default order) and direction.
    const QString& sortKey() const { return m_sortKey; }
    bool descending() const { return m_sortOrder == Qt::DescendingOrder; }

Q_SIGNALS:
    void sortChanged();

private:
    void onSortIndicator(int section, Qt::SortOrder order);
    void showColumnMenu(const QPoint& pos);

    QTableView& m_table;
    const CampaignTableModel& m_model;
    QMenu* m_columnMenu;
    QMenu* m_sortMenu;
    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_sortKey;
};

} // namespace cc::ui
