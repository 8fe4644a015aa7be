#include "app/cli/OutboxCommand.h"

#include "app/cli/CampaignsSession.h"
#include "app/cli/ChangeReport.h"
#include "app/cli/TerminalText.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace cc::cli {

using data::OutboxOperation;

OutboxCommand::OutboxCommand(CtlContext& context)
    : m_context(context) {}

int OutboxCommand::run(const QStringList& arguments) {
    const QString action = arguments.value(1);
    QStringList rest{arguments.value(0) + QStringLiteral(" outbox ") + action};
    rest << arguments.mid(2);
    m_context.command = QStringLiteral("outbox ") + action; // its usage line heads the help (CtlUsage)
    if (action == QLatin1String("list")) {
        return list(rest);
    }
    if (action == QLatin1String("retry")) {
        return retry(rest);
    }
    if (action == QLatin1String("discard")) {
        return discard(rest);
    }
    if (action == QLatin1String("resolve")) {
        return resolve(rest);
    }
    const QString help =
        tr("Usage: campaignctl outbox list | retry ID | discard ID | resolve ID --keep-mine|--take-theirs\n"
           "The changes waiting to be sent, and a way forward for those that cannot go on by "
           "themselves.\n");
    if (action == QLatin1String("--help")) {
        m_context.out << help;
        return ExitOk;
    }
    return m_context.usageError(action.isEmpty() ? tr("outbox needs an action.")
                                                 : tr("unknown action \"%1\" for outbox.").arg(action),
                                help);
}

std::optional<int> OutboxCommand::prepare(QCommandLineParser& parser, const QStringList& arguments,
                                          CampaignsSession& session, std::optional<OutboxOperation>* change) {
    CtlContext::addGlobalOptions(parser);
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return exit;
    }
    if (change && parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("give exactly one change number (see \"campaignctl outbox list\")."),
                                    parser.helpText());
    }
    bool ok = true;
    const qint64 seq = change ? parser.positionalArguments().first().toLongLong(&ok) : 0;
    if (!ok) {
        return m_context.usageError(
            tr("\"%1\" is not a change number.").arg(parser.positionalArguments().first()),
            parser.helpText());
    }
    if (auto error = session.open()) {
        return error->kind == ErrorKind::Config ? m_context.usageError(error->message)
                                                : m_context.failure(error->toString());
    }
    if (const QString& notice = session.outbox().recoveryNotice(); !notice.isEmpty()) {
        m_context.err << tr("warning: %1").arg(TerminalText::escaped(notice)) << '\n';
        m_context.err.flush();
    }
    if (change) {
        const Result<std::optional<OutboxOperation>> found = session.outbox().find(seq);
        if (!found.ok()) {
            return m_context.failure(found.error().toString());
        }
        if (!found.value()) {
            return m_context.failure(tr("there is no change %1 in the outbox.").arg(seq));
        }
        *change = found.value();
    }
    return std::nullopt;
}

QString OutboxCommand::perform(
    CampaignsSession& session,
    const std::function<void(QObject* context, std::function<void(Result<bool>)> done)>& action) {
    QString problem;
    QObject scope;
    session.runUntil([&](std::function<void()> quit) {
        action(&scope, [&problem, quit](Result<bool> done) {
            if (!done.ok()) {
                problem = done.error().toString();
            }
            quit();
        });
    });
    return problem;
}

int OutboxCommand::list(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the changes waiting in the outbox, oldest first."));
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session, nullptr)) {
        return *exit;
    }
    const Result<QList<OutboxOperation>> all = session.outbox().all();
    if (!all.ok()) {
        return m_context.failure(all.error().toString());
    }
    if (m_context.json) {
        QJsonArray ops;
        for (const OutboxOperation& op : all.value()) {
            ops.append(op.toJson());
        }
        m_context.printJson(ops);
        return ExitOk;
    }
    for (const OutboxOperation& op : all.value()) {
        m_context.out << op.seq << '\t' << OutboxOperation::stateName(op.state) << '\t'
                      << OutboxOperation::kindName(op.kind) << '\t' << TerminalText::tsvField(op.campaignId)
                      << '\t' << op.attempts << '\t' << TerminalText::tsvField(op.lastError) << '\n';
    }
    m_context.out << tr("%n change(s) in the outbox.", nullptr, static_cast<int>(all.value().size())) << '\n';
    m_context.out.flush();
    return ExitOk;
}

