#pragma once

#include "app/core/Clock.h"
#include "app/realtime/CampaignEvent.h"
#include "app/realtime/FeedEntry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <deque>
#include <vector>

namespace cc::realtime {
class FeedHistory;
}

namespace cc::ui {

// The live feed, newest first: a ring of the last `capacity` entries (10,000 by default; the oldest fall off
// the end). Paused, new entries wait in a buffer (bounded the same way) and are counted; resuming shows them.
// With a history attached, the last 24 h are loaded at start and every new entry is stored.
class LiveFeedModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, KindColumn, CampaignColumn, WhoColumn, ChangesColumn, ColumnCount };
    enum Role {
        CampaignIdRole = Qt::UserRole + 1, // QString
        KindRole,                          // int (CampaignEvent::Kind)
        OwnRole,                           // bool
    };
    static constexpr int kDefaultCapacity = 10'000;
    static constexpr qint64 kTodayRecheckMs = 1'000;

    explicit LiveFeedModel(const Clock& clock, int capacity = kDefaultCapacity, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Loads the last 24 h (below anything already shown), then stores every new entry there.
    void setHistory(realtime::FeedHistory* history);
    // Names for user ids in the Who column (e-mail addresses, when the console knows them).
    void setPeople(QHash<QString, QString> names);

    const realtime::FeedEntry& entry(int row) const { return m_entries.at(static_cast<size_t>(row)).entry; }
    int capacity() const { return m_capacity; }
    bool isPaused() const { return m_paused; }
    // Entries that arrived while paused (not yet shown).
    int pendingCount() const { return m_pendingCount; }
    QDateTime lastEventAt() const { return m_lastEventAt; }
    // Text the filter searches: campaign, who and the changes.
    QString searchText(int row) const;
    QString whoText(const realtime::FeedEntry& entry) const;

public slots:
    // ChangeApplier::feedEntriesRecorded (arrival order: the last one is the newest).
    void addEntries(const QList<cc::realtime::FeedEntry>& entries);
    void setPaused(bool paused);

signals:
    void pendingCountChanged(int count);
    void lastEventChanged(const QDateTime& receivedAt);
    void historyLoaded(int count);

private:
    // An entry with its texts as shown, made at its first paint: a storm repaints the feed several times a
    // second, and formatting times and changes again each time was a large part of a repaint.
    struct Row {
        realtime::FeedEntry entry;
        mutable QString timeText;
        mutable QDate timeTextDay; // "today" when timeText was made (today's entries show the time only)
        mutable QString changesText;
    };

    void show(const QList<realtime::FeedEntry>& entries);
    void trim();
    const QString& timeText(const Row& row) const;
    QDate today() const;

    const Clock& m_clock;
    int m_capacity;
    std::deque<Row> m_entries;                 // front: newest
    std::deque<realtime::FeedEntry> m_pending; // back: newest
    int m_pendingCount = 0;
    bool m_paused = false;
    QDateTime m_lastEventAt;
    realtime::FeedHistory* m_history = nullptr;
    QHash<QString, QString> m_people;
    mutable QDate m_today; // the local date, looked up again after kTodayRecheckMs
    mutable qint64 m_todayCheckedMs = -1;
};

} // namespace cc::ui
