#pragma once

#include "ui/shell/Page.h"

#include <QCoreApplication>

class QWidget;

namespace cc::ui {

class EmptyStatePage;

// The pages whose features later issues bring (Campaigns, Live feed, Health, Accounts), as honest empty
// states: what will appear there, and what the user can do now.
class PlaceholderPages {
    Q_DECLARE_TR_FUNCTIONS(cc::ui::PlaceholderPages)

public:
    static QString title(Page page);
    // nullptr for pages that are not placeholders (Settings, Logs).
    static EmptyStatePage* create(Page page, QWidget* parent = nullptr);
};

} // namespace cc::ui
