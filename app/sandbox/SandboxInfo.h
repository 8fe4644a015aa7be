#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace cc::sandbox {

// A demo account of the sandbox.
struct SandboxUser {
    QString id; // uuid
    QString email;
    QString password;
    QString role; // "marketer" or "admin"
};

// What a client needs to talk to a running sandbox: campaign-sandbox prints it as one JSON line, and
// `campaign-console --demo` reads it in-process to build its `local` profile.
struct SandboxInfo {
    QUrl url;
    QString anonKey;
    QString serviceRoleKey;
    QString emailApiKey;
    QString clientId = QStringLiteral("campaign-console");
    QList<SandboxUser> users;

    // The startup line, keys in the documented order:
    // {"url":...,"anon_key":...,"service_role_key":...,"email_api_key":...,"client_id":...,"users":[...]}
    QByteArray toJsonLine() const;
};

} // namespace cc::sandbox
