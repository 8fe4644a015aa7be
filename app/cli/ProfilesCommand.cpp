#include "app/cli/ProfilesCommand.h"

#include "app/cli/CtlUsage.h"
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
        {QStringLiteral("provider"), p.authProvider},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(p.scopes)},
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
    if (action == QLatin1String("edit")) {
        return edit(rest);
    }
    if (action == QLatin1String("show")) {
        return show(rest);
    }
    const QString help = CtlUsage::groupHelp(QStringLiteral("profiles"));
    if (action.isEmpty() || action == QLatin1String("--help")) {
        if (action == QLatin1String("--help")) {
            m_context.out << help;
            return ExitOk;
        }
        return m_context.usageError(tr("profiles needs an action: list, show, add, edit or remove."), help);
    }
    return m_context.usageError(tr("unknown action \"%1\" for profiles.").arg(action), help);
}

int ProfilesCommand::list(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("profiles list");
    parser.setApplicationDescription(tr("List the saved profiles."));
    CtlContext::addGlobalOptions(parser);
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_context.usageError(tr("profiles list takes no arguments."), m_context.helpText(parser));
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
    m_context.command = QStringLiteral("profiles add");
    parser.setApplicationDescription(tr("Add a profile: a named backend the console can connect to."));
    CtlContext::addGlobalOptions(parser);
    addFieldOptions(parser);
    parser.addOption({QStringLiteral("current"), tr("Make it the profile the console opens with.")});
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return m_context.usageError(
            tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()),
            m_context.helpText(parser));
    }
    for (const QString& required :
         {QStringLiteral("name"), QStringLiteral("url"), QStringLiteral("anon-key")}) {
        if (!parser.isSet(required)) {
            return m_context.usageError(tr("--%1 is required.").arg(required), m_context.helpText(parser));
        }
    }
    Profile profile;
    applyFields(parser, profile);

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

void ProfilesCommand::addFieldOptions(QCommandLineParser& parser) {
    parser.addOptions({
        {QStringLiteral("name"), tr("The profile's name."), QStringLiteral("name")},
        {QStringLiteral("url"), tr("The project URL (https://<ref>.supabase.co)."), QStringLiteral("url")},
        {QStringLiteral("anon-key"), tr("The anon (publishable) key."), QStringLiteral("key")},
        {QStringLiteral("environment"), tr("production, staging or local (default production)."),
         QStringLiteral("env")},
        {QStringLiteral("color"), tr("The profile's colour, #rrggbb."), QStringLiteral("color")},
        {QStringLiteral("auth"), tr("Sign-in type: supabase (default) or oidc."), QStringLiteral("flavor")},
        {QStringLiteral("provider"),
         tr("The GoTrue provider for supabase sign-in, one the project has enabled (campaignctl doctor lists "
            "them)."),
         QStringLiteral("provider")},
        {QStringLiteral("client-id"), tr("The OAuth client id (default campaign-console)."),
         QStringLiteral("id")},
        {QStringLiteral("issuer"), tr("The OpenID Connect issuer URL (oidc sign-in)."),
         QStringLiteral("url")},
        {QStringLiteral("scopes"), tr("Space-separated OAuth scopes."), QStringLiteral("scopes")},
        {QStringLiteral("email-url"), tr("The e-mail API base URL (default <url>/api/email)."),
         QStringLiteral("url")},
    });
}

