#include "ui/auth/BrowserHandOff.h"

#include "app/auth/SignInFlow.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace cc::ui {

BrowserHandOff::BrowserHandOff(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent) {
    QString capitalised = objectPrefix;
    if (!capitalised.isEmpty()) {
        capitalised[0] = capitalised[0].toUpper();
    }
    m_waiting = new QLabel(this);
    m_waiting->setWordWrap(true);
    m_waiting->setObjectName(objectPrefix + QStringLiteral("WaitingText"));

    // Not a colour alone: the style's warning icon and bold text say it is a problem.
    m_errorIcon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(objectPrefix + QStringLiteral("BrowserError"));
    QFont bold = m_error->font();
    bold.setWeight(QFont::DemiBold);
    m_error->setFont(bold);
    m_errorIcon->hide();
    m_error->hide();

    m_link = new QLineEdit(this);
    m_link->setObjectName(objectPrefix + QStringLiteral("Link"));
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Link to open in a browser"));
    m_link->setPlaceholderText(tr("Preparing the link…"));
    m_copy = new QPushButton(tr("Copy link"), this);
    m_copy->setObjectName(QStringLiteral("copy") + capitalised + QStringLiteral("Link"));
    m_copy->setEnabled(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancel") + capitalised);
    m_copied = new QLabel(this);
    m_copied->setWordWrap(true);

    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(link());
        m_link->selectAll();
        m_copied->setText(tr("Link copied: paste it into a browser on this computer."));
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_flow) {
            m_flow->cancel();
        }
    });

    auto* errorRow = new QHBoxLayout;
    errorRow->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorRow->addWidget(m_error, 1);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_link, 1);
    linkRow->addWidget(m_copy);
    linkRow->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_waiting);
    layout->addLayout(errorRow);
    layout->addLayout(linkRow);
    layout->addWidget(m_copied);
}

void BrowserHandOff::follow(auth::SignInFlow* flow, const QString& waiting) {
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_flow = flow;
    m_waiting->setText(waiting);
    m_errorIcon->hide();
    m_error->hide();
    m_error->clear();
    m_copied->clear();
    m_link->clear();
    m_copy->setEnabled(false);
    m_cancel->setEnabled(flow != nullptr);
    if (flow == nullptr) {
        return;
    }
    auto showLink = [this](const QUrl& url) {
        m_link->setText(url.toString(QUrl::FullyEncoded));
        m_link->setCursorPosition(0);
        m_copy->setEnabled(!url.isEmpty());
    };
    if (!flow->authorizationUrl().isEmpty()) {
        showLink(flow->authorizationUrl());
    }
    m_connections << connect(flow, &auth::SignInFlow::authorizationUrlReady, this, showLink);
    // The opener's own words go to the log; the user needs what to do instead.
    m_connections << connect(flow, &auth::SignInFlow::browserFailed, this, [this] { showBrowserFailed(); });
}

void BrowserHandOff::showBrowserFailed() {
    m_error->setText(tr("No web browser could be opened on this computer. Copy the link below and open it "
                        "in a browser on this computer; this page waits for it for 5 minutes."));
    m_errorIcon->show();
    m_error->show();
    m_copy->setDefault(true);
    m_copy->setFocus();
}

QString BrowserHandOff::link() const {
    return m_link->text();
}

QString BrowserHandOff::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

} // namespace cc::ui
