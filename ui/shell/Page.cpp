#include "ui/shell/Page.h"

namespace cc::ui {

QList<Page> Pages::all() {
    return {Page::Campaigns, Page::LiveFeed, Page::Health, Page::Accounts, Page::Settings, Page::Logs};
}

QString Pages::key(Page page) {
    switch (page) {
    case Page::Campaigns:
        return QStringLiteral("campaigns");
    case Page::LiveFeed:
        return QStringLiteral("live-feed");
    case Page::Health:
        return QStringLiteral("health");
    case Page::Accounts:
        return QStringLiteral("accounts");
    case Page::Settings:
        return QStringLiteral("settings");
    case Page::Logs:
        return QStringLiteral("logs");
    }
    return QStringLiteral("campaigns");
}

std::optional<Page> Pages::fromKey(const QString& key) {
    const QString wanted = key.trimmed().toLower();
    for (Page page : all()) {
        if (Pages::key(page) == wanted) {
            return page;
        }
    }
    if (wanted == QLatin1String("feed") || wanted == QLatin1String("livefeed")) {
        return Page::LiveFeed;
    }
    return std::nullopt;
}

QStringList Pages::keys() {
    QStringList out;
    for (Page page : all()) {
        out << key(page);
    }
    return out;
}

} // namespace cc::ui
