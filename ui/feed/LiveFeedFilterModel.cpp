#include "ui/feed/LiveFeedFilterModel.h"

#include "ui/feed/LiveFeedModel.h"

namespace cc::ui {

LiveFeedFilterModel::LiveFeedFilterModel(LiveFeedModel& source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source) {
    setSourceModel(&source);
}

void LiveFeedFilterModel::setKind(std::optional<realtime::CampaignEvent::Kind> kind) {
    if (kind != m_kind) {
        m_kind = kind;
        invalidateRowsFilter();
    }
}

void LiveFeedFilterModel::setText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed != m_text) {
        m_text = trimmed;
        invalidateRowsFilter();
    }
}

bool LiveFeedFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid()) {
        return false;
    }
    if (m_kind && m_source.entry(sourceRow).kind != *m_kind) {
        return false;
    }
    return m_text.isEmpty() || m_source.searchText(sourceRow).contains(m_text, Qt::CaseInsensitive);
}

} // namespace cc::ui
