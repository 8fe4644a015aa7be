#include "ui/settings/SettingsPage.h"
#include "app/core/ProfileStore.h"
#include "app/core/ProfileValidator.h"
#include "tests/support/IsolatedEnvironment.h"
#include "tests/support/QtPrinters.h"
#include "tests/support/SignalWaiter.h"
#include "tests/ui/settings/FakeHttpServer.h"
#include "ui/settings/ConnectionTester.h"
#include "ui/settings/LanguageSettings.h"
#include "ui/settings/ProfileForm.h"
#include "ui/shell/UiSettings.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>

#include <functional>
#include <memory>

namespace cc::ui {
namespace {

class SettingsPageTest : public test::IsolatedTest {
protected:
    void SetUp() override {
        IsolatedTest::SetUp();
        m_store = std::make_unique<ProfileStore>();
    }
    void TearDown() override {
        m_page.reset();
        m_store.reset();
        IsolatedTest::TearDown();
    }

    SettingsPage& page() {
        if (!m_page) {
            m_page = std::make_unique<SettingsPage>(*m_store, &m_network, QStringLiteral("en"));
            m_page->resize(1000, 800);
            m_page->show();
        }
        return *m_page;
    }

    QLineEdit* edit(const char* name) { return page().findChild<QLineEdit*>(QLatin1String(name)); }
    QComboBox* combo(const char* name) { return page().findChild<QComboBox*>(QLatin1String(name)); }
    QPushButton* button(const char* name) { return page().findChild<QPushButton*>(QLatin1String(name)); }

    // Types into a field the way a user does (textEdited fires).
    void type(const char* field, const QString& text) {
        QLineEdit* e = edit(field);
        ASSERT_NE(e, nullptr) << field;
        e->selectAll();
        e->insert(text);
        if (text.isEmpty()) {
            e->del();
        }
    }

    void fillValid(const QString& name = QStringLiteral("Staging")) {
        type("name", name);
        type("projectUrl", QStringLiteral("https://abc.supabase.co"));
        type("anonKey", QStringLiteral("anon-key"));
    }

