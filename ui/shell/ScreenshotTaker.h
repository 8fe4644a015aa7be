#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace cc::ui {

// --screenshot: waits for the window's first paint and for the page to finish loading, grabs the window with
// QWidget::grab(), saves it as PNG and reports. Every later issue uses it to look at the UI.
class ScreenshotTaker : public QObject {
    Q_OBJECT

public:
    static constexpr int kPollMs = 50;
    static constexpr int kMaxWaitMs = 10'000;

    // `ready`: false while the visible page is still loading (the grab waits, at most kMaxWaitMs).
    ScreenshotTaker(QWidget* window, QString file, std::function<bool()> ready, QObject* parent = nullptr);

signals:
    void finished(bool saved, const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void poll();
    void grab();

    QPointer<QWidget> m_window;
    QString m_file;
    std::function<bool()> m_ready;
    QTimer m_poll;
    int m_waitedMs = 0;
    bool m_painted = false;
};

} // namespace cc::ui
