#include "app/auth/CommandBrowserOpener.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"

#include <QProcess>

namespace cc::auth {

CommandBrowserOpener::CommandBrowserOpener(QString program)
    : m_program(std::move(program)) {}

std::optional<Error> CommandBrowserOpener::open(const QUrl& url) {
    // The URL carries only public values (challenge, state), but the log still gets it redacted by habit.
    if (!QProcess::startDetached(m_program, {url.toString(QUrl::FullyEncoded)})) {
        Error error(ErrorKind::Config,
                    tr("The browser \"%1\" could not be started; open the link yourself.").arg(m_program),
                    QStringLiteral("QProcess::startDetached failed for %1").arg(m_program));
        log::warning(lcAuth(), QStringLiteral("browser not started"),
                     {{QStringLiteral("program"), m_program}}, error);
        return error;
    }
    log::info(lcAuth(), QStringLiteral("browser started"), {{QStringLiteral("program"), m_program}});
    return std::nullopt;
}

std::unique_ptr<CommandBrowserOpener> CommandBrowserOpener::fromEnvironment() {
    const QString program = qEnvironmentVariable(kEnvironmentVariable);
    if (program.isEmpty()) {
        return nullptr;
    }
    return std::make_unique<CommandBrowserOpener>(program);
}

} // namespace cc::auth
