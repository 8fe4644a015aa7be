#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/core/RandomSource.h"
#include "app/core/WorkerThread.h"
#include "app/data/OutboxDatabase.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace cc::data {

// The durable outbox, off the calling thread: a worker thread of its own owns the outbox file (an
// OutboxDatabase, synchronous=FULL) and runs every write in the order it was asked for, so a commit never
// waits for the disk on the GUI thread. A write's callback runs on the caller's thread only after the change
// is committed: whoever sends a change or shows it as saved does so from that callback, never before.
//
// Reads the GUI needs at once (markers, pending edits over cached rows) come from a snapshot held in memory,
// taken by the worker after each write of this process; next() (what to send) always reads the file.
class Outbox : public QObject {
    Q_OBJECT

public:
    template <typename T>
    using Done = std::function<void(Result<T>)>;

    Outbox(QString path, QString connectionName, const Clock& clock, RandomSource& random,
           QObject* parent = nullptr);
    ~Outbox() override;

    // Opens (creating or migrating) the file on the calling thread and loads the snapshot; the worker opens
    // its own connection before its first task. A damaged outbox is moved aside and what can be read from it
    // kept in a new one (OutboxRecovery); recoveryNotice() then says so.
    Result<bool> open();
    // What open() had to do to a damaged outbox, for the user; empty when nothing.
    const QString& recoveryNotice() const { return m_recoveryNotice; }
    const QString& path() const { return m_path; }

    // The snapshot (this process's writes are in it once their callbacks have run).
    Result<QList<OutboxOperation>> all() const;
    Result<std::optional<OutboxOperation>> find(qint64 seq) const;
    Result<qint64> pendingCount() const;

    // Records a change (seq, key and createdAt filled in as OutboxDatabase::enqueue does); `done` gets the
    // stored operation once it is durable.
    void enqueue(OutboxOperation operation, QObject* context, Done<OutboxOperation> done);
    // The oldest sendable operation, read from the file.
    void next(QObject* context, Done<std::optional<OutboxOperation>> done);
    void complete(qint64 seq, std::optional<Campaign> row, QObject* context, Done<bool> done);
    void recordAttempt(qint64 seq, QString error, QObject* context, Done<bool> done);
    void markConflict(qint64 seq, Campaign server, QString error, QObject* context, Done<bool> done);
    void markFailed(qint64 seq, QString error, QObject* context, Done<bool> done);
    void keepMine(qint64 seq, QObject* context, Done<bool> done);
    void discard(qint64 seq, QObject* context, Done<bool> done);
    void retry(qint64 seq, QObject* context, Done<bool> done);
    // Merge by field: re-send only `payload` (the fields the user kept as theirs) on top of the server's
    // version, with a new key. An empty payload is the same as discarding the change.
    void resolveWith(qint64 seq, QJsonObject payload, QObject* context, Done<bool> done);
    // Re-reads the snapshot from the file (another process, campaignctl, may have written to it).
    void reload(QObject* context, Done<bool> done);

    // Runs `work` on the worker after every earlier task; the snapshot is refreshed after it when `writes`.
    template <typename T>
    void run(std::function<Result<T>(OutboxDatabase&)> work, bool writes, QObject* context, Done<T> done) {
        QPointer<QObject> guard(context);
        QPointer<Outbox> self(this);
        post([work = std::move(work), writes, guard, self, done = std::move(done)](OutboxDatabase& db) {
            auto result = std::make_shared<Result<T>>(work(db));
            auto snapshot = std::make_shared<std::optional<Result<QList<OutboxOperation>>>>();
            if (writes) {
                *snapshot = db.all();
            }
            if (!self) {
                return;
            }
            // Delivered to the Outbox's thread first (the snapshot), then to the caller's callback.
            QMetaObject::invokeMethod(
                self.data(),
                [self, guard, done, result, snapshot] {
                    if (self && snapshot->has_value()) {
                        self->setSnapshot(std::move(**snapshot));
                    }
                    if (guard && done) {
                        done(std::move(*result));
                    }
                },
                Qt::QueuedConnection);
        });
    }

signals:
    // The snapshot changed.
    void changed();

private:
    void post(std::function<void(OutboxDatabase&)> task);
    void setSnapshot(Result<QList<OutboxOperation>> snapshot);

    QString m_path;
    QString m_connectionName;
    const Clock& m_clock;
    RandomSource& m_random;
    WorkerThread<OutboxDatabase> m_worker;
    bool m_opened = false;
    Result<QList<OutboxOperation>> m_snapshot = QList<OutboxOperation>();
    QString m_recoveryNotice;
};

} // namespace cc::data
