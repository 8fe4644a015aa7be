#pragma once

#include "app/cli/CtlContext.h"

#include <QCoreApplication>

namespace cc::health {
class HealthMonitor;
}

namespace cc::cli {

// `campaignctl health [--json] [--watch [--interval S] [--rounds N]] [--timeout S]`: checks the profile's
// backend (REST, Auth, E-mail API, the /health document) with the same checks and rules as the dashboard, for
// cron and monitoring scripts. Exit code 0 when everything is healthy, 1 when something is degraded, 2 when
// something is down and 3 when the check could not run at all (a usage error, no profile, a refused URL), as
// monitoring tools read them (Nagios: OK, WARNING, CRITICAL, UNKNOWN); other commands answer usage errors
// with 2, which here would read as "down".
class HealthCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::HealthCommand)

public:
    enum HealthExit { ExitHealthy = 0, ExitDegraded = 1, ExitUnhealthy = 2, ExitUnknown = 3 };

    explicit HealthCommand(CtlContext& context);
    int run(const QStringList& arguments);

private:
    int print(const health::HealthMonitor& monitor, const QString& profileName);

    CtlContext& m_context;
};

} // namespace cc::cli
