#include "ui/shell/EmptyStatePage.h"

#include "ui/shell/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc::ui {

namespace {
constexpr int kIconSize = 64;
constexpr int kTextWidth = 520;
} // namespace

EmptyStatePage::EmptyStatePage(const QString& title, const QString& subtitle, const QIcon& icon,
                               QWidget* parent)
    : QWidget(parent)
    , m_header(new PageHeader(title, subtitle, this))
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_secondary(new QPushButton(this)) {
    m_icon->setPixmap(icon.pixmap(kIconSize, QIcon::Disabled));
    m_icon->setAlignment(Qt::AlignCenter);

    m_heading->setObjectName(QStringLiteral("emptyHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);

    m_body->setObjectName(QStringLiteral("emptyBody"));
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);

    m_action->setObjectName(QStringLiteral("emptyAction"));
    m_action->setDefault(true);
    setFocusProxy(m_action); // the way forward is one key press away
    connect(m_action, &QPushButton::clicked, this, &EmptyStatePage::actionRequested);
    m_secondary->setObjectName(QStringLiteral("emptySecondaryAction"));
    m_secondary->setFlat(true);
    connect(m_secondary, &QPushButton::clicked, this, &EmptyStatePage::secondaryActionRequested);

    // A fixed-width column, centred by stretches: word-wrapped labels need a layout that gives them their
    // height for the width, which alignment flags would take away.
    auto* column = new QWidget(this);
    column->setMaximumWidth(kTextWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_icon);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_body);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_action, 0, Qt::AlignHCenter);
    columnLayout->addWidget(m_secondary, 0, Qt::AlignHCenter);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 3);
    row->addStretch(1);

    auto* center = new QVBoxLayout;
    center->addStretch(2);
    center->addLayout(row);
    center->addStretch(3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_header);
    layout->addLayout(center, 1);
}

void EmptyStatePage::setStates(const State& withoutProfile, const State& withProfile) {
    m_withoutProfile = withoutProfile;
    m_withProfile = withProfile;
    refresh();
}

void EmptyStatePage::setProfileName(const QString& name) {
    m_profileName = name;
    refresh();
}

QString EmptyStatePage::heading() const {
    return m_heading->text();
}

QString EmptyStatePage::body() const {
    return m_body->text();
}

void EmptyStatePage::refresh() {
    const bool hasProfile = !m_profileName.isEmpty();
    const State& state = hasProfile ? m_withProfile : m_withoutProfile;
    m_heading->setText(state.heading);
    m_body->setText(hasProfile && state.body.contains(QLatin1String("%1")) ? state.body.arg(m_profileName)
                                                                           : state.body);
    m_action->setText(state.action);
    m_action->setVisible(!state.action.isEmpty());
    m_secondary->setText(state.secondaryAction);
    m_secondary->setVisible(!state.secondaryAction.isEmpty());
}

} // namespace cc::ui
