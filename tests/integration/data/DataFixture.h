#pragma once

#include "app/data/CampaignRepository.h"
#include "app/net/ApiClient.h"
#include "app/sandbox/SandboxServer.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/ManualClock.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <memory>

namespace cc::data::test {

// An in-process sandbox on a file database (so it can be stopped and started again on the same port with its
// data), a real ApiClient signed in as the first marketer through the password grant, and the repository.
class DataFixture : public cc::test::IsolatedTest {
protected:
    void SetUp() override;
    void TearDown() override;

    virtual int seedCount() const { return 40; }
    sandbox::SandboxOptions options() const;
    // Stops the sandbox (the backend goes away) / starts it again on the same port and database.
    void stopServer();
    void startServer();
    // The password grant, through the ApiClient (the "auth" service).
    QString signIn(int userIndex = 0);

    // Synchronous helpers for tests (they spin the event loop, never block it).
    Result<CampaignRepository::ListResult> list(const PostgrestQuery& query);
    Result<std::optional<Campaign>> get(const QString& id);
    WriteOutcome wait(const std::function<void(CampaignRepository::WriteDone)>& start);
    QString key();

    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    SeededRandom m_random{99};
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    std::unique_ptr<net::ApiClient> m_client;
    std::unique_ptr<CampaignRepository> m_repository;
    QString m_token;
    QUrl m_url;
};

} // namespace cc::data::test
