#include "app/sandbox/SandboxOptions.h"

#include "app/core/UrlPolicy.h"

#include <QCommandLineParser>

namespace cc::sandbox {

SandboxOptions SandboxOptions::demo() {
    SandboxOptions options;
    options.seedCount = kDemoCampaigns;
    options.seedRandom = kDemoSeed;
    options.activityIntervalMs = kDemoActivityMs;
    return options;
}

void SandboxOptions::addTo(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("host"), tr("Listen on <address> (default 127.0.0.1)."), QStringLiteral("address")},
        {QStringLiteral("port"), tr("Listen on <port> (default 0: any free port)."), QStringLiteral("port")},
        {QStringLiteral("database"), tr("SQLite database <file>, or :memory: (default)."),
         QStringLiteral("file")},
        {QStringLiteral("seed"), tr("Create <n> demo campaigns."), QStringLiteral("n")},
        {QStringLiteral("seed-random"), tr("Seed for the demo data's randomness."), QStringLiteral("seed")},
        {QStringLiteral("jwt-secret"), tr("Secret for signing JWTs (default: random)."),
         QStringLiteral("secret")},
        {QStringLiteral("jwt-expiry"), tr("Access-token lifetime in <seconds> (default 3600)."),
         QStringLiteral("seconds")},
        {QStringLiteral("faults"),
         tr("Fault-injection rules as <json>, e.g. "
            "{\"seed\":1,\"rest\":{\"error_rate\":0.2,\"status\":503}}."),
         QStringLiteral("json")},
        {QStringLiteral("allow-remote"), tr("Allow listening on a non-loopback address.")},
        {QStringLiteral("providers"),
         tr("The sign-in providers to enable, comma-separated (default: sandbox; empty: none)."),
         QStringLiteral("list")},
        {QStringLiteral("activity"),
         tr("Every <ms> milliseconds a demo marketer changes one of their campaigns (0: never; --demo: %1).")
             .arg(kDemoActivityMs),
         QStringLiteral("ms")},
    });
}

std::optional<QString> SandboxOptions::readFrom(const QCommandLineParser& parser, SandboxOptions& out) {
    bool ok = true;
    if (parser.isSet(QStringLiteral("host"))) {
        out.host = parser.value(QStringLiteral("host"));
    }
    out.allowRemote = parser.isSet(QStringLiteral("allow-remote"));
    if (!UrlPolicy::isLoopbackHost(out.host) && !out.allowRemote) {
        return tr("Refusing to listen on %1: the sandbox has demo passwords. Use --allow-remote if you mean "
                  "it.")
            .arg(out.host);
    }
    if (parser.isSet(QStringLiteral("port"))) {
        const uint port = parser.value(QStringLiteral("port")).toUInt(&ok);
        if (!ok || port > 65535) {
            return tr("--port must be a number from 0 to 65535.");
        }
        out.port = static_cast<quint16>(port);
    }
    if (parser.isSet(QStringLiteral("database"))) {
        out.database = parser.value(QStringLiteral("database"));
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        out.seedCount = parser.value(QStringLiteral("seed")).toInt(&ok);
        if (!ok || out.seedCount < 0) {
            return tr("--seed must be a number of campaigns (0 or more).");
        }
    }
    if (parser.isSet(QStringLiteral("seed-random"))) {
        out.seedRandom = parser.value(QStringLiteral("seed-random")).toULongLong(&ok);
        if (!ok) {
            return tr("--seed-random must be a number.");
        }
    }
    out.jwtSecret = parser.value(QStringLiteral("jwt-secret"));
    if (parser.isSet(QStringLiteral("jwt-expiry"))) {
        out.jwtExpirySeconds = parser.value(QStringLiteral("jwt-expiry")).toInt(&ok);
        if (!ok || out.jwtExpirySeconds < 1) {
            return tr("--jwt-expiry must be a number of seconds (1 or more).");
        }
    }
    out.faults = parser.value(QStringLiteral("faults"));
    if (parser.isSet(QStringLiteral("providers"))) {
        out.providers.clear();
        for (const QString& provider : parser.value(QStringLiteral("providers")).split(QLatin1Char(','))) {
            if (!provider.trimmed().isEmpty()) {
                out.providers.append(provider.trimmed().toLower());
            }
        }
    }
    if (parser.isSet(QStringLiteral("activity"))) {
        out.activityIntervalMs = parser.value(QStringLiteral("activity")).toInt(&ok);
        if (!ok || out.activityIntervalMs < 0) {
            return tr("--activity must be a number of milliseconds (0 or more).");
        }
    }
    return std::nullopt;
}

} // namespace cc::sandbox
