#include "app/cli/CtlContext.h"

#include "app/cli/CtlUsage.h"
#include "app/cli/TerminalText.h"
#include "app/core/Clock.h"
#include "app/core/LogRecord.h"
#include "app/core/Logging.h"
#include "app/core/ProfileStore.h"
#include "app/core/Translations.h"

#include <QEventLoop>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {

CtlContext::CtlContext(QTextStream& o, QTextStream& e)
    : out(o)
    , err(e) {}

CtlContext::~CtlContext() = default;

Result<Profile> CtlContext::resolveProfile() {
    if (common.demo) {
        if (demo()) {
            return *m_demo->profile();
        }
        // A command-line program with nothing else to do: wait here for the sandbox's thread to come up.
        m_demo = std::make_unique<DemoMode>(SystemClock::instance());
        std::optional<Error> failed;
        QEventLoop loop;
        QObject::connect(m_demo.get(), &DemoMode::started, &loop, &QEventLoop::quit);
        QObject::connect(m_demo.get(), &DemoMode::failed, &loop, [&](const Error& error) {
            failed = error;
            loop.quit();
        });
        m_demo->start();
        loop.exec();
        if (failed) {
            return *failed;
        }
        return *m_demo->profile();
    }
    auto store = settingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                        : std::make_unique<ProfileStore>(settingsFile);
    const QString name = common.profile.isEmpty() ? store->currentName() : common.profile;
    if (name.isEmpty()) {
        return Error(ErrorKind::Config, tr("No profile chosen: pass --profile NAME or make one current."));
    }
    const std::optional<Profile> profile = store->find(name);
    if (!profile) {
        return Error(ErrorKind::Config, tr("There is no profile called \"%1\".").arg(name));
    }
    return *profile;
}

void CtlContext::addGlobalOptions(QCommandLineParser& parser) {
    CommonOptions::addTo(parser, true, true);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cc::cli::CtlApplication",
                                                                          "Print machine-readable JSON.")});
    parser.addOption({QStringLiteral("config"),
                      QCoreApplication::translate("cc::cli::CtlApplication",
                                                  "Use settings file <file> instead of the standard one."),
                      QStringLiteral("file")});
}

std::optional<int> CtlContext::parseCommand(QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), helpText(parser));
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << helpText(parser);
        out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        json = true;
    }
    if (parser.isSet(QStringLiteral("config"))) {
        settingsFile = parser.value(QStringLiteral("config"));
    }
    // The common options may also come after the command's name.
    CommonOptions after;
    if (auto problem = CommonOptions::readFrom(parser, after)) {
        return usageError(*problem, helpText(parser));
    }
    if (!after.profile.isEmpty()) {
        common.profile = after.profile;
    }
    if (!after.logLevel.isEmpty()) {
        common.logLevel = after.logLevel;
        Logging::applyLevel(after.logLevel);
        Logging::setStderrLevel(*LogRecord::levelFromName(after.logLevel));
    }
    if (!after.language.isEmpty()) {
        common.language = after.language;
        Translations::install(after.language);
    }
    common.demo = common.demo || after.demo;
    if (auto problem = common.checkCombination()) {
        return usageError(*problem, helpText(parser));
    }
    return std::nullopt;
}

QString CtlContext::helpText(const QCommandLineParser& parser) const {
    return CtlUsage::helpFor(parser, command);
}

void CtlContext::printJson(const QJsonValue& value) {
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

int CtlContext::usageError(const QString& message, const QString& helpText) {
    err << QCoreApplication::translate("cc::cli::CtlContext", "campaignctl: %1")
               .arg(TerminalText::escaped(message, true))
        << '\n';
    if (!helpText.isEmpty()) {
        err << '\n' << helpText;
    }
    err.flush();
    return ExitUsage;
}

int CtlContext::failure(const QString& message) {
    if (json) {
        QJsonObject error{{QStringLiteral("error"), message}};
        err << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        err << QCoreApplication::translate("cc::cli::CtlContext", "campaignctl: %1")
                   .arg(TerminalText::escaped(message, true))
            << '\n';
    }
    err.flush();
    return ExitFailure;
}

} // namespace cc::cli
