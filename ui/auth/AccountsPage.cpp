#include "ui/auth/AccountsPage.h"

#include "app/auth/ConnectedAccounts.h"
#include "app/auth/Session.h"
#include "app/auth/SignInFlow.h"
#include "app/auth/TokenStore.h"
#include "ui/auth/BrowserHandOff.h"
#include "ui/shell/PageHeader.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cc::ui {

namespace {

QLabel* wrapped(QWidget* parent, const QString& name) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString healthText(auth::ConnectedAccount::Health health) {
    switch (health) {
    case auth::ConnectedAccount::Health::Healthy:
        return AccountsPage::tr("Working");
    case auth::ConnectedAccount::Health::Expired:
        return AccountsPage::tr("Expired: refresh or link again");
    case auth::ConnectedAccount::Health::Failing:
        return AccountsPage::tr("Not working");
    case auth::ConnectedAccount::Health::Unknown:
        break;
    }
    return AccountsPage::tr("Checking…");
}

} // namespace

AccountsPage::AccountsPage(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("accountsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(16);
    auto* header = new PageHeader(tr("Accounts"),
                                  tr("Your sign-in and the social accounts connected for campaigns."), this);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("profilePicker"));
    m_profiles->setAccessibleName(tr("Profile"));
    m_profiles->setMinimumWidth(180);
    connect(m_profiles, &QComboBox::activated, this,
            [this](int index) { Q_EMIT profileChosen(m_profiles->itemText(index)); });
    header->addAction(new QLabel(tr("Profile:"), this));
    header->addAction(m_profiles);
    layout->addWidget(header);
    layout->addWidget(buildSignIn());
    layout->addWidget(buildAccounts(), 1);
    showView(View::NoProfile);
}

AccountsPage::~AccountsPage() = default;

QWidget* AccountsPage::buildSignIn() {
    auto* box = new QGroupBox(tr("Sign-in"), this);
    auto* outer = new QVBoxLayout(box);
    m_signInStack = new QStackedWidget(box);
    outer->addWidget(m_signInStack);

    m_noProfile = wrapped(box, QStringLiteral("noProfile"));
    m_noProfile->setText(tr("Choose or add a profile to sign in."));
    m_signInStack->addWidget(m_noProfile);

    auto* signedOut = new QWidget(box);
    auto* so = new QVBoxLayout(signedOut);
    m_signedOutText = wrapped(signedOut, QStringLiteral("signedOutText"));
    m_signIn = new QPushButton(tr("Sign in with browser"), signedOut);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    connect(m_signIn, &QPushButton::clicked, this, &AccountsPage::startSignIn);
    m_error = wrapped(signedOut, QStringLiteral("signInError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto* soRow = new QHBoxLayout;
    soRow->addWidget(m_signIn);
    soRow->addStretch();
    so->addWidget(m_signedOutText);
    so->addLayout(soRow);
    so->addWidget(m_error);
    m_signInStack->addWidget(signedOut);

    m_handOff = new BrowserHandOff(QStringLiteral("signIn"), box);
    m_signInStack->addWidget(m_handOff);

    auto* signedIn = new QWidget(box);
    auto* si = new QVBoxLayout(signedIn);
    m_signedInText = wrapped(signedIn, QStringLiteral("signedInText"));
    m_notice = wrapped(signedIn, QStringLiteral("memoryOnlyNotice"));
    m_notice->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_signOut = new QPushButton(tr("Sign out"), signedIn);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(m_signOut, &QPushButton::clicked, this, [this] {
        if (m_context.session) {
            m_context.session->signOut();
        }
    });
    auto* siRow = new QHBoxLayout;
    siRow->addWidget(m_signOut);
    siRow->addStretch();
    si->addWidget(m_signedInText);
    si->addWidget(m_notice);
    si->addLayout(siRow);
    m_signInStack->addWidget(signedIn);
    return box;
}

QWidget* AccountsPage::buildAccounts() {
    auto* box = new QGroupBox(tr("Connected accounts"), this);
    auto* layout = new QVBoxLayout(box);
    m_accountList = new QTreeWidget(box);
    m_accountList->setObjectName(QStringLiteral("connectedAccounts"));
    m_accountList->setRootIsDecorated(false);
    m_accountList->setHeaderLabels(
        {tr("Platform"), tr("Account"), tr("Scopes"), tr("Expires"), tr("Health")});
    m_accountList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accountList->header()->setStretchLastSection(true);
    connect(m_accountList, &QTreeWidget::currentItemChanged, this, [this] { refreshAccounts(); });
    m_link = new QPushButton(tr("Link…"), box);
    m_refresh = new QPushButton(tr("Refresh"), box);
    m_disconnect = new QPushButton(tr("Disconnect"), box);
    connect(m_link, &QPushButton::clicked, this, &AccountsPage::linkSelected);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        if (m_context.accounts) {
            m_context.accounts->refresh(selectedPlatform());
        }
    });
    connect(m_disconnect, &QPushButton::clicked, this, [this] {
        if (m_context.accounts) {
            m_context.accounts->disconnect(selectedPlatform());
        }
    });
    m_accountsNote = wrapped(box, QStringLiteral("accountsNote"));
    m_linkHandOff = new BrowserHandOff(QStringLiteral("linking"), box);
    m_linkHandOff->hide();
    auto* row = new QHBoxLayout;
    row->addWidget(m_link);
    row->addWidget(m_refresh);
    row->addWidget(m_disconnect);
    row->addStretch();
    layout->addWidget(m_accountList, 1);
    layout->addLayout(row);
    layout->addWidget(m_accountsNote);
    layout->addWidget(m_linkHandOff);
    return box;
}

