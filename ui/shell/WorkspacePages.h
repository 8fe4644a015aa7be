#pragma once

#include "app/core/Profile.h"
#include "ui/shell/Page.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace cc {
class Clock;
class LiveChanges;
class RandomSource;
class SessionWorkspace;
class UserWorkspace;
} // namespace cc

namespace cc::auth {
class TokenStore;
}

namespace cc::ui {

class CampaignsPage;
class MainWindow;
class PageSlot;

// The pages that show a signed-in user's data (Campaigns, Live feed). Each is a PageSlot: its empty
// state until the session's workspace is open, then the real page over that workspace, and the empty state
// again at sign-out. The composition root creates this once and binds it to each profile's SessionWorkspace.
class WorkspacePages : public QObject {
    Q_OBJECT

public:
    WorkspacePages(MainWindow& window, Clock& clock, RandomSource& random, QObject* parent = nullptr);

    // Where the pages find secrets of their own (the e-mail API key); nullptr: none (no test e-mail).
    void setTokenStore(auth::TokenStore* tokens) { m_tokens = tokens; }

    // The profile in use (the empty states' wording); nullopt: none.
    void setProfile(const std::optional<Profile>& profile);
    // Follows `workspace` from now on (nullptr: none, e.g. no profile).
    void bind(SessionWorkspace* workspace);

    // The user's data is on its way (a session being restored or signed in): the pages count as busy.
    void setPending(bool pending);

    PageSlot* slot(Page page) const;
    CampaignsPage* campaignsPage() const;

Q_SIGNALS:
    // A signed-in user's campaigns page was just put in place (the start-up benchmark watches it).
    void campaignsPageShown(cc::ui::CampaignsPage* page);
    // "Try the demo" on the first-run page: the shell starts the built-in sandbox in this window.
    void demoRequested();
    // The workspace could not be opened, or its cache was rebuilt: a sentence for the status bar.
    void message(const QString& text);

private:
    void onReady(UserWorkspace* workspace, const QString& movedAside);
    void onClosing();
    void showLiveChanges(LiveChanges& live, CampaignsPage& campaigns);

    MainWindow& m_window;
    Clock& m_clock;
    RandomSource& m_random;
    auth::TokenStore* m_tokens = nullptr;
    QList<QPair<Page, PageSlot*>> m_slots;
    QPointer<SessionWorkspace> m_bound;
    bool m_hasProfile = false;
};

} // namespace cc::ui
