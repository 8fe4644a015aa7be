#include "ui/auth/UserStatusWidget.h"

#include "app/auth/Session.h"
#include "app/auth/TokenStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace cc::ui {

UserStatusWidget::UserStatusWidget(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_signOut(new QToolButton(this)) {
    setObjectName(QStringLiteral("userStatus"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_signOut);
    m_signOut->setText(tr("Sign out"));
    m_signOut->setAutoRaise(true);
    m_signOut->setObjectName(QStringLiteral("statusSignOut"));
    connect(m_signOut, &QToolButton::clicked, this, [this] {
        if (m_session) {
            m_session->signOut();
        }
    });
    update();
}

void UserStatusWidget::setSession(auth::Session* session, auth::TokenStore* store) {
    disconnect(m_connection);
    m_session = session;
    m_store = store;
    if (session) {
        m_connection = connect(session, &auth::Session::statusChanged, this, &UserStatusWidget::update);
    }
    update();
}

QString UserStatusWidget::text() const {
    return m_label->text();
}

void UserStatusWidget::update() {
    const bool signedIn = m_session && m_session->isSignedIn();
    m_signOut->setVisible(signedIn);
    if (!signedIn) {
        m_label->setText(tr("Not signed in"));
        m_label->setToolTip(QString());
        return;
    }
    const QString who =
        m_session->tokens().email.isEmpty() ? m_session->tokens().userId : m_session->tokens().email;
    const bool memoryOnly = m_store && m_store->isMemoryOnly();
    m_label->setText(memoryOnly ? tr("Signed in as %1 (this session only)").arg(who)
                                : tr("Signed in as %1").arg(who));
    m_label->setToolTip(memoryOnly ? m_store->notice() : QString());
}

} // namespace cc::ui
