#include "app/data/CampaignOrderIndex.h"

#include "app/data/CampaignFilter.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace cc::data {

namespace {

// Replaced texts leave their bytes behind until this much is unused (and at least half of the buffer).
constexpr std::size_t kCompactAfterBytes = 1 << 20;

int compareNumbers(bool aInteger, quint64 a, bool bInteger, quint64 b) {
    if (aInteger && bInteger) {
        const auto x = static_cast<qint64>(a);
        const auto y = static_cast<qint64>(b);
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    // An integer against a real, exactly as SQLite does: a long double holds every 64-bit integer on x86-64.
    const long double x = aInteger ? static_cast<long double>(static_cast<qint64>(a))
                                   : static_cast<long double>(std::bit_cast<double>(a));
    const long double y = bInteger ? static_cast<long double>(static_cast<qint64>(b))
                                   : static_cast<long double>(std::bit_cast<double>(b));
    return x < y ? -1 : (x > y ? 1 : 0);
}

} // namespace

CampaignOrderIndex::CampaignOrderIndex()
    : m_columns(static_cast<int>(CampaignFilter::sortableColumns().size()))
    , m_orders(static_cast<std::size_t>(2 * m_columns)) {}

void CampaignOrderIndex::clear() {
    m_rowIds.clear();
    m_values.clear();
    m_kinds.clear();
    m_freeSlots.clear();
    m_slotOf.clear();
    m_text.clear();
    m_unusedText = 0;
    for (Order& order : m_orders) {
        order = Order();
    }
}

void CampaignOrderIndex::reserve(qsizetype rows) {
    const auto n = static_cast<std::size_t>(rows);
    m_rowIds.reserve(n);
    m_values.reserve(n * static_cast<std::size_t>(stride()));
    m_kinds.reserve(n * static_cast<std::size_t>(stride()));
    m_slotOf.reserve(rows);
}

int CampaignOrderIndex::sortedOrders() const {
    return static_cast<int>(
        std::count_if(m_orders.begin(), m_orders.end(), [](const Order& o) { return o.sorted; }));
}

std::string_view CampaignOrderIndex::text(quint32 slot, int column) const {
    const quint64 packed = m_values[at(slot, column)];
    return std::string_view(m_text).substr(static_cast<std::size_t>(packed >> 32),
                                           static_cast<std::size_t>(packed & 0xffffffffU));
}

void CampaignOrderIndex::releaseText(quint32 slot, int column) {
    const Kind kind = m_kinds[at(slot, column)];
    if (kind == Kind::Text || kind == Kind::Blob) {
        m_unusedText += static_cast<std::size_t>(m_values[at(slot, column)] & 0xffffffffU);
    }
}

void CampaignOrderIndex::store(quint32 slot, int column, const QVariant& value) {
    const std::size_t i = at(slot, column);
    const auto storeBytes = [&](const QByteArray& bytes, Kind kind) {
        const auto offset = static_cast<quint64>(m_text.size());
        m_text.append(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        m_values[i] = (offset << 32) | static_cast<quint64>(bytes.size());
        m_kinds[i] = kind;
    };
    if (value.isNull()) {
        m_values[i] = 0;
        m_kinds[i] = Kind::Null;
        return;
    }
    // Qt's SQLite driver returns what sqlite3_column_type says: qlonglong, double, QString or QByteArray.
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        m_values[i] = static_cast<quint64>(value.toLongLong());
        m_kinds[i] = Kind::Integer;
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        m_values[i] = std::bit_cast<quint64>(value.toDouble());
        m_kinds[i] = Kind::Real;
        return;
    case QMetaType::QByteArray:
        storeBytes(value.toByteArray(), Kind::Blob);
        return;
    default:
        // SQLite keeps text as UTF-8 and the BINARY collation compares those bytes.
        storeBytes(value.toString().toUtf8(), Kind::Text);
        return;
    }
}

int CampaignOrderIndex::compareValues(quint32 a, quint32 b, int column) const {
    const Kind ka = m_kinds[at(a, column)];
    const Kind kb = m_kinds[at(b, column)];
    const auto rank = [](Kind k) {
        switch (k) {
        case Kind::Null:
            return 0;
        case Kind::Integer:
        case Kind::Real:
            return 1;
        case Kind::Text:
            return 2;
        case Kind::Blob:
            return 3;
        }
        return 0;
    };
    const int ra = rank(ka);
    const int rb = rank(kb);
    if (ra != rb) {
        return ra < rb ? -1 : 1;
    }
    if (ra == 0) {
        return 0;
    }
    if (ra == 1) {
        return compareNumbers(ka == Kind::Integer, m_values[at(a, column)], kb == Kind::Integer,
                              m_values[at(b, column)]);
    }
    const int c = text(a, column).compare(text(b, column)); // memcmp, then the shorter first
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

bool CampaignOrderIndex::before(quint32 a, quint32 b, int column, bool descending) const {
    const bool aNull = m_kinds[at(a, column)] == Kind::Null;
    const bool bNull = m_kinds[at(b, column)] == Kind::Null;
    if (aNull != bNull) {
        return bNull; // NULLs last in both directions
    }
    if (!aNull) {
        if (const int c = compareValues(a, b, column); c != 0) {
            return descending ? c > 0 : c < 0;
        }
    }
    return compareValues(a, b, m_columns) < 0; // id ascending
}

void CampaignOrderIndex::insertInto(Order& order, int orderNumber, quint32 slot) {
    const int column = orderNumber / 2;
    const bool descending = orderNumber % 2 == 1;
    const auto position =
        std::lower_bound(order.sequence.begin(), order.sequence.end(), slot,
                         [&](quint32 x, quint32 y) { return before(x, y, column, descending); });
    order.sequence.insert(position, slot);
}

void CampaignOrderIndex::eraseFrom(Order& order, int orderNumber, quint32 slot) {
    const int column = orderNumber / 2;
    const bool descending = orderNumber % 2 == 1;
    // Ids are unique, so (value, id) finds the slot itself.
    auto position = std::lower_bound(order.sequence.begin(), order.sequence.end(), slot,
                                     [&](quint32 x, quint32 y) { return before(x, y, column, descending); });
    if (position == order.sequence.end() || *position != slot) {
        position = std::find(order.sequence.begin(), order.sequence.end(), slot); // two rows with one id
    }
    if (position != order.sequence.end()) {
        order.sequence.erase(position);
    }
}

void CampaignOrderIndex::upsert(const Row& row) {
    quint32 slot = 0;
    const auto found = m_slotOf.constFind(row.rowId);
    const bool existing = found != m_slotOf.cend();
    if (existing) {
        slot = found.value();
        for (std::size_t o = 0; o < m_orders.size(); ++o) {
            if (m_orders[o].sorted) {
                eraseFrom(m_orders[o], static_cast<int>(o), slot);
            }
        }
        for (int column = 0; column <= m_columns; ++column) {
            releaseText(slot, column);
        }
    } else if (!m_freeSlots.empty()) {
        slot = m_freeSlots.back();
        m_freeSlots.pop_back();
    } else {
        slot = static_cast<quint32>(m_rowIds.size());
        m_rowIds.push_back(0);
        m_values.resize(m_values.size() + static_cast<std::size_t>(stride()));
        m_kinds.resize(m_kinds.size() + static_cast<std::size_t>(stride()), Kind::Null);
    }
    m_rowIds[slot] = row.rowId;
    for (int column = 0; column < m_columns; ++column) {
        store(slot, column, column < row.values.size() ? row.values.at(column) : QVariant());
    }
    store(slot, m_columns, row.id);
    m_slotOf.insert(row.rowId, slot);
    for (std::size_t o = 0; o < m_orders.size(); ++o) {
        if (m_orders[o].sorted) {
            insertInto(m_orders[o], static_cast<int>(o), slot);
        }
    }
    if (m_unusedText > kCompactAfterBytes && m_unusedText > m_text.size() / 2) {
        compactText();
    }
}

void CampaignOrderIndex::remove(qint64 rowId) {
    const auto found = m_slotOf.find(rowId);
    if (found == m_slotOf.end()) {
        return;
    }
    const quint32 slot = found.value();
    m_slotOf.erase(found);
    for (std::size_t o = 0; o < m_orders.size(); ++o) {
        if (m_orders[o].sorted) {
            eraseFrom(m_orders[o], static_cast<int>(o), slot);
        }
    }
    for (int column = 0; column <= m_columns; ++column) {
        releaseText(slot, column);
        m_kinds[at(slot, column)] = Kind::Null;
    }
    m_freeSlots.push_back(slot);
    if (m_slotOf.isEmpty()) {
        clear();
    }
}

void CampaignOrderIndex::compactText() {
    std::string compacted;
    compacted.reserve(m_text.size() - m_unusedText);
    for (const quint32 slot : m_slotOf) {
        for (int column = 0; column <= m_columns; ++column) {
            const std::size_t i = at(slot, column);
            if (m_kinds[i] == Kind::Text || m_kinds[i] == Kind::Blob) {
                const std::string_view bytes = text(slot, column);
                const auto offset = static_cast<quint64>(compacted.size());
                compacted.append(bytes);
                m_values[i] = (offset << 32) | static_cast<quint64>(bytes.size());
            }
        }
    }
    m_text = std::move(compacted);
    m_unusedText = 0;
}

CampaignOrderIndex::Order& CampaignOrderIndex::sortedOrder(int column, bool descending) {
    const int number = 2 * column + (descending ? 1 : 0);
    Order& order = m_orders[static_cast<std::size_t>(number)];
    order.lastUsed = ++m_useClock;
    if (order.sorted) {
        return order;
    }
    // Every sorted order costs every write a binary search and an insert: keep the few in use.
    if (sortedOrders() >= kMaxOrders) {
        auto oldest = std::min_element(m_orders.begin(), m_orders.end(), [](const Order& a, const Order& b) {
            const quint64 x = a.sorted ? a.lastUsed : ~quint64(0);
            const quint64 y = b.sorted ? b.lastUsed : ~quint64(0);
            return x < y;
        });
        *oldest = Order();
    }
    // Sorted by a fixed-size key first (whether NULL, the kind, the value's first 8 bytes, the id's first 8
    // bytes), which orders rows as before() does wherever the keys differ; before() decides the rest. Without
    // it sorting 100,000 rows took 150-500 ms.
    std::vector<SortKey> keys;
    keys.reserve(static_cast<std::size_t>(m_slotOf.size()));
    for (const quint32 slot : m_slotOf) {
        keys.push_back(sortKey(slot, column, descending));
    }
    std::sort(keys.begin(), keys.end(), [&](const SortKey& a, const SortKey& b) {
        if (a.group != b.group) {
            return a.group < b.group;
        }
        if (a.value != b.value) {
            return a.value < b.value;
        }
        // Equal prefixes of whole values: the id decides (its prefix, when the ids' prefixes differ).
        if (a.exact && b.exact && a.id != b.id) {
            return a.id < b.id;
        }
        return before(a.slot, b.slot, column, descending);
    });
    order.sequence.clear();
    order.sequence.reserve(keys.size());
    for (const SortKey& key : keys) {
        order.sequence.push_back(key.slot);
    }
    order.sorted = true;
    return order;
}

quint64 CampaignOrderIndex::prefix(quint32 slot, int column) const {
    const std::string_view bytes = text(slot, column);
    quint64 value = 0;
    for (std::size_t i = 0; i < 8; ++i) {
        value = (value << 8) | (i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : 0U);
    }
    return value; // zero-padded: a shorter text never gets a larger prefix than a longer one it begins
}

CampaignOrderIndex::SortKey CampaignOrderIndex::sortKey(quint32 slot, int column, bool descending) const {
    const Kind kind = m_kinds[at(slot, column)];
    SortKey key;
    key.slot = slot;
    key.id = prefix(slot, m_columns);
    if (kind == Kind::Null) {
        key.group = 8; // last in both directions
        key.exact = true;
        return key;
    }
    quint64 value = 0;
    int rank = 0;
    if (kind == Kind::Integer || kind == Kind::Real) {
        // A double's bits made to sort as unsigned numbers; rounding an integer keeps (or ties) its order.
        double d = kind == Kind::Integer
                       ? static_cast<double>(static_cast<qint64>(m_values[at(slot, column)]))
                       : std::bit_cast<double>(m_values[at(slot, column)]);
        if (d == 0) {
            d = 0; // -0 equals 0
        }
        key.exact = kind == Kind::Real || std::abs(d) < 9007199254740992.0; // 2^53: the double is the integer
        const auto bits = std::bit_cast<quint64>(d);
        value = (bits & (quint64(1) << 63)) != 0 ? ~bits : bits | (quint64(1) << 63);
    } else {
        rank = kind == Kind::Text ? 1 : 2;
        value = prefix(slot, column);
        key.exact = text(slot, column).size() <= 8 && text(slot, column).find('\0') == std::string_view::npos;
    }
    key.group = static_cast<quint8>(descending ? 2 - rank : rank);
    key.value = descending ? ~value : value;
    return key;
}

QList<qint64> CampaignOrderIndex::window(int column, bool descending, qint64 offset, qint64 limit,
                                         const Admits& admits) {
    QList<qint64> rowIds;
    if (column < 0 || column >= m_columns || limit == 0) {
        return rowIds;
    }
    const std::vector<quint32>& sequence = sortedOrder(column, descending).sequence;
    const auto count = static_cast<qint64>(sequence.size());
    offset = std::max<qint64>(offset, 0);
    if (!admits) {
        const qint64 end = limit < 0 ? count : std::min(count, offset + limit);
        for (qint64 i = offset; i < end; ++i) {
            rowIds.append(m_rowIds[sequence[static_cast<std::size_t>(i)]]);
        }
        return rowIds;
    }
    qint64 seen = 0;
    for (const quint32 slot : sequence) {
        const qint64 rowId = m_rowIds[slot];
        if (!admits(rowId)) {
            continue;
        }
        if (seen++ >= offset) {
            rowIds.append(rowId);
            if (limit >= 0 && rowIds.size() >= limit) {
                break;
            }
        }
    }
    return rowIds;
}

} // namespace cc::data
