#pragma once

#include "ui/shell/Page.h"

#include <QCoreApplication>

class QWidget;

namespace cc::ui {

class EmptyStatePage;

// Every page's title, and the empty states of the pages that show a signed-in user's data (Campaigns, Live
// feed: see WorkspacePages): what will appear there, and what the user can do now, with or without a profile.
class PlaceholderPages {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::PlaceholderPages)

public:
    static QString title(Page page);
    // nullptr for the pages that always have content of their own (Health, Accounts, Settings, Logs).
    static EmptyStatePage* create(Page page, QWidget* parent = nullptr);
};

} // namespace cc::ui
