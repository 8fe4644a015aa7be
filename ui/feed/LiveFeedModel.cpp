#include "ui/feed/LiveFeedModel.h"

#include "app/realtime/FeedHistory.h"

#include <QColor>
#include <QLocale>

#include <iterator>

namespace cc::ui {

using realtime::CampaignEvent;
using realtime::FeedEntry;

LiveFeedModel::LiveFeedModel(const Clock& clock, int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
    , m_capacity(qMax(1, capacity)) {}

int LiveFeedModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int LiveFeedModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LiveFeedModel::whoText(const FeedEntry& entry) const {
    if (entry.own) {
        return tr("You (this console)");
    }
    if (entry.actor.isEmpty()) {
        return tr("Unknown");
    }
    if (const auto known = m_people.constFind(entry.actor); known != m_people.cend()) {
        return *known;
    }
    // A user id alone says little and is long: its first block is enough to tell people apart.
    return tr("User %1").arg(entry.actor.section(QLatin1Char('-'), 0, 0));
}

QString LiveFeedModel::searchText(int row) const {
    const FeedEntry& e = entry(row);
    return e.campaignName + QLatin1Char('\n') + whoText(e) + QLatin1Char('\n') + e.changesText();
}

QDate LiveFeedModel::today() const {
    const qint64 now = m_clock.monotonicMs();
    if (m_todayCheckedMs < 0 || now - m_todayCheckedMs >= kTodayRecheckMs) {
        m_today = m_clock.nowUtc().toLocalTime().date();
        m_todayCheckedMs = now;
    }
    return m_today;
}

const QString& LiveFeedModel::timeText(const Row& row) const {
    const QDate day = today();
    if (row.timeText.isEmpty() || row.timeTextDay != day) {
        const QDateTime local = row.entry.at.toLocalTime();
        const QString time = local.toString(QStringLiteral("HH:mm:ss"));
        row.timeText = local.date() == day
                           ? time
                           : QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + time;
        row.timeTextDay = day;
    }
    return row.timeText;
}

QVariant LiveFeedModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const Row& r = m_entries.at(static_cast<size_t>(index.row()));
    const FeedEntry& e = r.entry;
    switch (role) {
    case CampaignIdRole:
        return e.campaignId;
    case KindRole:
        return static_cast<int>(e.kind);
    case OwnRole:
        return e.own;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(r);
        case KindColumn:
            return e.kind == CampaignEvent::Kind::Created   ? tr("created")
                   : e.kind == CampaignEvent::Kind::Deleted ? tr("deleted")
                                                            : tr("changed");
        case CampaignColumn:
            return e.campaignName.isEmpty() ? tr("(unnamed)") : e.campaignName;
        case WhoColumn:
            return whoText(e);
        case ChangesColumn:
            if (r.changesText.isEmpty() && !e.changes.isEmpty()) {
                r.changesText = e.changesText();
            }
            return r.changesText;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn) {
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == WhoColumn && !e.actor.isEmpty()) {
            return e.actor;
        }
        if (index.column() == ChangesColumn && !e.changes.isEmpty()) {
            QStringList lines;
            for (const realtime::FieldChange& c : e.changes) {
                lines.append(
                    tr("%1: %2 → %3")
                        .arg(c.column, FeedEntry::displayValue(c.before), FeedEntry::displayValue(c.after)));
            }
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == KindColumn) {
            return e.kind == CampaignEvent::Kind::Created   ? QColor(0x1b, 0x7f, 0x3b)
                   : e.kind == CampaignEvent::Kind::Deleted ? QColor(0xb3, 0x26, 0x1e)
                                                            : QColor(0x9a, 0x67, 0x00);
        }
        return {};
    default:
        return {};
    }
}

QVariant LiveFeedModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case CampaignColumn:
        return tr("Campaign");
    case WhoColumn:
        return tr("Who");
    case ChangesColumn:
        return tr("Changes");
    default:
        return {};
    }
}

void LiveFeedModel::setPeople(QHash<QString, QString> names) {
    m_people = std::move(names);
    if (!m_entries.empty()) {
        emit dataChanged(index(0, WhoColumn), index(rowCount() - 1, WhoColumn));
    }
}

void LiveFeedModel::addEntries(const QList<FeedEntry>& entries) {
    if (entries.isEmpty()) {
        return;
    }
    if (m_history) {
        m_history->append(entries);
    }
    m_lastEventAt = m_clock.nowUtc();
    emit lastEventChanged(m_lastEventAt);
    if (!m_paused) {
        show(entries);
        return;
    }
    for (const FeedEntry& e : entries) {
        m_pending.push_back(e);
    }
    while (m_pending.size() > static_cast<size_t>(m_capacity)) {
        m_pending.pop_front(); // would fall off the ring anyway
    }
    m_pendingCount += static_cast<int>(entries.size());
    emit pendingCountChanged(m_pendingCount);
}

void LiveFeedModel::show(const QList<FeedEntry>& entries) {
    // Only the newest `capacity` of a huge batch could stay.
    const qsizetype skip = qMax<qsizetype>(0, entries.size() - m_capacity);
    const int count = static_cast<int>(entries.size() - skip);
    if (count == 0) {
        return;
    }
    beginInsertRows({}, 0, count - 1);
    for (qsizetype i = skip; i < entries.size(); ++i) {
        m_entries.push_front(Row{entries.at(i), {}, {}, {}});
    }
    endInsertRows();
    trim();
}

void LiveFeedModel::trim() {
    const int size = static_cast<int>(m_entries.size());
    if (size <= m_capacity) {
        return;
    }
    beginRemoveRows({}, m_capacity, size - 1);
    if (m_history) {
        // Their entries were made on the cache's thread: freed here, under a storm, the GUI thread waited
        // milliseconds for the allocator's lock while that thread allocated. The history's thread frees them.
        std::vector<Row> fallen;
        fallen.reserve(static_cast<size_t>(size - m_capacity));
        std::move(m_entries.begin() + m_capacity, m_entries.end(), std::back_inserter(fallen));
        m_history->discard(std::move(fallen));
    }
    m_entries.resize(static_cast<size_t>(m_capacity));
    endRemoveRows();
}

void LiveFeedModel::setPaused(bool paused) {
    if (paused == m_paused) {
        return;
    }
    m_paused = paused;
    if (paused) {
        return;
    }
    const QList<FeedEntry> waiting(m_pending.begin(), m_pending.end());
    m_pending.clear();
    m_pendingCount = 0;
    show(waiting);
    emit pendingCountChanged(0);
}

void LiveFeedModel::setHistory(realtime::FeedHistory* history) {
    m_history = history;
    if (!history) {
        return;
    }
    history->load(m_capacity, this, [this](Result<QList<FeedEntry>> loaded) {
        if (!loaded.ok()) {
            emit historyLoaded(0);
            return;
        }
        // Older than anything that arrived meanwhile: below it, as far as the ring has room.
        const QList<FeedEntry>& older = loaded.value(); // newest first
        const int room = m_capacity - rowCount();
        const int count = static_cast<int>(qMin<qsizetype>(room, older.size()));
        if (count > 0) {
            beginInsertRows({}, rowCount(), rowCount() + count - 1);
            for (int i = 0; i < count; ++i) {
                m_entries.push_back(Row{older.at(i), {}, {}, {}});
            }
            endInsertRows();
        }
        emit historyLoaded(count);
    });
}

} // namespace cc::ui
