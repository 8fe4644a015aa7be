#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace cc::cli {

// campaignctl's entry point: parses the global options, picks the sub-command and returns the exit code
// (0 success, 1 failure, 2 usage error). Runs in-process in tests with string streams.
class CtlApplication {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CtlApplication)

public:
    CtlApplication(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    static QString helpText(const QCommandLineParser& parser);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace cc::cli
