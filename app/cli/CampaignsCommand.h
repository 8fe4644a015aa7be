#pragma once

#include "app/cli/CtlContext.h"
#include "app/data/Campaign.h"
#include "app/data/OutboxOperation.h"

#include <QCoreApplication>
#include <QStringList>

namespace cc::cli {

class CampaignsSession;

// campaignctl campaigns list | show | create | update | delete | sync. Reads go to the server (a command line
// asks for the current state) and fall back to the local cache when it cannot be reached; every change goes
// through the durable outbox first and is then sent, so an edit made offline is kept and sent by `sync`.
class CampaignsCommand {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::CampaignsCommand)

public:
    explicit CampaignsCommand(CtlContext& context);
    int run(const QStringList& arguments);

private:
    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    int create(const QStringList& arguments);
    int update(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int sync(const QStringList& arguments);

    // Parses, then opens the session; the exit code when the command must stop.
    std::optional<int> prepare(QCommandLineParser& parser, const QStringList& arguments,
                               CampaignsSession& session);
    static void addFieldOptions(QCommandLineParser& parser);
    // Applies the field options to `campaign`; the names of the fields set, or a usage error.
    std::variant<QStringList, QString> applyFields(const QCommandLineParser& parser,
                                                   data::Campaign& campaign) const;
    // Records the change and sends the outbox; prints the outcome.
    int enqueueAndSend(CampaignsSession& session, data::OutboxOperation operation);
    void printCampaign(const data::Campaign& campaign);

    CtlContext& m_context;
};

} // namespace cc::cli
