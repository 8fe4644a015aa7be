#pragma once

#include "tests/integration/sandbox/SandboxFixture.h"

#include <QUrlQuery>

namespace cc::sandbox::test {

// Drives the sandbox's authorization pages the way a browser would, over real HTTP with redirects left to
// the test, for the OAuth/OIDC, GoTrue-PKCE and social-platform tests.
class OAuthFlowFixture : public SandboxFixture {
protected:
    using Params = QList<QPair<QString, QString>>;

    // RFC 7636 Appendix B.
    static inline const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    static inline const QString kChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

    void SetUp() override;

    static QString encode(const Params& params);
    // A valid authorization request for the console, with `overrides` replacing (or, with an empty value,
    // removing) parameters.
    Params authorizeParams(const Params& overrides = {}) const;
    QString redirectUri() const { return QStringLiteral("http://127.0.0.1:%1/callback").arg(m_callbackPort); }

    TestReply postForm(const QString& pathAndQuery, const Params& form,
                       const QList<QPair<QByteArray, QByteArray>>& headers = {});
    static QString ticketOf(const TestReply& page);
    static QUrl location(const TestReply& reply);
    static QUrlQuery locationQuery(const TestReply& reply);

    // Sign-in + consent on `path` (an authorize endpoint with its query): the final reply (normally a 302).
    TestReply signInAndDecide(const QString& pathAndQuery, const SandboxUser& user, const QString& decision);
    // The whole OIDC front channel: the code from the redirect.
    QString authorizationCode(const Params& overrides = {});
    TestReply exchange(const QString& code, const Params& overrides = {});
    TestReply refreshToken(const QString& refreshToken);
    // A complete sign-in through the authorization-code flow: the token response.
    QJsonObject oauthTokens(const Params& overrides = {});

    int m_callbackPort = 53682;
};

} // namespace cc::sandbox::test
