#include "tests/integration/schema/SandboxBackend.h"

#include <QJsonDocument>

namespace cc::schema::test {

using sandbox::test::TestReply;

namespace {

const QString kTable = QStringLiteral("/rest/v1/campaigns");

QJsonObject jwtPayload(const QString& token) {
    const QList<QByteArray> parts = token.toLatin1().split('.');
    if (parts.size() != 3) {
        return {};
    }
    return QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding |
                                                                           QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

SandboxBackend::SandboxBackend() = default;

bool SandboxBackend::start(QString* error) {
    sandbox::SandboxOptions options;
    options.seedCount = 0; // both backends start from an empty table
    options.jwtSecret = QStringLiteral("schema-parity-test-secret-with-32-chars");
    m_server = std::make_unique<sandbox::SandboxServer>(options, m_clock);
    const auto started = m_server->start();
    if (!started.ok()) {
        *error = started.error().toString();
        return false;
    }
    m_client = std::make_unique<sandbox::test::SandboxTestClient>(started.value());
    const sandbox::SandboxInfo& info = m_server->info();
    m_tokens.insert(Who::Anon, info.anonKey);
    m_tokens.insert(Who::ServiceRole, info.serviceRoleKey);
    const QList<QPair<Who, int>> users{{Who::MarketerA, 0}, {Who::MarketerB, 1}, {Who::Admin, 2}};
    for (const auto& [who, index] : users) {
        const sandbox::SandboxUser& user = info.users.at(index);
        const TestReply reply = m_client->postJson(
            QStringLiteral("/auth/v1/token?grant_type=password"),
            QJsonObject{{QStringLiteral("email"), user.email}, {QStringLiteral("password"), user.password}},
            {{"apikey", info.anonKey.toLatin1()}});
        const QString token = reply.object().value(QStringLiteral("access_token")).toString();
        if (reply.status != 200 || token.isEmpty()) {
            *error =
                QStringLiteral("sign-in of %1 failed: %2").arg(user.email, QString::fromUtf8(reply.body));
            return false;
        }
        m_tokens.insert(who, token);
        m_userIds.insert(who, user.id);
    }
    return true;
}

QJsonObject SandboxBackend::claims(Who who) const {
    return jwtPayload(m_tokens.value(who));
}

QString SandboxBackend::userId(Who who) const {
    return m_userIds.value(who);
}

void SandboxBackend::advanceTime() {
    m_clock.advance(1500);
}

QList<QPair<QByteArray, QByteArray>> SandboxBackend::headers(Who who) const {
    QList<QPair<QByteArray, QByteArray>> list{{"apikey", m_server->info().anonKey.toLatin1()}};
    if (who == Who::ServiceRole) {
        list.first().second = m_server->info().serviceRoleKey.toLatin1();
    }
    if (who != Who::Anon) {
        list.append(
            qMakePair(QByteArrayLiteral("Authorization"), "Bearer " + m_tokens.value(who).toLatin1()));
    }
    list.append(qMakePair(QByteArrayLiteral("Prefer"), QByteArrayLiteral("return=representation")));
    return list;
}

Outcome SandboxBackend::toOutcome(const TestReply& reply) {
    Outcome outcome;
    outcome.status = reply.status;
    const QJsonDocument document = QJsonDocument::fromJson(reply.body);
    if (reply.status >= 400) {
        const QJsonObject error = document.object();
        outcome.code =
            error.value(QStringLiteral("code")).toString(QStringLiteral("HTTP%1").arg(reply.status));
        outcome.message = error.value(QStringLiteral("message")).toString();
        outcome.hint = error.value(QStringLiteral("hint")).toString();
        return outcome;
    }
    outcome.rows = document.array();
    outcome.body = document.object();
    outcome.replayed = reply.header("Idempotent-Replayed") == "true";
    return outcome;
}

Outcome SandboxBackend::insert(Who who, const QJsonObject& values) {
    return toOutcome(m_client->postJson(kTable, values, headers(who)));
}

Outcome SandboxBackend::select(Who who, const QString& id) {
    QString query = kTable + QStringLiteral("?order=name.asc,id.asc");
    if (!id.isEmpty()) {
        query += QStringLiteral("&id=eq.") + id;
    }
    return toOutcome(m_client->get(query, headers(who)));
}

Outcome SandboxBackend::update(Who who, const QString& id, const QJsonObject& values) {
    return toOutcome(m_client->patchJson(kTable + QStringLiteral("?id=eq.") + id, values, headers(who)));
}

Outcome SandboxBackend::remove(Who who, const QString& id) {
    return toOutcome(m_client->send("DELETE", kTable + QStringLiteral("?id=eq.") + id, {}, headers(who)));
}

Outcome SandboxBackend::rpc(Who who, const QJsonArray& operations, const QString& idempotencyKey) {
    auto list = headers(who);
    if (!idempotencyKey.isEmpty()) {
        list.append(qMakePair(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8()));
    }
    return toOutcome(m_client->postJson(QStringLiteral("/rest/v1/rpc/execute_transaction"),
                                        QJsonObject{{QStringLiteral("operations"), operations}}, list));
}

} // namespace cc::schema::test
