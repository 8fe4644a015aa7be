#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace cc::ui {

// The pages of the main window, in navigation order (Ctrl+1 is the first).
enum class Page { Campaigns, LiveFeed, Health, Accounts, Settings, Logs };

class Pages {
public:
    static QList<Page> all();
    // Stable, untranslated names for --page and saved state: "campaigns", "live-feed", ...
    static QString key(Page page);
    static std::optional<Page> fromKey(const QString& key);
    static QStringList keys();
};

} // namespace cc::ui
