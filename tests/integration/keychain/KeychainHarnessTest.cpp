// Proves the test command provides what the keychain tests need: a D-Bus session with an unlocked
// gnome-keyring (Secret Service), reached through QtKeychain exactly as the console reaches it.

#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"

#include <gtest/gtest.h>

#include <qt6keychain/keychain.h>

namespace cc {
namespace {

const QString kService = QStringLiteral("campaign-console-test-harness");

bool keychainRequired() {
    return qEnvironmentVariable("CONSOLE_REQUIRE_KEYCHAIN") == QLatin1String("1");
}

class KeychainHarnessTest : public ::testing::Test {
protected:
    void SetUp() override {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") && !keychainRequired()) {
            GTEST_SKIP() << "no D-Bus session: run the suite through scripts/test.sh, which starts one";
        }
    }

    QKeychain::Error write(const QString& key, const QByteArray& secret) {
        QKeychain::WritePasswordJob job(kService);
        job.setAutoDelete(false);
        job.setKey(key);
        job.setBinaryData(secret);
        job.start();
        EXPECT_TRUE(test::waitForSignal(&job, &QKeychain::Job::finished, 10000));
        return job.error();
    }
};

TEST_F(KeychainHarnessTest, SecretServiceIsUnlockedAndRoundTripsASecret) {
    ASSERT_EQ(write(QStringLiteral("probe"), "s3cret"), QKeychain::NoError)
        << "the test command must start gnome-keyring unlocked inside dbus-run-session";

    QKeychain::ReadPasswordJob read(kService);
    read.setAutoDelete(false);
    read.setKey(QStringLiteral("probe"));
    read.start();
    ASSERT_TRUE(test::waitForSignal(&read, &QKeychain::Job::finished, 10000));
    ASSERT_EQ(read.error(), QKeychain::NoError) << read.errorString().toStdString();
    EXPECT_EQ(read.binaryData(), QByteArray("s3cret"));

    QKeychain::DeletePasswordJob remove(kService);
    remove.setAutoDelete(false);
    remove.setKey(QStringLiteral("probe"));
    remove.start();
    ASSERT_TRUE(test::waitForSignal(&remove, &QKeychain::Job::finished, 10000));
    EXPECT_EQ(remove.error(), QKeychain::NoError);

    QKeychain::ReadPasswordJob gone(kService);
    gone.setAutoDelete(false);
    gone.setKey(QStringLiteral("probe"));
    gone.start();
    ASSERT_TRUE(test::waitForSignal(&gone, &QKeychain::Job::finished, 10000));
    EXPECT_EQ(gone.error(), QKeychain::EntryNotFound);
}

} // namespace
} // namespace cc
