#pragma once

#include <QFrame>
#include <QTimer>

#include <functional>

class QLabel;
class QPushButton;

namespace cc::ui {

// A one-line notice above the table ("Deleted 3 campaigns. Undo") that goes away by itself after a few
// seconds, with an optional action button. Only one notice at a time: a new one replaces the old.
class MessageBar : public QFrame {
    Q_OBJECT

public:
    enum class Tone { Info, Warning, Error };
    static constexpr int kDefaultTimeoutMs = 10'000;

    explicit MessageBar(QWidget* parent = nullptr);

    // `actionText` empty: no button. `timeoutMs` 0: stays until closed or replaced.
    void showMessage(const QString& text, Tone tone, const QString& actionText = {},
                     std::function<void()> action = {}, int timeoutMs = kDefaultTimeoutMs);
    void dismiss();
    QString text() const;
    bool hasAction() const;
    // Runs the action (as the button would) if one is shown.
    bool trigger();

private:
    QLabel* m_text;
    QPushButton* m_action;
    QPushButton* m_close;
    QTimer m_timer;
    std::function<void()> m_callback;
};

} // namespace cc::ui