void AccountsPage::setProfiles(const QStringList& names, const QString& current) {
    m_profiles->clear();
    m_profiles->addItems(names);
    m_profiles->setCurrentText(current);
}

void AccountsPage::setContext(const Context& context) {
    for (const auto& c : std::as_const(m_connections)) {
        disconnect(c);
    }
    m_connections.clear();
    if (m_flow) {
        m_flow->cancel();
    }
    m_context = context;
    m_error->hide();
    if (context.profile) {
        m_profiles->setCurrentText(context.profile->name);
    }
    if (auto* s = context.session) {
        m_connections << connect(s, &auth::Session::statusChanged, this, [this] {
            refreshSignedIn();
            refreshAccounts();
        });
        // Keychain and server problems are shown, never swallowed; the session itself may still work.
        m_connections << connect(s, &auth::Session::problem, this, [this](const Error& error) {
            if (m_view == View::SignedIn) {
                m_notice->setText(error.message);
                m_notice->show();
            } else {
                showError(error);
            }
        });
        m_connections << connect(s, &auth::Session::signedOut, this, [this](const QString& reason) {
            if (!reason.isEmpty()) {
                showError(Error(ErrorKind::Auth, reason));
            }
        });
    }
    if (auto* store = context.store) {
        m_connections << connect(store, &auth::TokenStore::memoryOnlyChanged, this,
                                 [this] { refreshSignedIn(); });
    }
    if (auto* a = context.accounts) {
        m_connections << connect(a, &auth::ConnectedAccounts::changed, this, [this] { refreshAccounts(); });
        m_connections << connect(a, &auth::ConnectedAccounts::loaded, this, [this] { refreshAccounts(); });
        m_connections << connect(a, &auth::ConnectedAccounts::problem, this,
                                 [this](const Error& e) { m_accountsNote->setText(e.message); });
    }
    refreshSignedIn();
    refreshAccounts();
}

void AccountsPage::showView(View view) {
    m_view = view;
    m_signInStack->setCurrentIndex(static_cast<int>(view));
}

void AccountsPage::showError(const Error& error) {
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
}

QString AccountsPage::errorText() const {
    return m_error->isVisible() ? m_error->text() : QString();
}

void AccountsPage::refreshSignedIn() {
    if (!m_context.profile || !m_context.session) {
        showView(View::NoProfile);
        return;
    }
    if (m_flow && m_flow->state() != auth::SignInFlow::State::Succeeded &&
        m_flow->state() != auth::SignInFlow::State::Failed) {
        showView(View::Waiting);
        return;
    }
    auth::Session* s = m_context.session;
    if (!s->isSignedIn()) {
        const bool memoryOnly = m_context.store && m_context.store->isMemoryOnly();
        m_signedOutText->setText(
            memoryOnly
                ? tr("Sign in to “%1” in your web browser. No keychain is available on this computer, so "
                     "the session will only last until the console is closed.")
                      .arg(m_context.profile->name)
                : tr("Sign in to “%1” in your web browser. The console never sees your password; it keeps "
                     "the session in your system keychain.")
                      .arg(m_context.profile->name));
        showView(View::SignedOut);
        return;
    }
    const auth::SessionTokens& t = s->tokens();
    m_signedInText->setText(
        tr("Signed in to “%1” as %2 (role %3). The session renews itself; the current access token expires "
           "at %4.")
            .arg(m_context.profile->name, t.email.isEmpty() ? t.userId : t.email,
                 t.role.isEmpty() ? tr("none") : t.role,
                 QLocale().toString(t.expiresAtUtc().toLocalTime(), QLocale::ShortFormat)));
    const QString notice = m_context.store ? m_context.store->notice() : QString();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
    showView(View::SignedIn);
}

