#pragma once

#include <QCoreApplication>
#include <QObject>

#include <array>

class QAction;
class QWidget;

namespace cc::ui {

// Everything the Campaigns page offers, by name for the code, not by string.
enum class CampaignAction {
    New,
    Duplicate,
    Delete,
    Pause,
    Archive,
    Budget,
    Export,
    SendTestEmail,
    Refresh,
    FocusSearch,
    UndoDelete,
};

// The Campaigns page's actions: built once with their texts and shortcuts (active while focus is anywhere in
// the page, the search box included), indexed by CampaignAction, and enabled from what they would act on.
// A disabled action says why in its tooltip ("Select a campaign first"), so a greyed-out button is never a
// riddle.
class CampaignActions : public QObject {
    Q_OBJECT

public:
    // What the actions can act on now.
    struct Context {
        int selected = 0;             // rows selected in the table
        int shown = 0;                // rows in the filtered view
        bool emailConfigured = false; // an e-mail client with its API key
        bool canUndoDelete = false;   // a deletion that can still be taken back
    };

    // The actions are added to `page` (their shortcuts work anywhere inside it).
    explicit CampaignActions(QWidget& page);

    QAction* action(CampaignAction which) const { return m_actions.at(static_cast<size_t>(which)); }
    // In toolbar order; the ones that make sense on a table row are also its context menu.
    QList<QAction*> toolbarActions() const;
    QList<QAction*> rowActions() const;
    // A toolbar of the toolbar actions, text only.
    QWidget* makeToolbar() const;

    // The shortcuts a text field has no use of its own for (Ctrl+N, Ctrl+E, F5...): they work from the search
    // box too. Undo, Delete and the editing keys stay the field's.
    QList<QKeySequence> shortcutsOverText() const;

    void update(const Context& context);
    // Why `which` cannot act in `context`; empty when it can.
    static QString disabledReason(CampaignAction which, const Context& context);

Q_SIGNALS:
    void triggered(cc::ui::CampaignAction which);

private:
    static constexpr size_t kCount = static_cast<size_t>(CampaignAction::UndoDelete) + 1;

    void add(CampaignAction which, const char* objectName, const QString& text, const QKeySequence& key);
    void setTip(CampaignAction which, const QString& reason);

    QWidget& m_page;
    std::array<QAction*, kCount> m_actions{};
    std::array<QString, kCount> m_tips;
};

} // namespace cc::ui
