#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/core/RandomSource.h"
#include "app/data/OutboxOperation.h"
#include "app/data/SqliteFile.h"

#include <QCoreApplication>

class QSqlQuery;

namespace cc::data {

// The durable outbox file, synchronous: every change is committed here (synchronous=FULL, its own file, never
// moved aside with the cache) before anything is sent. Outbox runs it on its worker thread (so no commit
// waits for the disk on the GUI thread); campaignctl's tests and tools may use it directly. Operations leave
// it only once the server has applied them. Ordered: next() is the oldest pending operation not blocked by an
// earlier unresolved conflict or failure on the same campaign.
class OutboxDatabase {
    Q_DECLARE_TR_FUNCTIONS(cc::data::OutboxDatabase)

public:
    OutboxDatabase(QString path, QString connectionName, const Clock& clock, RandomSource& random);

    static const QList<QStringList>& migrations();

    Result<bool> open();
    bool isOpen() const { return m_file.isOpen(); }
    void close() { m_file.close(); }
    const QString& path() const { return m_file.path(); }

    // Records a change; fills in seq, and key (a new UUID) and createdAt unless set.
    Result<OutboxOperation> enqueue(OutboxOperation operation);
    // Inserts an operation recovered from a damaged outbox as it was (key, state, attempts, server version,
    // creation time); it gets a new seq, after those already here.
    Result<OutboxOperation> restore(OutboxOperation operation);
    // Every operation that can still be read from a damaged file's `ops` table, in order: looked up one by
    // one (so the operations on both sides of a damaged stretch are kept), or read in order up to the first
    // unreadable page when the file's sequence cannot be read.
    static QList<OutboxOperation> readable(const QSqlDatabase& damaged);
    Result<QList<OutboxOperation>> all();
    Result<std::optional<OutboxOperation>> next();
    Result<std::optional<OutboxOperation>> find(qint64 seq);
    Result<qint64> pendingCount();

    // The server applied it: remove it, and rebase the later pending updates of the same campaign on the
    // row's new updated_at (they were made on top of this change), in one transaction.
    Result<bool> complete(qint64 seq, const std::optional<Campaign>& row);
    Result<bool> recordAttempt(qint64 seq, const QString& error);
    Result<bool> markConflict(qint64 seq, const Campaign& server, const QString& error);
    Result<bool> markFailed(qint64 seq, const QString& error);
    // Conflict resolution: keep mine (re-send on top of the server's version, with a new key) or take theirs.
    // `key`: the new idempotency key (a new UUID when empty).
    Result<bool> keepMine(qint64 seq, QString key = {});
    Result<bool> discard(qint64 seq);
    // A change the server refused, to be sent again (the data or the server behind it changed): pending, its
    // attempts reset, with a new key (the server keeps its refusal under the old one).
    Result<bool> retry(qint64 seq, QString key = {});
    // Merge by field: re-send only `payload` (the fields the user kept as theirs) on top of the server's
    // version, with a new key. An empty payload is the same as discarding the change.
    Result<bool> resolveWith(qint64 seq, const QJsonObject& payload, QString key = {});

    // A new idempotency key (a random UUID).
    static QString newKey(RandomSource& random);
    // For tests: caps the file size, so the next write fails with SQLITE_FULL like a full disk.
    void limitPages(int maxPageCount);

private:
    static OutboxOperation fromQuery(const QSqlQuery& query);
    Result<bool> exec(const QString& sql, const QVariantList& binds, const QString& what);
    QString newKey();

    SqliteFile m_file;
    const Clock& m_clock;
    RandomSource& m_random;
};

} // namespace cc::data
