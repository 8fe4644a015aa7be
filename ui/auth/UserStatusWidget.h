#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace cc::auth {
class Session;
class TokenStore;
} // namespace cc::auth

namespace cc::ui {

// The signed-in user in the status bar ("ada@example.org") with a Sign out button; "Not signed in" otherwise.
// A session kept in memory only is marked so people know it will not survive a restart.
class UserStatusWidget : public QWidget {
    Q_OBJECT

public:
    explicit UserStatusWidget(QWidget* parent = nullptr);

    // `session` may be null (no profile). Not owned.
    void setSession(auth::Session* session, auth::TokenStore* store);
    QString text() const;
    QToolButton* signOutButton() const { return m_signOut; }

private:
    void update();

    QLabel* m_label;
    QToolButton* m_signOut;
    auth::Session* m_session = nullptr;
    auth::TokenStore* m_store = nullptr;
    QMetaObject::Connection m_connection;
};

} // namespace cc::ui
