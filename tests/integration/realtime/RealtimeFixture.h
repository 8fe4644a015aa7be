#pragma once

#include "app/data/CampaignCache.h"
#include "app/data/CampaignRepository.h"
#include "app/net/ApiClient.h"
#include "app/realtime/ChangeCatchUp.h"
#include "app/realtime/RealtimeClient.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/integration/realtime/TcpProxy.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <memory>

namespace cc::realtime::test {

// The in-process sandbox (on a manual clock, so token lifetimes are exact), a TCP proxy in front of it for
// the realtime client (so a test can cut the socket), a writer: another client signed in as the same marketer
// that changes rows over REST, and the realtime client under test with its catch-up over a real cache.
class RealtimeFixture : public cc::test::IsolatedTest {
protected:
    void SetUp() override;
    void TearDown() override;

    virtual int tokenLifetimeSeconds() const { return 3600; }

    // Password grant for demo user `userIndex`, through `client`.
    QString signIn(net::ApiClient& client, int userIndex);
    // The client under test: through the proxy, token from m_token, refresh = sign in again.
    void makeClient();
    // A new token for the writer (its token expires like any other).
    void renewWriter();
    void startAndWaitLive();
    // Moves the manual clock and lets the client act on it (reconnect, rejoin, heartbeat).
    void advance(qint64 ms);
    // Drives the clock in steps until `condition` holds (or `budgetMs` of manual time passed).
    bool advanceUntil(const std::function<bool()>& condition, qint64 stepMs = 500, qint64 budgetMs = 120'000);

    // Writes through the writer (each on its own millisecond of server time): the row as the server returns
    // it.
    data::Campaign create(const QString& name);
    data::Campaign update(const data::Campaign& row, const QJsonObject& changes);
    void remove(const QString& id);

    // The (id, version) of every change received so far, and how often each arrived.
    QHash<QString, int> receivedKeys() const;
    static QString keyOf(const PostgresChange& change);
    static QString keyOf(const data::Campaign& row) { return row.id + QLatin1Char('@') + row.updatedAt; }

    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    SeededRandom m_random{11};
    QTemporaryDir m_dir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<TcpProxy> m_proxy;
    QUrl m_url;
    // The writer: another client.
    std::unique_ptr<net::ApiClient> m_writerApi;
    std::unique_ptr<data::CampaignRepository> m_writer;
    QString m_writerToken;
    // The client under test.
    std::unique_ptr<net::ApiClient> m_api;
    std::unique_ptr<data::CampaignRepository> m_repository;
    std::unique_ptr<data::CampaignCache> m_cache;
    std::unique_ptr<ChangeCatchUp> m_catchUp;
    std::unique_ptr<RealtimeClient> m_client;
    QString m_token;
    int m_refreshes = 0;
    bool m_refreshAllowed = true;
    QList<PostgresChange> m_received;
    QList<ConnectionState> m_states;
    int m_resyncs = 0;
};

} // namespace cc::realtime::test
