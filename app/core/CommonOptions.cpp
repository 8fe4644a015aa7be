#include "app/core/CommonOptions.h"

#include "app/core/Logging.h"
#include "app/core/Translations.h"

#include <QCoreApplication>

namespace cc {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("cc::CommonOptions", text);
}
} // namespace

void CommonOptions::addTo(QCommandLineParser& parser, bool withProfile, bool withDemo) {
    parser.addHelpOption();
    parser.addVersionOption();
    if (withProfile) {
        parser.addOption(
            {QStringLiteral("profile"), tr("Use the profile called <name>."), QStringLiteral("name")});
    }
    if (withDemo) {
        parser.addOption(
            {QStringLiteral("demo"), tr("Start the built-in sandbox and use it (a local profile).")});
    }
    parser.addOption(
        {QStringLiteral("lang"), tr("Use language <code> (en, de, fr)."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("log-level"),
                      tr("Log <level> and above: debug, info, warning, critical."), QStringLiteral("level")});
}

std::optional<QString> CommonOptions::readFrom(const QCommandLineParser& parser, CommonOptions& out) {
    const QStringList names = parser.optionNames();
    if (names.contains(QStringLiteral("profile"))) {
        out.profile = parser.value(QStringLiteral("profile")).trimmed();
        if (out.profile.isEmpty()) {
            return tr("--profile needs a profile name.");
        }
    }
    out.demo = names.contains(QStringLiteral("demo")) && parser.isSet(QStringLiteral("demo"));
    if (parser.isSet(QStringLiteral("lang"))) {
        out.language = parser.value(QStringLiteral("lang")).trimmed().toLower();
        if (!Translations::available().contains(out.language)) {
            return tr("Unknown language \"%1\": use en, de or fr.").arg(out.language);
        }
    }
    if (parser.isSet(QStringLiteral("log-level"))) {
        out.logLevel = parser.value(QStringLiteral("log-level")).trimmed().toLower();
        if (auto problem = Logging::validateLevel(out.logLevel)) {
            return *problem;
        }
    }
    return out.checkCombination();
}

std::optional<QString> CommonOptions::checkCombination() const {
    if (demo && !profile.isEmpty()) {
        return tr("--demo and --profile cannot be used together: --demo uses its own local profile.");
    }
    return std::nullopt;
}

} // namespace cc
