#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cc::auth {
class SignInFlow;
}

namespace cc::ui {

// What the user sees while a browser sign-in or account linking waits for the browser: what is happening,
// the link itself (to copy into a browser of their choice), "Copy link", "Cancel", and, when no browser could
// be started, a clear error that says what to do instead. It follows one SignInFlow at a time and owns none.
class BrowserHandOff : public QWidget {
    Q_OBJECT

public:
    // `objectPrefix` names the children ("signIn" -> "signInLink", "copySignInLink", "cancelSignIn"), for
    // tests and accessibility tools.
    BrowserHandOff(const QString& objectPrefix, QWidget* parent = nullptr);

    // Follows `flow` (null: none). `waiting` is the sentence shown while it waits.
    void follow(auth::SignInFlow* flow, const QString& waiting);
    QString link() const;
    // The no-browser message ("" while the browser opened, or before it was tried).
    QString errorText() const;
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* copyButton() const { return m_copy; }

private:
    void showBrowserFailed();

    QPointer<auth::SignInFlow> m_flow;
    QList<QMetaObject::Connection> m_connections;
    QLabel* m_waiting;
    QLabel* m_errorIcon;
    QLabel* m_error;
    QLineEdit* m_link;
    QPushButton* m_copy;
    QPushButton* m_cancel;
    QLabel* m_copied;
};

} // namespace cc::ui
