#include "ui/shell/ScreenshotTaker.h"

#include <QEvent>
#include <QFileInfo>
#include <QPixmap>

namespace cc::ui {

ScreenshotTaker::ScreenshotTaker(QWidget* window, QString file, std::function<bool()> ready, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_ready(std::move(ready)) {
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::poll);
    window->installEventFilter(this);
}

bool ScreenshotTaker::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        m_window->removeEventFilter(this);
        // After this paint has been delivered, not inside it.
        QTimer::singleShot(0, this, &ScreenshotTaker::poll);
    }
    return QObject::eventFilter(watched, event);
}

void ScreenshotTaker::poll() {
    if (!m_window) {
        emit finished(false, tr("The window closed before the screenshot was taken."));
        return;
    }
    if (m_ready && !m_ready() && m_waitedMs < kMaxWaitMs) {
        m_waitedMs += kPollMs;
        if (!m_poll.isActive()) {
            m_poll.start();
        }
        return;
    }
    m_poll.stop();
    grab();
}

void ScreenshotTaker::grab() {
    const QPixmap picture = m_window->grab();
    if (picture.isNull() || !picture.save(m_file, "PNG")) {
        emit finished(false, tr("Could not write the screenshot to %1.").arg(m_file));
        return;
    }
    emit finished(true, tr("Screenshot saved to %1 (%2×%3).")
                            .arg(QFileInfo(m_file).absoluteFilePath())
                            .arg(picture.width())
                            .arg(picture.height()));
}

} // namespace cc::ui
