#pragma once

#include "app/core/Clock.h"
#include "app/data/CampaignFilter.h"
#include "app/data/CampaignStore.h"
#include "app/data/Outbox.h"
#include "app/data/OutboxSender.h"
#include "ui/campaigns/CampaignActions.h"
#include "ui/campaigns/CampaignChanges.h"
#include "ui/campaigns/CampaignFilterBar.h"
#include "ui/campaigns/CampaignStatusLine.h"
#include "ui/campaigns/CampaignTableModel.h"
#include "ui/campaigns/CampaignTableView.h"
#include "ui/campaigns/PendingRows.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTableView;

namespace cc::email {
class EmailClient;
}

namespace cc::ui {

class CampaignDetailPane;
class CampaignEditing;
class CampaignEditorDialog;
class CampaignExporter;
class CampaignViewSettings;
class ConflictDialog;
class MessageBar;
class SendTestEmailDialog;

// The campaigns workspace: a lazy table over the store (answers from the cache at once, refreshed in the
// background), a debounced search box, status and channel filters, a freshness line and an offline banner,
// pending/conflict markers from the outbox and a detail pane. The parts live in classes of their own: the
// actions (CampaignActions, enabled from the selection), the edits (CampaignEditing), the sort and columns
// (CampaignViewSettings) and the CSV export (CampaignExporter); the page wires them to the table.
class CampaignsPage : public QWidget {
    Q_OBJECT

public:
    static constexpr qint64 kWindow = 200;

    CampaignsPage(data::CampaignStore& store, data::Outbox& outbox, data::OutboxSender& sender,
                  const Clock& clock, QWidget* parent = nullptr);
    ~CampaignsPage() override = default;

    // Optional: enables "Send test e-mail"; `userEmail` prefills the recipient.
    void setEmailClient(email::EmailClient* client);
    void setUserEmail(const QString& address) { m_userEmail = address; }

    CampaignTableModel& model() { return m_model; }
    CampaignChanges& changes() { return m_changes; }
    CampaignEditing& editing() const { return *m_editing; }
    CampaignViewSettings& viewSettings() const { return *m_view; }
    QLineEdit* searchBox() const { return m_filters->searchBox(); }
    QComboBox* statusFilter() const { return m_filters->statusFilter(); }
    QComboBox* channelFilter() const { return m_filters->channelFilter(); }
    QLabel* freshnessLabel() const { return m_status->freshness(); }
    QLabel* offlineBanner() const { return m_status->offlineBanner(); }
    QLabel* countsLabel() const { return m_status->counts(); }
    CampaignTableView* table() const { return m_table; }
    CampaignExporter& exporter() const { return *m_exporter; }
    CampaignDetailPane* detailPane() const { return m_detail; }
    MessageBar* messageBar() const { return m_messages; }
    const data::CampaignFilter& filter() const { return m_filter; }
    QAction* action(CampaignAction which) const { return m_actions->action(which); }

public slots:
    // Debounced: the search box's, the cache answers at once and the server once the typing pauses.
    void refresh(bool force = false,
                 data::CampaignStore::Revalidation revalidation = data::CampaignStore::Revalidation::Now);
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
    void buildLayout();
    void connectParts();
    void onAction(CampaignAction which);
    void onAnswer(const data::CampaignStore::Answer& answer, quint64 generation);
    void loadMore(qint64 offset);
    void updateMarkers();
    void updateFreshnessText();
    void updateDetail();
    void updateActions();
    void updateIndicators();

    data::CampaignStore& m_store;
    const Clock& m_clock;
    CampaignChanges m_changes;
    CampaignTableModel m_model;
    PendingRows m_pendingRows{m_model};
    data::CampaignFilter m_filter;
    quint64 m_generation = 0;
    data::CampaignStore::Answer m_last;
    QPointer<email::EmailClient> m_email;
    QString m_userEmail;
    CampaignFilterBar* m_filters;
    CampaignStatusLine* m_status;
    MessageBar* m_messages;
    CampaignTableView* m_table;
    CampaignDetailPane* m_detail;
    QSplitter* m_splitter;
    CampaignActions* m_actions;
    CampaignEditing* m_editing;
    CampaignViewSettings* m_view;
    CampaignExporter* m_exporter;
};

} // namespace cc::ui
