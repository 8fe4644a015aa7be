#pragma once

#include "app/core/LogEntry.h"
#include "app/core/LogFilter.h"

#include <QAbstractTableModel>
#include <QSet>

namespace cc::ui {

// The log entries for the Logs page, newest first, with the filter applied inside the model: it keeps every
// entry and a list of the visible ones, so appending a chunk inserts only the rows that pass and a new filter
// is one pass over plain data. (A QSortFilterProxyModel would map every row through a second model.)
class LogTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, LevelColumn, CategoryColumn, MessageColumn, ColumnCount };

    explicit LogTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void clear();
    // Appends older entries after the ones already present (the reader delivers newest first).
    void append(const LogChunk& chunk);
    // Puts newer entries (newest first) before the ones present: lines written since the page read the log.
    // Returns how many rows became visible.
    int prepend(const LogChunk& newer);
    void setFilter(const LogFilter& filter);
    const LogFilter& filter() const { return m_filter; }

    const LogEntry& entryAt(int row) const; // a visible row
    qsizetype totalCount() const { return m_entries.size(); }
    QStringList categories() const; // sorted

signals:
    void categoriesChanged();

private:
    QList<LogEntry> m_entries;
    QList<qsizetype> m_visible; // indexes into m_entries
    LogFilter m_filter;
    QSet<QString> m_categories;
};

} // namespace cc::ui