int ProfilesCommand::applyFields(const QCommandLineParser& parser, Profile& profile) {
    int changed = 0;
    auto text = [&](const char* option, QString& field) {
        if (parser.isSet(QLatin1String(option))) {
            field = parser.value(QLatin1String(option));
            ++changed;
        }
    };
    auto url = [&](const char* option, QUrl& field) {
        if (parser.isSet(QLatin1String(option))) {
            field = QUrl(parser.value(QLatin1String(option)));
            ++changed;
        }
    };
    text("name", profile.name);
    url("url", profile.projectUrl);
    text("anon-key", profile.anonKey);
    text("environment", profile.environment);
    text("color", profile.color);
    text("auth", profile.authFlavor);
    text("provider", profile.authProvider);
    text("client-id", profile.clientId);
    url("issuer", profile.oidcIssuer);
    if (parser.isSet(QStringLiteral("scopes"))) {
        profile.scopes = parser.value(QStringLiteral("scopes")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        ++changed;
    }
    url("email-url", profile.emailApiUrl);
    return changed;
}

int ProfilesCommand::edit(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("profiles edit");
    parser.setApplicationDescription(
        tr("Change fields of a saved profile; the others keep their values. --name renames it."));
    CtlContext::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile to change."),
                                 QStringLiteral("NAME"));
    addFieldOptions(parser);
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("profiles edit needs exactly one profile name."),
                                    m_context.helpText(parser));
    }
    const QString name = parser.positionalArguments().first();
    auto store = openStore(m_context);
    std::optional<Profile> profile = store->find(name);
    if (!profile) {
        return m_context.failure(tr("There is no profile \"%1\" (campaignctl profiles list).").arg(name));
    }
    if (applyFields(parser, *profile) == 0) {
        return m_context.usageError(tr("profiles edit needs at least one field to change, e.g. --provider."),
                                    m_context.helpText(parser));
    }
    const Result<Profile> updated = store->update(name, *profile);
    if (!updated) {
        return m_context.failure(updated.error().message);
    }
    if (store->currentName() == name && updated.value().name != name) {
        store->setCurrentName(updated.value().name);
    }
    if (auto error = store->sync()) {
        return m_context.failure(error->message);
    }
    if (m_context.json) {
        m_context.printJson(toJson(updated.value()));
    } else {
        m_context.out << tr("Changed profile \"%1\".").arg(updated.value().name) << '\n';
    }
    return ExitOk;
}

int ProfilesCommand::show(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("profiles show");
    parser.setApplicationDescription(tr("Show a saved profile (the current one without NAME)."));
    CtlContext::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile to show."),
                                 QStringLiteral("[NAME]"));
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().size() > 1) {
        return m_context.usageError(tr("profiles show takes at most one profile name."),
                                    m_context.helpText(parser));
    }
    auto store = openStore(m_context);
    const QString name = parser.positionalArguments().value(0, store->currentName());
    const std::optional<Profile> profile = store->find(name);
    if (!profile) {
        return m_context.failure(
            name.isEmpty() ? tr("There is no current profile (campaignctl profiles add).")
                           : tr("There is no profile \"%1\" (campaignctl profiles list).").arg(name));
    }
    const QJsonObject json = toJson(*profile);
    if (m_context.json) {
        m_context.printJson(json);
        return ExitOk;
    }
    const QList<std::pair<QString, QString>> rows{
        {tr("Name"), profile->name},
        {tr("URL"), profile->projectUrl.toString()},
        {tr("Environment"), profile->environment},
        {tr("Colour"), profile->effectiveColor()},
        {tr("Sign-in"), profile->authFlavor},
        {tr("Provider"), profile->authProvider.isEmpty() ? tr("(none)") : profile->authProvider},
        {tr("Issuer"), profile->oidcIssuer.toString()},
        {tr("Client id"), profile->clientId},
        {tr("Scopes"), profile->scopes.join(QLatin1Char(' '))},
        {tr("E-mail API"), profile->effectiveEmailApiUrl().toString()},
        // The anon key is public by design, but long: its start is enough to tell two apart.
        {tr("Anon key"), profile->anonKey.left(12) + QStringLiteral("…")},
    };
    for (const auto& [label, value] : rows) {
        m_context.out << QStringLiteral("%1 %2").arg(label + QLatin1Char(':'), -13).arg(value) << '\n';
    }
    return ExitOk;
}

int ProfilesCommand::remove(const QStringList& arguments) {
    QCommandLineParser parser;
    m_context.command = QStringLiteral("profiles remove");
    parser.setApplicationDescription(tr("Remove a saved profile."));
    CtlContext::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("name"), tr("The profile to remove."));
    if (auto exit = m_context.parseCommand(parser, arguments)) {
        return *exit;
    }
    if (parser.positionalArguments().size() != 1) {
        return m_context.usageError(tr("profiles remove needs exactly one profile name."),
                                    m_context.helpText(parser));
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
