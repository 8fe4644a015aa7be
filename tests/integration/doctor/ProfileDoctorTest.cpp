// campaignctl doctor's checks against the in-process sandbox, healthy and with each part broken (fault
// injection, a wrong key, no server), and against a stub PostgREST that lacks the table or the RPC.
#include "app/cli/ProfileDoctor.h"
#include "app/cli/RealtimeProbe.h"
#include "tests/integration/sandbox/SandboxFixture.h"
#include "tests/support/SignalWaiter.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <gtest/gtest.h>

namespace cc::cli {
namespace {

class ProfileDoctorTest : public sandbox::test::SandboxFixture {
protected:
    Profile sandboxProfile() const {
        Profile profile;
        profile.name = QStringLiteral("local");
        profile.projectUrl = info().url;
        profile.anonKey = info().anonKey;
        profile.environment = QStringLiteral("local");
        profile.authProvider = QStringLiteral("sandbox"); // the sandbox's one enabled provider
        return profile;
    }

    QList<DoctorFinding> diagnose(const Profile& profile) {
        ProfileDoctor doctor(profile, m_network);
        doctor.setTimeoutMs(5000);
        doctor.run();
        EXPECT_TRUE(cc::test::waitForSignal(&doctor, &ProfileDoctor::finished, 10000));
        EXPECT_EQ(doctor.findings().size(), 6);
        return doctor.findings();
    }

    static DoctorFinding part(const QList<DoctorFinding>& findings, const char* name) {
        for (const DoctorFinding& finding : findings) {
            if (finding.part == QLatin1String(name)) {
                return finding;
            }
        }
        ADD_FAILURE() << "no finding for " << name;
        return {};
    }

    void breakService(const char* service) {
        const auto reply = m_client->postJson(
            QStringLiteral("/_sandbox/faults"),
            QJsonObject{{QLatin1String(service), QJsonObject{{QStringLiteral("status"), 503}}}},
            serviceRole());
        ASSERT_EQ(reply.status, 200) << reply.body.toStdString();
    }

