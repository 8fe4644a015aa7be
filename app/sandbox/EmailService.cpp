#include "app/sandbox/EmailService.h"

#include "app/core/Clock.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/core/RandomSource.h"
#include "app/sandbox/SandboxDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace cc::sandbox {

namespace {

bool isEmailAddress(const QString& address) {
    // Deliberately simple (local@domain.tld without spaces), like most sending APIs' first check.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$)"));
    return address.size() <= 254 && pattern.match(address).hasMatch();
}

} // namespace

EmailService::EmailService(const SandboxDatabase& database, const Clock& clock, RandomSource& random,
                           QString apiKey)
    : m_database(database)
    , m_clock(clock)
    , m_random(random)
    , m_apiKey(std::move(apiKey))
    , m_idempotency(database, clock) {}

HttpResponse EmailService::problem(int status, const QString& error, const QString& message) {
    return HttpResponse::json(
        status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("message"), message}});
}

bool EmailService::authorised(const HttpRequest& request) const {
    const QString token = request.bearerToken();
    if (token.size() != m_apiKey.size()) {
        return false;
    }
    unsigned diff = 0; // constant time
    for (qsizetype i = 0; i < token.size(); ++i) {
        diff |= token[i].unicode() ^ m_apiKey[i].unicode();
    }
    return diff == 0;
}

