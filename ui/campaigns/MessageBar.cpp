#include "ui/campaigns/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace cc::ui {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_close(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_close->setFlat(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 6, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &MessageBar::dismiss);
    connect(m_close, &QPushButton::clicked, this, &MessageBar::dismiss);
    connect(m_action, &QPushButton::clicked, this, [this] { trigger(); });
    hide();
}

void MessageBar::showMessage(const QString& text, Tone tone, const QString& actionText,
                             std::function<void()> action, int timeoutMs) {
    static const char* const backgrounds[] = {"#e8f0fe", "#fff4d6", "#fce8e6"};
    static const char* const foregrounds[] = {"#174ea6", "#5c4300", "#8c1d18"};
    const int i = static_cast<int>(tone);
    setStyleSheet(
        QStringLiteral("#messageBar { background: %1; border-radius: 4px; } #messageText { color: %2; }")
            .arg(QLatin1String(backgrounds[i]), QLatin1String(foregrounds[i])));
    m_text->setText(text);
    m_callback = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty() && m_callback);
    m_timer.stop();
    if (timeoutMs > 0) {
        m_timer.start(timeoutMs);
    }
    show();
}

void MessageBar::dismiss() {
    m_timer.stop();
    m_callback = nullptr;
    hide();
}

QString MessageBar::text() const {
    return isHidden() ? QString() : m_text->text();
}

bool MessageBar::hasAction() const {
    return !isHidden() && static_cast<bool>(m_callback);
}

bool MessageBar::trigger() {
    if (!hasAction()) {
        return false;
    }
    const std::function<void()> callback = std::move(m_callback);
    dismiss();
    callback();
    return true;
}

} // namespace cc::ui
