#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>

#include <optional>

namespace cc {

// The options every executable accepts: --profile, --demo, --lang, --log-level (plus --help and --version).
struct CommonOptions {
    QString profile;
    bool demo = false;
    QString language;
    QString logLevel;

    // Adds the options to a parser. `withDemo`/`withProfile` are false for programs where they mean nothing.
    static void addTo(QCommandLineParser& parser, bool withProfile = true, bool withDemo = true);
    // Reads them back after parse(); returns a usage error text for invalid values.
    // Includes checkCombination().
    static std::optional<QString> readFrom(const QCommandLineParser& parser, CommonOptions& out);
    // Options that cannot go together in the console and campaignctl (--demo with --profile).
    std::optional<QString> checkCombination() const;
};

} // namespace cc
