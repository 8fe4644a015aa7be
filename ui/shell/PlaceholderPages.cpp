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
    // The first run: try the console on the built-in sandbox at once, or connect it to a project.
    const EmptyStatePage::State welcome{tr("Welcome to Campaign Console"), QString(), tr("Try the demo"),
                                        tr("Connect to your Supabase project…")};
    const QString noProfileHint = tr(
        "Try the demo to explore the console with 5,000 sample campaigns on a built-in sandbox (nothing "
        "leaves this computer), or add a profile in Settings with your Supabase project URL and anon key.");

    EmptyStatePage* result = nullptr;
    EmptyStatePage::State without = welcome;
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
            tr("Go to Accounts"), QString()};
        break;
    case Page::LiveFeed:
        result = new EmptyStatePage(title(page), tr("Changes to campaigns as they happen on the server."),
                                    Icons::page(page), parent);
        without.body = tr("Every insert, update and delete made on the backend will appear here as it "
                          "happens.\n\n") +
                       noProfileHint;
        with = {tr("Sign in to follow changes"),
                tr("Once you are signed in to “%1”, changes made by anyone appear here as they happen."),
                tr("Go to Accounts"), QString()};
        break;
    case Page::Health:
    case Page::Accounts:
    case Page::Settings:
    case Page::Logs:
        return nullptr;
    }
    result->setStates(without, with);
    result->setProfileName(QString());
    return result;
}

} // namespace cc::ui
