#include "app/auth/ConnectedAccounts.h"
#include "app/auth/SignInFlow.h"
#include "tests/integration/auth/AuthFixture.h"

#include <QJsonArray>

namespace cc::test {
namespace {

using auth::ConnectedAccount;
using auth::ConnectedAccounts;

class ConnectedAccountsTest : public AuthFixture {
protected:
    void SetUp() override {
        AuthFixture::SetUp();
        server.setHandler([this](const ReceivedRequest& r) {
            if (r.target == "/_social") {
                const QJsonArray list{QJsonObject{
                    {QStringLiteral("id"), QStringLiteral("chirper")},
                    {QStringLiteral("name"), QStringLiteral("Chirper")},
                    {QStringLiteral("authorize"), QStringLiteral("/_social/chirper/oauth/authorize")},
                    {QStringLiteral("token"), QStringLiteral("/_social/chirper/oauth/token")},
                    {QStringLiteral("me"), QStringLiteral("/_social/chirper/api/me")},
                    {QStringLiteral("revoke"), QStringLiteral("/_social/chirper/oauth/revoke")},
                    {QStringLiteral("scopes"), QJsonArray{QStringLiteral("post"), QStringLiteral("read")}}}};
                return ScriptedResponse::json(200, QJsonDocument(list).toJson());
            }
            if (r.target == "/_social/chirper/oauth/token") {
                ++tokenCalls;
                const QString access = QStringLiteral("social-access-%1").arg(tokenCalls);
                return ScriptedResponse::json(
                    200, QJsonDocument(QJsonObject{{QStringLiteral("access_token"), access},
                                                   {QStringLiteral("refresh_token"),
                                                    QStringLiteral("social-refresh-%1").arg(tokenCalls)},
                                                   {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                                   {QStringLiteral("expires_in"), 3600},
                                                   {QStringLiteral("scope"), QStringLiteral("post read")}})
                             .toJson());
            }
            if (r.target == "/_social/chirper/api/me") {
                if (!r.header("Authorization").startsWith("Bearer social-access")) {
                    return ScriptedResponse::json(401, R"({"error":"invalid_token"})");
                }
                return ScriptedResponse::json(
                    200, R"({"id":"c1","handle":"@ada","name":"Ada","scopes":["post","read"]})");
            }
            if (r.target == "/_social/chirper/oauth/revoke") {
                return ScriptedResponse::json(200, "{}");
            }
            return ScriptedResponse::json(404, "{}");
        });
        accounts = std::make_unique<ConnectedAccounts>(profile, *authClient, *tokenStore, random);
        SignalCounter loaded(accounts.get(), &ConnectedAccounts::loaded);
        accounts->load();
        ASSERT_TRUE(loaded.waitForCount(1));
    }

    void TearDown() override {
        accounts.reset();
        AuthFixture::TearDown();
    }

    void linkChirper() {
        SignalCounter changed(accounts.get(), &ConnectedAccounts::changed);
        ASSERT_NE(accounts->link(QStringLiteral("chirper"), &browser), nullptr);
        ASSERT_TRUE(changed.waitForCount(1));
    }

    int tokenCalls = 0;
    RedirectingBrowser browser;
    std::unique_ptr<ConnectedAccounts> accounts;
};

TEST_F(ConnectedAccountsTest, PlatformsComeFromTheServerUnlinked) {
    ASSERT_EQ(accounts->platforms().size(), 1);
    EXPECT_EQ(accounts->platforms().first().token,
              server.url(QStringLiteral("/_social/chirper/oauth/token")));
    ASSERT_EQ(accounts->accounts().size(), 1);
    EXPECT_FALSE(accounts->accounts().first().isLinked());
}

TEST_F(ConnectedAccountsTest, LinkingStoresTheAccountWithItsIdentity) {
    linkChirper();
    const auto account = accounts->account(QStringLiteral("chirper"));
    ASSERT_TRUE(account.has_value());
    EXPECT_EQ(account->handle, QStringLiteral("@ada"));
    EXPECT_EQ(account->scopes, (QStringList{QStringLiteral("post"), QStringLiteral("read")}));
    EXPECT_EQ(account->health, ConnectedAccount::Health::Healthy);
    ASSERT_TRUE(
        waitUntil([&] { return keychain.entries().contains(QStringLiteral("test/accounts/chirper")); }));
    EXPECT_TRUE(
        keychain.entries().value(QStringLiteral("test/accounts/chirper")).contains("social-refresh-1"));
    const QUrlQuery query(browser.opened);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded), QStringLiteral("post read"));
}

TEST_F(ConnectedAccountsTest, RefreshRotatesTheStoredTokens) {
    linkChirper();
    SignalCounter changed(accounts.get(), &ConnectedAccounts::changed);
    accounts->refresh(QStringLiteral("chirper"));
    ASSERT_TRUE(changed.waitForCount(1));
    EXPECT_EQ(accounts->account(QStringLiteral("chirper"))->tokens.accessToken,
              QStringLiteral("social-access-2"));
    ASSERT_TRUE(waitUntil([&] {
        return keychain.entries().value(QStringLiteral("test/accounts/chirper")).contains("social-refresh-2");
    }));
}

TEST_F(ConnectedAccountsTest, DisconnectRevokesAndDeletesTheEntry) {
    linkChirper();
    ASSERT_TRUE(
        waitUntil([&] { return keychain.entries().contains(QStringLiteral("test/accounts/chirper")); }));
    accounts->disconnect(QStringLiteral("chirper"));
    ASSERT_TRUE(waitUntil([&] { return requestsTo("/_social/chirper/oauth/revoke") == 1; }));
    ASSERT_TRUE(
        waitUntil([&] { return !keychain.entries().contains(QStringLiteral("test/accounts/chirper")); }));
    EXPECT_FALSE(accounts->accounts().first().isLinked());
}

TEST_F(ConnectedAccountsTest, StoredAccountsAreReadBackAndChecked) {
    linkChirper();
    ASSERT_TRUE(
        waitUntil([&] { return keychain.entries().contains(QStringLiteral("test/accounts/chirper")); }));
    ConnectedAccounts again(profile, *authClient, *tokenStore, random);
    SignalCounter changed(&again, &ConnectedAccounts::changed);
    again.load();
    ASSERT_TRUE(changed.waitForCount(1));
    EXPECT_EQ(again.account(QStringLiteral("chirper"))->handle, QStringLiteral("@ada"));
    EXPECT_EQ(again.account(QStringLiteral("chirper"))->health, ConnectedAccount::Health::Healthy);
}

} // namespace
} // namespace cc::test