    QNetworkAccessManager m_network;
};

TEST_F(ProfileDoctorTest, HealthySandboxPassesEveryPart) {
    const QList<DoctorFinding> findings = diagnose(sandboxProfile());
    for (const DoctorFinding& finding : findings) {
        EXPECT_TRUE(finding.ok) << finding.part.toStdString() << ": " << finding.summary.toStdString();
    }
    ASSERT_EQ(findings.size(), 6);
    EXPECT_EQ(findings.at(0).part, QStringLiteral("rest")); // reported in a fixed order
    EXPECT_EQ(findings.at(2).part, QStringLiteral("signin"));
    EXPECT_EQ(findings.at(4).part, QStringLiteral("realtime"));
    EXPECT_EQ(findings.at(5).part, QStringLiteral("email"));
}

TEST_F(ProfileDoctorTest, AProviderTheServerHasNotEnabledIsNamedWithTheFix) {
    Profile profile = sandboxProfile();
    profile.authProvider = QStringLiteral("github");
    const DoctorFinding signIn = part(diagnose(profile), "signin");
    EXPECT_FALSE(signIn.ok);
    EXPECT_TRUE(signIn.summary.contains(QStringLiteral("github is not enabled")))
        << signIn.summary.toStdString();
    EXPECT_TRUE(signIn.summary.contains(QStringLiteral("offers: sandbox"))) << signIn.summary.toStdString();
    EXPECT_TRUE(signIn.fix.contains(QStringLiteral("campaignctl profiles edit local --provider sandbox")))
        << signIn.fix.toStdString();
}

TEST_F(ProfileDoctorTest, AProfileWithoutAProviderIsToldTheServersOnlyOne) {
    Profile profile = sandboxProfile();
    profile.authProvider.clear();
    const DoctorFinding signIn = part(diagnose(profile), "signin");
    EXPECT_FALSE(signIn.ok);
    EXPECT_TRUE(signIn.summary.contains(QStringLiteral("names no sign-in provider")))
        << signIn.summary.toStdString();
    EXPECT_TRUE(signIn.fix.contains(QStringLiteral("--provider sandbox"))) << signIn.fix.toStdString();
}

TEST_F(ProfileDoctorTest, WrongAnonKeyIsNamedWithItsFix) {
    Profile profile = sandboxProfile();
    profile.anonKey.chop(2);
    profile.anonKey += QStringLiteral("xx"); // a forged signature
    const DoctorFinding rest = part(diagnose(profile), "rest");
    EXPECT_FALSE(rest.ok);
    EXPECT_TRUE(rest.summary.contains(QStringLiteral("anon key"))) << rest.summary.toStdString();
    EXPECT_TRUE(rest.fix.contains(QStringLiteral("--anon-key"))) << rest.fix.toStdString();
}

TEST_F(ProfileDoctorTest, WrongAnonKeyIsNamedForRealtimeToo) {
    Profile profile = sandboxProfile();
    profile.anonKey.chop(2);
    profile.anonKey += QStringLiteral("xx");
    const DoctorFinding realtime = part(diagnose(profile), "realtime");
    EXPECT_FALSE(realtime.ok);
    EXPECT_TRUE(realtime.summary.contains(QStringLiteral("anon key"))) << realtime.summary.toStdString();
    EXPECT_TRUE(realtime.summary.contains(QStringLiteral("401"))) << realtime.summary.toStdString();
    EXPECT_TRUE(realtime.fix.contains(QStringLiteral("--anon-key"))) << realtime.fix.toStdString();
}

TEST_F(ProfileDoctorTest, RealtimeJoinsRefusedByFaultInjectionAreNamedWithTheFix) {
    breakService("realtime");
    const QList<DoctorFinding> findings = diagnose(sandboxProfile());
    const DoctorFinding realtime = part(findings, "realtime");
    EXPECT_FALSE(realtime.ok);
    EXPECT_TRUE(realtime.summary.contains(QStringLiteral("UnableToConnectToProject")))
        << realtime.summary.toStdString();
    EXPECT_TRUE(realtime.fix.contains(QStringLiteral("/_sandbox/faults"))) << realtime.fix.toStdString();
    EXPECT_TRUE(part(findings, "rest").ok);
}

TEST_F(ProfileDoctorTest, RealtimeSocketsDroppedByFaultInjectionAreNamed) {
    const auto reply = m_client->postJson(
        QStringLiteral("/_sandbox/faults"),
        QJsonObject{{QStringLiteral("realtime"), QJsonObject{{QStringLiteral("drop_rate"), 1}}}},
        serviceRole());
    ASSERT_EQ(reply.status, 200);
    const DoctorFinding realtime = part(diagnose(sandboxProfile()), "realtime");
    EXPECT_FALSE(realtime.ok);
    EXPECT_TRUE(realtime.fix.contains(QStringLiteral("/_sandbox/faults"))) << realtime.fix.toStdString();
}

TEST_F(ProfileDoctorTest, UnknownTenantJoinErrorSaysToEnableRealtime) {
    const DoctorFinding finding =
        RealtimeProbe::judgeJoinError(QStringLiteral("TenantNotFound: Tenant not found"));
    EXPECT_FALSE(finding.ok);
    EXPECT_EQ(finding.part, QStringLiteral("realtime"));
    EXPECT_TRUE(finding.fix.contains(QStringLiteral("Enable Realtime")));
}

TEST_F(ProfileDoctorTest, RealtimeSocketUrlFollowsTheProjectScheme) {
    EXPECT_EQ(RealtimeProbe::socketUrl(QUrl(QStringLiteral("https://abc.supabase.co/")), QStringLiteral("k")),
              QUrl(QStringLiteral("wss://abc.supabase.co/realtime/v1/websocket?apikey=k&vsn=2.0.0")));
    EXPECT_EQ(RealtimeProbe::socketUrl(QUrl(QStringLiteral("http://127.0.0.1:5")), QStringLiteral("k")),
              QUrl(QStringLiteral("ws://127.0.0.1:5/realtime/v1/websocket?apikey=k&vsn=2.0.0")));
}

TEST_F(ProfileDoctorTest, AuthOutageIsNamedAndTheRestIsFine) {
    breakService("auth");
    const QList<DoctorFinding> findings = diagnose(sandboxProfile());
    const DoctorFinding auth = part(findings, "auth");
    EXPECT_FALSE(auth.ok);
    EXPECT_TRUE(auth.summary.contains(QStringLiteral("503"))) << auth.summary.toStdString();
    EXPECT_FALSE(auth.fix.isEmpty());
    EXPECT_TRUE(part(findings, "rest").ok);
    EXPECT_TRUE(part(findings, "rpc").ok);
    EXPECT_TRUE(part(findings, "email").ok);
}

TEST_F(ProfileDoctorTest, EmailOutageIsNamed) {
    breakService("email");
    const QList<DoctorFinding> findings = diagnose(sandboxProfile());
    EXPECT_FALSE(part(findings, "email").ok);
    EXPECT_TRUE(part(findings, "rest").ok);
}

TEST_F(ProfileDoctorTest, RestOutageIsNamedAsServerSide) {
    breakService("rest");
    const DoctorFinding rest = part(diagnose(sandboxProfile()), "rest");
    EXPECT_FALSE(rest.ok);
    EXPECT_TRUE(rest.summary.contains(QStringLiteral("HTTP 503"))) << rest.summary.toStdString();
    EXPECT_TRUE(rest.fix.contains(QStringLiteral("server side"))) << rest.fix.toStdString();
}

TEST_F(ProfileDoctorTest, UnreachableServerIsNamedForEveryPart) {
    QTcpServer closed; // take a free port, then close it so nothing listens there
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    Profile profile = sandboxProfile();
    profile.projectUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    for (const DoctorFinding& finding : diagnose(profile)) {
        EXPECT_FALSE(finding.ok) << finding.part.toStdString();
        EXPECT_TRUE(finding.summary.startsWith(QStringLiteral("No answer"))) << finding.summary.toStdString();
        EXPECT_TRUE(finding.fix.contains(QStringLiteral("--url"))) << finding.fix.toStdString();
    }
}

// A PostgREST-shaped stub for a project where the migrations were not (fully) run.
class StubProject {
public:
    StubProject(bool hasTable, bool hasRpc, bool offersS256 = true) {
        m_server.route(QStringLiteral("/auth/v1/.well-known/openid-configuration"), [this, offersS256] {
            return QHttpServerResponse(QJsonObject{
                {QStringLiteral("issuer"), url().toString() + QStringLiteral("/auth/v1")},
                {QStringLiteral("code_challenge_methods_supported"),
                 offersS256 ? QJsonArray{QStringLiteral("S256")} : QJsonArray{QStringLiteral("plain")}}});
        });
        m_server.route(QStringLiteral("/rest/v1/campaigns"), [hasTable] {
            return hasTable
                       ? QHttpServerResponse(QJsonArray{})
                       : QHttpServerResponse(
                             QJsonObject{{QStringLiteral("code"), QStringLiteral("PGRST205")},
                                         {QStringLiteral("message"),
                                          QStringLiteral("Could not find the table 'public.campaigns' in "
                                                         "the schema cache")}},
                             QHttpServerResponse::StatusCode::NotFound);
        });
        m_server.route(QStringLiteral("/rest/v1/rpc/execute_transaction"), [hasRpc] {
            return hasRpc
                       ? QHttpServerResponse(QJsonObject{{QStringLiteral("code"), QStringLiteral("22023")}},
                                             QHttpServerResponse::StatusCode::BadRequest)
                       : QHttpServerResponse(
                             QJsonObject{{QStringLiteral("code"), QStringLiteral("PGRST202")},
                                         {QStringLiteral("message"),
                                          QStringLiteral("Could not find the function "
                                                         "public.execute_transaction(operations) in the "
                                                         "schema cache")}},
                             QHttpServerResponse::StatusCode::NotFound);
        });
        m_server.route(QStringLiteral("/auth/v1/health"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("name"), QStringLiteral("GoTrue")}});
        });
        m_server.route(QStringLiteral("/api/email/health"), [] {
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("healthy")}});
        });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QHttpServer m_server;
    quint16 m_port = 0;
};

