// EmailClient against the sandbox's e-mail API on loopback: validation before sending, the API key from the
// secret store as Bearer, an Idempotency-Key that makes a retry after a lost answer harmless, and a clear
// error for a wrong key.
#include "app/email/EmailClient.h"
#include "app/auth/MemorySecretStore.h"
#include "app/net/ServiceConfig.h"
#include "tests/integration/data/DataFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::email {
namespace {

class EmailClientTest : public data::test::DataFixture {
protected:
    void SetUp() override {
        DataFixture::SetUp();
        QObject::connect(m_server.get(), &sandbox::SandboxServer::requestReceived,
                         [this](const QByteArray& method, const QString& path) {
                             if (path.startsWith(QStringLiteral("/api/email/"))) {
                                 m_requests.append(QString::fromLatin1(method) + QLatin1Char(' ') + path);
                             }
                         });
        QUrl base = m_url;
        base.setPath(QStringLiteral("/api/email"));
        m_email = std::make_unique<EmailClient>(*m_client, base, m_secrets, QStringLiteral("test"), m_random);
        setKey(m_server->info().emailApiKey);
    }
    void TearDown() override {
        m_email.reset();
        DataFixture::TearDown();
    }
    void setKey(const QString& key) {
        bool done = false;
        m_secrets.write(EmailClient::secretKey(QStringLiteral("test")), key.toUtf8(), m_server.get(),
                        [&](const auth::SecretResult&) { done = true; });
        ASSERT_TRUE(cc::test::waitUntil([&] { return done; }));
    }
    Result<EmailClient::Sent> send(const EmailMessage& message) {
        std::optional<Result<EmailClient::Sent>> result;
        m_email->send(message, [&](Result<EmailClient::Sent> r) { result = std::move(r); });
        EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }, 15'000));
        return result ? std::move(*result) : Result<EmailClient::Sent>(Error(ErrorKind::Timeout, {}));
    }
    static EmailMessage message() {
        EmailMessage m;
        m.to = {QStringLiteral("ana@example.org")};
        m.subject = QStringLiteral("Test");
        m.text = QStringLiteral("Hello");
        m.campaignId = QStringLiteral("2f0d4a8e-4c1b-4d6e-9a0b-1c2d3e4f5a6b");
        return m;
    }
    int storedMessages() {
        sandbox::HttpRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/api/email/messages");
        request.headers.append({"authorization", "Bearer " + m_server->info().emailApiKey.toUtf8()});
        const sandbox::HttpResponse response = m_server->handle(request);
        return static_cast<int>(QJsonDocument::fromJson(response.body)
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray()
                                    .size());
    }

    auth::MemorySecretStore m_secrets;
    std::unique_ptr<EmailClient> m_email;
    QStringList m_requests;
};

TEST_F(EmailClientTest, AValidMessageIsAcceptedWithAnIdempotencyKey) {
    const auto sent = send(message());
    ASSERT_TRUE(sent.ok()) << sent.error().toString().toStdString();
    EXPECT_TRUE(sent.value().id.startsWith(QStringLiteral("msg_")));
    EXPECT_EQ(sent.value().idempotencyKey.size(), 36);
    EXPECT_FALSE(sent.value().replayed);
    EXPECT_EQ(m_requests, QStringList{QStringLiteral("POST /api/email/send")});
    EXPECT_EQ(storedMessages(), 1);
}

TEST_F(EmailClientTest, AnInvalidMessageIsRefusedBeforeSending) {
    EmailMessage bad = message();
    bad.to = {QStringLiteral("nobody")};
    const auto sent = send(bad);
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Validation);
    EXPECT_TRUE(sent.error().message.contains(QStringLiteral("nobody")));
    EXPECT_TRUE(m_requests.isEmpty());
}

TEST_F(EmailClientTest, AWrongKeyIsAClearAuthErrorWithoutRetries) {
    setKey(QStringLiteral("cc_email_wrong"));
    const auto sent = send(message());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Auth);
    EXPECT_EQ(sent.error().httpStatus, 401);
    EXPECT_TRUE(sent.error().message.contains(QStringLiteral("Settings")))
        << sent.error().message.toStdString();
    EXPECT_EQ(m_requests.size(), 1);
    EXPECT_EQ(storedMessages(), 0);
}

TEST_F(EmailClientTest, NoKeyInTheKeychainIsAConfigErrorWithoutARequest) {
    bool removed = false;
    m_secrets.remove(EmailClient::secretKey(QStringLiteral("test")), m_server.get(),
                     [&](const auth::SecretResult&) { removed = true; });
    ASSERT_TRUE(cc::test::waitUntil([&] { return removed; }));
    const auto sent = send(message());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Config);
    EXPECT_TRUE(m_requests.isEmpty());
}

TEST_F(EmailClientTest, ARetryAfterALostAnswerDoesNotSendTwice) {
    // The first attempt is stored by the service but its answer comes too late (the attempt times out);
    // the retry carries the same Idempotency-Key and gets the stored answer back.
    for (net::ServiceConfig config : net::ServiceConfig::supabase(m_url, m_server->info().anonKey)) {
        if (config.name == QStringLiteral("email")) {
            config.attemptTimeoutMs = 300;
            config.deadlineMs = 10'000;
            config.retry.baseDelayMs = 5;
            config.retry.maxDelayMs = 20;
            ASSERT_FALSE(m_client->addService(config).has_value());
        }
    }
    ASSERT_FALSE(m_server->configureFaults(
        QJsonObject{{QStringLiteral("email"), QJsonObject{{QStringLiteral("latency_ms"), 1500}}}}));
    QObject::connect(m_server.get(), &sandbox::SandboxServer::requestReceived, m_server.get(), [this] {
        if (m_requests.size() == 2) {
            m_server->clearFaults(); // the retry is answered at once
        }
    });
    const auto sent = send(message());
    ASSERT_TRUE(sent.ok()) << sent.error().toString().toStdString();
    EXPECT_EQ(m_requests.size(), 2) << m_requests.join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(sent.value().attempts, 2);
    EXPECT_TRUE(sent.value().replayed) << "the second attempt was answered from the first";
    EXPECT_EQ(storedMessages(), 1) << "sent once";
}

TEST_F(EmailClientTest, TheSandboxRefusesAReusedKeyForADifferentMessage) {
    // Direct check of the contract the client relies on.
    const auto first = send(message());
    ASSERT_TRUE(first.ok());
    sandbox::HttpRequest request;
    request.method = "POST";
    request.path = QStringLiteral("/api/email/send");
    request.headers.append({"authorization", "Bearer " + m_server->info().emailApiKey.toUtf8()});
    request.headers.append({"idempotency-key", first.value().idempotencyKey.toUtf8()});
    EmailMessage other = message();
    other.subject = QStringLiteral("Other");
    request.body = QJsonDocument(other.toJson()).toJson(QJsonDocument::Compact);
    EXPECT_EQ(m_server->handle(request).status, 422);
    EXPECT_EQ(storedMessages(), 1);
}

} // namespace
} // namespace cc::email
