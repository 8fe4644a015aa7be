#include "app/data/OutboxDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace cc::data {

namespace {

const QString kColumns = QStringLiteral(
    "seq, idempotency_key, kind, campaign_id, base_updated_at, payload, state, attempts, last_error, "
    "server_json, created_at");

const QStringList kV1 = {
    QStringLiteral(
        "CREATE TABLE ops (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
        "idempotency_key TEXT NOT NULL UNIQUE, "
        "kind TEXT NOT NULL CHECK (kind IN ('create', 'update', 'delete', 'transaction')), "
        "campaign_id TEXT NOT NULL DEFAULT '', base_updated_at TEXT NOT NULL DEFAULT '', "
        "payload TEXT NOT NULL, "
        "state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'conflict', 'failed')), "
        "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
        "server_json TEXT NOT NULL DEFAULT '', created_at TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX ops_campaign_idx ON ops (campaign_id, seq)"),
};

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

OutboxDatabase::OutboxDatabase(QString path, QString connectionName, const Clock& clock, RandomSource& random)
    // Never recreated: a damaged outbox is reported, not thrown away with the edits in it.
    : m_file(SqliteFile::Options{std::move(path), std::move(connectionName), migrations(), true, false})
    , m_clock(clock)
    , m_random(random) {}

const QList<QStringList>& OutboxDatabase::migrations() {
    static const QList<QStringList> list = {kV1};
    return list;
}

Result<bool> OutboxDatabase::open() {
    return m_file.open();
}

QString OutboxDatabase::newKey() {
    return newKey(m_random);
}

QString OutboxDatabase::newKey(RandomSource& random) {
    QByteArray bytes = random.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

Result<bool> OutboxDatabase::exec(const QString& sql, const QVariantList& binds, const QString& what) {
    QSqlQuery query(m_file.database());
    query.prepare(sql);
    for (const QVariant& b : binds) {
        query.addBindValue(b);
    }
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), what);
    }
    return true;
}

OutboxOperation OutboxDatabase::fromQuery(const QSqlQuery& query) {
    OutboxOperation op;
    op.seq = query.value(0).toLongLong();
    op.key = query.value(1).toString();
    op.kind =
        OutboxOperation::kindFromName(query.value(2).toString()).value_or(OutboxOperation::Kind::Update);
    op.campaignId = query.value(3).toString();
    op.baseUpdatedAt = query.value(4).toString();
    op.payload = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    op.state = OutboxOperation::stateFromName(query.value(6).toString());
    op.attempts = query.value(7).toInt();
    op.lastError = query.value(8).toString();
    const QString server = query.value(9).toString();
    if (!server.isEmpty()) {
        op.server = Campaign::fromJson(QJsonDocument::fromJson(server.toUtf8()).object());
    }
    op.createdAt = query.value(10).toString();
    return op;
}

Result<OutboxOperation> OutboxDatabase::enqueue(OutboxOperation op) {
    if (op.key.isEmpty()) {
        op.key = newKey();
    }
    if (op.createdAt.isEmpty()) {
        op.createdAt = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    }
    op.state = OutboxOperation::State::Pending;
    QSqlQuery query(m_file.database());
    query.prepare(
        QStringLiteral("INSERT INTO ops (idempotency_key, kind, campaign_id, base_updated_at, payload, "
                       "created_at) VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?)"));
    query.addBindValue(op.key);
    query.addBindValue(OutboxOperation::kindName(op.kind));
    query.addBindValue(op.campaignId);
    query.addBindValue(op.baseUpdatedAt);
    query.addBindValue(compact(op.payload));
    query.addBindValue(op.createdAt);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the change"));
    }
    op.seq = query.lastInsertId().toLongLong();
    return op;
}

Result<OutboxOperation> OutboxDatabase::restore(OutboxOperation op) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral(
        "INSERT INTO ops (idempotency_key, kind, campaign_id, base_updated_at, payload, "
        "state, attempts, last_error, server_json, created_at) "
        "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?)"));
    query.addBindValue(op.key.isEmpty() ? newKey() : op.key);
    query.addBindValue(OutboxOperation::kindName(op.kind));
    query.addBindValue(op.campaignId);
    query.addBindValue(op.baseUpdatedAt);
    query.addBindValue(compact(op.payload));
    query.addBindValue(OutboxOperation::stateName(op.state));
    query.addBindValue(op.attempts);
    query.addBindValue(op.lastError);
    query.addBindValue(op.server ? compact(op.server->toJson()) : QString());
    query.addBindValue(op.createdAt.isEmpty() ? m_clock.nowUtc().toString(Qt::ISODateWithMs) : op.createdAt);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the change"));
    }
    op.seq = query.lastInsertId().toLongLong();
    return op;
}

