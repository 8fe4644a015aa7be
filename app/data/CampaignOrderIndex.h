#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <array>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cc::data {

// The cached campaigns in the order of each sortable column, in memory and by SQLite rowid, so that a window
// at any depth is a slice of a vector: an SQL OFFSET reads and drops every row before the window (2 s for
// rows 99,800+ of 100,000 sorted by name). Values are held as SQLite returned them (null, integer, real,
// text, blob) and compared as SQLite compares them (null first, numbers numerically, then text byte by byte
// as the BINARY collation does, then blobs), so an order here is the cache's own
// ORDER BY (col IS NULL), col ASC|DESC, id ASC: NULLs last in both directions, ties broken by id.
// An order is sorted when it is first asked for (at most kMaxOrders are kept, the least recently used is
// dropped) and then kept in step with every write; CacheDatabase makes those writes.
class CampaignOrderIndex {
public:
    // One row: its sortable values in CampaignFilter::sortableColumns() order, as SQLite returned them.
    struct Row {
        qint64 rowId = 0;
        QString id;
        QVariantList values;
    };
    // Whether a row (by rowid) belongs to the view; empty: every row does.
    using Admits = std::function<bool(qint64 rowId)>;

    static constexpr int kMaxOrders = 3;

    CampaignOrderIndex();

    void clear();
    void reserve(qsizetype rows);
    void upsert(const Row& row);
    void remove(qint64 rowId);
    qsizetype size() const { return m_slotOf.size(); }

    // The rowids at [offset, offset + limit) of the order of `column` (an index into sortableColumns()),
    // counting only the rows `admits` accepts. limit < 0: to the end. -1 for an unknown column.
    QList<qint64> window(int column, bool descending, qint64 offset, qint64 limit, const Admits& admits = {});
    // How many orders are sorted and kept in step now (for tests).
    int sortedOrders() const;

private:
    enum class Kind : quint8 { Null, Integer, Real, Text, Blob };
    struct Order {
        std::vector<quint32> sequence; // sorted
        bool sorted = false;
        quint64 lastUsed = 0;
    };

    int stride() const { return m_columns + 1; } // the id is the last value of a slot
    std::size_t at(quint32 slot, int column) const {
        return static_cast<std::size_t>(slot) * static_cast<std::size_t>(stride()) +
               static_cast<std::size_t>(column);
    }
    void store(quint32 slot, int column, const QVariant& value);
    void releaseText(quint32 slot, int column);
    std::string_view text(quint32 slot, int column) const;
    int compareValues(quint32 a, quint32 b, int column) const;
    // true when `a` comes before `b` in the order (`column`, `descending`).
    bool before(quint32 a, quint32 b, int column, bool descending) const;
    Order& sortedOrder(int column, bool descending);
    // What sorting compares first: keys that differ order their rows as before() does.
    struct SortKey {
        quint8 group = 0; // the kind's rank (reversed when descending); NULLs last
        quint64 value = 0;
        quint64 id = 0;
        quint32 slot = 0;
        bool exact = false; // `value` is the whole value, not a prefix of it
    };
    SortKey sortKey(quint32 slot, int column, bool descending) const;
    quint64 prefix(quint32 slot, int column) const; // a text's first 8 bytes, big-endian
    void insertInto(Order& order, int orderNumber, quint32 slot);
    void eraseFrom(Order& order, int orderNumber, quint32 slot);
    void compactText();

    int m_columns;
    std::vector<qint64> m_rowIds;  // per slot
    std::vector<quint64> m_values; // per slot and column: an integer, a double's bits, or text offset/size
    std::vector<Kind> m_kinds;
    std::vector<quint32> m_freeSlots;
    QHash<qint64, quint32> m_slotOf; // rowid -> slot
    std::string m_text;              // text and blob values, end to end
    std::size_t m_unusedText = 0;
    std::vector<Order> m_orders; // 2 per column: ascending, descending
    quint64 m_useClock = 0;
};

} // namespace cc::data