int OutboxCommand::retry(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Send a change the server refused once more (after fixing its cause)."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The change's number (campaignctl outbox list)."));
    CampaignsSession session(m_context);
    std::optional<OutboxOperation> change;
    if (auto exit = prepare(parser, arguments, session, &change)) {
        return *exit;
    }
    if (change->state != OutboxOperation::State::Failed) {
        return m_context.usageError(
            tr("change %1 was not refused; only a refused change can be retried.").arg(change->seq));
    }
    const qint64 seq = change->seq;
    if (const QString problem = perform(session,
                                        [&](QObject* context, std::function<void(Result<bool>)> done) {
                                            session.outbox().retry(seq, context, std::move(done));
                                        });
        !problem.isEmpty()) {
        return m_context.failure(problem);
    }
    return ChangeReport(m_context, session).sendAndReport(change, change->campaignId);
}

int OutboxCommand::discard(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Drop a change from the outbox; it is never sent. The later changes of "
           "its campaign are sent."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The change's number (campaignctl outbox list)."));
    CampaignsSession session(m_context);
    std::optional<OutboxOperation> change;
    if (auto exit = prepare(parser, arguments, session, &change)) {
        return *exit;
    }
    const qint64 seq = change->seq;
    if (const QString problem = perform(session,
                                        [&](QObject* context, std::function<void(Result<bool>)> done) {
                                            session.outbox().discard(seq, context, std::move(done));
                                        });
        !problem.isEmpty()) {
        return m_context.failure(problem);
    }
    if (!m_context.json) {
        m_context.out << tr("Change %1 discarded.").arg(seq) << '\n';
    }
    // The changes it held back go now. This command's own work is done: its exit code says so.
    ChangeReport(m_context, session).sendAndReport(std::nullopt, {}, {{QStringLiteral("discarded"), seq}});
    return ExitOk;
}

int OutboxCommand::resolve(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Resolve a conflict: send your change on top of the server's version "
                                        "(--keep-mine), or drop it and keep the server's (--take-theirs)."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The change's number (campaignctl outbox list)."));
    parser.addOptions({{QStringLiteral("keep-mine"), tr("Send your change over the server's version.")},
                       {QStringLiteral("take-theirs"), tr("Drop your change; the server's version stays.")}});
    CampaignsSession session(m_context);
    std::optional<OutboxOperation> change;
    if (auto exit = prepare(parser, arguments, session, &change)) {
        return *exit;
    }
    const bool mine = parser.isSet(QStringLiteral("keep-mine"));
    if (mine == parser.isSet(QStringLiteral("take-theirs"))) {
        return m_context.usageError(tr("give either --keep-mine or --take-theirs."), parser.helpText());
    }
    if (change->state != OutboxOperation::State::Conflict) {
        return m_context.usageError(tr("change %1 is not in conflict.").arg(change->seq));
    }
    const qint64 seq = change->seq;
    if (!mine) {
        if (const QString problem = perform(session,
                                            [&](QObject* context, std::function<void(Result<bool>)> done) {
                                                session.outbox().discard(seq, context, std::move(done));
                                            });
            !problem.isEmpty()) {
            return m_context.failure(problem);
        }
        if (!m_context.json) {
            m_context.out << tr("Change %1 dropped; the server's version stays.").arg(seq) << '\n';
        }
        ChangeReport(m_context, session)
            .sendAndReport(
                std::nullopt, {},
                {{QStringLiteral("resolved"), seq}, {QStringLiteral("kept"), QStringLiteral("theirs")}});
        return ExitOk;
    }
    if (const QString problem = perform(session,
                                        [&](QObject* context, std::function<void(Result<bool>)> done) {
                                            session.outbox().keepMine(seq, context, std::move(done));
                                        });
        !problem.isEmpty()) {
        return m_context.failure(problem);
    }
    return ChangeReport(m_context, session).sendAndReport(change, change->campaignId);
}

} // namespace cc::cli
