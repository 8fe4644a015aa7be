#include "app/cli/CampaignsCommand.h"

#include "app/cli/CtlUsage.h"

#include "app/cli/CampaignsSession.h"
#include "app/cli/ChangeReport.h"
#include "app/cli/TerminalText.h"
#include "app/data/CampaignRules.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

namespace cc::cli {

using data::Campaign;
using data::OutboxOperation;

namespace {

// Option name -> column.
const QList<QPair<QString, QString>>& fieldOptions() {
    static const QList<QPair<QString, QString>> options = {
        {QStringLiteral("name"), QStringLiteral("name")},
        {QStringLiteral("status"), QStringLiteral("status")},
        {QStringLiteral("channel"), QStringLiteral("channel")},
        {QStringLiteral("budget"), QStringLiteral("budget")},
        {QStringLiteral("currency"), QStringLiteral("currency")},
        {QStringLiteral("start-date"), QStringLiteral("start_date")},
        {QStringLiteral("end-date"), QStringLiteral("end_date")},
        {QStringLiteral("audience-size"), QStringLiteral("audience_size")},
        {QStringLiteral("sent-count"), QStringLiteral("sent_count")},
        {QStringLiteral("open-count"), QStringLiteral("open_count")},
        {QStringLiteral("click-count"), QStringLiteral("click_count")},
    };
    return options;
}

} // namespace

CampaignsCommand::CampaignsCommand(CtlContext& context)
    : m_context(context) {}

int CampaignsCommand::run(const QStringList& arguments) {
    const QString action = arguments.value(1);
    QStringList rest{arguments.value(0) + QStringLiteral(" campaigns ") + action};
    rest << arguments.mid(2);
    if (action == QLatin1String("list")) {
        return list(rest);
    }
    if (action == QLatin1String("show")) {
        return show(rest);
    }
    if (action == QLatin1String("create")) {
        return create(rest);
    }
    if (action == QLatin1String("update")) {
        return update(rest);
    }
    if (action == QLatin1String("delete")) {
        return remove(rest);
    }
    if (action == QLatin1String("sync")) {
        return sync(rest);
    }
    const QString help = CtlUsage::groupHelp(QStringLiteral("campaigns"));
    if (action == QLatin1String("--help")) {
        m_context.out << help;
        return ExitOk;
    }
    return m_context.usageError(action.isEmpty() ? tr("campaigns needs an action.")
                                                 : tr("unknown action \"%1\" for campaigns.").arg(action),
                                help);
}

std::optional<int> CampaignsCommand::prepare(QCommandLineParser& parser, const QStringList& arguments,
                                             CampaignsSession& session) {
    CtlContext::addGlobalOptions(parser);
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return exit;
    }
    if (auto error = session.open()) {
        return error->kind == ErrorKind::Config ? m_context.usageError(error->message)
                                                : m_context.failure(error->toString());
    }
    if (const QString& notice = session.outbox().recoveryNotice(); !notice.isEmpty()) {
        m_context.err << tr("warning: %1").arg(TerminalText::escaped(notice)) << '\n';
        m_context.err.flush();
    }
    return std::nullopt;
}

void CampaignsCommand::addFieldOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("name"), tr("The campaign's name (1 to 200 characters)."), QStringLiteral("text")},
        {QStringLiteral("status"), tr("draft, scheduled, active, paused, completed or archived."),
         QStringLiteral("status")},
        {QStringLiteral("channel"), tr("email, social or ads."), QStringLiteral("channel")},
        {QStringLiteral("budget"), tr("The budget (zero or more)."), QStringLiteral("amount")},
        {QStringLiteral("currency"), tr("A three-letter currency code such as EUR."), QStringLiteral("code")},
        {QStringLiteral("start-date"), tr("The start date, YYYY-MM-DD (empty: none)."),
         QStringLiteral("date")},
        {QStringLiteral("end-date"), tr("The end date, YYYY-MM-DD (empty: none)."), QStringLiteral("date")},
        {QStringLiteral("audience-size"), tr("The audience size."), QStringLiteral("n")},
        {QStringLiteral("sent-count"), tr("Messages sent."), QStringLiteral("n")},
        {QStringLiteral("open-count"), tr("Messages opened."), QStringLiteral("n")},
        {QStringLiteral("click-count"), tr("Clicks."), QStringLiteral("n")},
    });
}

