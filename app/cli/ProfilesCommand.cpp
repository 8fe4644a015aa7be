#include "app/cli/ProfilesCommand.h"

#include "app/cli/TerminalText.h"
#include "app/core/ProfileStore.h"

#include <QCommandLineParser>
#include <QJsonArray>

#include <memory>

namespace cc::cli {

namespace {

std::unique_ptr<ProfileStore> openStore(const CtlContext& context) {
    return context.settingsFile.isEmpty() ? std::make_unique<ProfileStore>()
                                          : std::make_unique<ProfileStore>(context.settingsFile);
}

} // namespace

ProfilesCommand::ProfilesCommand(CtlContext& context)
    : m_context(context) {}

QJsonObject ProfilesCommand::toJson(const Profile& p) {
    return {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("url"), p.projectUrl.toString()},
        {QStringLiteral("environment"), p.environment},
        {QStringLiteral("color"), p.effectiveColor()},
        {QStringLiteral("auth_flavor"), p.authFlavor},
        {QStringLiteral("client_id"), p.clientId},
        {QStringLiteral("email_api_url"), p.effectiveEmailApiUrl().toString()},
        {QStringLiteral("oidc_issuer"), p.oidcIssuer.toString()},
    };
}

int ProfilesCommand::run(const QStringList& arguments) {
    const QString action = arguments.value(1);
    QStringList rest{arguments.value(0) + QStringLiteral(" profiles ") + action};
    rest << arguments.mid(2);
    if (action == QLatin1String("list")) {
        return list(rest);
    }
    if (action == QLatin1String("add")) {
        return add(rest);
    }
    if (action == QLatin1String("remove")) {
        return remove(rest);
    }
    const QString help = tr("Usage: campaignctl profiles list | add | remove NAME\n");
    if (action.isEmpty() || action == QLatin1String("--help")) {
        if (action == QLatin1String("--help")) {
            m_context.out << help;
            return ExitOk;
        }
        return m_context.usageError(tr("profiles needs an action: list, add or remove."), help);
    }
    return m_context.usageError(tr("unknown action \"%1\" for profiles.").arg(action), help);
}

int ProfilesCommand::list(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the saved profiles."));
    CtlContext::addGlobalOptions(parser);
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_context.usageError(tr("profiles list takes no arguments."), parser.helpText());
    }
    auto store = openStore(m_context);
    const QList<Profile> profiles = store->profiles();
    const QString current = store->currentName();
    if (m_context.json) {
        QJsonArray array;
        for (const Profile& p : profiles) {
            QJsonObject item = toJson(p);
            item.insert(QStringLiteral("current"), p.name == current);
            array.append(item);
        }
        m_context.printJson(array);
        return ExitOk;
    }
    if (profiles.isEmpty()) {
        m_context.out << tr("No profiles yet. Add one with: campaignctl profiles add --name NAME --url URL "
                            "--anon-key KEY")
                      << '\n';
        return ExitOk;
    }
    for (const Profile& p : profiles) {
        // The settings file is hand-editable: its text is escaped like any other.
        m_context.out << (p.name == current ? QStringLiteral("* ") : QStringLiteral("  "))
                      << TerminalText::tsvField(p.name) << '\t' << TerminalText::tsvField(p.environment)
                      << '\t' << TerminalText::tsvField(p.projectUrl.toString()) << '\n';
    }
    return ExitOk;
}

int ProfilesCommand::add(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add a profile: a named backend the console can connect to."));
    CtlContext::addGlobalOptions(parser);
    parser.addOptions({
        {QStringLiteral("name"), tr("The profile's name."), QStringLiteral("name")},
        {QStringLiteral("url"), tr("The project URL (https://<ref>.supabase.co)."), QStringLiteral("url")},
        {QStringLiteral("anon-key"), tr("The anon (publishable) key."), QStringLiteral("key")},
        {QStringLiteral("environment"), tr("production, staging or local (default production)."),
         QStringLiteral("env")},
        {QStringLiteral("color"), tr("The profile's colour, #rrggbb."), QStringLiteral("color")},
        {QStringLiteral("auth"), tr("Sign-in type: supabase (default) or oidc."), QStringLiteral("flavor")},
        {QStringLiteral("provider"), tr("The GoTrue provider for supabase sign-in."),
         QStringLiteral("provider")},
        {QStringLiteral("client-id"), tr("The OAuth client id (default campaign-console)."),
         QStringLiteral("id")},
        {QStringLiteral("issuer"), tr("The OpenID Connect issuer URL (oidc sign-in)."),
         QStringLiteral("url")},
        {QStringLiteral("scopes"), tr("Space-separated OAuth scopes."), QStringLiteral("scopes")},
        {QStringLiteral("email-url"), tr("The e-mail API base URL (default <url>/api/email)."),
         QStringLiteral("url")},
        {QStringLiteral("current"), tr("Make it the profile the console opens with.")},
    });
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_context.usageError(
            tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()), parser.helpText());
    }
    for (const QString& required :
         {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("anon-key")}) {
        if (!parser.isSet(required)) {
            return m_context.usageError(tr("--%1 is required.").arg(required), parser.helpText());
        }
    }
    Profile profile;
    profile.name = parser.value(QStringLiteral("name"));
    profile.projectUrl = QUrl(parser.value(QStringLiteral("url")));
    profile.anonKey = parser.value(QStringLiteral("anon-key"));
    if (parser.isSet(QStringLiteral("environment"))) {
        profile.environment = parser.value(QStringLiteral("environment"));
    }
    profile.color = parser.value(QStringLiteral("color"));
    if (parser.isSet(QStringLiteral("auth"))) {
        profile.authFlavor = parser.value(QStringLiteral("auth"));
    }
    profile.authProvider = parser.value(QStringLiteral("provider"));
    if (parser.isSet(QStringLiteral("client-id"))) {
        profile.clientId = parser.value(QStringLiteral("client-id"));
    }
    profile.oidcIssuer = QUrl(parser.value(QStringLiteral("issuer")));
    if (parser.isSet(QStringLiteral("scopes"))) {
        profile.scopes = parser.value(QStringLiteral("scopes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    profile.emailApiUrl = QUrl(parser.value(QStringLiteral("email-url")));

    auto store = openStore(m_context);
    const Result<Profile> added = store->add(profile);
    if (!added) {
        return m_context.failure(added.error().message);
    }
    if (parser.isSet(QStringLiteral("current")) || store->currentName().isEmpty()) {
        store->setCurrentName(added.value().name);
        store->sync();
    }
    if (m_context.json) {
        m_context.printJson(toJson(added.value()));
    } else {
        m_context.out << tr("Added profile \"%1\".").arg(added.value().name) << '\n';
    }
    return ExitOk;
}

int ProfilesCommand::remove(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Remove a saved profile."));
    CtlContext::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile to remove."));
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("profiles remove needs exactly one profile name."), parser.helpText());
    }
    const QString name = parser.positionalArguments().first();
    auto store = openStore(m_context);
    const Result<bool> removed = store->remove(name);
    if (!removed) {
        return m_context.failure(removed.error().message);
    }
    if (m_context.json) {
        m_context.printJson(QJsonObject{{QStringLiteral("removed"), name}});
    } else {
        m_context.out << tr("Removed profile \"%1\".").arg(name) << '\n';
    }
    return ExitOk;
}

} // namespace cc::cli
