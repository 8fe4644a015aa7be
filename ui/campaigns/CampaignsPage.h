#pragma once

#include "app/core/Clock.h"
#include "app/data/CampaignFilter.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "ui/campaigns/CampaignChanges.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/PendingRows.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSplitter;
class QTableView;

namespace cc::email {
class EmailClient;
}

namespace cc::ui {

class CampaignDetailPane;
class CampaignEditorDialog;
class ConflictDialog;
class MessageBar;
class SendTestEmailDialog;

// The campaigns workspace: a lazy table over the store (answers from the cache at once, refreshed in the
// background), a debounced search box, status and channel filters, sorting (done by the cache and the
// server, so 100,000 rows never load to be sorted), a column chooser (kept in the settings), a freshness
// line and an offline banner, pending/conflict markers from the outbox, a detail pane, the editor,
// duplicate, delete with undo, bulk pause/archive/budget (one transaction each), CSV export of the filtered
// view, conflict resolution and "Send test e-mail". Every action has a keyboard shortcut.
class CampaignsPage : public QWidget {
    Q_OBJECT

public:
    static constexpr qint64 kWindow = 200;
    static inline const QString kHiddenColumnsKey = QStringLiteral("console/campaignsHiddenColumns");
    static inline const QString kSortKey = QStringLiteral("console/campaignsSort");

    CampaignsPage(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                  const Clock& clock, QWidget* parent = nullptr);
    ~CampaignsPage() override;

    // Optional: enables "Send test e-mail"; `userEmail` prefills the recipient.
    void setEmailClient(email::EmailClient* client);
    void setUserEmail(const QString& address) { m_userEmail = address; }

    CampaignTableModel& model() { return m_model; }
    CampaignChanges& changes() { return m_changes; }
    QLineEdit* searchBox() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* channelFilter() const { return m_channel; }
    QLabel* freshnessLabel() const { return m_freshness; }
    QLabel* offlineBanner() const { return m_offline; }
    QLabel* countsLabel() const { return m_counts; }
    QTableView* table() const { return m_table; }
    CampaignDetailPane* detailPane() const { return m_detail; }
    MessageBar* messageBar() const { return m_messages; }
    QMenu* columnMenu() const { return m_columnMenu; }
    const data::CampaignFilter& filter() const { return m_filter; }
    QAction* action(const QString& objectName) const;
    // The campaigns selected in the table, in view order.
    QList<data::Campaign> selectedCampaigns() const;

public slots:
    // Debounced: the search box's, the cache answers at once and the server once the typing pauses.
    void refresh(bool force = false,
                 data::CampaignStore::Revalidation revalidation = data::CampaignStore::Revalidation::Now);
    // Records the change in the outbox; shown as pending (and sent) once it is durable there.
    void submit(const data::Campaign& before, const data::Campaign& after);
    void openEditor(int row = -1);
    CampaignEditorDialog* duplicate(int row);
    void deleteSelected();
    void undoDelete();
    void bulkSetStatus(const QString& status);
    void bulkSetBudget(double budget);
    // Sorts by a view column (the sync column is not sortable).
    void sortBy(int column, Qt::SortOrder order);
    void setColumnVisible(int column, bool visible);
    // Writes the whole filtered view (not only the rows loaded so far) to `path`; exported() follows.
    void exportCsv(const QString& path);
    ConflictDialog* openConflict(const QString& id);
    // Brings one campaign into view and selects it (the live feed's "open"): at once when it is loaded,
    // otherwise by searching for its name.
    void showCampaign(const QString& id);
    SendTestEmailDialog* openSendTestEmail();

signals:
    // Each time the table shows a new answer (tests, the start-up benchmark); `final` when no server answer
    // follows it.
    void answered(bool fromServer, bool final);
    void exported(const QString& path, int rows, const QString& error);

private:
    void buildActions();
    void onAnswer(const data::CampaignStore::Answer& answer, quint64 generation);
    void loadMore(qint64 offset);
    void updateMarkers();
    void updateFreshnessText();
    void updateDetail();
    void updateActions();
    void onSortIndicator(int section, Qt::SortOrder order);
    void restoreViewSettings();
    void showColumnMenu(const QPoint& pos);
    void askBudget();
    void askExportPath();
    void showError(const QString& text);
    void applyLocally(const QStringList& ids, const QJsonObject& values);

    data::CampaignStore& m_store;
    data::Outbox& m_outbox;
    const Clock& m_clock;
    CampaignChanges m_changes;
    CampaignTableModel m_model;
    PendingRows m_pendingRows{m_model};
    data::CampaignFilter m_filter;
    quint64 m_generation = 0;
    data::CampaignStore::Answer m_last;
    std::optional<CampaignChanges::Deletion> m_lastDeletion;
    QPointer<email::EmailClient> m_email;
    QString m_userEmail;
    int m_sortSection = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_channel;
    QLabel* m_freshness;
    QLabel* m_counts;
    QLabel* m_offline;
    MessageBar* m_messages;
    QTableView* m_table;
    CampaignDetailPane* m_detail;
    QSplitter* m_splitter;
    QMenu* m_columnMenu;
    QMenu* m_sortMenu;
    QTimer m_ageTicker;
};

} // namespace cc::ui
