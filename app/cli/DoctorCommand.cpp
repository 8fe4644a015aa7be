#include "app/cli/DoctorCommand.h"

#include "app/cli/ProfileDoctor.h"
#include "app/core/ProfileStore.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>

#include <memory>

namespace cc::cli {

DoctorCommand::DoctorCommand(CtlContext& context)
    : m_context(context) {}

int DoctorCommand::run(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("doctor");
    parser.setApplicationDescription(tr("Check a profile's backend part by part (data API and key, sign-in, "
                                        "execute_transaction, realtime, e-mail API) "
                                        "and say what is wrong and how to fix it."));
    CtlContext::addGlobalOptions(parser);
    parser.addOptions({
        {QStringLiteral("timeout"), tr("Seconds to wait for each part (default 10)."),
         QStringLiteral("seconds")},
    });
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_context.usageError(
            tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
            m_context.helpText(parser));
    }
    int timeoutSeconds = 10;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        timeoutSeconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || timeoutSeconds < 1 || timeoutSeconds > 300) {
            return m_context.usageError(tr("--timeout must be a number of seconds from 1 to 300."),
                                        m_context.helpText(parser));
        }
    }
    const Result<Profile> profile = m_context.resolveProfile();
    if (!profile) {
        return m_context.failure(profile.error().message);
    }

    QNetworkAccessManager network;
    ProfileDoctor doctor(profile.value(), network);
    doctor.setTimeoutMs(timeoutSeconds * 1000);
    // A command-line program with nothing else to do: wait here for the probes (each bounded by the timeout).
    QEventLoop loop;
    QObject::connect(&doctor, &ProfileDoctor::finished, &loop, &QEventLoop::quit);
    doctor.run();
    loop.exec();

    if (m_context.json) {
        QJsonArray findings;
        for (const DoctorFinding& finding : doctor.findings()) {
            findings.append(finding.toJson());
        }
        m_context.printJson(QJsonObject{{QStringLiteral("profile"), profile.value().name},
                                        {QStringLiteral("ok"), doctor.allOk()},
                                        {QStringLiteral("findings"), findings}});
    } else {
        m_context.out
            << tr("Profile \"%1\" (%2)").arg(profile.value().name, profile.value().projectUrl.toString())
            << '\n';
        for (const DoctorFinding& finding : doctor.findings()) {
            m_context.out << (finding.ok ? tr("  ok    %1: %2") : tr("  FAIL  %1: %2"))
                                 .arg(finding.part, finding.summary)
                          << '\n';
            if (!finding.ok) {
                m_context.out << tr("        fix: %1").arg(finding.fix) << '\n';
            }
        }
    }
    m_context.out.flush();
    return doctor.allOk() ? ExitOk : ExitFailure;
}

} // namespace cc::cli