TEST_F(ProfileDoctorTest, MissingRpcIsNamedWithTheMigrationToRun) {
    StubProject stub(true, false);
    Profile profile = sandboxProfile();
    profile.projectUrl = stub.url();
    const QList<DoctorFinding> findings = diagnose(profile);
    const DoctorFinding rpc = part(findings, "rpc");
    EXPECT_FALSE(rpc.ok);
    EXPECT_TRUE(rpc.summary.contains(QStringLiteral("execute_transaction"))) << rpc.summary.toStdString();
    EXPECT_TRUE(rpc.fix.contains(QStringLiteral("20261125090300_execute_transaction.sql")));
    EXPECT_TRUE(part(findings, "rest").ok);
    EXPECT_TRUE(part(findings, "auth").ok);
}

TEST_F(ProfileDoctorTest, MissingTableIsNamedWithTheMigrations) {
    StubProject stub(false, true);
    Profile profile = sandboxProfile();
    profile.projectUrl = stub.url();
    const QList<DoctorFinding> findings = diagnose(profile);
    const DoctorFinding rest = part(findings, "rest");
    EXPECT_FALSE(rest.ok);
    EXPECT_TRUE(rest.summary.contains(QStringLiteral("campaigns table"))) << rest.summary.toStdString();
    EXPECT_TRUE(rest.fix.contains(QStringLiteral("resources/supabase/migrations")));
    EXPECT_TRUE(part(findings, "rpc").ok);
}

