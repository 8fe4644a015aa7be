#pragma once

#include "app/cli/CtlContext.h"
#include "app/realtime/ConnectionState.h"
#include "app/realtime/PostgresChange.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::cli {

// campaignctl watch [--json] [--event KIND] [--filter EXPR] [--max-events N]: subscribes to the campaigns
// table over Supabase Realtime and prints every change as it happens — one JSON object per line with --json,
// a readable line otherwise — until interrupted (SIGINT/SIGTERM: the channel is left cleanly and the exit
// code is 0). Connection states go to stderr ("watch: live"). Reconnects, rejoins and the catch-up of what
// was missed meanwhile are the realtime client's; a change is printed once.
class WatchCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::WatchCommand)

public:
    explicit WatchCommand(CtlContext& context);
    int run(const QStringList& arguments);

    // The --json line for a change: type, schema, table, commit_timestamp, id, record, old_record.
    static QJsonObject toJsonLine(const realtime::PostgresChange& change);
    // The human line: "HH:mm:ss.zzz UPDATE <id> <name> status: active → paused".
    static QString toHumanLine(const realtime::PostgresChange& change);

private:
    CtlContext& m_context;
};

} // namespace cc::cli
