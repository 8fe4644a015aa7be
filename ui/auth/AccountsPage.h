#pragma once

#include "app/core/Error.h"
#include "app/core/Profile.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace cc {
class BrowserOpener;
class RandomSource;
} // namespace cc
namespace cc::net {
class ApiClient;
}
namespace cc::auth {
class ConnectedAccounts;
class Session;
class SignInFlow;
class TokenStore;
} // namespace cc::auth

namespace cc::ui {

class BrowserHandOff;
class PageHeader;

// The Accounts page: the sign-in screen (profile picker, "Sign in with browser", the browser hand-off with
// the link, "Copy link", Cancel and the no-browser error, errors), the signed-in user with Sign out, and the
// profile's connected social accounts with Link (the same hand-off), Refresh and Disconnect.
class AccountsPage : public QWidget {
    Q_OBJECT

public:
    // What the page works with for the profile in use; all pointers are owned by the composition root.
    struct Context {
        std::optional<Profile> profile;
        auth::Session* session = nullptr;
        auth::ConnectedAccounts* accounts = nullptr;
        auth::TokenStore* store = nullptr;
        net::ApiClient* client = nullptr;
        RandomSource* random = nullptr;
        BrowserOpener* browser = nullptr;
    };

    explicit AccountsPage(QWidget* parent = nullptr);
    ~AccountsPage() override;

    void setProfiles(const QStringList& names, const QString& current);
    void setContext(const Context& context);

    // Starts a browser sign-in for the profile in use (the button's action).
    void startSignIn();
    void cancelSignIn();
    QString signInLink() const;
    enum class View { NoProfile, SignedOut, Waiting, SignedIn };
    View view() const { return m_view; }
    QString errorText() const;
    // "No web browser could be opened…" of the hand-off on screen (sign-in or linking), "" otherwise.
    QString browserErrorText() const;
    BrowserHandOff* linkHandOff() const { return m_linkHandOff; }

Q_SIGNALS:
    void profileChosen(const QString& name);

private:
    QWidget* buildSignIn();
    QWidget* buildAccounts();
    void showView(View view);
    void showError(const Error& error);
    void refreshSignedIn();
    void refreshAccounts();
    QString selectedPlatform() const;
    void linkSelected();

    Context m_context;
    View m_view = View::NoProfile;
    QPointer<auth::SignInFlow> m_flow;
    QList<QMetaObject::Connection> m_connections;

    QComboBox* m_profiles;
    QStackedWidget* m_signInStack;
    QLabel* m_noProfile;
    QLabel* m_signedOutText;
    QPushButton* m_signIn;
    QLabel* m_error;
    BrowserHandOff* m_handOff;
    BrowserHandOff* m_linkHandOff;
    QLabel* m_signedInText;
    QLabel* m_notice;
    QPushButton* m_signOut;
    QTreeWidget* m_accountList;
    QPushButton* m_link;
    QPushButton* m_refresh;
    QPushButton* m_disconnect;
    QLabel* m_accountsNote;
};

} // namespace cc::ui
