#include "ui/shell/ConsoleCommandLine.h"

#include <QCommandLineParser>

namespace cc::ui {

ConsoleCommandLine::Parsed ConsoleCommandLine::parse(const QStringList& arguments, QTextStream& out,
                                                     QTextStream& err) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Campaign Console: manage campaigns and watch the health of a Supabase "
           "backend."));
    CommonOptions::addTo(parser);
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a picture of the main window to <file> after it is drawn, then exit."),
        QStringLiteral("file"));
    QCommandLineOption page(QStringLiteral("page"),
                            tr("Open page <name>: %1.").arg(Pages::keys().join(QStringLiteral(", "))),
                            QStringLiteral("name"));
    QCommandLineOption benchmarkStartup(
        QStringLiteral("benchmark-startup"),
        tr("Measure the cold start: print the time until the first campaign rows are painted, then exit."));
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.addOption(benchmarkStartup);
    QCommandLineOption screenshotDelay(QStringLiteral("screenshot-delay"),
                                       tr("With --screenshot: wait at least <ms> milliseconds first."),
                                       QStringLiteral("ms"));
    parser.addOption(screenshotDelay);
    QCommandLineOption screenshotSize(QStringLiteral("screenshot-size"),
                                      tr("With --screenshot: the window's size, e.g. 1024x640."),
                                      QStringLiteral("width>x<height"));
    parser.addOption(screenshotSize);

    Parsed parsed;
    const auto usageError = [&](const QString& message) {
        err << QCoreApplication::applicationName() << ": " << message << '\n'
            << tr("Try '%1 --help' for more information.").arg(QCoreApplication::applicationName()) << '\n';
        err.flush();
        parsed.exitCode = kExitUsage;
        return parsed;
    };

    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        parsed.exitCode = 0;
        return parsed;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        out.flush();
        parsed.exitCode = 0;
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }
    if (auto problem = CommonOptions::readFrom(parser, parsed.options.common)) {
        return usageError(*problem);
    }
    if (parser.isSet(screenshot)) {
        parsed.options.screenshotFile = parser.value(screenshot).trimmed();
        if (parsed.options.screenshotFile.isEmpty()) {
            return usageError(tr("--screenshot needs a file name."));
        }
    }
    parsed.options.benchmarkStartup = parser.isSet(benchmarkStartup);
    if (parser.isSet(screenshotDelay)) {
        bool ok = false;
        parsed.options.screenshotDelayMs = parser.value(screenshotDelay).toInt(&ok);
        if (!ok || parsed.options.screenshotDelayMs < 0) {
            return usageError(tr("--screenshot-delay needs a number of milliseconds."));
        }
    }
    if (parser.isSet(screenshotSize)) {
        const QStringList parts = parser.value(screenshotSize).split(QLatin1Char('x'));
        bool wide = false;
        bool high = false;
        const int width = parts.size() == 2 ? parts.at(0).toInt(&wide) : 0;
        const int height = parts.size() == 2 ? parts.at(1).toInt(&high) : 0;
        if (!wide || !high || width < 320 || height < 240 || width > 7680 || height > 4320) {
            return usageError(tr("--screenshot-size needs a size such as 1024x640 (320x240 to 7680x4320)."));
        }
        parsed.options.screenshotSize = QSize(width, height);
    }
    if (parser.isSet(page)) {
        parsed.options.page = Pages::fromKey(parser.value(page));
        if (!parsed.options.page) {
            return usageError(tr("Unknown page \"%1\": use %2.")
                                  .arg(parser.value(page), Pages::keys().join(QStringLiteral(", "))));
        }
    }
    return parsed;
}

} // namespace cc::ui