QList<OutboxOperation> OutboxDatabase::readable(const QSqlDatabase& damaged) {
    const auto accept = [](const QSqlQuery& query, QList<OutboxOperation>& into) {
        OutboxOperation op = fromQuery(query);
        // A row read from a damaged page may be garbage: its kind must be known and its payload an object.
        if (OutboxOperation::kindFromName(query.value(2).toString()) && !op.key.isEmpty() &&
            QJsonDocument::fromJson(query.value(5).toString().toUtf8()).isObject()) {
            into.append(std::move(op));
        }
    };
    QList<OutboxOperation> ops;
    // Row by row, by key: a lookup reads only the pages on its own path, so each operation whose pages
    // survived is found, whatever is damaged around it. The highest seq ever given out bounds the search.
    QSqlQuery last(damaged);
    if (last.exec(QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'ops'")) && last.next()) {
        const qint64 highest = std::min<qint64>(last.value(0).toLongLong(), 1'000'000);
        last.finish();
        QSqlQuery one(damaged);
        one.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ops WHERE seq = ?"));
        for (qint64 seq = 1; seq <= highest; ++seq) {
            one.addBindValue(seq);
            if (one.exec() && one.next()) {
                accept(one, ops);
            }
            one.finish();
        }
        if (!ops.isEmpty()) {
            return ops;
        }
    }
    // The sequence is unreadable: in order, up to the first unreadable page.
    QSqlQuery all(damaged);
    all.setForwardOnly(true);
    if (all.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ops ORDER BY seq"))) {
        while (all.next()) {
            accept(all, ops);
        }
    }
    return ops;
}

Result<QList<OutboxOperation>> OutboxDatabase::all() {
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ops ORDER BY seq"))) {
        return SqliteFile::storageError(query.lastError(), tr("the outbox"));
    }
    QList<OutboxOperation> ops;
    while (query.next()) {
        ops.append(fromQuery(query));
    }
    return ops;
}

Result<std::optional<OutboxOperation>> OutboxDatabase::next() {
    QSqlQuery query(m_file.database());
    // A conflict or failure holds back the later changes of the same campaign (they were made on top of it),
    // but not those of other campaigns.
    if (!query.exec(
            QStringLiteral("SELECT ") + kColumns +
            QStringLiteral(" FROM ops AS o WHERE state = 'pending' AND NOT EXISTS (SELECT 1 FROM ops AS b "
                           "WHERE b.seq < o.seq AND b.state <> 'pending' AND b.campaign_id <> '' AND "
                           "b.campaign_id = o.campaign_id) ORDER BY seq LIMIT 1"))) {
        return SqliteFile::storageError(query.lastError(), tr("the outbox"));
    }
    if (!query.next()) {
        return std::optional<OutboxOperation>();
    }
    return std::optional<OutboxOperation>(fromQuery(query));
}

Result<std::optional<OutboxOperation>> OutboxDatabase::find(qint64 seq) {
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM ops WHERE seq = ?"));
    query.addBindValue(seq);
    if (!query.exec()) {
        return SqliteFile::storageError(query.lastError(), tr("the outbox"));
    }
    if (!query.next()) {
        return std::optional<OutboxOperation>();
    }
    return std::optional<OutboxOperation>(fromQuery(query));
}

Result<qint64> OutboxDatabase::pendingCount() {
    QSqlQuery query(m_file.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ops WHERE state = 'pending'")) || !query.next()) {
        return SqliteFile::storageError(query.lastError(), tr("the outbox"));
    }
    return query.value(0).toLongLong();
}

