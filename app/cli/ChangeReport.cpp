#include "app/cli/ChangeReport.h"

#include "app/cli/CampaignsSession.h"
#include "app/cli/CtlContext.h"
#include "app/cli/TerminalText.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cc::cli {

using data::OutboxOperation;

namespace {

QString compact(const QJsonObject& object) {
    return TerminalText::escaped(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

bool needsAttention(const OutboxOperation& op) {
    return op.state != OutboxOperation::State::Pending;
}

} // namespace

ChangeReport::ChangeReport(CtlContext& context, CampaignsSession& session)
    : m_context(context)
    , m_session(session) {}

QString ChangeReport::fateName(Fate fate) {
    switch (fate) {
    case Fate::Applied:
        return QStringLiteral("applied");
    case Fate::Queued:
        return QStringLiteral("queued");
    case Fate::Conflict:
        return QStringLiteral("conflict");
    case Fate::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

int ChangeReport::exitCode(Fate fate) {
    switch (fate) {
    case Fate::Applied:
        return ExitOk;
    case Fate::Queued:
        return ExitQueued;
    case Fate::Conflict:
        return ExitConflict;
    case Fate::Refused:
        return ExitRefused;
    }
    return ExitFailure;
}

ChangeReport::Mine ChangeReport::fateOf(const OutboxOperation& mine, const QList<OutboxOperation>& all) {
    Mine result{mine, Fate::Applied, std::nullopt};
    const auto now =
        std::find_if(all.begin(), all.end(), [&](const OutboxOperation& op) { return op.seq == mine.seq; });
    if (now == all.end()) {
        return result; // sent and removed
    }
    result.op = *now;
    switch (now->state) {
    case OutboxOperation::State::Conflict:
        result.fate = Fate::Conflict;
        return result;
    case OutboxOperation::State::Failed:
        result.fate = Fate::Refused;
        return result;
    case OutboxOperation::State::Pending:
        break;
    }
    result.fate = Fate::Queued;
    if (!mine.campaignId.isEmpty()) {
        for (const OutboxOperation& op : all) {
            if (op.seq < mine.seq && op.campaignId == mine.campaignId && needsAttention(op)) {
                result.blockedBy = op;
                break;
            }
        }
    }
    return result;
}

int ChangeReport::sendAndReport(const std::optional<OutboxOperation>& mine, const QString& headline,
                                const QJsonObject& extra) {
    const CampaignsSession::SyncReport result = m_session.sync();
    // Another process (the console, a second campaignctl) may have sent or added changes meanwhile: read the
    // outbox again rather than this process's snapshot.
    m_session.runUntil([&](std::function<void()> quit) {
        m_session.outbox().reload(&m_session.outbox(), [quit](Result<bool>) { quit(); });
    });
    const qint64 pending =
        m_session.outbox().pendingCount().ok() ? m_session.outbox().pendingCount().value() : -1;
    const QList<OutboxOperation> all =
        m_session.outbox().all().ok() ? m_session.outbox().all().value() : QList<OutboxOperation>{};
    std::optional<Mine> fate;
    if (mine) {
        fate = fateOf(*mine, all);
    }
    const QString stoppedBy = result.stoppedBy ? result.stoppedBy->message : QString();

    if (m_context.json) {
        QJsonArray conflicts;
        QJsonArray failed;
        for (const OutboxOperation& op : all) {
            if (op.state == OutboxOperation::State::Conflict) {
                conflicts.append(op.toJson());
            } else if (op.state == OutboxOperation::State::Failed) {
                failed.append(op.toJson());
            }
        }
        QJsonObject object{{QStringLiteral("applied"), result.applied},
                           {QStringLiteral("pending"), pending},
                           {QStringLiteral("conflicts"), conflicts},
                           {QStringLiteral("failed"), failed}};
        if (!headline.isEmpty()) {
            object.insert(QStringLiteral("id"), headline);
        }
        for (auto it = extra.begin(); it != extra.end(); ++it) {
            object.insert(it.key(), it.value());
        }
        if (result.stoppedBy) {
            object.insert(QStringLiteral("offline"), stoppedBy);
        }
        if (fate) {
            QJsonObject change{{QStringLiteral("seq"), fate->op.seq},
                               {QStringLiteral("kind"), OutboxOperation::kindName(fate->op.kind)},
                               {QStringLiteral("campaign_id"), fate->op.campaignId},
                               {QStringLiteral("state"), fateName(fate->fate)}};
            if (!fate->op.lastError.isEmpty() && fate->fate != Fate::Applied) {
                change.insert(QStringLiteral("error"), fate->op.lastError);
            }
            if (fate->fate == Fate::Conflict && fate->op.server) {
                change.insert(QStringLiteral("server"), fate->op.server->toJson());
            }
            if (fate->blockedBy) {
                change.insert(QStringLiteral("blocked_by"), fate->blockedBy->seq);
            }
            object.insert(QStringLiteral("change"), change);
        }
        m_context.printJson(object);
    } else {
        printHuman(fate, all, result.applied, pending, stoppedBy, headline);
    }

    if (fate) {
        return exitCode(fate->fate);
    }
    // `campaigns sync`: what is left in the outbox decides, the most serious first.
    const auto has = [&](OutboxOperation::State state) {
        return std::any_of(all.begin(), all.end(),
                           [state](const OutboxOperation& op) { return op.state == state; });
    };
    if (has(OutboxOperation::State::Failed)) {
        return ExitRefused;
    }
    if (has(OutboxOperation::State::Conflict)) {
        return ExitConflict;
    }
    return pending == 0 ? ExitOk : (pending < 0 ? ExitFailure : ExitQueued);
}

void ChangeReport::printHuman(const std::optional<Mine>& mine, const QList<OutboxOperation>& all, int applied,
                              qint64 pending, const QString& stoppedBy, const QString& headline) {
    QTextStream& out = m_context.out;
    if (!headline.isEmpty()) {
        out << TerminalText::escaped(headline) << '\n';
    }
    const auto conflictText = [](const OutboxOperation& op) {
        return tr("conflict: change %1 to campaign %2 was made on a version someone else has changed since.\n"
                  "  yours:  %3\n  server: %4\n"
                  "  Keep yours with \"campaignctl outbox resolve %1 --keep-mine\", or the server's with "
                  "\"--take-theirs\".")
            .arg(op.seq)
            .arg(TerminalText::escaped(op.campaignId), compact(op.payload),
                 op.server ? compact(op.server->toJson()) : QString());
    };
    const auto refusedText = [](const OutboxOperation& op) {
        return tr("refused: change %1 (%2 of campaign %3): %4\n"
                  "  Change it and send it again with \"campaignctl outbox retry %1\", or drop it with "
                  "\"campaignctl outbox discard %1\".")
            .arg(op.seq)
            .arg(OutboxOperation::kindName(op.kind), TerminalText::escaped(op.campaignId),
                 TerminalText::escaped(op.lastError));
    };
    int others = 0;
    if (mine) {
        switch (mine->fate) {
        case Fate::Applied:
            break;
        case Fate::Conflict:
            out << conflictText(mine->op) << '\n';
            break;
        case Fate::Refused:
            out << refusedText(mine->op) << '\n';
            break;
        case Fate::Queued:
            if (mine->blockedBy) {
                out << tr("queued: change %1 waits for change %2 to campaign %3 (%4), made before it. It is "
                          "sent "
                          "once that one is resolved (see \"campaignctl outbox list\").")
                           .arg(mine->op.seq)
                           .arg(mine->blockedBy->seq)
                           .arg(TerminalText::escaped(mine->op.campaignId),
                                OutboxOperation::stateName(mine->blockedBy->state))
                    << '\n';
            }
            break;
        }
        others = static_cast<int>(std::count_if(all.begin(), all.end(), [&](const OutboxOperation& op) {
            return needsAttention(op) && op.seq != mine->op.seq;
        }));
    } else {
        // `campaigns sync`: every change that needs attention.
        for (const OutboxOperation& op : all) {
            if (op.state == OutboxOperation::State::Conflict) {
                out << conflictText(op) << '\n';
            } else if (op.state == OutboxOperation::State::Failed) {
                out << refusedText(op) << '\n';
            }
        }
    }
    if (others > 0) {
        out << tr("%n other change(s) need attention (see \"campaignctl outbox list\").", nullptr, others)
            << '\n';
    }
    if (!stoppedBy.isEmpty()) {
        out << tr("%n change(s) waiting; the backend cannot be reached (%1). Run \"campaignctl campaigns "
                  "sync\" "
                  "later.",
                  nullptr, static_cast<int>(pending))
                   .arg(TerminalText::escaped(stoppedBy))
            << '\n';
    } else {
        out << tr("%n change(s) sent.", nullptr, applied) << '\n';
    }
    out.flush();
}

} // namespace cc::cli
