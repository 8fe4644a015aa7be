#include "ui/campaigns/CampaignPlacement.h"

namespace cc::ui {

using data::Campaign;

namespace {

bool isStamp(const QString& column) {
    return column == QLatin1String("created_at") || column == QLatin1String("updated_at");
}

// -1, 0 or 1; numbers as numbers, everything else (text, dates as yyyy-MM-dd, stamps) as text.
int compareValues(const QJsonValue& a, const QJsonValue& b) {
    if (a.isDouble() && b.isDouble()) {
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    }
    const int c = QString::compare(a.toString(), b.toString());
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

bool CampaignPlacement::matches(const data::CampaignFilter& filter, const Campaign& campaign) {
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(campaign.status)) {
        return false;
    }
    if (!filter.channels.isEmpty() && !filter.channels.contains(campaign.channel)) {
        return false;
    }
    return filter.search.isEmpty() || campaign.name.contains(filter.search, Qt::CaseInsensitive);
}

bool CampaignPlacement::newestFirst(const Campaign& a, const Campaign& b) {
    // Timestamps in one format compare as text, as SQLite does.
    if (a.createdAt != b.createdAt) {
        if (a.createdAt.isEmpty() || b.createdAt.isEmpty()) {
            return a.createdAt.isEmpty();
        }
        return a.createdAt > b.createdAt;
    }
    return a.id < b.id;
}

CampaignPlacement::Order CampaignPlacement::orderOf(const data::CampaignFilter& filter) {
    if (!data::CampaignFilter::sortableColumns().contains(filter.orderColumn)) {
        return &CampaignPlacement::newestFirst;
    }
    return
        [column = filter.orderColumn, descending = filter.descending](const Campaign& a, const Campaign& b) {
            const QJsonValue x = a.value(column);
            const QJsonValue y = b.value(column);
            // A row not on the server yet has no stamps: it gets the newest ones.
            const bool xNew = isStamp(column) && x.toString().isEmpty();
            const bool yNew = isStamp(column) && y.toString().isEmpty();
            const bool xNull = x.isNull() || x.isUndefined();
            const bool yNull = y.isNull() || y.isUndefined();
            int c = 0;
            if (xNew || yNew) {
                c = xNew == yNew ? 0 : (xNew ? 1 : -1);
            } else if (xNull || yNull) {
                if (xNull != yNull) {
                    return yNull; // NULLs last in both directions
                }
            } else {
                c = compareValues(x, y);
            }
            if (c != 0) {
                return descending ? c > 0 : c < 0;
            }
            return a.id < b.id;
        };
}

int CampaignPlacement::lowerBound(const Campaign& campaign) const {
    int low = 0;
    int high = m_model.rowCount();
    while (low < high) {
        const int mid = (low + high) / 2;
        if (m_less(m_model.campaign(mid), campaign)) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    return low;
}

bool CampaignPlacement::inPlace(int row, const Campaign& campaign) const {
    const int last = m_model.rowCount() - 1;
    return (row == 0 || !m_less(campaign, m_model.campaign(row - 1))) &&
           (row == last || !m_less(m_model.campaign(row + 1), campaign));
}

bool CampaignPlacement::place(const Campaign& campaign, bool counted) {
    const int pos = lowerBound(campaign);
    const bool windowComplete = m_model.rowCount() >= m_model.total();
    if (pos < m_model.rowCount() || windowComplete) {
        m_model.insertAt(pos, campaign);
        if (counted) {
            m_model.setTotal(m_model.total() - 1);
        }
        return true;
    }
    if (!counted) {
        // Beyond the loaded window: fetchMore brings it in its turn; only the count changes now.
        m_model.setTotal(m_model.total() + 1);
    }
    return false;
}

} // namespace cc::ui
