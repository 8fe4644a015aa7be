#pragma once

#include <QStackedWidget>

namespace cc::ui {

class EmptyStatePage;

// A page of the main window that needs a signed-in user: it shows its empty state (what to do to get there)
// until the workspace provides the real page, and goes back to the empty state when the user signs out.
class PageSlot : public QStackedWidget {
    Q_OBJECT
    // The screenshot mode waits while the page in front is still loading.
    Q_PROPERTY(bool busy READ isBusy)

public:
    explicit PageSlot(EmptyStatePage* placeholder, QWidget* parent = nullptr);

    EmptyStatePage* placeholder() const { return m_placeholder; }
    QWidget* content() const { return m_content; }
    // Shows `content` (owned from now on) instead of the empty state; a previous content is deleted.
    void setContent(QWidget* content);
    // Deletes the content and shows the empty state again.
    void clearContent();
    // While the data behind the page is on its way (session restoring, workspace opening).
    void setPending(bool pending) { m_pending = pending; }
    bool isBusy() const;

private:
    EmptyStatePage* m_placeholder;
    QWidget* m_content = nullptr;
    bool m_pending = false;
};

} // namespace cc::ui
