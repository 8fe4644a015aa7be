#pragma once

#include "app/cli/CtlContext.h"
#include "app/data/OutboxOperation.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace cc::cli {

class CampaignsSession;

// campaignctl outbox list | retry ID | discard ID | resolve ID --keep-mine|--take-theirs: what waits in the
// outbox, and a way forward for each change that cannot go on by itself. A conflict holds back the later
// changes of its campaign (they were made on top of it) until it is resolved; a change the server refused for
// good is marked failed with the reason, to be sent again (retry) once its cause is fixed, or discarded.
class OutboxCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::OutboxCommand)

public:
    explicit OutboxCommand(CtlContext& context);
    int run(const QStringList& arguments);

private:
    int list(const QStringList& arguments);
    int retry(const QStringList& arguments);
    int discard(const QStringList& arguments);
    int resolve(const QStringList& arguments);

    // Parses, opens the session and finds the change named by the one positional argument.
    std::optional<int> prepare(QCommandLineParser& parser, const QStringList& arguments,
                               CampaignsSession& session, std::optional<data::OutboxOperation>* change);
    // Runs one of the outbox's asynchronous actions to its end; the error message, empty when it worked.
    QString
    perform(CampaignsSession& session,
            const std::function<void(QObject* context, std::function<void(Result<bool>)> done)>& action);

    CtlContext& m_context;
};

} // namespace cc::cli
