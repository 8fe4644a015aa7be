#pragma once

#include "app/core/BrowserOpener.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace cc::auth {

// Runs one program with the URL as its only argument, detached and without a shell (so nothing in the URL
// can be interpreted as shell syntax). Used for CAMPAIGN_CONSOLE_BROWSER and for campaignctl's xdg-open.
class CommandBrowserOpener final : public BrowserOpener {
    Q_DECLARE_TR_FUNCTIONS(cc::auth::CommandBrowserOpener)

public:
    static inline const char* kEnvironmentVariable = "CAMPAIGN_CONSOLE_BROWSER";

    explicit CommandBrowserOpener(QString program);
    std::optional<Error> open(const QUrl& url) override;
    const QString& program() const { return m_program; }

    // The opener named by CAMPAIGN_CONSOLE_BROWSER, or null when the variable is unset or empty.
    static std::unique_ptr<CommandBrowserOpener> fromEnvironment();

private:
    QString m_program;
};

} // namespace cc::auth
