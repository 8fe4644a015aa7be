#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace cc::ui {

// The title block at the top of every page: a large title, one line saying what the page is for, and room on
// the right for the page's main actions.
class PageHeader : public QWidget {
    Q_OBJECT

public:
    PageHeader(const QString& title, const QString& subtitle, QWidget* parent = nullptr);

    void addAction(QWidget* widget); // right-aligned, in order
    QString title() const;
    QString subtitle() const;

private:
    QLabel* m_title;
    QLabel* m_subtitle;
    QHBoxLayout* m_actions;
};

} // namespace cc::ui
