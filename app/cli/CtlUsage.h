#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QCommandLineParser;

namespace cc::cli {

// One campaignctl command as its help and the top-level help show it.
struct CtlCommandUsage {
    QString command; // "campaigns create"
    QString usage;   // "campaignctl campaigns create --name TEXT [options]": what to type
    QString summary; // one sentence
};

// Every command's usage line in one table, so the top-level help, a group's help ("campaigns --help") and
// each command's own help say the same; a test checks each usage line against the options the command's
// parser accepts.
class CtlUsage {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CtlUsage)

public:
    static QList<CtlCommandUsage> all();
    static QString usageOf(const QString& command);
    // The top-level help's command list.
    static QString overview();
    // "campaigns" or "profiles": its commands' usage lines and summaries.
    static QString groupHelp(const QString& group);
    // The parser's help with QCommandLineParser's first line ("Usage: /path/to/binary [options] ...")
    // replaced by the command's usage line.
    static QString helpFor(const QCommandLineParser& parser, const QString& command);
};

} // namespace cc::cli
