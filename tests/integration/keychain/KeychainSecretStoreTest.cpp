// KeychainSecretStore against the real Secret Service (gnome-keyring in the test command's D-Bus session).

#include "app/auth/KeychainSecretStore.h"
#include "app/auth/KeychainProbe.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <optional>

namespace cc::auth {
namespace {

const QString kTestService = QStringLiteral("campaign-console-tests");

class KeychainSecretStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariable("CONSOLE_REQUIRE_KEYCHAIN") != QLatin1String("1")) {
            GTEST_SKIP() << "no D-Bus session: run the suite through scripts/test.sh, which starts one";
        }
    }

    SecretResult call(const std::function<void(SecretStore::Callback)>& op) {
        std::optional<SecretResult> result;
        op([&](const SecretResult& r) { result = r; });
        EXPECT_TRUE(test::waitUntil([&] { return result.has_value(); }, 10000));
        return result.value_or(SecretResult{});
    }

    KeychainSecretStore m_store{kTestService};
    QObject m_context;
};

TEST_F(KeychainSecretStoreTest, WrittenSecretReadsBack) {
    const QString key = QStringLiteral("staging/session");
    ASSERT_TRUE(call([&](auto done) { m_store.write(key, "token-bytes", &m_context, done); }).ok());
    const SecretResult read = call([&](auto done) { m_store.read(key, &m_context, done); });
    ASSERT_TRUE(read.ok()) << read.error.toString().toStdString();
    EXPECT_EQ(read.data.value_or(QByteArray()), QByteArray("token-bytes"));
    call([&](auto done) { m_store.remove(key, &m_context, done); });
}

TEST_F(KeychainSecretStoreTest, MissingEntryIsNotFoundRatherThanAnError) {
    const SecretResult read =
        call([&](auto done) { m_store.read(QStringLiteral("never/written"), &m_context, done); });
    EXPECT_TRUE(read.ok());
    EXPECT_TRUE(read.notFound);
    EXPECT_FALSE(read.data.has_value());
}

TEST_F(KeychainSecretStoreTest, RemovedEntryIsGone) {
    const QString key = QStringLiteral("prod/session");
    ASSERT_TRUE(call([&](auto done) { m_store.write(key, "x", &m_context, done); }).ok());
    ASSERT_TRUE(call([&](auto done) { m_store.remove(key, &m_context, done); }).ok());
    EXPECT_TRUE(call([&](auto done) { m_store.read(key, &m_context, done); }).notFound);
}

TEST_F(KeychainSecretStoreTest, RemovingAMissingEntrySucceeds) {
    EXPECT_TRUE(call([&](auto done) { m_store.remove(QStringLiteral("not/there"), &m_context, done); }).ok());
}

TEST_F(KeychainSecretStoreTest, ProbeFindsAnUnlockedKeychainUsable) {
    KeychainProbe probe(m_store);
    std::optional<bool> usable;
    QObject::connect(&probe, &KeychainProbe::finished, [&](bool ok, const Error&) { usable = ok; });
    probe.start();
    ASSERT_TRUE(test::waitUntil([&] { return usable.has_value(); }, 10000));
    EXPECT_TRUE(*usable);
}

TEST_F(KeychainSecretStoreTest, CallbackIsDroppedWhenItsContextIsGone) {
    bool called = false;
    {
        QObject shortLived;
        m_store.read(QStringLiteral("whatever"), &shortLived, [&](const SecretResult&) { called = true; });
    }
    // Give the job time to finish; the callback must not run on a destroyed context.
    QObject marker;
    std::optional<SecretResult> later;
    m_store.read(QStringLiteral("whatever"), &marker, [&](const SecretResult& r) { later = r; });
    ASSERT_TRUE(test::waitUntil([&] { return later.has_value(); }, 10000));
    EXPECT_FALSE(called);
}

TEST(KeychainWithoutDBus, ProbeReportsUnusableAndWritesNothingToDisk) {
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
    QProcess tool;
    tool.setProcessEnvironment(env);
    tool.start(QStringLiteral(KEYCHAIN_PROBE_TOOL), {QStringLiteral("secret-marker-42")});
    ASSERT_TRUE(tool.waitForFinished(30000));
    const QString out = QString::fromUtf8(tool.readAllStandardOutput());
    EXPECT_EQ(tool.exitCode(), 1) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("unusable"))) << out.toStdString();
    // No plaintext fallback: the secret appears in no file under the private HOME.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        EXPECT_FALSE(f.readAll().contains("secret-marker-42")) << f.fileName().toStdString();
    }
}

} // namespace
} // namespace cc::auth
