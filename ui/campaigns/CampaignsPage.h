#pragma once

#include "app/core/Clock.h"
#include "app/data/CampaignFilter.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "ui/campaigns/CampaignTableModel.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cc::ui {

// The campaigns workspace: a lazy table over the store (answers from the cache at once, refreshed in the
// background), a debounced search box, a status filter, a freshness line ("updated 2 min ago", "offline:
// showing cached data"), pending/conflict markers from the outbox, and the editor for new and changed
// campaigns (recorded in the outbox first, then sent).
class CampaignsPage : public QWidget {
    Q_OBJECT

public:
    static constexpr int kSearchDebounceMs = 250;
    static constexpr qint64 kWindow = 200;

    CampaignsPage(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                  const Clock& clock, QWidget* parent = nullptr);

    CampaignTableModel& model() { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QLabel* freshnessLabel() const { return m_freshness; }
    QTableView* table() const { return m_table; }
    const data::CampaignFilter& filter() const { return m_filter; }

public slots:
    void refresh(bool force = false);
    // Records the change in the outbox (shown as pending at once) and starts sending.
    void submit(const data::Campaign& before, const data::Campaign& after);
    void openEditor(int row = -1);

signals:
    // Each time the table shows a new answer (tests, the start-up benchmark); `final` when no server answer
    // follows it.
    void answered(bool fromServer, bool final);

private:
    void onAnswer(const data::CampaignStore::Answer& answer, quint64 generation);
    void loadMore(qint64 offset);
    void updateMarkers();
    void updateFreshnessText();

    data::CampaignStore& m_store;
    data::Outbox& m_outbox;
    data::OutboxSender& m_sender;
    const Clock& m_clock;
    CampaignTableModel m_model;
    data::CampaignFilter m_filter;
    quint64 m_generation = 0;
    data::CampaignStore::Answer m_last;
    QLineEdit* m_search;
    QComboBox* m_status;
    QLabel* m_freshness;
    QLabel* m_counts;
    QPushButton* m_refresh;
    QPushButton* m_new;
    QTableView* m_table;
    QTimer m_debounce;
    QTimer m_ageTicker;
};

} // namespace cc::ui
