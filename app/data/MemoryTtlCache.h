#pragma once

#include "app/core/Clock.h"

#include <QHash>

#include <optional>

namespace cc::data {

// A small in-memory cache in front of the SQL cache for hot lookups (the row under the cursor, the detail
// pane): entries expire `ttlMs` after they were put (monotonic time), and the oldest entry is evicted when
// full. Not thread-safe: one per thread.
template <typename Key, typename Value>
class MemoryTtlCache {
public:
    MemoryTtlCache(const Clock& clock, qint64 ttlMs, int maxEntries)
        : m_clock(clock)
        , m_ttlMs(ttlMs)
        , m_maxEntries(maxEntries) {}

    std::optional<Value> get(const Key& key) {
        auto it = m_entries.find(key);
        if (it == m_entries.end()) {
            return std::nullopt;
        }
        if (m_clock.monotonicMs() - it->storedMs >= m_ttlMs) {
            m_entries.erase(it);
            return std::nullopt;
        }
        return it->value;
    }

    void put(const Key& key, Value value) {
        if (!m_entries.contains(key) && m_entries.size() >= m_maxEntries) {
            evictOldest();
        }
        m_entries.insert(key, Entry{std::move(value), m_clock.monotonicMs(), ++m_sequence});
    }

    void invalidate(const Key& key) { m_entries.remove(key); }
    void clear() { m_entries.clear(); }
    int size() const { return static_cast<int>(m_entries.size()); }

private:
    struct Entry {
        Value value;
        qint64 storedMs = 0;
        quint64 sequence = 0;
    };

    void evictOldest() {
        auto oldest = m_entries.end();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (oldest == m_entries.end() || it->sequence < oldest->sequence) {
                oldest = it;
            }
        }
        if (oldest != m_entries.end()) {
            m_entries.erase(oldest);
        }
    }

    const Clock& m_clock;
    qint64 m_ttlMs;
    int m_maxEntries;
    quint64 m_sequence = 0;
    QHash<Key, Entry> m_entries;
};

} // namespace cc::data
