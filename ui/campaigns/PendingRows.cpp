#include "ui/campaigns/PendingRows.h"

namespace cc::ui {

using data::Campaign;

void PendingRows::place(const QList<Campaign>& rows, const data::CampaignFilter& filter) {
    m_placement.setOrder(CampaignPlacement::orderOf(filter));
    for (const Campaign& row : rows) {
        // Listed already: the server has it (the outbox learns it last).
        if (m_model.rowOf(row.id) >= 0 || !CampaignPlacement::matches(filter, row)) {
            continue;
        }
        const bool counted = m_beyond.contains(row.id);
        if (m_placement.place(row, counted)) {
            m_beyond.remove(row.id);
        } else {
            m_beyond.insert(row.id);
        }
    }
}

void PendingRows::answered(const PendingChanges& pending, const data::CampaignFilter& filter) {
    m_beyond.clear();
    place(pending.created(), filter);
}

void PendingRows::appended(const PendingChanges& pending, const data::CampaignFilter& filter) {
    QList<Campaign> counted;
    for (const Campaign& row : pending.created()) {
        if (m_beyond.contains(row.id)) {
            counted.append(row);
        }
    }
    place(counted, filter);
}

void PendingRows::applied(const Campaign& row, const data::CampaignFilter& filter) {
    if (m_model.rowOf(row.id) >= 0) {
        m_model.upsertLocal(row);
        return;
    }
    const bool counted = m_beyond.remove(row.id);
    if (!CampaignPlacement::matches(filter, row)) {
        if (counted) {
            m_model.setTotal(qMax<qint64>(m_model.total() - 1, m_model.rowCount()));
        }
        return;
    }
    m_placement.setOrder(CampaignPlacement::orderOf(filter));
    if (!m_placement.place(row, counted)) {
        m_beyond.insert(row.id);
    }
}

void PendingRows::showMarkers(const PendingChanges& pending) {
    QHash<QString, CampaignTableModel::Marker> markers;
    for (auto it = pending.states().begin(); it != pending.states().end(); ++it) {
        switch (it.value()) {
        case PendingChanges::State::None:
            break;
        case PendingChanges::State::Pending:
            markers.insert(it.key(), CampaignTableModel::Marker::Pending);
            break;
        case PendingChanges::State::Conflict:
            markers.insert(it.key(), CampaignTableModel::Marker::Conflict);
            break;
        case PendingChanges::State::Failed:
            markers.insert(it.key(), CampaignTableModel::Marker::Failed);
            break;
        }
    }
    m_model.setMarkers(markers);
}

} // namespace cc::ui
