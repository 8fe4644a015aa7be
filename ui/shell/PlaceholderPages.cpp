#include "ui/shell/PlaceholderPages.h"

#include "ui/shell/EmptyStatePage.h"
#include "ui/shell/Icons.h"

namespace cc::ui {

QString PlaceholderPages::title(Page page) {
    switch (page) {
    case Page::Campaigns:
        return tr("Campaigns");
    case Page::LiveFeed:
        return tr("Live feed");
    case Page::Health:
        return tr("Health");
    case Page::Accounts:
        return tr("Accounts");
    case Page::Settings:
        return tr("Settings");
    case Page::Logs:
        return tr("Logs");
    }
    return {};
}

EmptyStatePage* PlaceholderPages::create(Page page, QWidget* parent) {
    const EmptyStatePage::State addProfile{tr("No backend profile yet"), QString(), tr("Open Settings")};
    const QString noProfileHint =
        tr("Add a profile in Settings with your Supabase project URL and anon key, or start the console with "
           "--demo to try it against the built-in sandbox.");

    EmptyStatePage* result = nullptr;
    EmptyStatePage::State without = addProfile;
    EmptyStatePage::State with;
    switch (page) {
    case Page::Campaigns:
        result = new EmptyStatePage(title(page), tr("Browse, search and edit the campaigns of the backend."),
                                    Icons::page(page), parent);
        without.body =
            tr("Campaigns are listed here once the console is connected to a backend.\n\n") + noProfileHint;
        with = {
            tr("Sign in to see campaigns"),
            tr("The campaigns of “%1” are listed here once you are signed in. Sign in on the Accounts page: "
               "the console opens your web browser, and your session is kept in the system keychain."),
            tr("Go to Accounts")};
        break;
    case Page::LiveFeed:
        result = new EmptyStatePage(title(page), tr("Changes to campaigns as they happen on the server."),
                                    Icons::page(page), parent);
        without.body = tr("Every insert, update and delete made on the backend will appear here as it "
                          "happens.\n\n") +
                       noProfileHint;
        with = {tr("Sign in to follow changes"),
                tr("Once you are signed in to “%1”, changes made by anyone appear here as they happen."),
                tr("Go to Accounts")};
        break;
    case Page::Health:
        result = new EmptyStatePage(title(page), tr("The state of every service the console depends on."),
                                    Icons::page(page), parent);
        without.body =
            tr("Auth, the REST API, Realtime and the e-mail API will each show their state, latency "
               "and uptime here.\n\n") +
            noProfileHint;
        with = {tr("Sign in to check the services"),
                tr("The health of every service “%1” depends on is checked once you are signed in."),
                tr("Go to Accounts")};
        break;
    case Page::Accounts:
        result = new EmptyStatePage(title(page),
                                    tr("Your sign-in and the social accounts connected for "
                                       "campaigns."),
                                    Icons::page(page), parent);
        without.body =
            tr("Signing in through your web browser and the accounts connected for campaigns will be "
               "managed here.\n\n") +
            noProfileHint;
        with = {tr("Not signed in"),
                tr("Signing in to “%1” through your web browser is not available in this version yet. "
                   "Nothing about your accounts is stored on this computer."),
                QString()};
        break;
    case Page::Settings:
    case Page::Logs:
        return nullptr;
    }
    result->setStates(without, with);
    result->setProfileName(QString());
    return result;
}

} // namespace cc::ui
