// Grabs the health dashboard in its demo states to PNG files: all healthy, and the e-mail API failing with an
// open breaker and an incident; the latter also in German (and with a narrow window to check that long
// strings still fit). Usage: health-screenshots OUTPUT_DIR   (run offscreen or under Xvfb)
#include "app/core/Translations.h"
#include "tests/ui/health/DashboardDemo.h"
#include "ui/health/HealthDashboardPage.h"
#include "ui/health/HealthNotifier.h"

#include <QTranslator>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace {

// Pseudo-translation: every string about 40 % longer with accented letters, placeholders kept, so a layout
// that only fits English shows it before the real German arrives.
class LongStrings : public QTranslator {
public:
    QString translate(const char*, const char* source, const char*, int n) const override {
        QString text = QString::fromUtf8(source);
        if (n >= 0) {
            text.replace(QStringLiteral("%n"), QString::number(n));
        }
        static const QString plain = QStringLiteral("aeiouAEIOU");
        static const QString accented = QStringLiteral("äëïöüÄËÏÖÜ");
        QString out;
        for (int i = 0; i < text.size(); ++i) {
            const qsizetype at = plain.indexOf(text.at(i));
            const bool inPlaceholder = i > 0 && text.at(i - 1) == QLatin1Char('%');
            out += at >= 0 && !inPlaceholder ? accented.at(at) : text.at(i);
        }
        const int words = int(text.count(QLatin1Char(' '))) + 1;
        for (int i = 0; i < (words + 1) / 2; ++i) {
            out += QStringLiteral(" Lángwört");
        }
        return out;
    }
    bool isEmpty() const override { return false; }
};

bool shoot(const QString& file, bool failing, QSize size) {
    cc::ui::test::DashboardDemo demo;
    demo.writeHistory(failing);
    cc::ui::HealthNotifier notifier(*demo.monitor);
    cc::ui::HealthDashboardPage page(*demo.monitor, demo.history.get(), demo.clock, &notifier);
    page.resize(size);
    page.show();
    if (failing) {
        demo.emailFailing();
    } else {
        demo.allHealthy();
    }
    QEventLoop loop;
    QObject::connect(&page, &cc::ui::HealthDashboardPage::historyApplied, &loop, &QEventLoop::quit);
    QTimer::singleShot(10'000, &loop, &QEventLoop::quit);
    if (!page.historyLoaded()) {
        loop.exec();
    }
    // The scroll area shows one screen: grab the whole content instead.
    QWidget* content =
        page.findChild<QWidget*>(QStringLiteral("qt_scrollarea_viewport"))->findChildren<QWidget*>().value(0);
    content->resize(size.width(), content->sizeHint().height());
    const bool ok = content->grab().save(file);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(file));
    return ok;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("/tmp");
    QDir().mkpath(dir);
    bool ok = shoot(dir + QStringLiteral("/health-all-healthy.png"), false, {1280, 800});
    ok = shoot(dir + QStringLiteral("/health-email-failing.png"), true, {1280, 800}) && ok;
    // German: the translation is the lead's (after the merge); until then German number and date formats with
    // pseudo-long strings, in a smaller window, check that the layout holds.
    cc::Translations::install(QStringLiteral("de"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ok = shoot(dir + QStringLiteral("/health-email-failing-de.png"), true, {1024, 768}) && ok;
    LongStrings longStrings;
    QCoreApplication::installTranslator(&longStrings);
    ok = shoot(dir + QStringLiteral("/health-email-failing-long-strings.png"), true, {1024, 768}) && ok;
    QCoreApplication::removeTranslator(&longStrings);
    return ok ? 0 : 1;
}
