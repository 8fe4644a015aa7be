#include "ui/feed/CampaignLiveUpdater.h"

namespace cc::ui {

using data::Campaign;
using realtime::CampaignEvent;

CampaignLiveUpdater::CampaignLiveUpdater(CampaignTableModel& model, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_flasher(clock)
    , m_placement(model) {
    m_model.setFlashSource([this](const QString& id) { return m_flasher.strength(id); });
    connect(&m_flasher, &RowFlasher::changed, this, &CampaignLiveUpdater::onFlash);
    const auto dirty = [this] { m_indexDirty = true; };
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, dirty);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, dirty);
    connect(&m_model, &QAbstractItemModel::rowsMoved, this, dirty);
    connect(&m_model, &QAbstractItemModel::modelReset, this, dirty);
    connect(&m_model, &QAbstractItemModel::layoutChanged, this, dirty);
    // upsertLocal replaces a row in place (same id, same row), so dataChanged needs no rebuild.
}

int CampaignLiveUpdater::rowOf(const QString& id) const {
    if (m_indexDirty) {
        m_index.clear();
        const int rows = m_model.rowCount();
        m_index.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            m_index.insert(m_model.campaign(row).id, row);
        }
        m_indexDirty = false;
    }
    return m_index.value(id, -1);
}

void CampaignLiveUpdater::apply(const QList<CampaignEvent>& changes) {
    const data::CampaignFilter filter = m_filter ? m_filter() : data::CampaignFilter{};
    m_placement.setOrder(CampaignPlacement::orderOf(filter)); // the table's sort column, as the cache sorts
    const bool fading = m_flasher.activeCount() > 0;
    for (const CampaignEvent& event : changes) {
        applyOne(filter, event);
    }
    if (fading) {
        // The fade steps ride on this repaint: under a stream of changes the table repaints once per slice,
        // not once more for each fade step in between.
        m_flasher.tick();
    }
}

void CampaignLiveUpdater::applyOne(const data::CampaignFilter& filter, const CampaignEvent& event) {
    const int row = rowOf(event.id);
    // Whether the row was counted in the table's total before (it matched the filter). The campaigns come
    // parsed from the cache's thread (CampaignEvent::parsedRecord), so this costs no JSON work here.
    const auto counted = [&] {
        return row >= 0 || (event.hasFullOldRecord() && matches(filter, event.oldRecordRow()));
    };
    if (event.kind == CampaignEvent::Kind::Deleted) {
        if (row >= 0) {
            m_model.removeAt(row);
        } else if (counted()) {
            m_model.setTotal(qMax<qint64>(m_model.total() - 1, m_model.rowCount()));
        }
        return;
    }
    const Campaign campaign = event.recordRow();
    const bool wanted = matches(filter, campaign);
    bool shown = true;
    if (row >= 0 && !wanted) {
        m_model.removeAt(row);
        return;
    }
    if (row >= 0 && m_placement.inPlace(row, campaign)) {
        m_model.replaceAt(row, campaign);
    } else if (row >= 0) {
        m_model.removeAt(row); // uncounts it
        shown = m_placement.place(campaign, false);
    } else if (wanted) {
        shown = m_placement.place(campaign, counted());
    } else {
        if (counted()) {
            m_model.setTotal(qMax<qint64>(m_model.total() - 1, m_model.rowCount()));
        }
        return;
    }
    // Only rows in the table flash (most of a storm's changes are to rows beyond the loaded window).
    if (!event.own && shown) {
        m_flasher.flash(event.id);
    }
}

void CampaignLiveUpdater::onFlash(const QStringList& ids) {
    int first = m_model.rowCount();
    int last = -1;
    for (const QString& id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            first = qMin(first, row);
            last = qMax(last, row);
        }
    }
    // One signal for the span: the view repaints only what is visible of it.
    m_model.flashChanged(first, last);
}

} // namespace cc::ui
