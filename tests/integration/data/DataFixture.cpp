#include "tests/integration/data/DataFixture.h"

#include "app/net/ServiceConfig.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::data::test {

sandbox::SandboxOptions DataFixture::options() const {
    sandbox::SandboxOptions options;
    options.port = m_port;
    options.database = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    options.seedCount = seedCount();
    options.seedRandom = 5;
    options.jwtSecret = QStringLiteral("data-integration-secret-with-32-chars!!");
    return options;
}

void DataFixture::SetUp() {
    IsolatedTest::SetUp();
    startServer();
    m_client = std::make_unique<net::ApiClient>(m_clock, m_random);
    for (net::ServiceConfig config : net::ServiceConfig::supabase(m_url, m_server->info().anonKey)) {
        // Short waits: these tests stop the backend on purpose.
        config.attemptTimeoutMs = 3'000;
        config.deadlineMs = 6'000;
        config.retry.baseDelayMs = 5;
        config.retry.maxDelayMs = 20;
        config.breaker.consecutiveFailures = 1'000'000;
        config.breaker.minimumCalls = 1'000'000;
        ASSERT_FALSE(m_client->addService(config).has_value());
    }
    m_client->setTokenProvider([this] { return m_token; });
    QUrl rest = m_url;
    rest.setPath(QStringLiteral("/rest/v1"));
    m_repository = std::make_unique<CampaignRepository>(*m_client, rest);
    m_token = signIn();
    ASSERT_FALSE(m_token.isEmpty());
}

void DataFixture::TearDown() {
    m_repository.reset();
    m_client.reset();
    m_server.reset();
    IsolatedTest::TearDown();
}

void DataFixture::startServer() {
    m_server = std::make_unique<sandbox::SandboxServer>(options(), m_clock);
    const auto started = m_server->start();
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    m_url = started.value();
    m_port = static_cast<quint16>(m_url.port());
}

void DataFixture::stopServer() {
    m_server->stop();
    m_server.reset();
}

QString DataFixture::signIn(int userIndex) {
    const sandbox::SandboxUser& user = m_server->info().users.at(userIndex);
    QUrl url = m_url;
    url.setPath(QStringLiteral("/auth/v1/token"));
    url.setQuery(QStringLiteral("grant_type=password"));
    std::optional<net::ApiResponse> response;
    net::ApiCall* call = m_client->send(
        net::ApiRequest::post(url, QJsonDocument(QJsonObject{{QStringLiteral("email"), user.email},
                                                             {QStringLiteral("password"), user.password}})));
    QObject::connect(call, &net::ApiCall::finished, [&response](const net::ApiResponse& r) { response = r; });
    EXPECT_TRUE(cc::test::waitUntil([&] { return response.has_value(); }, 10'000));
    if (!response || !response->ok()) {
        return {};
    }
    return response->json.toObject().value(QStringLiteral("access_token")).toString();
}

Result<CampaignRepository::ListResult> DataFixture::list(const PostgrestQuery& query) {
    std::optional<Result<CampaignRepository::ListResult>> result;
    m_repository->list(query, [&](Result<CampaignRepository::ListResult> r) { result = std::move(r); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }, 30'000));
    return result ? std::move(*result)
                  : Result<CampaignRepository::ListResult>(Error(ErrorKind::Timeout, {}));
}

Result<std::optional<Campaign>> DataFixture::get(const QString& id) {
    std::optional<Result<std::optional<Campaign>>> result;
    m_repository->get(id, [&](Result<std::optional<Campaign>> r) { result = std::move(r); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return result.has_value(); }, 10'000));
    return result ? std::move(*result) : Result<std::optional<Campaign>>(Error(ErrorKind::Timeout, {}));
}

WriteOutcome DataFixture::wait(const std::function<void(CampaignRepository::WriteDone)>& start) {
    std::optional<WriteOutcome> outcome;
    start([&](WriteOutcome o) { outcome = std::move(o); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return outcome.has_value(); }, 10'000));
    return outcome.value_or(WriteOutcome{});
}

QString DataFixture::key() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cc::data::test
