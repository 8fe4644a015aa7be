#include "ui/health/ServiceTile.h"

#include "ui/health/HealthPalette.h"

#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace cc::ui {

using health::HealthState;

namespace {

QString percent(const std::optional<double>& value) {
    // Two decimals near 100 % where the difference matters (99.95 vs 99.50), none when it is whole.
    if (!value) {
        return QStringLiteral("–");
    }
    return QStringLiteral("%L1%").arg(*value, 0, 'f', *value >= 99.0 && *value < 100.0 ? 2 : 1);
}

} // namespace

ServiceTile::ServiceTile(const QString& name, QWidget* parent)
    : QFrame(parent)
    , m_name(name)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_latency(new QLabel(this))
    , m_uptimeLabel(new QLabel(this))
    , m_breaker(new QLabel(this))
    , m_error(new QLabel(this))
    , m_checked(new QLabel(this)) {
    setObjectName(QStringLiteral("serviceTile_%1").arg(name));
    setFocusPolicy(Qt::StrongFocus); // Tab walks the tiles; screen readers read the description
    setMinimumWidth(250);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_health.name = name;
    QFont bold = m_title->font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    QFont stateFont = m_state->font();
    stateFont.setWeight(QFont::DemiBold);
    m_state->setFont(stateFont);
    // Every line wraps: translations run longer than English and the tiles share the window's width.
    for (QLabel* label : {m_title, m_summary, m_latency, m_uptimeLabel, m_breaker, m_error, m_checked}) {
        label->setWordWrap(true);
    }
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QLabel* label : {m_latency, m_uptimeLabel, m_breaker, m_checked, m_summary}) {
        label->setTextFormat(Qt::PlainText);
    }
    m_error->setTextFormat(Qt::PlainText);

    auto* header = new QHBoxLayout;
    header->setSpacing(6);
    header->addWidget(m_icon);
    header->addWidget(m_title, 1);
    header->addWidget(m_state);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 12, 10);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_latency);
    layout->addWidget(m_uptimeLabel);
    layout->addWidget(m_breaker);
    layout->addWidget(m_error);
    layout->addWidget(m_checked);
    layout->addStretch(1);
    updateTexts();
}

void ServiceTile::setHealth(const health::ServiceHealth& health) {
    m_health = health;
    updateTexts();
}

void ServiceTile::setHistory(const health::ServiceHistory* history) {
    m_uptime[0] = history ? history->uptime24h : std::nullopt;
    m_uptime[1] = history ? history->uptime7d : std::nullopt;
    m_uptime[2] = history ? history->uptime30d : std::nullopt;
    updateTexts();
}

QString ServiceTile::stateText() const {
    return m_health.stateText();
}

QString ServiceTile::uptimeText() const {
    // No-break spaces keep "30 d 99.98%" together when the line wraps.
    return tr("Uptime: 24 h %1 · 7 d %2 · 30 d %3")
        .arg(percent(m_uptime[0]), percent(m_uptime[1]), percent(m_uptime[2]));
}

QString ServiceTile::breakerText() const {
    const QString text = m_health.breakerText();
    return text.isEmpty() ? tr("Breaker: not used") : tr("Breaker: %1").arg(text);
}

QString ServiceTile::lastErrorText() const {
    QString error = m_health.reason;
    if (error.isEmpty() && m_health.client && !m_health.client->lastError.isEmpty()) {
        error = tr("%1 (at %2)")
                    .arg(m_health.client->lastError,
                         m_health.client->lastErrorAtUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    return error.isEmpty() ? tr("Last error: none") : tr("Last error: %1").arg(error);
}

void ServiceTile::updateTexts() {
    const HealthState state = m_health.state;
    m_title->setText(m_health.title.isEmpty() ? m_name : m_health.title);
    m_icon->setPixmap(HealthPalette::pixmap(state, 18, devicePixelRatioF()));
    m_state->setText(stateText());
    QPalette statePalette = m_state->palette();
    // The state's colour darkened so the text stays readable on the tile's tint.
    statePalette.setColor(QPalette::WindowText,
                          HealthPalette::color(state).darker(state == HealthState::Degraded ? 160 : 125));
    m_state->setPalette(statePalette);
    m_summary->setText(m_health.summary);

    const qint64 latency = m_health.latencyMs();
    QString latencyText = latency >= 0 ? tr("Latency: %L1 ms").arg(latency) : tr("Latency: –");
    if (m_health.client && m_health.client->latencySamples > 0) {
        latencyText += tr(" · p95 %L1 ms").arg(m_health.client->p95Ms);
    }
    m_latency->setText(latencyText);
    m_uptimeLabel->setText(uptimeText());
    m_breaker->setText(breakerText());
    m_breaker->setVisible(m_health.client.has_value());
    const QString error = lastErrorText();
    m_error->setText(error);
    m_error->setToolTip(error);
    m_checked->setText(
        m_health.lastCheckUtc.isValid()
            ? tr("Last check: %1")
                  .arg(m_health.lastCheckUtc.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : tr("Last check: not yet"));
    QPalette muted = m_checked->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_checked->setPalette(muted);

    setAccessibleName(tr("%1: %2").arg(m_title->text(), stateText()));
    setAccessibleDescription(QStringList{m_summary->text(), latencyText, uptimeText(),
                                         m_breaker->isVisible() ? breakerText() : QString(), error,
                                         m_checked->text()}
                                 .join(QStringLiteral(". ")));
    update();
}

void ServiceTile::paintEvent(QPaintEvent* event) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor c = HealthPalette::color(m_health.state);
    p.setPen(
        QPen(hasFocus() ? palette().color(QPalette::Highlight) : c.lighter(130), hasFocus() ? 2.0 : 1.0));
    p.setBrush(HealthPalette::tint(m_health.state));
    p.drawRoundedRect(r, 6, 6);
    // The state's colour as a bar on the left edge.
    p.setPen(Qt::NoPen);
    p.setBrush(c);
    p.drawRoundedRect(QRectF(r.left(), r.top(), 6, r.height()), 3, 3);
    QFrame::paintEvent(event);
}

} // namespace cc::ui