std::variant<QStringList, QString> CampaignsCommand::applyFields(const QCommandLineParser& parser,
                                                                 Campaign& campaign) const {
    QStringList set;
    for (const auto& [option, column] : fieldOptions()) {
        if (!parser.isSet(option)) {
            continue;
        }
        if (!campaign.setValue(column, parser.value(option))) {
            return tr("--%1: \"%2\" is not a valid value.").arg(option, parser.value(option));
        }
        set.append(column);
    }
    for (const auto& violation : data::CampaignRules::validate(campaign)) {
        return QStringLiteral("%1: %2").arg(violation.field, violation.message);
    }
    return set;
}

void CampaignsCommand::printCampaign(const Campaign& c) {
    if (m_context.json) {
        m_context.printJson(c.toJson());
        return;
    }
    const QJsonObject object = c.toJson();
    for (const QString& column : Campaign::columns()) {
        const QJsonValue value = object.value(column);
        m_context.out << column << ": "
                      << (value.isDouble() ? QString::number(value.toDouble(), 'f',
                                                             column == QLatin1String("budget") ? 2 : 0)
                                           : TerminalText::escaped(value.toString()))
                      << '\n';
    }
    m_context.out.flush();
}

int CampaignsCommand::list(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("campaigns list");
    parser.setApplicationDescription(tr("List campaigns (from the server; the local cache when offline)."));
    parser.addOptions({
        {QStringLiteral("status"), tr("Only campaigns with this status (repeatable)."),
         QStringLiteral("status")},
        {QStringLiteral("channel"), tr("Only campaigns on this channel (repeatable)."),
         QStringLiteral("channel")},
        {QStringLiteral("search"), tr("Only names containing <text> (any case)."), QStringLiteral("text")},
        {QStringLiteral("limit"), tr("At most <n> campaigns."), QStringLiteral("n")},
    });
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session)) {
        return *exit;
    }
    data::CampaignFilter filter;
    filter.statuses = parser.values(QStringLiteral("status"));
    filter.channels = parser.values(QStringLiteral("channel"));
    filter.search = parser.value(QStringLiteral("search"));
    for (const QString& s : std::as_const(filter.statuses)) {
        if (!data::CampaignRules::statuses().contains(s)) {
            return m_context.usageError(tr("unknown status \"%1\".").arg(s), m_context.helpText(parser));
        }
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toLongLong(&ok);
        if (!ok || filter.limit < 0) {
            return m_context.usageError(tr("--limit needs a number of zero or more."),
                                        m_context.helpText(parser));
        }
    }
    data::CampaignStore::Answer last;
    session.runUntil([&](std::function<void()> quit) {
        // A command line always asks the server; the cached answer only stands in when that fails.
        session.store().query(filter, true, [&last, quit](const data::CampaignStore::Answer& answer) {
            last = answer;
            if (!answer.revalidating) {
                quit();
            }
        });
    });
    if (last.error.isError() && !last.error.isUnreachable()) {
        // The server answered, and refused (a wrong key, a bad request): an error, not "offline".
        return m_context.failure(last.error.toString());
    }
    const bool offline = last.source == data::CampaignStore::Answer::Source::Cache && last.error.isError();
    if (offline) {
        m_context.err
            << tr("offline: showing cached data (%1).").arg(TerminalText::escaped(last.error.message))
            << '\n';
        m_context.err.flush();
    }
    if (m_context.json) {
        QJsonArray rows;
        for (const Campaign& c : std::as_const(last.rows)) {
            rows.append(c.toJson());
        }
        m_context.printJson(QJsonObject{
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), last.total},
            {QStringLiteral("source"), offline ? QStringLiteral("cache") : QStringLiteral("server")},
        });
        return offline && last.rows.isEmpty() ? ExitFailure : ExitOk;
    }
    for (const Campaign& c : std::as_const(last.rows)) {
        // Rows from the server or the cache are not trusted to be clean: every text field is escaped.
        m_context.out << TerminalText::tsvField(c.id) << '\t' << TerminalText::tsvField(c.status) << '\t'
                      << TerminalText::tsvField(c.channel) << '\t' << QString::number(c.budget, 'f', 2) << ' '
                      << TerminalText::tsvField(c.currency) << '\t' << TerminalText::tsvField(c.name) << '\n';
    }
    m_context.out << tr("%1 of %2 campaigns").arg(last.rows.size()).arg(last.total) << '\n';
    m_context.out.flush();
    return offline && last.rows.isEmpty() ? ExitFailure : ExitOk;
}

