#include "tests/integration/realtime/RealtimeFixture.h"

#include "app/net/ServiceConfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace cc::realtime::test {

void RealtimeFixture::SetUp() {
    IsolatedTest::SetUp();
    ASSERT_TRUE(m_dir.isValid());
    sandbox::SandboxOptions options;
    options.database = m_dir.filePath(QStringLiteral("sandbox.sqlite"));
    options.seedCount = 10;
    options.seedRandom = 3;
    options.jwtSecret = QStringLiteral("realtime-integration-secret-32-chars!!");
    options.jwtExpirySeconds = tokenLifetimeSeconds();
    m_server = std::make_unique<sandbox::SandboxServer>(options, m_clock);
    const auto started = m_server->start();
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    m_url = started.value();
    m_proxy = std::make_unique<TcpProxy>(static_cast<quint16>(m_url.port()));
    ASSERT_TRUE(m_proxy->listen());

    const auto makeApi = [this] {
        auto api = std::make_unique<net::ApiClient>(m_clock, m_random);
        for (net::ServiceConfig config : net::ServiceConfig::supabase(m_url, m_server->info().anonKey)) {
            config.breaker.consecutiveFailures = 1'000'000;
            config.breaker.minimumCalls = 1'000'000;
            EXPECT_FALSE(api->addService(config).has_value());
        }
        return api;
    };
    QUrl rest = m_url;
    rest.setPath(QStringLiteral("/rest/v1"));
    m_writerApi = makeApi();
    m_writerToken = signIn(*m_writerApi, 0);
    ASSERT_FALSE(m_writerToken.isEmpty());
    m_writerApi->setTokenProvider([this] { return m_writerToken; });
    m_writer = std::make_unique<data::CampaignRepository>(*m_writerApi, rest);

    m_api = makeApi();
    m_token = signIn(*m_api, 0);
    ASSERT_FALSE(m_token.isEmpty());
    m_api->setTokenProvider([this] { return m_token; });
    m_repository = std::make_unique<data::CampaignRepository>(*m_api, rest);
    m_cache = std::make_unique<data::CampaignCache>(m_dir.filePath(QStringLiteral("cache.sqlite")));
    bool opened = false;
    m_cache->open(m_cache.get(), [&opened](Result<bool> r, QString) { opened = r.ok(); });
    ASSERT_TRUE(cc::test::waitUntil([&] { return opened; }, 10'000));
    makeClient();
}

void RealtimeFixture::TearDown() {
    m_client.reset();
    m_catchUp.reset();
    m_repository.reset();
    m_cache.reset();
    m_api.reset();
    m_writer.reset();
    m_writerApi.reset();
    m_proxy.reset();
    m_server.reset();
    IsolatedTest::TearDown();
}

void RealtimeFixture::makeClient() {
    QUrl viaProxy = m_url;
    viaProxy.setPort(m_proxy->port());
    m_client = std::make_unique<RealtimeClient>(viaProxy, m_server->info().anonKey, m_clock, m_random);
    m_client->setTokenProvider([this] { return m_token; });
    m_client->setRefreshHook([this](RealtimeClient::RefreshDone done) {
        ++m_refreshes;
        if (!m_refreshAllowed) {
            done(false);
            return;
        }
        const QString token = signIn(*m_api, 0);
        if (!token.isEmpty()) {
            m_token = token;
        }
        done(!token.isEmpty());
    });
    m_catchUp = std::make_unique<ChangeCatchUp>(*m_repository, m_cache.get());
    m_catchUp->attach(*m_client);
    m_client->addChannel(
        QStringLiteral("campaigns"),
        {ChangeBinding::fromJson(QJsonObject{{QStringLiteral("event"), QStringLiteral("*")},
                                             {QStringLiteral("schema"), QStringLiteral("public")},
                                             {QStringLiteral("table"), QStringLiteral("campaigns")}})
             .value()});
    QObject::connect(m_client.get(), &RealtimeClient::changeReceived,
                     [this](const PostgresChange& change) { m_received.append(change); });
    QObject::connect(m_client.get(), &RealtimeClient::stateChanged,
                     [this](ConnectionState state) { m_states.append(state); });
    QObject::connect(m_client.get(), &RealtimeClient::resynced, [this] { ++m_resyncs; });
}

void RealtimeFixture::renewWriter() {
    m_writerToken = signIn(*m_writerApi, 0);
    ASSERT_FALSE(m_writerToken.isEmpty());
}

void RealtimeFixture::startAndWaitLive() {
    m_client->start();
    ASSERT_TRUE(cc::test::waitUntil([this] { return m_client->state() == ConnectionState::Live; }, 10'000))
        << connectionStateName(m_client->state()).toStdString();
}

QString RealtimeFixture::signIn(net::ApiClient& client, int userIndex) {
    const sandbox::SandboxUser& user = m_server->info().users.at(userIndex);
    QUrl url = m_url;
    url.setPath(QStringLiteral("/auth/v1/token"));
    url.setQuery(QStringLiteral("grant_type=password"));
    std::optional<net::ApiResponse> response;
    net::ApiCall* call = client.send(
        net::ApiRequest::post(url, QJsonDocument(QJsonObject{{QStringLiteral("email"), user.email},
                                                             {QStringLiteral("password"), user.password}})));
    QObject::connect(call, &net::ApiCall::finished, [&response](const net::ApiResponse& r) { response = r; });
    EXPECT_TRUE(cc::test::waitUntil([&] { return response.has_value(); }, 10'000));
    if (!response || !response->ok()) {
        return {};
    }
    return response->json.toObject().value(QStringLiteral("access_token")).toString();
}

void RealtimeFixture::advance(qint64 ms) {
    m_clock.advance(ms);
    m_client->tick();
}

bool RealtimeFixture::advanceUntil(const std::function<bool()>& condition, qint64 stepMs, qint64 budgetMs) {
    for (qint64 spent = 0; spent <= budgetMs; spent += stepMs) {
        // Let sockets and replies progress in real time before moving the clock again.
        if (cc::test::waitUntil(condition, 50)) {
            return true;
        }
        advance(stepMs);
    }
    return cc::test::waitUntil(condition, 2'000);
}

data::Campaign RealtimeFixture::create(const QString& name) {
    m_clock.advance(1); // a distinct updated_at for every write
    data::Campaign c;
    c.name = name;
    std::optional<data::WriteOutcome> outcome;
    m_writer->create(c, QUuid::createUuid().toString(QUuid::WithoutBraces),
                     [&](data::WriteOutcome o) { outcome = std::move(o); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return outcome.has_value(); }, 10'000));
    EXPECT_TRUE(outcome && outcome->row.has_value());
    return outcome && outcome->row ? *outcome->row : data::Campaign{};
}

data::Campaign RealtimeFixture::update(const data::Campaign& row, const QJsonObject& changes) {
    m_clock.advance(1);
    std::optional<data::WriteOutcome> outcome;
    m_writer->update(row.id, row.updatedAt, changes, QUuid::createUuid().toString(QUuid::WithoutBraces),
                     [&](data::WriteOutcome o) { outcome = std::move(o); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return outcome.has_value(); }, 10'000));
    EXPECT_TRUE(outcome && outcome->row.has_value());
    return outcome && outcome->row ? *outcome->row : data::Campaign{};
}

void RealtimeFixture::remove(const QString& id) {
    m_clock.advance(1);
    std::optional<data::WriteOutcome> outcome;
    m_writer->remove(id, QUuid::createUuid().toString(QUuid::WithoutBraces),
                     [&](data::WriteOutcome o) { outcome = std::move(o); });
    EXPECT_TRUE(cc::test::waitUntil([&] { return outcome.has_value(); }, 10'000));
}

QString RealtimeFixture::keyOf(const PostgresChange& change) {
    const QString id = change.row().value(QStringLiteral("id")).toString();
    if (change.type == PostgresChange::Type::Delete) {
        return id + QStringLiteral("@deleted");
    }
    return id + QLatin1Char('@') + change.record.value(QStringLiteral("updated_at")).toString();
}

QHash<QString, int> RealtimeFixture::receivedKeys() const {
    QHash<QString, int> keys;
    for (const PostgresChange& change : m_received) {
        ++keys[keyOf(change)];
    }
    return keys;
}

} // namespace cc::realtime::test
