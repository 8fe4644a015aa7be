#include "tests/integration/schema/ParityBackend.h"

#include "tests/integration/schema/PostgresBackend.h"
#include "tests/integration/schema/SandboxBackend.h"

#include <gtest/gtest.h>

namespace cc::schema::test {

QString backendName(BackendKind kind) {
    return kind == BackendKind::Sandbox ? QStringLiteral("Sandbox") : QStringLiteral("Postgres");
}

std::unique_ptr<ParityBackend> makeBackend(BackendKind kind) {
    auto sandbox = std::make_unique<SandboxBackend>();
    QString error;
    if (!sandbox->start(&error)) {
        ADD_FAILURE() << "sandbox: " << error.toStdString();
        return nullptr;
    }
    if (kind == BackendKind::Sandbox) {
        return sandbox;
    }
    // PostgreSQL sees exactly the claims the sandbox puts in its tokens (role "admin", sub, app_metadata...).
    QMap<Who, QJsonObject> claims;
    QMap<Who, QString> userIds;
    for (Who who : {Who::Anon, Who::MarketerA, Who::MarketerB, Who::Admin, Who::ServiceRole}) {
        claims.insert(who, sandbox->claims(who));
        userIds.insert(who, sandbox->userId(who));
    }
    auto postgres = std::make_unique<PostgresBackend>(claims, userIds);
    if (const QString failure = postgres->start(); !failure.isEmpty()) {
        ADD_FAILURE() << "postgres: " << failure.toStdString();
        return nullptr;
    }
    return postgres;
}

} // namespace cc::schema::test
