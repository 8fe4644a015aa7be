#include "ui/shell/PageSlot.h"

#include "ui/shell/EmptyStatePage.h"

#include <QApplication>
#include <QVariant>

namespace cc::ui {

PageSlot::PageSlot(EmptyStatePage* placeholder, QWidget* parent)
    : QStackedWidget(parent)
    , m_placeholder(placeholder) {
    addWidget(placeholder);
    setFocusProxy(placeholder);
}

void PageSlot::setContent(QWidget* content) {
    clearContent();
    m_content = content;
    addWidget(content);
    // Focus given to the slot goes to what it shows; when the user was on this page, the new content takes
    // the focus at once (the Campaigns page's shortcuts then work without a click).
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    setCurrentWidget(content);
    setFocusProxy(content);
    if (hadFocus) {
        content->setFocus(Qt::OtherFocusReason);
    }
}

void PageSlot::clearContent() {
    if (!m_content) {
        return;
    }
    setCurrentWidget(m_placeholder);
    setFocusProxy(m_placeholder);
    removeWidget(m_content);
    // Deleted later: the signal that led here may come from inside the page.
    m_content->deleteLater();
    m_content = nullptr;
}

bool PageSlot::isBusy() const {
    return m_pending || (m_content && m_content->property("busy").toBool());
}

} // namespace cc::ui