int CampaignsCommand::show(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("campaigns show");
    parser.setApplicationDescription(tr("Show one campaign."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The campaign's id."));
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("show needs exactly one campaign id."), m_context.helpText(parser));
    }
    std::optional<Result<std::optional<Campaign>>> found;
    session.runUntil([&](std::function<void()> quit) {
        session.store().get(parser.positionalArguments().first(),
                            [&found, quit](Result<std::optional<Campaign>> r) {
                                found = std::move(r);
                                quit();
                            });
    });
    if (!found->ok()) {
        return m_context.failure(found->error().toString());
    }
    if (!found->value()) {
        return m_context.failure(tr("no campaign with id %1.").arg(parser.positionalArguments().first()));
    }
    printCampaign(*found->value());
    return ExitOk;
}

int CampaignsCommand::create(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("campaigns create");
    parser.setApplicationDescription(tr("Create a campaign."));
    addFieldOptions(parser);
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session)) {
        return *exit;
    }
    if (!parser.isSet(QStringLiteral("name"))) {
        return m_context.usageError(tr("--name is required."), m_context.helpText(parser));
    }
    Campaign campaign;
    const auto fields = applyFields(parser, campaign);
    if (const QString* problem = std::get_if<QString>(&fields)) {
        return m_context.usageError(*problem);
    }
    // The id is the client's, so an offline create can be referred to (and updated) before it is sent.
    campaign.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    OutboxOperation op;
    op.kind = OutboxOperation::Kind::Create;
    op.campaignId = campaign.id;
    op.payload = campaign.toWriteJson();
    op.payload.insert(QStringLiteral("id"), campaign.id);
    return enqueueAndSend(session, op);
}

int CampaignsCommand::update(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("campaigns update");
    parser.setApplicationDescription(tr("Change fields of a campaign."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The campaign's id."));
    addFieldOptions(parser);
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("update needs exactly one campaign id."), m_context.helpText(parser));
    }
    const QString id = parser.positionalArguments().first();
    // The base version comes from the server whenever it answers: a command line cannot know how old its
    // cached copy is, and a copy older than someone else's change would conflict at once. The cached copy
    // stands in only when the server cannot be reached (or does not know the campaign: an offline create).
    std::optional<Result<std::optional<Campaign>>> base;
    session.runUntil([&](std::function<void()> quit) {
        session.repository().get(id, [&base, quit](Result<std::optional<Campaign>> r) {
            base = std::move(r);
            quit();
        });
    });
    if (base->ok() && base->value()) {
        session.store().applied(*base->value());
    } else if (base->ok() || base->error().isUnreachable()) {
        base.reset();
        session.runUntil([&](std::function<void()> quit) {
            session.store().get(id, [&base, quit](Result<std::optional<Campaign>> r) {
                base = std::move(r);
                quit();
            });
        });
    }
    if (!base->ok()) {
        return m_context.failure(base->error().toString());
    }
    if (!base->value()) {
        return m_context.failure(tr("no campaign with id %1.").arg(id));
    }
    Campaign campaign = *base->value();
    const auto fields = applyFields(parser, campaign);
    if (const QString* problem = std::get_if<QString>(&fields)) {
        return m_context.usageError(*problem);
    }
    const QStringList changed = std::get<QStringList>(fields);
    if (changed.isEmpty()) {
        return m_context.usageError(tr("nothing to change: give at least one field option."),
                                    m_context.helpText(parser));
    }
    OutboxOperation op;
    op.kind = OutboxOperation::Kind::Update;
    op.campaignId = id;
    op.baseUpdatedAt = campaign.updatedAt;
    op.payload = campaign.toWriteJson(changed);
    return enqueueAndSend(session, op);
}

