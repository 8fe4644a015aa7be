// test-browser URL: the browser stand-in for sign-in tests (see TestBrowser.h). Reads TEST_BROWSER_EMAIL,
// TEST_BROWSER_PASSWORD and TEST_BROWSER_DECISION (allow, the default, or deny). Exit status 0 when the flow
// ended on a successful page, 1 when it failed (the reason on stderr), 2 on bad usage.
#include "tests/support/browser/TestBrowser.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: test-browser URL\n");
        return 2;
    }
    const QUrl url(arguments.at(1), QUrl::StrictMode);
    if (!url.isValid()) {
        std::fprintf(stderr, "test-browser: not a URL\n");
        return 2;
    }
    cc::test::TestBrowser::Script script;
    script.email = qEnvironmentVariable("TEST_BROWSER_EMAIL");
    script.password = qEnvironmentVariable("TEST_BROWSER_PASSWORD");
    script.deny =
        qEnvironmentVariable("TEST_BROWSER_DECISION").compare(QStringLiteral("deny"), Qt::CaseInsensitive) ==
        0;
    cc::test::TestBrowser browser(script);
    int status = 1;
    QObject::connect(&browser, &cc::test::TestBrowser::finished, &app, [&](bool ok, const QString& message) {
        std::fprintf(ok ? stdout : stderr, "test-browser: %s\n", qPrintable(message));
        status = ok ? 0 : 1;
        QCoreApplication::quit();
    });
    browser.open(url);
    QCoreApplication::exec();
    return status;
}