bool EmailService::probe(QString* error) const {
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sandbox_email_messages"))) {
        if (error != nullptr) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

HttpResponse EmailService::handle(const HttpRequest& request, const QString& subPath) {
    if (subPath == QStringLiteral("/health") && request.method == "GET") {
        QString error;
        const bool healthy = probe(&error);
        return HttpResponse::json(
            healthy ? 200 : 503,
            QJsonObject{
                {QStringLiteral("status"), healthy ? QStringLiteral("healthy") : QStringLiteral("unhealthy")},
                {QStringLiteral("service"), QStringLiteral("email")}});
    }
    const bool known = (subPath == QStringLiteral("/send") && request.method == "POST") ||
                       (subPath == QStringLiteral("/messages") && request.method == "GET");
    if (!known) {
        return problem(404, QStringLiteral("not_found"), QStringLiteral("No such e-mail endpoint"));
    }
    if (!authorised(request)) {
        HttpResponse response =
            problem(401, QStringLiteral("unauthorized"),
                    QStringLiteral("A valid e-mail API key is required (Authorization: Bearer)"));
        response.setHeader("WWW-Authenticate", "Bearer");
        return response;
    }
    return subPath == QStringLiteral("/send") ? send(request) : messages(request);
}

HttpResponse EmailService::send(const HttpRequest& request) {
    const QString key = QString::fromUtf8(request.header("idempotency-key")).trimmed();
    if (key.isEmpty()) {
        return store(request);
    }
    if (key.size() > 255) {
        return problem(400, QStringLiteral("idempotency_key_invalid"),
                       QStringLiteral("Idempotency-Key is longer than 255 characters"));
    }
    const QString principal = QStringLiteral("email-api");
    const QByteArray hash = IdempotencyStore::requestHash(request);
    IdempotencyStore::Lookup lookup = m_idempotency.find(principal, key, hash);
    if (lookup.match != IdempotencyStore::Match::None) {
        return lookup.response;
    }
    if (!m_database.begin()) {
        return problem(503, QStringLiteral("unavailable"), QStringLiteral("Could not start a transaction"));
    }
    // The message and the key's answer are stored together: a crash between the two cannot send twice.
    HttpResponse response = store(request);
    if (response.status >= 400 || !m_idempotency.save(principal, key, hash, response) ||
        !m_database.commit()) {
        m_database.rollback();
        return response.status >= 400 ? response
                                      : problem(500, QStringLiteral("internal_error"),
                                                QStringLiteral("Could not record the Idempotency-Key"));
    }
    return response;
}

HttpResponse EmailService::store(const HttpRequest& request) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return problem(400, QStringLiteral("invalid_json"), QStringLiteral("The body must be a JSON object"));
    }
    const QJsonObject body = document.object();
    QJsonObject fields;
    QStringList recipients;
    const QJsonValue to = body.value(QStringLiteral("to"));
    const QJsonArray toList = to.isString() ? QJsonArray{to} : to.toArray();
    if (toList.isEmpty()) {
        fields.insert(QStringLiteral("to"), QStringLiteral("at least one recipient is required"));
    } else if (toList.size() > kMaxRecipients) {
        fields.insert(QStringLiteral("to"),
                      QStringLiteral("at most %1 recipients are allowed").arg(kMaxRecipients));
    } else {
        for (const QJsonValue& value : toList) {
            const QString address = value.toString().trimmed();
            if (!isEmailAddress(address)) {
                fields.insert(QStringLiteral("to"),
                              QStringLiteral("\"%1\" is not an e-mail address").arg(value.toString()));
                break;
            }
            recipients.append(address);
        }
    }
    const QString subject = body.value(QStringLiteral("subject")).toString();
    if (subject.trimmed().isEmpty()) {
        fields.insert(QStringLiteral("subject"), QStringLiteral("a subject is required"));
    } else if (subject.size() > kMaxSubject) {
        fields.insert(QStringLiteral("subject"), QStringLiteral("the subject is too long"));
    }
    const QString html = body.value(QStringLiteral("html")).toString();
    const QString text = body.value(QStringLiteral("text")).toString();
    if (html.isEmpty() && text.isEmpty()) {
        fields.insert(QStringLiteral("html"), QStringLiteral("either html or text is required"));
    }
    const QString campaignId = body.value(QStringLiteral("campaign_id")).toString();
    if (body.contains(QStringLiteral("campaign_id")) && QUuid::fromString(campaignId).isNull()) {
        fields.insert(QStringLiteral("campaign_id"), QStringLiteral("must be a uuid"));
    }
    if (!fields.isEmpty()) {
        return HttpResponse::json(
            422, QJsonObject{{QStringLiteral("error"), QStringLiteral("validation_failed")},
                             {QStringLiteral("message"), QStringLiteral("The message is invalid")},
                             {QStringLiteral("fields"), fields}});
    }

    const QString id = QStringLiteral("msg_") +
                       QString::fromLatin1(m_random.bytes(12).toBase64(QByteArray::Base64UrlEncoding));
    const QString createdAt = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    QSqlQuery insert(m_database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO sandbox_email_messages (id, seq, recipients, subject, html, text, campaign_id, "
        "created_at) "
        "VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM sandbox_email_messages), ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(recipients)).toJson(QJsonDocument::Compact)));
    insert.addBindValue(subject);
    insert.addBindValue(html.isEmpty() ? QVariant() : QVariant(html));
    insert.addBindValue(text.isEmpty() ? QVariant() : QVariant(text));
    insert.addBindValue(campaignId.isEmpty() ? QVariant() : QVariant(campaignId.toLower()));
    insert.addBindValue(createdAt);
    if (!insert.exec()) {
        log::warning(lcSandbox(), QStringLiteral("cannot store an e-mail"),
                     {{QStringLiteral("error"), insert.lastError().text()}});
        return problem(500, QStringLiteral("internal_error"),
                       QStringLiteral("The message could not be stored"));
    }
    log::info(
        lcSandbox(), QStringLiteral("e-mail accepted"),
        {{QStringLiteral("id"), id}, {QStringLiteral("recipients"), static_cast<int>(recipients.size())}});
    return HttpResponse::json(202, QJsonObject{{QStringLiteral("id"), id},
                                               {QStringLiteral("status"), QStringLiteral("queued")},
                                               {QStringLiteral("created_at"), createdAt}});
}

HttpResponse EmailService::messages(const HttpRequest& request) const {
    bool ok = false;
    int limit = request.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0 || limit > 1000) {
        limit = 100;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, recipients, subject, html, text, campaign_id, created_at "
                                 "FROM sandbox_email_messages ORDER BY seq DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec()) {
        return problem(500, QStringLiteral("internal_error"), query.lastError().text());
    }
    QJsonArray list;
    while (query.next()) {
        const auto nullable = [&](int i) {
            return query.value(i).isNull() ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(query.value(i).toString());
        };
        list.append(
            QJsonObject{{QStringLiteral("id"), query.value(0).toString()},
                        {QStringLiteral("to"), QJsonDocument::fromJson(query.value(1).toByteArray()).array()},
                        {QStringLiteral("subject"), query.value(2).toString()},
                        {QStringLiteral("html"), nullable(3)},
                        {QStringLiteral("text"), nullable(4)},
                        {QStringLiteral("campaign_id"), nullable(5)},
                        {QStringLiteral("status"), QStringLiteral("delivered")},
                        {QStringLiteral("created_at"), query.value(6).toString()}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("messages"), list}});
}

} // namespace cc::sandbox