void AccountsPage::startSignIn() {
    if (!m_context.profile || !m_context.session || !m_context.client || !m_context.random || m_flow) {
        return;
    }
    m_error->hide();
    auto* flow = new auth::SignInFlow(*m_context.profile, *m_context.client, *m_context.random, this);
    m_flow = flow;
    m_handOff->follow(flow,
                      tr("Waiting for you to finish signing in with your browser… If no browser opened, "
                         "copy the link and open it yourself. The link is valid for 5 minutes."));
    connect(flow, &auth::SignInFlow::succeeded, this, [this, flow](const auth::SessionTokens& tokens) {
        flow->deleteLater();
        if (m_context.session) {
            m_context.session->adopt(tokens);
        }
        refreshSignedIn();
    });
    connect(flow, &auth::SignInFlow::failed, this, [this, flow](const Error& error) {
        flow->deleteLater();
        m_flow = nullptr;
        refreshSignedIn();
        if (error.kind != ErrorKind::Cancelled) {
            showError(error);
        }
    });
    showView(View::Waiting);
    flow->start(m_context.browser);
}

void AccountsPage::cancelSignIn() {
    if (m_flow) {
        m_flow->cancel();
    }
}

QString AccountsPage::signInLink() const {
    return m_flow ? m_flow->authorizationUrl().toString(QUrl::FullyEncoded) : QString();
}

QString AccountsPage::browserErrorText() const {
    return m_view == View::Waiting ? m_handOff->errorText() : m_linkHandOff->errorText();
}

QString AccountsPage::selectedPlatform() const {
    const QTreeWidgetItem* item = m_accountList->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void AccountsPage::refreshAccounts() {
    const QString selected = selectedPlatform();
    const QSignalBlocker blocker(m_accountList);
    m_accountList->clear();
    const bool signedIn = m_context.session && m_context.session->isSignedIn();
    if (m_context.accounts) {
        for (const auth::ConnectedAccount& a : m_context.accounts->accounts()) {
            QString name = a.platform;
            for (const auth::SocialPlatform& p : m_context.accounts->platforms()) {
                name = p.id == a.platform ? p.name : name;
            }
            auto* item = new QTreeWidgetItem(m_accountList);
            item->setData(0, Qt::UserRole, a.platform);
            item->setText(0, name);
            if (a.isLinked()) {
                item->setText(1, a.displayName.isEmpty() ? a.handle
                                                         : tr("%1 (%2)").arg(a.displayName, a.handle));
                item->setText(2, a.scopes.join(QStringLiteral(", ")));
                item->setText(
                    3, QLocale().toString(a.tokens.expiresAtUtc().toLocalTime(), QLocale::ShortFormat));
                item->setText(4, healthText(a.health));
                item->setToolTip(4, a.problem);
            } else {
                item->setText(1, tr("Not linked"));
            }
            if (a.platform == selected) {
                m_accountList->setCurrentItem(item);
            }
        }
    }
    const QString platform = selectedPlatform();
    const auto account =
        m_context.accounts && !platform.isEmpty() ? m_context.accounts->account(platform) : std::nullopt;
    m_link->setEnabled(signedIn && !platform.isEmpty());
    m_refresh->setEnabled(account.has_value());
    m_disconnect->setEnabled(account.has_value());
    if (!m_context.profile) {
        m_accountsNote->setText(tr("Choose a profile to see its connected accounts."));
    } else if (!signedIn) {
        m_accountsNote->setText(tr("Sign in to link social accounts for campaigns."));
    } else if (m_accountList->topLevelItemCount() == 0) {
        m_accountsNote->setText(tr("This backend offers no social platforms to link."));
    } else {
        m_accountsNote->setText(tr("Select a platform to link it, refresh its token or disconnect it."));
    }
}

void AccountsPage::linkSelected() {
    if (!m_context.accounts) {
        return;
    }
    if (auth::SignInFlow* flow = m_context.accounts->link(selectedPlatform(), m_context.browser)) {
        m_accountsNote->setText(tr("Linking…"));
        m_linkHandOff->follow(flow,
                              tr("Finish linking the account in your browser… If no browser opened, copy "
                                 "the link and open it yourself."));
        m_linkHandOff->show();
        m_link->setEnabled(false);
        connect(flow, &auth::SignInFlow::succeeded, this, [this] {
            m_linkHandOff->follow(nullptr, {});
            m_linkHandOff->hide();
            refreshAccounts();
        });
        connect(flow, &auth::SignInFlow::failed, this, [this](const Error& e) {
            m_linkHandOff->follow(nullptr, {});
            m_linkHandOff->hide();
            refreshAccounts();
            m_accountsNote->setText(e.kind == ErrorKind::Cancelled ? tr("Linking cancelled.") : e.message);
        });
    }
}

} // namespace cc::ui
