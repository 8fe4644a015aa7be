#include "ui/shell/PageSlot.h"

#include "ui/shell/EmptyStatePage.h"

#include <QVariant>

namespace cc::ui {

PageSlot::PageSlot(EmptyStatePage* placeholder, QWidget* parent)
    : QStackedWidget(parent)
    , m_placeholder(placeholder) {
    addWidget(placeholder);
}

void PageSlot::setContent(QWidget* content) {
    clearContent();
    m_content = content;
    addWidget(content);
    setCurrentWidget(content);
}

void PageSlot::clearContent() {
    if (!m_content) {
        return;
    }
    setCurrentWidget(m_placeholder);
    removeWidget(m_content);
    // Deleted later: the signal that led here may come from inside the page.
    m_content->deleteLater();
    m_content = nullptr;
}

bool PageSlot::isBusy() const {
    return m_pending || (m_content && m_content->property("busy").toBool());
}

} // namespace cc::ui