    Profile savedProfile(const QString& name,
                         const QString& url = QStringLiteral("https://abc.supabase.co")) {
        Profile p;
        p.name = name;
        p.projectUrl = QUrl(url);
        p.anonKey = QStringLiteral("anon-key");
        p.environment = QStringLiteral("staging");
        EXPECT_TRUE(m_store->add(p).ok());
        return p;
    }

    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SettingsPage> m_page;
};

TEST_F(SettingsPageTest, EditorRejectsEachInvalidFieldWithTheValidatorsMessage) {
    savedProfile(QStringLiteral("Existing"));
    const QList<std::pair<QString, std::function<void()>>> cases = {
        {QStringLiteral("name"), [&] { type("name", QString()); }},
        {QStringLiteral("name"), [&] { type("name", QStringLiteral("existing")); }},
        {QStringLiteral("name"), [&] { type("name", QStringLiteral("a/b")); }},
        {QStringLiteral("name"), [&] { type("name", QString(70, QLatin1Char('x'))); }},
        {QStringLiteral("projectUrl"), [&] { type("projectUrl", QString()); }},
        {QStringLiteral("projectUrl"), [&] { type("projectUrl", QStringLiteral("http://abc.supabase.co")); }},
        {QStringLiteral("projectUrl"), [&] { type("projectUrl", QStringLiteral("abc.supabase.co")); }},
        {QStringLiteral("anonKey"), [&] { type("anonKey", QString()); }},
        {QStringLiteral("anonKey"), [&] { type("anonKey", QStringLiteral("sb_secret_abc")); }},
        {QStringLiteral("clientId"), [&] { type("clientId", QString()); }},
        {QStringLiteral("oidcIssuer"),
         [&] {
             combo("authFlavor")->setCurrentIndex(combo("authFlavor")->findData(QStringLiteral("oidc")));
         }},
        {QStringLiteral("emailApiUrl"),
         [&] { type("emailApiUrl", QStringLiteral("http://mail.example.com")); }},
        {QStringLiteral("color"), [&] { type("color", QStringLiteral("red")); }},
    };
    const QColor normalBase = page().palette().color(QPalette::Base);
    for (const auto& [field, breakIt] : cases) {
        SCOPED_TRACE(field.toStdString());
        page().newProfile();
        fillValid();
        breakIt();
        const Profile attempted = page().form()->profile();
        EXPECT_FALSE(page().save());

        QStringList expected;
        for (const ProfileIssue& issue :
             ProfileValidator::validate(attempted, {QStringLiteral("Existing")})) {
            if (issue.field == field) {
                expected << issue.message;
            }
        }
        ASSERT_FALSE(expected.isEmpty());
        EXPECT_EQ(page().form()->issueText(field), expected.join(QLatin1Char('\n')));
        // Only the broken field is marked.
        EXPECT_NE(page().form()->field(field)->palette().color(QPalette::Base), normalBase);
        for (const QString& other :
             {QStringLiteral("name"), QStringLiteral("projectUrl"), QStringLiteral("anonKey")}) {
            if (other != field) {
                EXPECT_TRUE(page().form()->issueText(other).isEmpty()) << other.toStdString();
            }
        }
        EXPECT_EQ(m_store->profiles().size(), 1); // nothing written
        EXPECT_TRUE(page().statusText().contains(QStringLiteral("Not saved")));
    }
}

TEST_F(SettingsPageTest, FixingAFieldClearsItsMessage) {
    page().newProfile();
    fillValid();
    type("projectUrl", QStringLiteral("http://abc.supabase.co"));
    ASSERT_FALSE(page().save());
    ASSERT_FALSE(page().form()->issueText(QStringLiteral("projectUrl")).isEmpty());
    type("projectUrl", QStringLiteral("https://abc.supabase.co"));
    EXPECT_TRUE(page().form()->issueText(QStringLiteral("projectUrl")).isEmpty());
}

TEST_F(SettingsPageTest, SavesAValidProfile) {
    page().newProfile();
    fillValid();
    combo("environment")->setCurrentIndex(combo("environment")->findData(QStringLiteral("staging")));
    test::SignalCounter saved(&page(), &SettingsPage::profileSaved);
    ASSERT_TRUE(page().save());

    const auto stored = m_store->find(QStringLiteral("Staging"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->projectUrl, QUrl(QStringLiteral("https://abc.supabase.co")));
    EXPECT_EQ(stored->anonKey, QStringLiteral("anon-key"));
    EXPECT_EQ(stored->environment, QStringLiteral("staging"));
    EXPECT_EQ(saved.count(), 1);
    EXPECT_EQ(page().profileList()->count(), 1);
    EXPECT_EQ(page().editingName(), QStringLiteral("Staging"));
    EXPECT_TRUE(page().statusText().contains(QStringLiteral("Saved")));
}

TEST_F(SettingsPageTest, TheFirstSavedProfileBecomesTheOneInUse) {
    Profile activated;
    QObject::connect(&page(), &SettingsPage::profileActivated, [&](const Profile& p) { activated = p; });
    page().newProfile();
    fillValid();
    ASSERT_TRUE(page().save());
    EXPECT_EQ(activated.name, QStringLiteral("Staging"));
    EXPECT_EQ(m_store->currentName(), QStringLiteral("Staging"));
}

TEST_F(SettingsPageTest, EditingAProfileRenamesIt) {
    savedProfile(QStringLiteral("Old"));
    QString previous;
    QObject::connect(&page(), &SettingsPage::profileSaved,
                     [&](const QString& before, const Profile&) { previous = before; });
    page().selectProfile(QStringLiteral("Old"));
    ASSERT_EQ(edit("name")->text(), QStringLiteral("Old"));
    type("name", QStringLiteral("New"));
    EXPECT_TRUE(page().isDirty());
    ASSERT_TRUE(page().save());
    EXPECT_EQ(m_store->names(), QStringList{QStringLiteral("New")});
    EXPECT_EQ(previous, QStringLiteral("Old"));
}

TEST_F(SettingsPageTest, RevertRestoresTheSavedValues) {
    savedProfile(QStringLiteral("Staging"));
    page().selectProfile(QStringLiteral("Staging"));
    type("projectUrl", QStringLiteral("https://other.supabase.co"));
    button("revertProfile")->click();
    EXPECT_EQ(edit("projectUrl")->text(), QStringLiteral("https://abc.supabase.co"));
    EXPECT_FALSE(page().isDirty());
}

TEST_F(SettingsPageTest, DeleteAsksFirstAndCancelKeepsTheProfile) {
    savedProfile(QStringLiteral("Staging"));
    page().selectProfile(QStringLiteral("Staging"));
    button("deleteProfile")->click();
    auto* box = page().findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QStringLiteral("Staging")));
    box->button(QMessageBox::Cancel)->click();
    EXPECT_EQ(m_store->names(), QStringList{QStringLiteral("Staging")});
}

TEST_F(SettingsPageTest, DeleteRemovesTheProfileAfterConfirmation) {
    savedProfile(QStringLiteral("Staging"));
    savedProfile(QStringLiteral("Production"));
    page().selectProfile(QStringLiteral("Staging"));
    QString removed;
    QObject::connect(&page(), &SettingsPage::profileRemoved, [&](const QString& name) { removed = name; });
    button("deleteProfile")->click();
    auto* box = page().findChild<QMessageBox*>(QStringLiteral("deleteConfirmation"));
    ASSERT_NE(box, nullptr);
    box->findChild<QPushButton*>(QStringLiteral("confirmDelete"))->click();
    EXPECT_EQ(m_store->names(), QStringList{QStringLiteral("Production")});
    EXPECT_EQ(removed, QStringLiteral("Staging"));
    EXPECT_EQ(page().profileList()->count(), 1);
    EXPECT_EQ(page().editingName(), QStringLiteral("Production"));
}

TEST_F(SettingsPageTest, UnsavedEditsAreNotDroppedSilentlyWhenSwitching) {
    savedProfile(QStringLiteral("A"));
    savedProfile(QStringLiteral("B"));
    page().selectProfile(QStringLiteral("A"));
    type("anonKey", QStringLiteral("changed-key"));
    page().profileList()->setCurrentRow(1);
    auto* box = page().findChild<QMessageBox*>(QStringLiteral("unsavedBox"));
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(page().editingName(), QStringLiteral("A"));
    box->button(QMessageBox::Save)->click();
    EXPECT_EQ(m_store->find(QStringLiteral("A"))->anonKey, QStringLiteral("changed-key"));
    EXPECT_EQ(page().editingName(), QStringLiteral("B"));
}

TEST_F(SettingsPageTest, LanguageChoiceIsSavedForTheNextStart) {
    auto* language = page().findChild<LanguageSettings*>();
    ASSERT_NE(language, nullptr);
    QComboBox* chooser = language->combo();
    QStringList names;
    for (int i = 0; i < chooser->count(); ++i) {
        names << chooser->itemText(i);
    }
    EXPECT_TRUE(names.contains(QStringLiteral("English")));
    EXPECT_TRUE(names.contains(QStringLiteral("Deutsch")));
    EXPECT_TRUE(names.contains(QStringLiteral("Français")));

    chooser->setCurrentIndex(chooser->findData(QStringLiteral("de")));
    EXPECT_EQ(UiSettings::open()->value(UiSettings::kLanguage).toString(), QStringLiteral("de"));
    EXPECT_TRUE(language->noteText().contains(QStringLiteral("next time")))
        << language->noteText().toStdString();

    chooser->setCurrentIndex(0); // the system's language
    EXPECT_FALSE(UiSettings::open()->contains(UiSettings::kLanguage));
}

TEST_F(SettingsPageTest, TestConnectionShowsTheResultWithoutBlocking) {
    test::FakeHttpServer server;
    server.respondWith(200, R"({"version":"v2.1.0"})");
    page().newProfile();
    fillValid(QStringLiteral("Local"));
    type("projectUrl", server.baseUrl());
    button("testConnection")->click();
    EXPECT_FALSE(button("testConnection")->isEnabled()); // running, and the call returned
    ASSERT_TRUE(
        test::waitUntil([&] { return page().statusText().startsWith(QStringLiteral("Connected")); }, 10'000))
        << page().statusText().toStdString();
    EXPECT_TRUE(button("testConnection")->isEnabled());
    EXPECT_EQ(server.lastHeader("apikey"), QByteArray("anon-key"));
}

TEST_F(SettingsPageTest, TestConnectionChoosesTheProjectsOnlyProviderSoNothingNeedsTyping) {
    test::FakeHttpServer server;
    server.respondWith(200, R"({"version":"v2.1.0"})");
    server.respondTo("/auth/v1/settings", 200, R"({"external":{"github":true,"google":false,"email":true}})");
    page().newProfile();
    fillValid(QStringLiteral("Local"));
    type("projectUrl", server.baseUrl());
    button("testConnection")->click();
    ASSERT_TRUE(test::waitUntil([&] { return button("testConnection")->isEnabled(); }, 10'000));
    EXPECT_TRUE(page().statusText().contains(QStringLiteral("only provider"))) << page().statusText().toStdString();
    EXPECT_EQ(page().form()->profile().authProvider, QStringLiteral("github"));
    EXPECT_EQ(page().form()->offeredProviders(), QStringList{QStringLiteral("github")});
}

TEST_F(SettingsPageTest, SeveralProvidersAreOfferedAsAChoice) {
    test::FakeHttpServer server;
    server.respondWith(200, R"({"version":"v2.1.0"})");
    server.respondTo("/auth/v1/settings", 200, R"({"external":{"github":true,"google":true}})");
    page().newProfile();
    fillValid(QStringLiteral("Local"));
    type("projectUrl", server.baseUrl());
    button("testConnection")->click();
    ASSERT_TRUE(test::waitUntil([&] { return button("testConnection")->isEnabled(); }, 10'000));
    EXPECT_EQ(page().form()->offeredProviders(), (QStringList{QStringLiteral("github"), QStringLiteral("google")}));
    EXPECT_TRUE(page().form()->profile().authProvider.isEmpty()) << "the user chooses";
    EXPECT_TRUE(page().statusText().contains(QStringLiteral("names no sign-in provider")))
        << page().statusText().toStdString();
}

TEST_F(SettingsPageTest, TestConnectionNeedsAValidUrlFirst) {
    page().newProfile();
    fillValid();
    type("projectUrl", QStringLiteral("http://abc.supabase.co"));
    button("testConnection")->click();
    EXPECT_FALSE(page().form()->issueText(QStringLiteral("projectUrl")).isEmpty());
    EXPECT_FALSE(page().tester()->isRunning());
}

} // namespace
} // namespace cc::ui
