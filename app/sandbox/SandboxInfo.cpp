#include "app/sandbox/SandboxInfo.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::sandbox {

namespace {

// A JSON string literal with proper escaping. QJsonObject sorts its keys, so the line is assembled by hand to
// keep the documented key order.
QByteArray quoted(const QString& text) {
    const QByteArray wrapped = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

QByteArray SandboxInfo::toJsonLine() const {
    QByteArray users;
    for (const SandboxUser& user : this->users) {
        if (!users.isEmpty()) {
            users += ',';
        }
        users += "{\"email\":" + quoted(user.email) + ",\"password\":" + quoted(user.password) +
                 ",\"role\":" + quoted(user.role) + '}';
    }
    return "{\"url\":" + quoted(url.toString(QUrl::RemoveUserInfo)) + ",\"anon_key\":" + quoted(anonKey) +
           ",\"service_role_key\":" + quoted(serviceRoleKey) + ",\"email_api_key\":" + quoted(emailApiKey) +
           ",\"client_id\":" + quoted(clientId) + ",\"users\":[" + users + "]}";
}

} // namespace cc::sandbox
