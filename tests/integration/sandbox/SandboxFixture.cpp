#include "tests/integration/sandbox/SandboxFixture.h"

namespace cc::sandbox::test {

QList<QPair<QByteArray, QByteArray>> operator+(QList<QPair<QByteArray, QByteArray>> a,
                                               const QPair<QByteArray, QByteArray>& b) {
    a.append(b);
    return a;
}

SandboxOptions SandboxFixture::options() const {
    SandboxOptions options;
    options.seedCount = 60;
    options.seedRandom = 11;
    options.jwtSecret = QStringLiteral("integration-test-secret-with-32-chars!!");
    return options;
}

void SandboxFixture::SetUp() {
    m_server = std::make_unique<SandboxServer>(options(), m_clock);
    const auto started = m_server->start();
    ASSERT_TRUE(started.ok()) << started.error().toString().toStdString();
    m_client = std::make_unique<SandboxTestClient>(started.value());
}

void SandboxFixture::TearDown() {
    m_client.reset();
    m_server.reset();
}

QList<QPair<QByteArray, QByteArray>> SandboxFixture::bearer(const QString& token) {
    return {{"Authorization", "Bearer " + token.toLatin1()}};
}

QList<QPair<QByteArray, QByteArray>> SandboxFixture::anon() const {
    return {{"apikey", info().anonKey.toLatin1()}};
}

QList<QPair<QByteArray, QByteArray>> SandboxFixture::serviceRole() const {
    return {{"apikey", info().serviceRoleKey.toLatin1()},
            {"Authorization", "Bearer " + info().serviceRoleKey.toLatin1()}};
}

QList<QPair<QByteArray, QByteArray>> SandboxFixture::asUser(const QString& token) const {
    return anon() + bearer(token).first();
}

QJsonObject SandboxFixture::signIn(const SandboxUser& user) {
    const TestReply reply = m_client->postJson(
        QStringLiteral("/auth/v1/token?grant_type=password"),
        QJsonObject{{QStringLiteral("email"), user.email}, {QStringLiteral("password"), user.password}},
        anon());
    EXPECT_EQ(reply.status, 200) << reply.body.toStdString();
    return reply.object();
}

QString SandboxFixture::accessToken(const SandboxUser& user) {
    return signIn(user).value(QStringLiteral("access_token")).toString();
}

} // namespace cc::sandbox::test
