#pragma once

#include "app/data/OutboxOperation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cc::cli {

class CampaignsSession;
class CtlContext;

// Sends what waits in the outbox and says what happened, above all to *this* command's change: applied (exit
// 0), queued (3: the backend cannot be reached, or an earlier change of the same campaign is unresolved),
// conflict (4) or refused for good (5), with the JSON field "change" for scripts. Other changes that need
// attention are counted, not repeated: `campaignctl outbox list` shows them.
class ChangeReport {
    Q_DECLARE_TR_FUNCTIONS(cc::cli::ChangeReport)

public:
    enum class Fate { Applied, Queued, Conflict, Refused };

    ChangeReport(CtlContext& context, CampaignsSession& session);

    // Replays the outbox, then reports `mine` (this command's change; nullopt for `campaigns sync`, which
    // reports the whole outbox). `headline` (the campaign's id) is printed first. Returns the exit code.
    // `extra` goes into the JSON object as it is (what the command itself did, e.g. {"discarded": 7}).
    int sendAndReport(const std::optional<data::OutboxOperation>& mine, const QString& headline = {},
                      const QJsonObject& extra = {});

    static QString fateName(Fate fate);
    static int exitCode(Fate fate);

private:
    struct Mine {
        data::OutboxOperation op; // as it is now (state, server version, error)
        Fate fate = Fate::Applied;
        std::optional<data::OutboxOperation> blockedBy; // an unresolved earlier change of the campaign
    };
    static Mine fateOf(const data::OutboxOperation& mine, const QList<data::OutboxOperation>& all);
    void printHuman(const std::optional<Mine>& mine, const QList<data::OutboxOperation>& all, int applied,
                    qint64 pending, const QString& stoppedBy, const QString& headline);

    CtlContext& m_context;
    CampaignsSession& m_session;
};

} // namespace cc::cli
