// The e-mail API key in Settings: stored in and removed from the secret store under the profile's entry,
// never in the settings file.
#include "ui/settings/EmailKeySettings.h"
#include "app/auth/MemorySecretStore.h"
#include "app/email/EmailClient.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/SignalWaiter.h"
#include "ui/shell/UiSettings.h"

#include <QFile>
#include <QLineEdit>
#include <QSettings>

#include <gtest/gtest.h>

namespace cc::ui {
namespace {

class EmailKeySettingsTest : public cc::test::IsolatedTest {};

TEST_F(EmailKeySettingsTest, SavesAndRemovesTheKeyInTheSecretStoreOnly) {
    auth::MemorySecretStore secrets;
    EmailKeySettings widget;
    EXPECT_FALSE(widget.isEnabled()) << "no store or profile yet";
    widget.setSecretStore(&secrets);
    widget.setProfile(QStringLiteral("staging"));
    EXPECT_TRUE(widget.isEnabled());
    ASSERT_TRUE(cc::test::waitUntil([&] { return widget.statusText().contains(QStringLiteral("No key")); }));
    widget.keyField()->setText(QStringLiteral("  cc_email_secret123  "));
    widget.save();
    ASSERT_TRUE(cc::test::waitUntil(
        [&] { return widget.statusText().startsWith(QStringLiteral("A key is saved")); }));
    EXPECT_EQ(secrets.entries().value(email::EmailClient::secretKey(QStringLiteral("staging"))),
              QByteArray("cc_email_secret123"));
    EXPECT_TRUE(widget.keyField()->text().isEmpty()) << "the field does not keep the secret";
    const std::unique_ptr<QSettings> settings = UiSettings::open();
    settings->sync();
    QFile file(settings->fileName());
    if (file.open(QIODevice::ReadOnly)) {
        EXPECT_FALSE(file.readAll().contains("cc_email_secret123"));
    }
    widget.remove();
    ASSERT_TRUE(cc::test::waitUntil([&] { return secrets.entries().isEmpty(); }));
    ASSERT_TRUE(cc::test::waitUntil([&] { return widget.statusText().contains(QStringLiteral("No key")); }));
}

TEST_F(EmailKeySettingsTest, AnEmptyKeyIsNotSaved) {
    auth::MemorySecretStore secrets;
    EmailKeySettings widget;
    widget.setSecretStore(&secrets);
    widget.setProfile(QStringLiteral("p"));
    widget.save();
    EXPECT_EQ(secrets.writes(), 0);
    EXPECT_TRUE(widget.statusText().contains(QStringLiteral("Enter")));
}

} // namespace
} // namespace cc::ui
