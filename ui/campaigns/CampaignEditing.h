#pragma once

#include "app/data/Campaign.h"
#include "ui/campaigns/CampaignChanges.h"

#include <QObject>

#include <optional>

class QWidget;

namespace cc::ui {

class CampaignEditorDialog;
class CampaignTableModel;
class ConflictDialog;
class MessageBar;

// What the Campaigns page's edits do: the editor (new, edit, duplicate), delete with undo, bulk status and
// budget (one transaction each), and conflicts resolved in the dialog. Every change goes through the outbox
// (CampaignChanges) and shows in the table once it is durable there; the page passes the campaigns an edit is
// about (its selection) and shows the messages this class leaves on its message bar.
class CampaignEditing : public QObject {
    Q_OBJECT

public:
    CampaignEditing(CampaignChanges& changes, CampaignTableModel& model, MessageBar& messages, QWidget& page);

    // Records the change in the outbox; shown as pending (and sent) once it is durable there.
    void submit(const data::Campaign& before, const data::Campaign& after);
    // The editor for `before` (a default campaign: a new one).
    CampaignEditorDialog* openEditor(const data::Campaign& before);
    // The editor for a copy of `original` as a new draft.
    CampaignEditorDialog* duplicate(const data::Campaign& original);

    void remove(const QList<data::Campaign>& rows);
    bool canUndoDelete() const { return m_lastDeletion.has_value(); }
    void undoDelete();

    void setStatus(const QStringList& ids, const QString& status);
    void setBudget(const QStringList& ids, double budget);
    // Asks for the new budget of `selected` (the first one's budget proposed), then sets it.
    void askBudget(const QList<data::Campaign>& selected);

    ConflictDialog* openConflict(const QString& id);
    // Drops an operation the server will never take (or a conflict the user gives up); discarded() follows.
    void discard(qint64 seq);

    void showError(const QString& text);

Q_SIGNALS:
    // Rows were added, removed or changed by an edit of this user: counts and markers are due.
    void rowsChanged();
    // Whether a deletion can be undone changed.
    void undoAvailable(bool available);
    // An operation left the outbox unsent: what the table shows may be the edit's, and must be asked again.
    void discarded();
    // A new campaign (created or duplicated) is in the outbox and in the table: the page brings it into view.
    void created(const QString& id);

private:
    void applyLocally(const QStringList& ids, const QJsonObject& values);

    CampaignChanges& m_changes;
    CampaignTableModel& m_model;
    MessageBar& m_messages;
    QWidget& m_page;
    std::optional<CampaignChanges::Deletion> m_lastDeletion;
};

} // namespace cc::ui
