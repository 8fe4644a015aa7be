#include "ui/shell/WorkspacePages.h"

#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"
#include "app/email/EmailClient.h"
#include "app/realtime/ChangeApplier.h"
#include "app/realtime/RealtimeClient.h"
#include "app/workspace/LiveChanges.h"
#include "app/workspace/SessionWorkspace.h"
#include "ui/campaigns/CampaignsPage.h"
#include "ui/feed/CampaignLiveUpdater.h"
#include "ui/feed/LiveFeedModel.h"
#include "ui/feed/LiveFeedPage.h"
#include "ui/shell/EmptyStatePage.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PageSlot.h"
#include "ui/shell/PlaceholderPages.h"

#include <QDir>

namespace cc::ui {

WorkspacePages::WorkspacePages(MainWindow& window, Clock& clock, RandomSource& random, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_clock(clock)
    , m_random(random) {
    for (Page page : {Page::Campaigns, Page::LiveFeed}) {
        EmptyStatePage* placeholder = PlaceholderPages::create(page);
        // Without a profile: the demo, or Settings to connect a project; with one, signing in on Accounts.
        connect(placeholder, &EmptyStatePage::actionRequested, this, [this] {
            if (m_hasProfile) {
                m_window.setCurrentPage(Page::Accounts);
            } else {
                Q_EMIT demoRequested();
            }
        });
        connect(placeholder, &EmptyStatePage::secondaryActionRequested, this,
                [this] { m_window.setCurrentPage(Page::Settings); });
        auto* slot = new PageSlot(placeholder);
        slot->setObjectName(Pages::key(page) + QStringLiteral("Slot"));
        m_slots.append({page, slot});
        window.addPage(page, PlaceholderPages::title(page), slot);
    }
}

PageSlot* WorkspacePages::slot(Page page) const {
    for (const auto& [p, slot] : m_slots) {
        if (p == page) {
            return slot;
        }
    }
    return nullptr;
}

CampaignsPage* WorkspacePages::campaignsPage() const {
    return qobject_cast<CampaignsPage*>(slot(Page::Campaigns)->content());
}

void WorkspacePages::setProfile(const std::optional<Profile>& profile) {
    m_hasProfile = profile.has_value();
    for (const auto& [page, slot] : m_slots) {
        slot->placeholder()->setProfileName(profile ? profile->name : QString());
    }
}

void WorkspacePages::setPending(bool pending) {
    for (const auto& [page, slot] : m_slots) {
        slot->setPending(pending);
    }
}

void WorkspacePages::bind(SessionWorkspace* workspace) {
    if (m_bound) {
        m_bound->disconnect(this);
    }
    onClosing();
    m_bound = workspace;
    if (!workspace) {
        return;
    }
    connect(workspace, &SessionWorkspace::ready, this, &WorkspacePages::onReady);
    connect(workspace, &SessionWorkspace::closing, this, &WorkspacePages::onClosing);
    connect(workspace, &SessionWorkspace::opening, this, [this] { setPending(true); });
    // The status bar shows the sync's progress (StatusBarEvents); the page shows what it brought.
    connect(workspace, &SessionWorkspace::fullSyncFinished, this, [this] {
        if (CampaignsPage* page = campaignsPage()) {
            page->refresh(false);
        }
    });
    connect(workspace, &SessionWorkspace::failed, this, [this](const Error& error) {
        setPending(false);
        Q_EMIT message(tr("Your local data could not be opened: %1").arg(error.message));
    });
    if (UserWorkspace* open = workspace->workspace()) {
        onReady(open, {});
    }
}

void WorkspacePages::onReady(UserWorkspace* workspace, const QString& movedAside) {
    setPending(false);
    auto* campaigns =
        new CampaignsPage(workspace->store(), workspace->outbox(), workspace->sender(), m_clock);
    slot(Page::Campaigns)->setContent(campaigns);
    if (m_tokens) {
        const Profile& profile = workspace->profile();
        campaigns->setEmailClient(new email::EmailClient(workspace->apiClient(),
                                                         profile.effectiveEmailApiUrl(), m_tokens->secrets(),
                                                         profile.name, m_random, campaigns));
    }
    if (m_bound) {
        campaigns->setUserEmail(m_bound->session().tokens().email);
    }
    Q_EMIT campaignsPageShown(campaigns);
    campaigns->refresh(false);
    if (LiveChanges* live = m_bound ? m_bound->live() : nullptr) {
        showLiveChanges(*live, *campaigns);
    }
    if (const QString& notice = workspace->outbox().recoveryNotice(); !notice.isEmpty()) {
        Q_EMIT message(notice);
    }
    if (!movedAside.isEmpty()) {
        Q_EMIT message(
            tr("The local cache was damaged; it was moved to %1 and is being rebuilt from the server.")
                .arg(QDir::toNativeSeparators(movedAside)));
    }
}

// Live changes reach the campaigns table (minimal updates, a brief flash) and the live feed page; the
// connection state reaches the status bar as a domain event (StatusBarEvents).
void WorkspacePages::showLiveChanges(LiveChanges& live, CampaignsPage& campaigns) {
    auto* updater = new CampaignLiveUpdater(campaigns.model(), m_clock, &campaigns);
    QPointer<CampaignsPage> page(&campaigns);
    updater->setFilterSource([page] { return page ? page->filter() : data::CampaignFilter(); });
    connect(&live.applier(), &realtime::ChangeApplier::changesApplied, updater, &CampaignLiveUpdater::apply);

    auto* model = new LiveFeedModel(m_clock);
    model->setHistory(&live.history());
    connect(&live.applier(), &realtime::ChangeApplier::feedEntriesRecorded, model,
            &LiveFeedModel::addEntries);
    auto* feed = new LiveFeedPage(*model);
    model->setParent(feed); // the last child: destroyed after the views that show it
    feed->setConnectionState(live.client().state());
    connect(&live.client(), &realtime::RealtimeClient::stateChanged, feed, &LiveFeedPage::setConnectionState);
    connect(feed, &LiveFeedPage::openCampaign, this, [this, page](const QString& id) {
        m_window.setCurrentPage(Page::Campaigns);
        if (page) {
            page->showCampaign(id);
        }
    });
    slot(Page::LiveFeed)->setContent(feed);
}

void WorkspacePages::onClosing() {
    setPending(false);
    for (const auto& [page, slot] : m_slots) {
        slot->clearContent();
    }
}

} // namespace cc::ui
