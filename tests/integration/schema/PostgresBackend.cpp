#include "tests/integration/schema/PostgresBackend.h"

#include <QJsonDocument>
#include <QStringList>

namespace cc::schema::test {

namespace {

QString columnList(const QJsonObject& values, const QString& prefix = {}) {
    QStringList names;
    for (const QString& key : values.keys()) {
        // Quoted like PostgREST quotes identifiers; the keys come from the test's own tables.
        names.append(prefix + QLatin1Char('"') +
                     QString(key).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'));
    }
    return names.join(QStringLiteral(", "));
}

QString jsonText(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

int postgrestStatus(const QString& sqlstate, bool anon) {
    if (sqlstate == QStringLiteral("42501")) {
        return anon ? 401 : 403;
    }
    if (sqlstate == QStringLiteral("23505") || sqlstate == QStringLiteral("23503")) {
        return 409;
    }
    if (sqlstate == QStringLiteral("42P01") || sqlstate == QStringLiteral("42883")) {
        return 404;
    }
    if (sqlstate.startsWith(QStringLiteral("08")) || sqlstate.startsWith(QStringLiteral("53"))) {
        return 503;
    }
    if (sqlstate == QStringLiteral("57014") || sqlstate.startsWith(QStringLiteral("XX"))) {
        return 500;
    }
    return 400;
}

} // namespace

PostgresBackend::PostgresBackend(QMap<Who, QJsonObject> claims, QMap<Who, QString> userIds)
    : m_claims(std::move(claims))
    , m_userIds(std::move(userIds)) {}

QString PostgresBackend::start() {
    if (QString error = m_session.open(); !error.isEmpty()) {
        return error;
    }
    const SqlOutcome truncated =
        m_session.asOwner(QStringLiteral("TRUNCATE public.campaigns, campaign_private.idempotency_keys"));
    return truncated.ok ? QString() : truncated.message;
}

Outcome PostgresBackend::toOutcome(const SqlOutcome& sql, bool anon, int successStatus) {
    Outcome outcome;
    if (sql.ok) {
        outcome.status = successStatus;
        outcome.rows = sql.value.toArray();
        outcome.body = sql.value.toObject();
        outcome.replayed = sql.responseHeaders.contains(QStringLiteral("Idempotent-Replayed"));
        return outcome;
    }
    if (sql.sqlstate == QStringLiteral("PGRST")) {
        // PostgREST sends the message as the body and the detail's status/headers as the response.
        const QJsonObject body = QJsonDocument::fromJson(sql.message.toUtf8()).object();
        outcome.status =
            QJsonDocument::fromJson(sql.detail.toUtf8()).object().value(QStringLiteral("status")).toInt();
        outcome.code = body.value(QStringLiteral("code")).toString();
        outcome.message = body.value(QStringLiteral("message")).toString();
        outcome.hint = body.value(QStringLiteral("hint")).toString();
        return outcome;
    }
    outcome.status = postgrestStatus(sql.sqlstate, anon);
    outcome.code = sql.sqlstate.isEmpty() ? QStringLiteral("XX000") : sql.sqlstate;
    outcome.message = sql.message;
    outcome.hint = sql.hint;
    return outcome;
}

Outcome PostgresBackend::rows(Who who, const QString& sql, const QVariantList& params, int successStatus) {
    return toOutcome(m_session.asCaller(m_claims.value(who), sql, params), who == Who::Anon, successStatus);
}

Outcome PostgresBackend::insert(Who who, const QJsonObject& values) {
    if (values.isEmpty()) {
        return rows(who,
                    QStringLiteral("WITH ins AS (INSERT INTO public.campaigns DEFAULT VALUES RETURNING *) "
                                   "SELECT coalesce(jsonb_agg(to_jsonb(ins)), '[]')::text FROM ins"),
                    {}, 201);
    }
    return rows(who,
                QStringLiteral("WITH ins AS (INSERT INTO public.campaigns (%1) SELECT %1 FROM "
                               "jsonb_populate_record(null::public.campaigns, ?::jsonb) RETURNING *) "
                               "SELECT coalesce(jsonb_agg(to_jsonb(ins)), '[]')::text FROM ins")
                    .arg(columnList(values)),
                {jsonText(values)}, 201);
}

Outcome PostgresBackend::select(Who who, const QString& id) {
    return rows(who,
                QStringLiteral("SELECT coalesce(jsonb_agg(to_jsonb(c) ORDER BY c.name, c.id), '[]')::text "
                               "FROM public.campaigns c WHERE coalesce(?, '') = '' OR c.id::text = ?"),
                {id, id}, 200);
}

Outcome PostgresBackend::update(Who who, const QString& id, const QJsonObject& values) {
    QStringList assignments;
    for (const QString& key : values.keys()) {
        const QString quoted = columnList(QJsonObject{{key, QJsonValue()}});
        assignments.append(QStringLiteral("%1 = v.%1").arg(quoted));
    }
    return rows(who,
                QStringLiteral("WITH upd AS (UPDATE public.campaigns c SET %1 FROM "
                               "jsonb_populate_record(null::public.campaigns, ?::jsonb) v "
                               "WHERE c.id::text = ? RETURNING c.*) "
                               "SELECT coalesce(jsonb_agg(to_jsonb(upd)), '[]')::text FROM upd")
                    .arg(assignments.join(QStringLiteral(", "))),
                {jsonText(values), id}, 200);
}

Outcome PostgresBackend::remove(Who who, const QString& id) {
    return rows(
        who,
        QStringLiteral("WITH del AS (DELETE FROM public.campaigns c WHERE c.id::text = ? RETURNING c.*) "
                       "SELECT coalesce(jsonb_agg(to_jsonb(del)), '[]')::text FROM del"),
        {id}, 200);
}

Outcome PostgresBackend::rpc(Who who, const QJsonArray& operations, const QString& idempotencyKey) {
    QJsonObject headers;
    if (!idempotencyKey.isEmpty()) {
        headers.insert(QStringLiteral("idempotency-key"), idempotencyKey);
    }
    const QString body = QString::fromUtf8(QJsonDocument(operations).toJson(QJsonDocument::Compact));
    return toOutcome(m_session.asCaller(m_claims.value(who),
                                        QStringLiteral("SELECT public.execute_transaction(?::jsonb)::text"),
                                        {body}, headers),
                     who == Who::Anon, 200);
}

} // namespace cc::schema::test
