#include "app/email/EmailClient.h"
#include "app/core/UrlPaths.h"

#include "app/auth/SecretStore.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/net/ApiClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

namespace cc::email {

EmailClient::EmailClient(net::ApiClient& client, QUrl emailBase, auth::SecretStore& secrets, QString profile,
                         RandomSource& random, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_base(std::move(emailBase))
    , m_secrets(secrets)
    , m_profile(std::move(profile))
    , m_random(random) {}

QString EmailClient::secretKey(const QString& profile) {
    return profile + QStringLiteral("/email-api-key");
}

QUrl EmailClient::sendUrl() const {
    return UrlPaths::join(m_base, u"send");
}

QString EmailClient::newKey() {
    QByteArray bytes = m_random.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

void EmailClient::send(const EmailMessage& message, SendDone done) {
    const QHash<QString, QString> problems = message.validate();
    if (!problems.isEmpty()) {
        QStringList messages = problems.values();
        messages.sort();
        QMetaObject::invokeMethod(
            this,
            [done, messages] {
                done(Error(ErrorKind::Validation, messages.join(QLatin1Char(' ')),
                           QStringLiteral("e-mail refused before sending")));
            },
            Qt::QueuedConnection);
        return;
    }
    QPointer<EmailClient> self(this);
    m_secrets.read(secretKey(m_profile), this, [self, message, done](const auth::SecretResult& result) {
        if (!self) {
            return;
        }
        if (!result.ok()) {
            done(result.error);
            return;
        }
        if (result.notFound || !result.data || result.data->trimmed().isEmpty()) {
            done(Error(ErrorKind::Config,
                       tr("No e-mail API key is set for this profile. Add one in Settings."),
                       QStringLiteral("no e-mail API key in the keychain")));
            return;
        }
        self->post(message, QString::fromUtf8(result.data->trimmed()), done);
    });
}

void EmailClient::post(const EmailMessage& message, const QString& apiKey, SendDone done) {
    const QString key = newKey();
    net::ApiRequest request = net::ApiRequest::post(sendUrl(), QJsonDocument(message.toJson()));
    // Replaces the session's bearer token for this call: the e-mail API takes its own key.
    request.setHeader("Authorization", "Bearer " + apiKey.toUtf8());
    request.setIdempotencyKey(key);
    net::ApiCall* call = m_client.send(request);
    connect(call, &net::ApiCall::finished, this, [key, done](const net::ApiResponse& response) {
        Result<Sent> result = interpret(response, key);
        if (result.ok()) {
            log::info(lcNet(), QStringLiteral("e-mail accepted"),
                      {{QStringLiteral("id"), result.value().id},
                       {QStringLiteral("attempts"), result.value().attempts},
                       {QStringLiteral("replayed"), result.value().replayed}});
        } else {
            log::warning(lcNet(), QStringLiteral("e-mail not sent"), {}, result.error());
        }
        done(std::move(result));
    });
}

Result<EmailClient::Sent> EmailClient::interpret(const net::ApiResponse& response, const QString& key) {
    const QJsonObject body = response.json.toObject();
    if (response.ok()) {
        Sent sent;
        sent.id = body.value(QStringLiteral("id")).toString();
        sent.status = body.value(QStringLiteral("status")).toString();
        sent.idempotencyKey = key;
        sent.replayed = response.header("Idempotent-Replayed").toLower() == "true";
        sent.attempts = response.attempts;
        if (sent.id.isEmpty()) {
            return Error(ErrorKind::Decode,
                         tr("The e-mail service gave an answer the console does not understand."),
                         QStringLiteral("no message id in the answer"));
        }
        return sent;
    }
    Error error = response.error;
    if (response.httpStatus == 401 || response.httpStatus == 403) {
        error.kind = ErrorKind::Auth;
        error.message = tr("The e-mail service refused the API key. Check the key in Settings.");
    } else if (response.httpStatus == 422) {
        QStringList fields;
        const QJsonObject problems = body.value(QStringLiteral("fields")).toObject();
        for (auto it = problems.begin(); it != problems.end(); ++it) {
            fields.append(it.key() + QStringLiteral(": ") + it.value().toString());
        }
        error.kind = ErrorKind::Validation;
        error.message =
            tr("The e-mail service refused the message: %1").arg(fields.join(QStringLiteral("; ")));
    }
    return error;
}

} // namespace cc::email
