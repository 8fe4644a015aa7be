#pragma once

#include "app/data/CampaignFilter.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>
#include <vector>

namespace cc::data {

// What a search looks at (folded name, status, channel) for every cached campaign, in memory, by SQLite
// rowid. SQLite needs 35-45 ms to test 100,000 names for a substring (the count a search shows); this
// answers the same question in a few milliseconds, so a keystroke updates the view within its 50 ms.
// CacheDatabase keeps it in step with every write it makes.
// The names sit end to end in one buffer, in UTF-8: the scan reads memory in order (no pointer per row), a
// substring of the UTF-8 bytes is a substring of the text (UTF-8 is self-synchronising), and the bytes take
// half the memory of QStrings.
class CampaignSearchIndex {
public:
    struct Matches {
        qint64 count = 0; // rows matching the filter, paging and order ignored
        // Their rowids, when there are at most the `maxListed` asked for; otherwise empty and `listed` false.
        QList<qint64> rowIds;
        bool listed = false;
    };

    void clear();
    void reserve(qsizetype rows, qsizetype nameBytes);
    // `nameLower` is the name as the cache folds it (QString::toLower), the same text the SQL search reads.
    void upsert(qint64 rowId, const QString& nameLower, const QString& status, const QString& channel);
    void remove(qint64 rowId);
    qsizetype size() const { return static_cast<qsizetype>(m_entries.size()); }

    // The rows the cache's SQL filter would select: statuses, channels and the search text (folded here).
    Matches match(const CampaignFilter& filter, qsizetype maxListed) const;
    // The same test for one row at a time, by rowid (a deep window walks an order and asks row by row); it
    // refers to this index, so it is used before the next write. Empty when the filter admits every row.
    std::function<bool(qint64 rowId)> admits(const CampaignFilter& filter) const;

private:
    struct Entry {
        qint64 rowId = 0;
        quint32 nameOffset = 0; // into m_names
        quint32 nameSize = 0;
        quint32 status = 0; // numbers of interned texts (m_values)
        quint32 channel = 0;
    };

    quint32 intern(const QString& value);
    // Which interned values a filter list admits (all of them when the list is empty).
    std::vector<bool> admitted(const QStringList& values) const;
    // Stores a name, reusing the entry's old place when the new one fits.
    void storeName(Entry& entry, const QByteArray& name, bool hasOldName);
    // Rewrites m_names without the bytes of replaced and removed names.
    void compact();

    std::vector<Entry> m_entries;
    QHash<qint64, qsizetype> m_positions; // rowid -> index in m_entries
    std::string m_names;
    std::size_t m_unusedNameBytes = 0; // of replaced and removed names, until compact()
    // Statuses and channels are a handful of distinct texts: each entry stores a number for its value.
    QStringList m_values;
    QHash<QString, quint32> m_valueNumbers;
};

} // namespace cc::data
