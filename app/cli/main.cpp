#include "app/cli/CtlApplication.h"
#include "app/core/AppInfo.h"
#include "app/core/Logging.h"
#include "app/core/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    cc::AppInfo::apply();
    QCoreApplication::setApplicationName(QStringLiteral("campaign-console")); // shares the console's settings
    // Warnings and errors on stderr; the JSON log is the GUI's.
    cc::Logging::install({.directory = {}, .toStderr = true, .stderrLevel = QtWarningMsg});
    cc::Translations::install(cc::Translations::choose({}, {}));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = cc::cli::CtlApplication(out, err).run(QCoreApplication::arguments());
    cc::Logging::shutdown();
    return code;
}
