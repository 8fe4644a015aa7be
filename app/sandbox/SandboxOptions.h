#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace cc::sandbox {

// How a sandbox server is started: from campaign-sandbox's command line or by `campaign-console --demo`.
struct SandboxOptions {
    Q_DECLARE_TR_FUNCTIONS(cc::sandbox::SandboxOptions)

public:
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: a free port chosen by the OS
    QString database = QStringLiteral(":memory:");
    int seedCount = 0;
    quint64 seedRandom = 1;
    QString jwtSecret;           // empty: a random secret per start
    int jwtExpirySeconds = 3600; // access-token lifetime, GoTrue's default
    QString faults;              // fault-injection rules as JSON (see FaultInjector)
    int activityIntervalMs = 0;  // > 0: a demo marketer changes one of their campaigns this often
    bool allowRemote = false;
    // The sign-in providers GoTrue's /authorize accepts and /auth/v1/settings lists as enabled; "sandbox" is
    // the sandbox's own sign-in page.
    QStringList providers{QStringLiteral("sandbox")};

    // The demo data set that `campaign-console --demo`, `campaignctl --demo` and `campaign-sandbox --demo`
    // share.
    static constexpr int kDemoCampaigns = 5000;
    static constexpr quint64 kDemoSeed = 2026;
    static constexpr int kDemoActivityMs = 4000;
    static SandboxOptions demo();

    static void addTo(QCommandLineParser& parser);
    // Reads the options back; a usage error text for invalid values (a non-loopback host without
    // --allow-remote).
    static std::optional<QString> readFrom(const QCommandLineParser& parser, SandboxOptions& out);
};

} // namespace cc::sandbox
