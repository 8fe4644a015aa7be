#include "app/cli/CtlUsage.h"

#include <QCommandLineParser>

namespace cc::cli {

QList<CtlCommandUsage> CtlUsage::all() {
    return {
        {QStringLiteral("profiles list"), QStringLiteral("campaignctl profiles list [--json]"),
         tr("List the saved profiles.")},
        {QStringLiteral("profiles show"), QStringLiteral("campaignctl profiles show [NAME] [--json]"),
         tr("Show a profile (the current one without NAME).")},
        {QStringLiteral("profiles add"),
         QStringLiteral("campaignctl profiles add --name NAME --url URL --anon-key KEY [--provider PROVIDER] "
                        "[--environment ENV] [options]"),
         tr("Add a profile.")},
        {QStringLiteral("profiles edit"),
         QStringLiteral("campaignctl profiles edit NAME [--provider PROVIDER] [--url URL] [--anon-key KEY] "
                        "[--name NEW] [options]"),
         tr("Change some fields of a profile; the others stay.")},
        {QStringLiteral("profiles remove"), QStringLiteral("campaignctl profiles remove NAME"),
         tr("Remove a profile.")},
        {QStringLiteral("campaigns list"),
         QStringLiteral(
             "campaignctl campaigns list [--status STATUS]... [--channel CHANNEL]... [--search TEXT] "
             "[--limit N]"),
         tr("List campaigns (the local cache when offline).")},
        {QStringLiteral("campaigns show"), QStringLiteral("campaignctl campaigns show ID"),
         tr("Show one campaign.")},
        {QStringLiteral("campaigns create"),
         QStringLiteral("campaignctl campaigns create --name TEXT [--status STATUS] [--channel CHANNEL] "
                        "[--budget AMOUNT] [options]"),
         tr("Create a campaign.")},
        {QStringLiteral("campaigns update"),
         QStringLiteral("campaignctl campaigns update ID [--name TEXT] [--status STATUS] [--budget AMOUNT] "
                        "[options]"),
         tr("Change fields of a campaign.")},
        {QStringLiteral("campaigns delete"), QStringLiteral("campaignctl campaigns delete ID"),
         tr("Delete a campaign.")},
        {QStringLiteral("campaigns sync"), QStringLiteral("campaignctl campaigns sync [--all]"),
         tr("Send the changes waiting in the outbox; --all also downloads every campaign.")},
        {QStringLiteral("outbox list"), QStringLiteral("campaignctl outbox list [--json]"),
         tr("The changes waiting to be sent, refused or in conflict.")},
        {QStringLiteral("outbox retry"), QStringLiteral("campaignctl outbox retry ID"),
         tr("Send a refused change again.")},
        {QStringLiteral("outbox discard"), QStringLiteral("campaignctl outbox discard ID"),
         tr("Forget a change that was not applied.")},
        {QStringLiteral("outbox resolve"),
         QStringLiteral("campaignctl outbox resolve ID --keep-mine|--take-theirs"),
         tr("Settle a conflict: send your version again, or keep the server's.")},
        {QStringLiteral("doctor"), QStringLiteral("campaignctl doctor [--profile NAME] [--timeout SECONDS]"),
         tr("Check a profile's backend, sign-in setup included, and say how to fix what is wrong.")},
        {QStringLiteral("health"),
         QStringLiteral("campaignctl health [--watch] [--interval SECONDS] [--rounds N] [--timeout SECONDS]"),
         tr("Check the backend's services; exit code 0 healthy, 1 degraded, 2 down, 3 could not check.")},
        {QStringLiteral("login"), QStringLiteral("campaignctl login [--no-browser]"),
         tr("Sign in to a profile in the browser.")},
        {QStringLiteral("whoami"), QStringLiteral("campaignctl whoami"), tr("Show who is signed in.")},
        {QStringLiteral("logout"), QStringLiteral("campaignctl logout"),
         tr("Sign out and forget the session.")},
        {QStringLiteral("watch"),
         QStringLiteral("campaignctl watch [--event KIND] [--filter EXPR] [--max-events N]"),
         tr("Print changes to campaigns as they happen, until interrupted.")},
    };
}

QString CtlUsage::usageOf(const QString& command) {
    for (const CtlCommandUsage& entry : all()) {
        if (entry.command == command) {
            return entry.usage;
        }
    }
    return {};
}

namespace {

QString listOf(const QList<CtlCommandUsage>& entries) {
    QString text;
    for (const CtlCommandUsage& entry : entries) {
        text += QStringLiteral("  %1\n      %2\n").arg(entry.usage, entry.summary);
    }
    return text;
}

} // namespace

QString CtlUsage::overview() {
    return listOf(all());
}

QString CtlUsage::groupHelp(const QString& group) {
    QList<CtlCommandUsage> entries;
    for (const CtlCommandUsage& entry : all()) {
        if (entry.command.startsWith(group + QLatin1Char(' '))) {
            entries << entry;
        }
    }
    return tr("Usage:\n%1\nEvery command also accepts --profile NAME, --demo, --json, --config FILE, "
              "--log-level LEVEL and --lang LANG; \"campaignctl %2 ACTION --help\" lists an action's "
              "options.\n")
        .arg(listOf(entries), group);
}

QString CtlUsage::helpFor(const QCommandLineParser& parser, const QString& command) {
    QString help = parser.helpText();
    const QString usage = usageOf(command);
    if (usage.isEmpty()) {
        return help;
    }
    const qsizetype end = help.indexOf(QLatin1Char('\n'));
    return tr("Usage: %1").arg(usage) + (end < 0 ? QStringLiteral("\n") : help.mid(end));
}

} // namespace cc::cli
