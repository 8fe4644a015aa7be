#include "app/cli/CtlApplication.h"

#include "app/cli/AuthCommand.h"
#include "app/cli/CampaignsCommand.h"
#include "app/cli/CtlContext.h"
#include "app/cli/CtlUsage.h"
#include "app/cli/DoctorCommand.h"
#include "app/cli/HealthCommand.h"
#include "app/cli/OutboxCommand.h"
#include "app/cli/ProfilesCommand.h"
#include "app/cli/WatchCommand.h"
#include "app/core/LogRecord.h"
#include "app/core/Logging.h"
#include "app/core/Translations.h"

#include <QCommandLineParser>

namespace cc::cli {

CtlApplication::CtlApplication(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err) {}

int CtlApplication::run(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage Campaign Console profiles and data from the command line.\n\nCommands:\n%1\n"
           "Every command accepts --profile NAME, or --demo to use the built-in sandbox; \"campaignctl "
           "COMMAND --help\" lists a command's options. Exit codes: 0 success, 1 failure, 2 usage error; a "
           "change: 0 applied, 3 queued, 4 conflict, 5 refused "
           "(health: 0 healthy, 1 degraded, 2 down, 3 could not check).")
            .arg(CtlUsage::overview()));
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CtlContext::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), tr("The command to run."),
                                 QStringLiteral("command"));

    CtlContext context(m_out, m_err);
    if (!parser.parse(arguments)) {
        return context.usageError(parser.errorText(), helpText(parser));
    }
    if (parser.isSet(QStringLiteral("version"))) {
        // Not applicationName(): campaignctl borrows the console's name to share its settings file.
        m_out << "campaignctl " << QCoreApplication::applicationVersion() << '\n';
        m_out.flush();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("help")) && positional.isEmpty()) {
        m_out << helpText(parser);
        m_out.flush();
        return ExitOk;
    }
    if (auto problem = CommonOptions::readFrom(parser, context.common)) {
        return context.usageError(*problem);
    }
    context.json = parser.isSet(QStringLiteral("json"));
    context.settingsFile = parser.value(QStringLiteral("config"));
    if (!context.common.logLevel.isEmpty()) {
        Logging::applyLevel(context.common.logLevel);
        Logging::setStderrLevel(*LogRecord::levelFromName(context.common.logLevel));
    }
    if (!context.common.language.isEmpty()) {
        Translations::install(context.common.language);
    }
    if (positional.isEmpty()) {
        return context.usageError(tr("no command given."), helpText(parser));
    }

    const QString command = positional.first();
    // The rest is parsed by the command, which accepts the global options again so they may come after it.
    QStringList rest{arguments.value(0)};
    rest << positional.mid(1);
    if (parser.isSet(QStringLiteral("help"))) {
        rest << QStringLiteral("--help");
    }
    if (command == QLatin1String("profiles")) {
        return ProfilesCommand(context).run(rest);
    }
    if (command == QLatin1String("campaigns")) {
        return CampaignsCommand(context).run(rest);
    }
    if (command == QLatin1String("outbox")) {
        return OutboxCommand(context).run(rest);
    }
    if (command == QLatin1String("doctor")) {
        return DoctorCommand(context).run(rest);
    }
    if (command == QLatin1String("health")) {
        return HealthCommand(context).run(rest);
    }
    if (command == QLatin1String("login")) {
        return AuthCommand(context).login(rest);
    }
    if (command == QLatin1String("whoami")) {
        return AuthCommand(context).whoami(rest);
    }
    if (command == QLatin1String("logout")) {
        return AuthCommand(context).logout(rest);
    }
    if (command == QLatin1String("watch")) {
        return WatchCommand(context).run(rest);
    }
    return context.usageError(tr("unknown command \"%1\".").arg(command), helpText(parser));
}

QString CtlApplication::helpText(const QCommandLineParser& parser) {
    // QCommandLineParser's first line names the binary by its full path.
    QString help = parser.helpText();
    const qsizetype end = help.indexOf(QLatin1Char('\n'));
    return tr("Usage: campaignctl [options] COMMAND [command options]") +
           (end < 0 ? QStringLiteral("\n") : help.mid(end));
}

} // namespace cc::cli