int CampaignsCommand::remove(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("campaigns delete");
    parser.setApplicationDescription(tr("Delete a campaign."));
    parser.addPositionalArgument(QStringLiteral("id"), tr("The campaign's id."));
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("delete needs exactly one campaign id."), m_context.helpText(parser));
    }
    OutboxOperation op;
    op.kind = OutboxOperation::Kind::Delete;
    op.campaignId = parser.positionalArguments().first();
    return enqueueAndSend(session, op);
}

int CampaignsCommand::sync(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("campaigns sync");
    parser.setApplicationDescription(tr("Send the changes waiting in the outbox, in order; with --all, then "
                                        "download every campaign into the local cache (for offline work)."));
    parser.addOption({QStringLiteral("all"), tr("Also download every campaign into the local cache.")});
    CampaignsSession session(m_context);
    if (auto exit = prepare(parser, arguments, session)) {
        return *exit;
    }
    const int sent = ChangeReport(m_context, session).sendAndReport(std::nullopt);
    if (sent != ExitOk || !parser.isSet(QStringLiteral("all"))) {
        return sent;
    }
    QElapsedTimer elapsed;
    elapsed.start();
    std::optional<Result<qint64>> synced;
    session.runUntil([&](std::function<void()> quit) {
        session.store().syncAll(
            [this](qint64 stored, std::optional<qint64> total) {
                if (!m_context.json) {
                    m_context.err << '\r'
                                  << (total ? tr("Downloading campaigns: %L1 of %L2").arg(stored).arg(*total)
                                            : tr("Downloading campaigns: %L1").arg(stored));
                    m_context.err.flush();
                }
            },
            [&synced, quit](Result<qint64> done) {
                synced = std::move(done);
                quit();
            });
    });
    if (!m_context.json) {
        m_context.err << '\n';
        m_context.err.flush();
    }
    if (!synced->ok()) {
        return m_context.failure(synced->error().toString());
    }
    if (m_context.json) {
        m_context.printJson(QJsonObject{{QStringLiteral("cached"), synced->value()},
                                        {QStringLiteral("elapsed_ms"), elapsed.elapsed()}});
    } else {
        m_context.out << tr("%L1 campaigns in the local cache (%L2 s).")
                             .arg(synced->value())
                             .arg(static_cast<double>(elapsed.elapsed()) / 1000.0, 0, 'f', 1)
                      << '\n';
        m_context.out.flush();
    }
    return ExitOk;
}

int CampaignsCommand::enqueueAndSend(CampaignsSession& session, OutboxOperation operation) {
    // Durable in the outbox before anything is sent.
    std::optional<Result<OutboxOperation>> queued;
    session.runUntil([&](std::function<void()> quit) {
        session.outbox().enqueue(operation, &session.outbox(), [&queued, quit](Result<OutboxOperation> r) {
            queued = std::move(r);
            quit();
        });
    });
    if (!queued->ok()) {
        return m_context.failure(queued->error().toString());
    }
    return ChangeReport(m_context, session).sendAndReport(queued->value(), operation.campaignId);
}

} // namespace cc::cli
