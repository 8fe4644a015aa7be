#include "app/sandbox/SandboxInfo.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::sandbox {
namespace {

TEST(SandboxInfo, StartupLineHasTheDocumentedKeysInOrder) {
    SandboxInfo info;
    info.url = QUrl(QStringLiteral("http://127.0.0.1:5555"));
    info.anonKey = QStringLiteral("anon");
    info.serviceRoleKey = QStringLiteral("service");
    info.emailApiKey = QStringLiteral("mail");
    info.users = {
        {QStringLiteral("id"), QStringLiteral("a@b.test"), QStringLiteral("p\"w"), QStringLiteral("admin")}};
    const QByteArray line = info.toJsonLine();
    EXPECT_EQ(line,
              QByteArray(R"({"url":"http://127.0.0.1:5555","anon_key":"anon","service_role_key":"service",)"
                         R"("email_api_key":"mail","client_id":"campaign-console",)"
                         R"("users":[{"email":"a@b.test","password":"p\"w","role":"admin"}]})"));
    EXPECT_FALSE(line.contains('\n'));
    const QJsonObject parsed = QJsonDocument::fromJson(line).object();
    EXPECT_EQ(parsed.value(QStringLiteral("users"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("password"))
                  .toString(),
              QStringLiteral("p\"w"));
}

} // namespace
} // namespace cc::sandbox
