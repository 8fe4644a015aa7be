#pragma once

#include "app/cli/CtlApplication.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace cc::test {

// Runs campaignctl in-process and captures what it prints.
struct CtlRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CtlRun runCtl(QStringList args) {
    CtlRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    args.prepend(QStringLiteral("campaignctl"));
    run.exitCode = cli::CtlApplication(out, err).run(args);
    out.flush();
    err.flush();
    return run;
}

} // namespace cc::test
