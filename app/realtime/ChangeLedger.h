#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace cc::realtime {

// Which version of which row has been delivered to the console, so that a change is reported once even when
// it reaches the client twice: live over the socket and again through the catch-up fetch after a rejoin, or
// as an older row state fetched while a newer event was already in (which must not roll the row back).
// A version is the row's `updated_at` (the commit timestamp for a delete). Bounded: the oldest entries are
// forgotten first; a forgotten row can at worst be reported once more, never lost.
class ChangeLedger {
public:
    static constexpr int kDefaultCapacity = 100'000;

    explicit ChangeLedger(int capacity = kDefaultCapacity);

    // True when (id, version) is newer than anything delivered for `id` (and records it); false for a
    // duplicate or an older version. An empty id is always admitted (nothing to compare).
    bool admit(const QString& id, const QString& version);
    // The newest version admitted so far (empty before any): where a catch-up fetch starts.
    const QString& highWater() const { return m_highWater; }
    // Raises the high-water mark without admitting a row (the newest row the cache already holds).
    void raiseHighWater(const QString& version);
    int size() const { return static_cast<int>(m_versions.size()); }
    void clear();

    // -1, 0, 1 as `a` is older than, the same as or newer than `b`. ISO timestamps compare as instants;
    // two spellings of the same millisecond fall back to the text (the same server writes the same format,
    // so its microseconds order correctly). An empty version is older than any other.
    static int compareVersions(const QString& a, const QString& b);

private:
    int m_capacity;
    QHash<QString, QString> m_versions;
    std::deque<QString> m_order; // insertion order of ids, for eviction
    QString m_highWater;
};

} // namespace cc::realtime
