#include "app/sandbox/IdempotencyStore.h"

#include "app/core/Clock.h"
#include "app/sandbox/SandboxDatabase.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cc::sandbox {

namespace {

// Headers worth replaying; the transport's own (Content-Length) are recomputed.
bool replayable(const QByteArray& name) {
    const QByteArray lower = name.toLower();
    return lower == "content-type" || lower == "content-range" || lower == "location" ||
           lower == "preference-applied";
}

} // namespace

IdempotencyStore::IdempotencyStore(const SandboxDatabase& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock) {}

qint64 IdempotencyStore::nowMs() const {
    // Wall time, not monotonic: the records outlive the process in a file database.
    return m_clock.nowUtc().toMSecsSinceEpoch();
}

QByteArray IdempotencyStore::requestHash(const HttpRequest& request) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.method);
    hash.addData("\n");
    hash.addData(request.path.toUtf8());
    hash.addData("\n");
    hash.addData(request.rawQuery);
    hash.addData("\n");
    hash.addData(request.body);
    return hash.result().toHex();
}

IdempotencyStore::Lookup IdempotencyStore::find(const QString& principal, const QString& key,
                                                const QByteArray& hash) const {
    Lookup lookup;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT request_hash, status, headers, body FROM sandbox_idempotency "
                                 "WHERE principal = ? AND key = ? AND created_ms > ?"));
    query.addBindValue(principal);
    query.addBindValue(key);
    query.addBindValue(nowMs() - kRetentionMs);
    if (!query.exec() || !query.next()) {
        return lookup;
    }
    if (query.value(0).toByteArray() != hash) {
        lookup.match = Match::Mismatch;
        lookup.response = HttpResponse::json(
            422,
            QJsonObject{{QStringLiteral("code"), QStringLiteral("idempotency_key_reused")},
                        {QStringLiteral("message"),
                         QStringLiteral("This Idempotency-Key was already used for a different request")},
                        {QStringLiteral("details"), QJsonValue::Null},
                        {QStringLiteral("hint"), QStringLiteral("Use a new key for every new request")}});
        return lookup;
    }
    lookup.match = Match::Replay;
    lookup.response.status = query.value(1).toInt();
    const QJsonArray headers = QJsonDocument::fromJson(query.value(2).toByteArray()).array();
    for (const QJsonValue& header : headers) {
        const QJsonArray pair = header.toArray();
        lookup.response.headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    lookup.response.body = query.value(3).toByteArray();
    lookup.response.setHeader("Idempotent-Replayed", "true");
    return lookup;
}

bool IdempotencyStore::save(const QString& principal, const QString& key, const QByteArray& hash,
                            const HttpResponse& response) {
    QSqlQuery purge(m_database.connection());
    purge.prepare(QStringLiteral("DELETE FROM sandbox_idempotency WHERE created_ms <= ?"));
    purge.addBindValue(nowMs() - kRetentionMs);
    purge.exec();

    QJsonArray headers;
    for (const auto& [name, value] : response.headers) {
        if (replayable(name)) {
            headers.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
        }
    }
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral("INSERT OR REPLACE INTO sandbox_idempotency "
                                  "(principal, key, request_hash, status, headers, body, created_ms) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(principal);
    insert.addBindValue(key);
    insert.addBindValue(hash);
    insert.addBindValue(response.status);
    insert.addBindValue(QJsonDocument(headers).toJson(QJsonDocument::Compact));
    insert.addBindValue(response.body);
    insert.addBindValue(nowMs());
    return insert.exec();
}

} // namespace cc::sandbox
