#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>

namespace cc::sandbox::test {
namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

class SandboxServicesTest : public SandboxFixture {
protected:
    Headers emailKey() const { return {{"Authorization", "Bearer " + info().emailApiKey.toLatin1()}}; }
    TestReply setFaults(const QJsonObject& rules) {
        return m_client->postJson(QStringLiteral("/_sandbox/faults"), rules, serviceRole());
    }
};

TEST_F(SandboxServicesTest, EmailNeedsItsApiKey) {
    const QJsonObject message{{QStringLiteral("to"), QJsonArray{QStringLiteral("a@example.com")}},
                              {QStringLiteral("subject"), QStringLiteral("Hi")},
                              {QStringLiteral("text"), QStringLiteral("Hello")}};
    EXPECT_EQ(m_client->postJson(QStringLiteral("/api/email/send"), message).status, 401);
    EXPECT_EQ(m_client->postJson(QStringLiteral("/api/email/send"), message, serviceRole()).status, 401);
    EXPECT_EQ(m_client->get(QStringLiteral("/api/email/messages")).status, 401);
}

TEST_F(SandboxServicesTest, EmailValidationNamesTheBadFields) {
    const TestReply reply =
        m_client->postJson(QStringLiteral("/api/email/send"),
                           QJsonObject{{QStringLiteral("to"), QJsonArray{QStringLiteral("not an address")}},
                                       {QStringLiteral("campaign_id"), QStringLiteral("x")}},
                           emailKey());
    EXPECT_EQ(reply.status, 422);
    const QJsonObject fields = reply.object().value(QStringLiteral("fields")).toObject();
    EXPECT_TRUE(fields.contains(QStringLiteral("to")));
    EXPECT_TRUE(fields.contains(QStringLiteral("subject")));
    EXPECT_TRUE(fields.contains(QStringLiteral("html")));
    EXPECT_TRUE(fields.contains(QStringLiteral("campaign_id")));
}

TEST_F(SandboxServicesTest, AcceptedEmailIsListed) {
    const TestReply sent =
        m_client->postJson(QStringLiteral("/api/email/send"),
                           QJsonObject{{QStringLiteral("to"), QJsonArray{QStringLiteral("a@example.com"),
                                                                         QStringLiteral("b@example.com")}},
                                       {QStringLiteral("subject"), QStringLiteral("Test send")},
                                       {QStringLiteral("html"), QStringLiteral("<p>Hello</p>")}},
                           emailKey());
    ASSERT_EQ(sent.status, 202);
    const QString id = sent.object().value(QStringLiteral("id")).toString();
    EXPECT_TRUE(id.startsWith(QStringLiteral("msg_")));
    const QJsonArray messages = m_client->get(QStringLiteral("/api/email/messages"), emailKey())
                                    .object()
                                    .value(QStringLiteral("messages"))
                                    .toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("id")).toString(), id);
    EXPECT_EQ(messages.first().toObject().value(QStringLiteral("to")).toArray().size(), 2);
    EXPECT_EQ(m_client->get(QStringLiteral("/api/email/health")).status, 200);
}

TEST_F(SandboxServicesTest, HealthReportsEveryPart) {
    const TestReply reply = m_client->get(QStringLiteral("/health"));
    ASSERT_EQ(reply.status, 200);
    EXPECT_EQ(reply.object().value(QStringLiteral("status")).toString(), QStringLiteral("healthy"));
    QStringList names;
    for (const QJsonValue& check : reply.object().value(QStringLiteral("checks")).toArray()) {
        names.append(check.toObject().value(QStringLiteral("name")).toString());
        EXPECT_TRUE(check.toObject().value(QStringLiteral("healthy")).toBool());
        EXPECT_TRUE(check.toObject().contains(QStringLiteral("latency_ms")));
        EXPECT_TRUE(check.toObject().value(QStringLiteral("error")).isNull());
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("database"), QStringLiteral("rest"), QStringLiteral("auth"),
                                  QStringLiteral("realtime"), QStringLiteral("email")}));
    EXPECT_FALSE(reply.object().value(QStringLiteral("timestamp")).toString().isEmpty());
}

TEST_F(SandboxServicesTest, FaultsNeedTheServiceRole) {
    const TestReply reply = m_client->postJson(
        QStringLiteral("/_sandbox/faults"),
        QJsonObject{{QStringLiteral("rest"), QJsonObject{{QStringLiteral("status"), 500}}}},
        asUser(accessToken(admin())));
    EXPECT_EQ(reply.status, 403);
    EXPECT_EQ(m_client->get(QStringLiteral("/rest/v1/campaigns?limit=1"), serviceRole()).status, 200);
}

TEST_F(SandboxServicesTest, InjectedStatusWithRetryAfterUntilCleared) {
    ASSERT_EQ(setFaults({{QStringLiteral("rest"),
                          QJsonObject{{QStringLiteral("status"), 503}, {QStringLiteral("retry_after"), 7}}}})
                  .status,
              200);
    const TestReply failed = m_client->get(QStringLiteral("/rest/v1/campaigns?limit=1"), serviceRole());
    EXPECT_EQ(failed.status, 503);
    EXPECT_EQ(failed.header("retry-after"), QByteArray("7"));
    const TestReply health = m_client->get(QStringLiteral("/health"));
    EXPECT_EQ(health.status, 503);
    EXPECT_EQ(health.object().value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/health"), anon()).status,
              200); // other services unaffected

    EXPECT_EQ(m_client->send("DELETE", QStringLiteral("/_sandbox/faults"), {}, serviceRole()).status, 200);
    EXPECT_EQ(m_client->get(QStringLiteral("/rest/v1/campaigns?limit=1"), serviceRole()).status, 200);
}