Result<bool> OutboxDatabase::complete(qint64 seq, const std::optional<Campaign>& row) {
    QSqlDatabase db = m_file.database();
    if (const QSqlError error = SqliteFile::beginImmediate(db); error.isValid()) {
        return SqliteFile::storageError(error, tr("the outbox"));
    }
    Result<std::optional<OutboxOperation>> op = find(seq);
    if (!op.ok()) {
        db.rollback();
        return op.error();
    }
    if (op.value() && row && !row->updatedAt.isEmpty() && !op.value()->campaignId.isEmpty()) {
        const Result<bool> rebased = exec(
            QStringLiteral("UPDATE ops SET base_updated_at = ? WHERE campaign_id = ? AND kind = 'update' "
                           "AND state = 'pending' AND seq > ?"),
            {row->updatedAt, op.value()->campaignId, seq}, tr("the outbox"));
        if (!rebased.ok()) {
            db.rollback();
            return rebased;
        }
    }
    const Result<bool> removed =
        exec(QStringLiteral("DELETE FROM ops WHERE seq = ?"), {seq}, tr("the outbox"));
    if (!removed.ok()) {
        db.rollback();
        return removed;
    }
    if (!db.commit()) {
        const Error error = SqliteFile::storageError(db.lastError(), tr("the outbox"));
        db.rollback();
        return error;
    }
    return true;
}

Result<bool> OutboxDatabase::recordAttempt(qint64 seq, const QString& error) {
    return exec(QStringLiteral("UPDATE ops SET attempts = attempts + 1, last_error = ? WHERE seq = ?"),
                {error, seq}, tr("the outbox"));
}

Result<bool> OutboxDatabase::markConflict(qint64 seq, const Campaign& server, const QString& error) {
    return exec(
        QStringLiteral(
            "UPDATE ops SET state = 'conflict', attempts = attempts + 1, last_error = coalesce(?, ''), "
            "server_json = ? WHERE seq = ?"),
        {error, compact(server.toJson()), seq}, tr("the outbox"));
}

Result<bool> OutboxDatabase::markFailed(qint64 seq, const QString& error) {
    return exec(QStringLiteral(
                    "UPDATE ops SET state = 'failed', attempts = attempts + 1, last_error = coalesce(?, '') "
                    "WHERE seq = ?"),
                {error, seq}, tr("the outbox"));
}

Result<bool> OutboxDatabase::keepMine(qint64 seq, QString key) {
    Result<std::optional<OutboxOperation>> op = find(seq);
    if (!op.ok()) {
        return op.error();
    }
    if (!op.value() || op.value()->state != OutboxOperation::State::Conflict || !op.value()->server) {
        return Error(ErrorKind::Validation, tr("There is no conflict to resolve for that change."));
    }
    // A new key: the request is a different one now (another base version), and the server would refuse the
    // old key with a different body.
    return exec(QStringLiteral("UPDATE ops SET state = 'pending', base_updated_at = ?, idempotency_key = ?, "
                               "server_json = '', last_error = '' WHERE seq = ?"),
                {op.value()->server->updatedAt, key.isEmpty() ? newKey() : key, seq}, tr("the outbox"));
}

Result<bool> OutboxDatabase::resolveWith(qint64 seq, const QJsonObject& payload, QString key) {
    if (payload.isEmpty()) {
        return discard(seq);
    }
    Result<std::optional<OutboxOperation>> op = find(seq);
    if (!op.ok()) {
        return op.error();
    }
    if (!op.value() || op.value()->state != OutboxOperation::State::Conflict || !op.value()->server) {
        return Error(ErrorKind::Validation, tr("There is no conflict to resolve for that change."));
    }
    return exec(QStringLiteral("UPDATE ops SET state = 'pending', base_updated_at = ?, idempotency_key = ?, "
                               "payload = ?, server_json = '', last_error = '' WHERE seq = ?"),
                {op.value()->server->updatedAt, key.isEmpty() ? newKey() : key, compact(payload), seq},
                tr("the outbox"));
}

void OutboxDatabase::limitPages(int maxPageCount) {
    QSqlQuery query(m_file.database());
    query.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(maxPageCount));
}

Result<bool> OutboxDatabase::retry(qint64 seq, QString key) {
    Result<std::optional<OutboxOperation>> op = find(seq);
    if (!op.ok()) {
        return op.error();
    }
    if (!op.value() || op.value()->state != OutboxOperation::State::Failed) {
        return Error(ErrorKind::Validation, tr("Only a change the server refused can be sent again."));
    }
    return exec(QStringLiteral("UPDATE ops SET state = 'pending', attempts = 0, last_error = '', "
                               "idempotency_key = ? WHERE seq = ?"),
                {key.isEmpty() ? newKey() : key, seq}, tr("the outbox"));
}

Result<bool> OutboxDatabase::discard(qint64 seq) {
    return exec(QStringLiteral("DELETE FROM ops WHERE seq = ?"), {seq}, tr("the outbox"));
}

} // namespace cc::data
