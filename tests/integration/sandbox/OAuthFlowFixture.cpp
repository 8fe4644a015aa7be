#include "tests/integration/sandbox/OAuthFlowFixture.h"

#include <QRegularExpression>

namespace cc::sandbox::test {

void OAuthFlowFixture::SetUp() {
    SandboxFixture::SetUp();
    // The redirects go to a loopback port nobody listens on: the tests read Location themselves.
    m_client->network().setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

QString OAuthFlowFixture::encode(const Params& params) {
    QByteArray out;
    for (const auto& [name, value] : params) {
        out +=
            (out.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return QString::fromLatin1(out);
}

OAuthFlowFixture::Params OAuthFlowFixture::authorizeParams(const Params& overrides) const {
    Params params{{QStringLiteral("response_type"), QStringLiteral("code")},
                  {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                  {QStringLiteral("redirect_uri"), redirectUri()},
                  {QStringLiteral("scope"), QStringLiteral("openid email profile offline_access")},
                  {QStringLiteral("state"), QStringLiteral("state-123")},
                  {QStringLiteral("code_challenge"), kChallenge},
                  {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    for (const auto& [name, value] : overrides) {
        params.removeIf([&](const auto& param) { return param.first == name; });
        if (!value.isNull()) {
            params.append({name, value});
        }
    }
    return params;
}

TestReply OAuthFlowFixture::postForm(const QString& pathAndQuery, const Params& form,
                                     const QList<QPair<QByteArray, QByteArray>>& headers) {
    return m_client->send(
        "POST", pathAndQuery, encode(form).toLatin1(),
        headers + QPair<QByteArray, QByteArray>("Content-Type", "application/x-www-form-urlencoded"));
}

QString OAuthFlowFixture::ticketOf(const TestReply& page) {
    static const QRegularExpression ticket(QStringLiteral("name=\"ticket\" value=\"([^\"]+)\""));
    return ticket.match(QString::fromUtf8(page.body)).captured(1);
}

QUrl OAuthFlowFixture::location(const TestReply& reply) {
    return QUrl::fromEncoded(reply.header("location"), QUrl::StrictMode);
}

QUrlQuery OAuthFlowFixture::locationQuery(const TestReply& reply) {
    return QUrlQuery(location(reply));
}

TestReply OAuthFlowFixture::signInAndDecide(const QString& pathAndQuery, const SandboxUser& user,
                                            const QString& decision) {
    const TestReply consent = postForm(
        pathAndQuery, {{QStringLiteral("email"), user.email}, {QStringLiteral("password"), user.password}});
    EXPECT_EQ(consent.status, 200) << consent.body.toStdString();
    return postForm(pathAndQuery,
                    {{QStringLiteral("ticket"), ticketOf(consent)}, {QStringLiteral("decision"), decision}});
}

QString OAuthFlowFixture::authorizationCode(const Params& overrides) {
    const TestReply reply =
        signInAndDecide(QStringLiteral("/auth/v1/oauth/authorize?") + encode(authorizeParams(overrides)),
                        marketer(), QStringLiteral("allow"));
    EXPECT_EQ(reply.status, 302) << reply.body.toStdString();
    return locationQuery(reply).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

TestReply OAuthFlowFixture::exchange(const QString& code, const Params& overrides) {
    Params form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), redirectUri()},
                {QStringLiteral("client_id"), QStringLiteral("campaign-console")},
                {QStringLiteral("code_verifier"), kVerifier}};
    for (const auto& [name, value] : overrides) {
        form.removeIf([&](const auto& param) { return param.first == name; });
        form.append({name, value});
    }
    return postForm(QStringLiteral("/auth/v1/oauth/token"), form);
}

TestReply OAuthFlowFixture::refreshToken(const QString& refreshToken) {
    return postForm(QStringLiteral("/auth/v1/oauth/token"),
                    {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                     {QStringLiteral("refresh_token"), refreshToken},
                     {QStringLiteral("client_id"), QStringLiteral("campaign-console")}});
}

QJsonObject OAuthFlowFixture::oauthTokens(const Params& overrides) {
    const TestReply reply = exchange(authorizationCode(overrides));
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.object();
}

} // namespace cc::sandbox::test
