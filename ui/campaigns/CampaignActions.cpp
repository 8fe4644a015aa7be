#include "ui/campaigns/CampaignActions.h"

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace cc::ui {

CampaignActions::CampaignActions(QWidget& page)
    : QObject(&page)
    , m_page(page) {
    add(CampaignAction::New, "newCampaign", tr("&New…"), QKeySequence::New);
    add(CampaignAction::Duplicate, "duplicateCampaign", tr("D&uplicate…"),
        QKeySequence(Qt::CTRL | Qt::Key_D));
    add(CampaignAction::Delete, "deleteCampaigns", tr("&Delete"), QKeySequence::Delete);
    add(CampaignAction::Pause, "pauseCampaigns", tr("&Pause"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    add(CampaignAction::Archive, "archiveCampaigns", tr("&Archive"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    add(CampaignAction::Budget, "budgetCampaigns", tr("&Budget…"), QKeySequence(Qt::CTRL | Qt::Key_B));
    add(CampaignAction::Export, "exportCsv", tr("&Export CSV…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    add(CampaignAction::SendTestEmail, "sendTestEmail", tr("Send &test e-mail…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    add(CampaignAction::Refresh, "refreshCampaigns", tr("&Refresh"), QKeySequence::Refresh);
    add(CampaignAction::FocusSearch, "focusSearch", tr("Search"), QKeySequence::Find);
    add(CampaignAction::UndoDelete, "undoDelete", tr("&Undo delete"), QKeySequence::Undo);
}

void CampaignActions::add(CampaignAction which, const char* objectName, const QString& text,
                          const QKeySequence& key) {
    auto* a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(objectName));
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    const QString plain = QString(text).remove(QLatin1Char('&'));
    m_tips.at(static_cast<size_t>(which)) =
        key.isEmpty() ? plain : tr("%1 (%2)").arg(plain, key.toString(QKeySequence::NativeText));
    a->setToolTip(m_tips.at(static_cast<size_t>(which)));
    connect(a, &QAction::triggered, this, [this, which] { Q_EMIT triggered(which); });
    m_page.addAction(a);
    m_actions.at(static_cast<size_t>(which)) = a;
}

QList<QAction*> CampaignActions::toolbarActions() const {
    QList<QAction*> list;
    for (CampaignAction which :
         {CampaignAction::New, CampaignAction::Duplicate, CampaignAction::Delete, CampaignAction::Pause,
          CampaignAction::Archive, CampaignAction::Budget, CampaignAction::Export,
          CampaignAction::SendTestEmail, CampaignAction::Refresh}) {
        list.append(action(which));
    }
    return list;
}

QList<QAction*> CampaignActions::rowActions() const {
    return toolbarActions();
}

QWidget* CampaignActions::makeToolbar() const {
    auto* toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("campaignActions"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions(toolbarActions());
    return toolbar;
}

QList<QKeySequence> CampaignActions::shortcutsOverText() const {
    QList<QKeySequence> keys;
    for (CampaignAction which :
         {CampaignAction::New, CampaignAction::Duplicate, CampaignAction::Pause, CampaignAction::Archive,
          CampaignAction::Budget, CampaignAction::Export, CampaignAction::SendTestEmail,
          CampaignAction::Refresh, CampaignAction::FocusSearch}) {
        keys.append(action(which)->shortcut());
    }
    return keys;
}

QString CampaignActions::disabledReason(CampaignAction which, const Context& context) {
    switch (which) {
    case CampaignAction::Duplicate:
        return context.selected == 1 ? QString() : tr("Select one campaign to duplicate.");
    case CampaignAction::Delete:
    case CampaignAction::Pause:
    case CampaignAction::Archive:
    case CampaignAction::Budget:
        return context.selected > 0 ? QString() : tr("Select one or more campaigns first.");
    case CampaignAction::Export:
        return context.shown > 0 ? QString() : tr("No campaigns to export: the view is empty.");
    case CampaignAction::SendTestEmail:
        if (!context.emailConfigured) {
            return tr("Sending test e-mails needs the e-mail API key: add it in Settings.");
        }
        return context.selected == 1 ? QString() : tr("Select one campaign to send a test of.");
    case CampaignAction::UndoDelete:
        return context.canUndoDelete ? QString() : tr("Nothing to undo.");
    case CampaignAction::New:
    case CampaignAction::Refresh:
    case CampaignAction::FocusSearch:
        return {};
    }
    return {};
}

void CampaignActions::update(const Context& context) {
    for (size_t i = 0; i < kCount; ++i) {
        const auto which = static_cast<CampaignAction>(i);
        setTip(which, disabledReason(which, context));
    }
}

void CampaignActions::setTip(CampaignAction which, const QString& reason) {
    QAction* a = action(which);
    a->setEnabled(reason.isEmpty());
    a->setToolTip(reason.isEmpty() ? m_tips.at(static_cast<size_t>(which))
                                   : tr("%1: %2").arg(m_tips.at(static_cast<size_t>(which)), reason));
}

} // namespace cc::ui
