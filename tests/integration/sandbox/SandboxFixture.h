#pragma once

#include "app/sandbox/SandboxServer.h"
#include "tests/integration/sandbox/SandboxTestClient.h"
#include "tests/support/ManualClock.h"

#include <gtest/gtest.h>

#include <memory>

namespace cc::sandbox::test {

// A fresh in-process sandbox per test on a random loopback port, with a manual clock (token expiry without
// sleeping) and a client that talks to it over real HTTP.
class SandboxFixture : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    // Override to change how the server starts (seed size, faults, ...).
    virtual SandboxOptions options() const;

    const SandboxInfo& info() const { return m_server->info(); }
    const SandboxUser& marketer(int index = 0) const { return info().users.at(index); }
    const SandboxUser& admin() const { return info().users.at(2); }

    // The apikey header alone (the anon role), or with a bearer token.
    static QList<QPair<QByteArray, QByteArray>> bearer(const QString& token);
    QList<QPair<QByteArray, QByteArray>> anon() const;
    QList<QPair<QByteArray, QByteArray>> serviceRole() const;
    // apikey plus a user's bearer token.
    QList<QPair<QByteArray, QByteArray>> asUser(const QString& token) const;

    // Signs in over HTTP and returns GoTrue's session object.
    QJsonObject signIn(const SandboxUser& user);
    QString accessToken(const SandboxUser& user);

    cc::test::ManualClock m_clock{QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
};

// Concatenates header lists.
QList<QPair<QByteArray, QByteArray>> operator+(QList<QPair<QByteArray, QByteArray>> a,
                                               const QPair<QByteArray, QByteArray>& b);

} // namespace cc::sandbox::test