TEST_F(ProfileDoctorTest, OidcIssuerWithPkceS256Passes) {
    StubProject stub(true, true);
    Profile profile = sandboxProfile();
    profile.projectUrl = stub.url();
    profile.authFlavor = QStringLiteral("oidc");
    profile.oidcIssuer = QUrl(stub.url().toString() + QStringLiteral("/auth/v1"));
    const DoctorFinding auth = part(diagnose(profile), "auth");
    EXPECT_TRUE(auth.ok) << auth.summary.toStdString();
    EXPECT_TRUE(auth.summary.contains(QStringLiteral("S256")));
}

TEST_F(ProfileDoctorTest, OidcIssuerWithoutS256IsNamed) {
    StubProject stub(true, true, false);
    Profile profile = sandboxProfile();
    profile.projectUrl = stub.url();
    profile.authFlavor = QStringLiteral("oidc");
    profile.oidcIssuer = QUrl(stub.url().toString() + QStringLiteral("/auth/v1"));
    const DoctorFinding auth = part(diagnose(profile), "auth");
    EXPECT_FALSE(auth.ok);
    EXPECT_TRUE(auth.summary.contains(QStringLiteral("S256"))) << auth.summary.toStdString();
    EXPECT_TRUE(auth.fix.contains(QStringLiteral("--issuer")));
}

TEST_F(ProfileDoctorTest, OidcIssuerWithoutDiscoveryIsNamed) {
    Profile profile = sandboxProfile();
    profile.authFlavor = QStringLiteral("oidc");
    profile.oidcIssuer = QUrl(info().url.toString() + QStringLiteral("/nowhere"));
    const DoctorFinding auth = part(diagnose(profile), "auth");
    EXPECT_FALSE(auth.ok);
    EXPECT_TRUE(auth.summary.contains(QStringLiteral("no OpenID configuration")))
        << auth.summary.toStdString();
}

} // namespace
} // namespace cc::cli
