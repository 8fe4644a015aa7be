#include "app/data/Outbox.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/OutboxRecovery.h"

namespace cc::data {

Outbox::Outbox(QString path, QString connectionName, const Clock& clock, RandomSource& random,
               QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_clock(clock)
    , m_random(random)
    // The worker's object only ever uses the clock and randomness for values this class fills in first (key,
    // createdAt), so neither is touched from two threads.
    , m_worker(QStringLiteral("campaign-outbox"),
               std::make_shared<OutboxDatabase>(m_path, m_connectionName, m_clock, m_random)) {}

// Every queued write runs (and commits) before the connection is closed on its own thread (WorkerThread).
Outbox::~Outbox() = default;

Result<bool> Outbox::open() {
    // Opened here once, so that a damaged or newer-version file is reported to whoever opens the outbox, and
    // the snapshot is there before the first answer is shown. The worker uses a connection of its own.
    for (int attempt = 0;; ++attempt) {
        OutboxDatabase opener(m_path, m_connectionName + QStringLiteral("-open"), m_clock, m_random);
        if (Result<bool> opened = opener.open(); !opened.ok()) {
            // Damaged (not merely newer): moved aside, what can be read kept in a new file, the user told.
            if (attempt > 0 || opened.error().code != QLatin1String(SqliteFile::kDamagedCode)) {
                return opened;
            }
            opener.close();
            Result<OutboxRecovery::Outcome> recovered = OutboxRecovery::recover(m_path, m_clock, m_random);
            if (!recovered.ok()) {
                return recovered.error();
            }
            m_recoveryNotice = recovered.value().notice();
            continue;
        }
        Result<QList<OutboxOperation>> ops = opener.all();
        if (!ops.ok()) {
            return ops.error();
        }
        m_snapshot = std::move(ops);
        break;
    }
    if (!m_opened) {
        m_opened = true;
        post([](OutboxDatabase&) {});
    }
    emit changed();
    return true;
}

void Outbox::post(std::function<void(OutboxDatabase&)> task) {
    // The first task opens the worker's connection (Qt SQL connections belong to the thread that opened
    // them); should that fail, each task's statements fail and report it.
    m_worker.post([task = std::move(task)](OutboxDatabase& db) {
        if (!db.isOpen()) {
            if (Result<bool> opened = db.open(); !opened.ok()) {
                log::warning(lcData(), QStringLiteral("outbox worker could not open the outbox"),
                             {{QStringLiteral("path"), db.path()}}, opened.error());
            }
        }
        task(db);
    });
}

void Outbox::setSnapshot(Result<QList<OutboxOperation>> snapshot) {
    if (!snapshot.ok()) {
        log::warning(lcData(), QStringLiteral("outbox snapshot could not be read"), {}, snapshot.error());
    }
    m_snapshot = std::move(snapshot);
    emit changed();
}

Result<QList<OutboxOperation>> Outbox::all() const {
    return m_snapshot;
}

Result<std::optional<OutboxOperation>> Outbox::find(qint64 seq) const {
    if (!m_snapshot.ok()) {
        return m_snapshot.error();
    }
    for (const OutboxOperation& op : m_snapshot.value()) {
        if (op.seq == seq) {
            return std::optional<OutboxOperation>(op);
        }
    }
    return std::optional<OutboxOperation>();
}

Result<qint64> Outbox::pendingCount() const {
    if (!m_snapshot.ok()) {
        return m_snapshot.error();
    }
    qint64 pending = 0;
    for (const OutboxOperation& op : m_snapshot.value()) {
        pending += op.state == OutboxOperation::State::Pending ? 1 : 0;
    }
    return pending;
}

void Outbox::enqueue(OutboxOperation operation, QObject* context, Done<OutboxOperation> done) {
    // Filled in here: the clock and the random source belong to this thread.
    if (operation.key.isEmpty()) {
        operation.key = OutboxDatabase::newKey(m_random);
    }
    operation.createdAt = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    run<OutboxOperation>([operation](OutboxDatabase& db) { return db.enqueue(operation); }, true, context,
                         std::move(done));
}

void Outbox::next(QObject* context, Done<std::optional<OutboxOperation>> done) {
    run<std::optional<OutboxOperation>>([](OutboxDatabase& db) { return db.next(); }, false, context,
                                        std::move(done));
}

void Outbox::complete(qint64 seq, std::optional<Campaign> row, QObject* context, Done<bool> done) {
    run<bool>([seq, row](OutboxDatabase& db) { return db.complete(seq, row); }, true, context,
              std::move(done));
}

void Outbox::recordAttempt(qint64 seq, QString error, QObject* context, Done<bool> done) {
    run<bool>([seq, error](OutboxDatabase& db) { return db.recordAttempt(seq, error); }, true, context,
              std::move(done));
}

void Outbox::markConflict(qint64 seq, Campaign server, QString error, QObject* context, Done<bool> done) {
    run<bool>([seq, server, error](OutboxDatabase& db) { return db.markConflict(seq, server, error); }, true,
              context, std::move(done));
}

void Outbox::markFailed(qint64 seq, QString error, QObject* context, Done<bool> done) {
    run<bool>([seq, error](OutboxDatabase& db) { return db.markFailed(seq, error); }, true, context,
              std::move(done));
}

void Outbox::keepMine(qint64 seq, QObject* context, Done<bool> done) {
    const QString key = OutboxDatabase::newKey(m_random);
    run<bool>([seq, key](OutboxDatabase& db) { return db.keepMine(seq, key); }, true, context,
              std::move(done));
}

void Outbox::retry(qint64 seq, QObject* context, Done<bool> done) {
    const QString key = OutboxDatabase::newKey(m_random);
    run<bool>([seq, key](OutboxDatabase& db) { return db.retry(seq, key); }, true, context, std::move(done));
}

void Outbox::discard(qint64 seq, QObject* context, Done<bool> done) {
    run<bool>([seq](OutboxDatabase& db) { return db.discard(seq); }, true, context, std::move(done));
}

void Outbox::resolveWith(qint64 seq, QJsonObject payload, QObject* context, Done<bool> done) {
    const QString key = OutboxDatabase::newKey(m_random);
    run<bool>([seq, payload, key](OutboxDatabase& db) { return db.resolveWith(seq, payload, key); }, true,
              context, std::move(done));
}

void Outbox::reload(QObject* context, Done<bool> done) {
    run<bool>([](OutboxDatabase&) { return Result<bool>(true); }, true, context, std::move(done));
}

} // namespace cc::data
