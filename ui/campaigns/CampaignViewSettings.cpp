#include "ui/campaigns/CampaignViewSettings.h"

#include "ui/campaigns/CampaignTableModel.h"
#include "ui/shell/UiSettings.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QToolButton>

namespace cc::ui {

CampaignViewSettings::CampaignViewSettings(QTableView& table, const CampaignTableModel& model, QWidget& owner)
    : QObject(&owner)
    , m_table(table)
    , m_model(model)
    , m_columnMenu(new QMenu(tr("&Columns"), &owner))
    , m_sortMenu(new QMenu(tr("&Sort by"), &owner)) {
    m_columnMenu->setObjectName(QStringLiteral("columnMenu"));
    for (int column = CampaignTableModel::NameColumn + 1; column < CampaignTableModel::ColumnCount;
         ++column) {
        QAction* toggle =
            m_columnMenu->addAction(m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        toggle->setCheckable(true);
        toggle->setData(column);
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { setColumnVisible(column, on); });
    }
    for (int column = CampaignTableModel::NameColumn; column < CampaignTableModel::ColumnCount; ++column) {
        const QString label = m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        m_sortMenu->addAction(tr("%1, ascending").arg(label), this,
                              [this, column] { sortBy(column, Qt::AscendingOrder); });
        m_sortMenu->addAction(tr("%1, descending").arg(label), this,
                              [this, column] { sortBy(column, Qt::DescendingOrder); });
    }
    QHeaderView* header = m_table.horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &CampaignViewSettings::onSortIndicator);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CampaignViewSettings::showColumnMenu);
}

QWidget* CampaignViewSettings::menuButton() {
    auto* button = new QToolButton;
    button->setText(tr("&View"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    menu->addMenu(m_sortMenu);
    menu->addMenu(m_columnMenu);
    button->setMenu(menu);
    return button;
}

void CampaignViewSettings::restore() {
    const std::unique_ptr<QSettings> settings = UiSettings::open();
    const QStringList defaultHidden = {CampaignTableModel::columnKey(CampaignTableModel::AudienceColumn),
                                       CampaignTableModel::columnKey(CampaignTableModel::SentColumn),
                                       CampaignTableModel::columnKey(CampaignTableModel::UpdatedColumn)};
    const QStringList hidden = settings->value(kHiddenColumnsKey, defaultHidden).toStringList();
    for (QAction* toggle : m_columnMenu->actions()) {
        const int column = toggle->data().toInt();
        const bool visible = !hidden.contains(CampaignTableModel::columnKey(column));
        const QSignalBlocker block(toggle);
        toggle->setChecked(visible);
        m_table.setColumnHidden(column, !visible);
    }
    // "name" or "-name" (descending).
    const QString sort = settings->value(kSortKey).toString();
    const bool descending = sort.startsWith(QLatin1Char('-'));
    const int column = CampaignTableModel::columnForKey(descending ? sort.mid(1) : sort);
    if (column > 0) {
        m_sortSection = column;
        m_sortOrder = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_sortKey = CampaignTableModel::columnKey(column);
        const QSignalBlocker block(m_table.horizontalHeader());
        m_table.horizontalHeader()->setSortIndicator(column, m_sortOrder);
    }
}

void CampaignViewSettings::setColumnVisible(int column, bool visible) {
    if (column <= CampaignTableModel::NameColumn || column >= CampaignTableModel::ColumnCount) {
        return;
    }
    m_table.setColumnHidden(column, !visible);
    QStringList hidden;
    for (QAction* toggle : m_columnMenu->actions()) {
        const int c = toggle->data().toInt();
        if (c == column) {
            const QSignalBlocker block(toggle);
            toggle->setChecked(visible);
        }
        if (m_table.isColumnHidden(c)) {
            hidden.append(CampaignTableModel::columnKey(c));
        }
    }
    UiSettings::open()->setValue(kHiddenColumnsKey, hidden);
}

void CampaignViewSettings::showColumnMenu(const QPoint& pos) {
    m_columnMenu->popup(m_table.horizontalHeader()->viewport()->mapToGlobal(pos));
}

void CampaignViewSettings::sortBy(int column, Qt::SortOrder order) {
    m_table.horizontalHeader()->setSortIndicator(column, order);
}

void CampaignViewSettings::onSortIndicator(int section, Qt::SortOrder order) {
    const QString key = CampaignTableModel::columnKey(section);
    if (key.isEmpty()) {
        // The sync marker is not a table column: keep the sort that was.
        const QSignalBlocker block(m_table.horizontalHeader());
        m_table.horizontalHeader()->setSortIndicator(m_sortSection, m_sortOrder);
        return;
    }
    m_sortSection = section;
    m_sortOrder = order;
    m_sortKey = key;
    UiSettings::open()->setValue(kSortKey, (descending() ? QStringLiteral("-") : QString()) + key);
    Q_EMIT sortChanged();
}

} // namespace cc::ui
