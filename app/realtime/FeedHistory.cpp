#include "app/realtime/FeedHistory.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/SqliteFile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cc::realtime {

namespace {

QAtomicInteger<quint64> g_serial;

const QStringList kV1 = {
    QStringLiteral("CREATE TABLE feed (seq INTEGER PRIMARY KEY AUTOINCREMENT, at_ms INTEGER NOT NULL, "
                   "entry_json TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX feed_at_idx ON feed (at_ms)"),
};

QString what() {
    return QCoreApplication::translate("cc::realtime::FeedHistory", "the live feed history");
}

} // namespace

// The worker-side state: the file, opened by the first task that needs it.
struct FeedHistory::Store {
    explicit Store(data::SqliteFile::Options options)
        : file(std::move(options)) {}

    data::SqliteFile file;
    bool opened = false;

    Result<bool> ensureOpen() {
        if (opened) {
            return true;
        }
        Result<bool> result = file.open();
        opened = result.ok();
        return result;
    }

    Result<int> prune(qint64 cutoffMs) {
        if (Result<bool> o = ensureOpen(); !o.ok()) {
            return o.error();
        }
        QSqlQuery query(file.database());
        query.prepare(QStringLiteral("DELETE FROM feed WHERE at_ms < ?"));
        query.addBindValue(cutoffMs);
        if (!query.exec()) {
            return data::SqliteFile::storageError(query.lastError(), what());
        }
        int removed = query.numRowsAffected();
        query.prepare(QStringLiteral("DELETE FROM feed WHERE seq <= (SELECT max(seq) FROM feed) - ?"));
        query.addBindValue(kMaxRows);
        if (!query.exec()) {
            return data::SqliteFile::storageError(query.lastError(), what());
        }
        return removed + query.numRowsAffected();
    }
};

QString FeedHistory::fileIn(const QString& directory) {
    return QDir(directory).filePath(QStringLiteral("feed.sqlite"));
}

const QList<QStringList>& FeedHistory::migrations() {
    static const QList<QStringList> list = {kV1};
    return list;
}

FeedHistory::FeedHistory(QString path, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_clock(clock)
    , m_worker(QStringLiteral("feed-history"),
               std::make_shared<Store>(data::SqliteFile::Options{
                   m_path, QStringLiteral("feed-history-%1").arg(g_serial.fetchAndAddRelaxed(1)),
                   migrations(), false, true})) {}

// The connection is closed on the worker's thread, after every task queued before (WorkerThread).
FeedHistory::~FeedHistory() = default;

qint64 FeedHistory::cutoffMs() const {
    // Read on the calling thread: the clock is not the worker's to touch.
    return m_clock.nowUtc().toMSecsSinceEpoch() - kRetentionMs;
}

void FeedHistory::load(int limit, QObject* context, std::function<void(Result<QList<FeedEntry>>)> done) {
    const qint64 cutoff = cutoffMs();
    m_worker.run<QList<FeedEntry>>(
        [cutoff, limit](Store& store) -> Result<QList<FeedEntry>> {
            if (Result<int> pruned = store.prune(cutoff); !pruned.ok()) {
                return pruned.error();
            }
            QSqlQuery query(store.file.database());
            query.setForwardOnly(true);
            query.prepare(QStringLiteral("SELECT entry_json FROM feed ORDER BY seq DESC LIMIT ?"));
            query.addBindValue(limit);
            if (!query.exec()) {
                return data::SqliteFile::storageError(query.lastError(), what());
            }
            QList<FeedEntry> entries;
            while (query.next()) {
                const QJsonObject o = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
                if (std::optional<FeedEntry> entry = FeedEntry::fromJson(o)) {
                    entries.append(std::move(*entry));
                }
            }
            return entries;
        },
        context, std::move(done));
}

void FeedHistory::append(const QList<FeedEntry>& entries) {
    if (entries.isEmpty()) {
        return;
    }
    const qint64 cutoff = cutoffMs();
    m_worker.run<bool>(
        [entries, cutoff](Store& store) -> Result<bool> {
            if (Result<bool> o = store.ensureOpen(); !o.ok()) {
                return o.error();
            }
            QSqlDatabase db = store.file.database();
            if (!db.transaction()) {
                return data::SqliteFile::storageError(db.lastError(), what());
            }
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO feed (at_ms, entry_json) VALUES (?, ?)"));
            for (const FeedEntry& e : entries) {
                query.addBindValue(e.at.toMSecsSinceEpoch());
                query.addBindValue(
                    QString::fromUtf8(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact)));
                if (!query.exec()) {
                    const Error error = data::SqliteFile::storageError(query.lastError(), what());
                    query.finish();
                    db.rollback();
                    return error;
                }
            }
            if (!db.commit()) {
                const Error error = data::SqliteFile::storageError(db.lastError(), what());
                db.rollback();
                return error;
            }
            if (Result<int> pruned = store.prune(cutoff); !pruned.ok()) {
                return pruned.error();
            }
            return true;
        },
        this,
        [](Result<bool> stored) {
            if (!stored.ok()) {
                log::warning(lcData(), QStringLiteral("live feed entries not stored"), {}, stored.error());
            }
        });
}

void FeedHistory::prune(QObject* context, std::function<void(Result<int>)> done) {
    const qint64 cutoff = cutoffMs();
    m_worker.run<int>([cutoff](Store& store) { return store.prune(cutoff); }, context, std::move(done));
}

void FeedHistory::whenIdle(QObject* context, std::function<void()> done) {
    m_worker.run<bool>([](Store&) -> Result<bool> { return true; }, context,
                       [done](Result<bool>) { done(); });
}

} // namespace cc::realtime
