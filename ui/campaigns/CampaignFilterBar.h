#pragma once

#include "app/data/CampaignFilter.h"

#include <QKeySequence>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace cc::ui {

// The Campaigns page's filters: the search box, the status and the channel. searchEdited() follows every
// keystroke (the cache answers each at once; the store asks the server once typing pauses), changed() a new
// status or channel; apply() writes them into the page's filter.
class CampaignFilterBar : public QWidget {
    Q_OBJECT

public:
    explicit CampaignFilterBar(QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* channelFilter() const { return m_channel; }

    // Search, statuses and channels of `filter` from the controls.
    void apply(data::CampaignFilter& filter) const;
    // Shows every campaign named like `name`, whatever its status or channel.
    void searchFor(const QString& name);
    // Lets these shortcuts reach the page while the search box has focus, though QLineEdit would claim some
    // of them (Ctrl+E moves to the end of the line on X11).
    void letShortcutsThrough(QList<QKeySequence> keys) { m_letThrough = std::move(keys); }
    // The trailing space of the bar (the page puts its view menu there).
    void addTrailingWidget(QWidget* widget);

Q_SIGNALS:
    void changed();
    void searchEdited();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_channel;
    QList<QKeySequence> m_letThrough;
};

} // namespace cc::ui
