#include "tests/support/IsolatedEnvironment.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <cstdlib>

namespace cc::test {

namespace {

QString& processRoot() {
    static QString root;
    return root;
}

void makePrivateDir(const QString& path) {
    QDir().mkpath(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

} // namespace

void IsolatedEnvironment::pointAt(const QString& root) {
    const QString home = root + QStringLiteral("/home");
    const QList<std::pair<const char*, QString>> dirs = {
        {"HOME", home},
        {"XDG_CONFIG_HOME", home + QStringLiteral("/.config")},
        {"XDG_DATA_HOME", home + QStringLiteral("/.local/share")},
        {"XDG_CACHE_HOME", home + QStringLiteral("/.cache")},
        {"XDG_STATE_HOME", home + QStringLiteral("/.local/state")},
    };
    for (const auto& [name, path] : dirs) {
        makePrivateDir(path);
        qputenv(name, QFile::encodeName(path));
    }
}

void IsolatedEnvironment::setUpProcess() {
    QByteArray base = qgetenv("TMPDIR");
    if (base.isEmpty()) {
        base = "/tmp";
    }
    QByteArray templ = base + "/campaign-console-test-XXXXXX";
    if (char* dir = ::mkdtemp(templ.data())) {
        processRoot() = QFile::decodeName(dir);
        pointAt(processRoot());
        // XDG_RUNTIME_DIR is left alone: the D-Bus session and keyring of the test command live there.
        std::atexit([] { QDir(processRoot()).removeRecursively(); });
    }
}

QString IsolatedEnvironment::home() {
    return QFile::decodeName(qgetenv("HOME"));
}

void IsolatedTest::SetUp() {
    m_previousHome = qgetenv("HOME");
    m_dir = std::make_unique<QTemporaryDir>();
    ASSERT_TRUE(m_dir->isValid());
    IsolatedEnvironment::pointAt(m_dir->path());
    // QSettings resolves XDG_CONFIG_HOME once per process and caches it: point it at this test's directory too.
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, configPath());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, configPath());
}

void IsolatedTest::TearDown() {
    // Back to the process-wide private HOME (never the user's: setUpProcess replaced it).
    const QString previous = QFile::decodeName(m_previousHome);
    if (previous.endsWith(QStringLiteral("/home"))) {
        IsolatedEnvironment::pointAt(previous.chopped(5));
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, previous + QStringLiteral("/.config"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, previous + QStringLiteral("/.config"));
    }
    m_dir.reset();
}

QString IsolatedTest::homePath() const {
    return m_dir->path() + QStringLiteral("/home");
}

QString IsolatedTest::configPath() const {
    return homePath() + QStringLiteral("/.config");
}

QString IsolatedTest::dataPath() const {
    return homePath() + QStringLiteral("/.local/share");
}

} // namespace cc::test