TEST_F(SandboxServicesTest, InvalidFaultRulesAreRefused) {
    EXPECT_EQ(setFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("error_rate"), 3}}}}).status,
              400);
    EXPECT_EQ(setFaults({{QStringLiteral("mail"), QJsonObject{}}}).status, 400);
}

TEST_F(SandboxServicesTest, DroppedConnectionsAreReportedAsNetworkErrors) {
    ASSERT_EQ(setFaults({{QStringLiteral("email"), QJsonObject{{QStringLiteral("drop_rate"), 1.0}}}}).status,
              200);
    const TestReply reply = m_client->get(QStringLiteral("/api/email/health"));
    EXPECT_EQ(reply.status, 0);
    EXPECT_NE(reply.error, QNetworkReply::NoError);
}

TEST_F(SandboxServicesTest, InjectedLatencyDoesNotHoldUpOtherRequests) {
    ASSERT_EQ(setFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("latency_ms"), 800}}}}).status,
              200);
    QNetworkRequest slowRequest(m_client->url(QStringLiteral("/rest/v1/campaigns?limit=1")));
    for (const auto& [name, value] : serviceRole()) {
        slowRequest.setRawHeader(name, value);
    }
    QNetworkReply* slow = m_client->network().get(slowRequest);
    const TestReply fast = m_client->get(QStringLiteral("/health"));
    EXPECT_EQ(fast.status, 200);
    EXPECT_FALSE(slow->isFinished());
    ASSERT_TRUE(cc::test::waitForSignal(slow, &QNetworkReply::finished, 5000));
    EXPECT_EQ(slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    slow->deleteLater();
}

TEST_F(SandboxServicesTest, BodiesOverOneMegabyteGet413) {
    QByteArray big = "{\"name\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
    const TestReply reply = m_client->send("POST", QStringLiteral("/rest/v1/campaigns"), big, serviceRole());
    EXPECT_EQ(reply.status, 413);
}

TEST_F(SandboxServicesTest, ASlowClientDoesNotStallOthers) {
    QTcpSocket stalled;
    stalled.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(info().url.port()));
    ASSERT_TRUE(cc::test::waitForSignal(&stalled, &QTcpSocket::connected, 5000));
    stalled.write("POST /api/email/send HTTP/1.1\r\nHost: x\r\nContent-Type: "
                  "application/json\r\nContent-Length: 200\r\n\r\n{\"to\":");
    ASSERT_TRUE(cc::test::waitUntil([&] { return stalled.bytesToWrite() == 0; }, 5000));

    const TestReply other = m_client->get(QStringLiteral("/health"));
    EXPECT_EQ(other.status, 200);
    EXPECT_EQ(stalled.bytesAvailable(), 0);

    // The stalled request still completes once its body arrives.
    QByteArray rest(200 - 6, ' ');
    stalled.write(rest);
    ASSERT_TRUE(cc::test::waitUntil([&] { return stalled.bytesAvailable() > 0; }, 5000));
    EXPECT_TRUE(stalled.readAll().startsWith("HTTP/1.1 401"));
}

TEST_F(SandboxServicesTest, UnknownPathsAre404) {
    EXPECT_EQ(m_client->get(QStringLiteral("/nowhere")).status, 404);
}

} // namespace
} // namespace cc::sandbox::test

namespace cc::sandbox::test {
namespace {

class SandboxFaultOptionTest : public SandboxFixture {
protected:
    SandboxOptions options() const override {
        SandboxOptions options = SandboxFixture::options();
        options.faults = QStringLiteral(R"({"seed":3,"health":{"status":502}})");
        return options;
    }
};

TEST_F(SandboxFaultOptionTest, FaultsFlagAppliesFromTheStart) {
    EXPECT_EQ(m_client->get(QStringLiteral("/health")).status, 502);
    EXPECT_EQ(m_client->get(QStringLiteral("/auth/v1/health"), anon()).status, 200);
}

TEST(SandboxFaultOption, InvalidFaultsFlagStopsTheStart) {
    SandboxOptions options;
    options.faults = QStringLiteral(R"({"rest":{"error_rate":"often"}})");
    SandboxServer server(options);
    const auto started = server.start();
    ASSERT_FALSE(started.ok());
    EXPECT_TRUE(started.error().detail.contains(QStringLiteral("error_rate")));
    EXPECT_FALSE(server.isRunning());
}

TEST(SandboxFileDatabase, KeepsUsersAndRowsAcrossRestartsWithoutReseeding) {
    QTemporaryDir dir;
    SandboxOptions options;
    options.database = dir.filePath(QStringLiteral("sandbox.sqlite"));
    options.seedCount = 40;
    QString firstUserId;
    {
        SandboxServer server(options);
        ASSERT_TRUE(server.start().ok());
        firstUserId = server.info().users.first().id;
        EXPECT_EQ(server.campaignCount(), 40);
    }
    SandboxServer again(options);
    ASSERT_TRUE(again.start().ok());
    EXPECT_EQ(again.campaignCount(), 40);
    EXPECT_EQ(again.info().users.first().id, firstUserId);
    {
        // WAL is a property of the file: any connection sees it.
        QSqlDatabase probe =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-probe"));
        probe.setDatabaseName(options.database);
        ASSERT_TRUE(probe.open());
        QSqlQuery mode(probe);
        ASSERT_TRUE(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal-probe"));
}

} // namespace
} // namespace cc::sandbox::test
