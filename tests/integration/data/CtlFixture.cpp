#include "tests/integration/data/CtlFixture.h"

#include "app/data/DataPaths.h"

#include <QProcessEnvironment>

#include <memory>

namespace cc::data::test {

void CtlFixture::SetUp() {
    DataFixture::SetUp();
    m_settings = m_dir.filePath(QStringLiteral("settings.ini"));
    const auto added = ctl(
        {QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("local"),
         QStringLiteral("--url"), m_url.toString(), QStringLiteral("--anon-key"), m_server->info().anonKey,
         QStringLiteral("--environment"), QStringLiteral("local"), QStringLiteral("--current")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
}

QProcess* CtlFixture::spawn(const QStringList& arguments) {
    auto* process = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAMPAIGN_CONSOLE_ACCESS_TOKEN"), m_token);
    process->setProcessEnvironment(env);
    // --profile rather than the current one: ProfileStore does not read back the current profile from a
    // --config INI file (it writes "general/currentProfile" as [%General]); reported to the lead.
    QStringList all{QStringLiteral("--config"), m_settings};
    all << arguments;
    if (arguments.value(0) == QLatin1String("campaigns")) {
        all << QStringLiteral("--profile") << QStringLiteral("local");
    }
    process->start(QStringLiteral(CAMPAIGNCTL_PATH), all);
    return process;
}

CtlFixture::Run CtlFixture::ctl(const QStringList& arguments) {
    std::unique_ptr<QProcess> process(spawn(arguments));
    EXPECT_TRUE(cc::test::waitUntil([&] { return process->state() == QProcess::NotRunning; }, 60'000));
    return {process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1,
            QString::fromUtf8(process->readAllStandardOutput()),
            QString::fromUtf8(process->readAllStandardError())};
}

QString CtlFixture::profileDataDirectory() const {
    const QString root = dataPath() + QStringLiteral("/CampaignConsole/campaign-console");
    return DataPaths::directory(QStringLiteral("local"), DataPaths::userIdFromAccessToken(m_token), root);
}

QString CtlFixture::outboxPath() const {
    return DataPaths::outboxFile(profileDataDirectory());
}

} // namespace cc::data::test
