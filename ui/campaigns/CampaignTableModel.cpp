#include "ui/campaigns/CampaignTableModel.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

namespace cc::ui {

CampaignTableModel::CampaignTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int CampaignTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const data::Campaign& c = m_rows.at(index.row());
    if ((role == Qt::BackgroundRole || role == FlashRole) && m_flash) {
        const qreal strength = m_flash(c.id);
        if (role == FlashRole) {
            return strength;
        }
        if (strength > 0) {
            QColor amber(0xff, 0xc1, 0x07); // fades out: the row "turns amber a moment"
            amber.setAlphaF(static_cast<float>(0.75 * strength));
            return amber;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SyncColumn: {
            const Marker marker = m_markers.value(c.id, Marker::None);
            return marker == Marker::Pending    ? tr("pending")
                   : marker == Marker::Conflict ? tr("conflict")
                   : marker == Marker::Failed   ? tr("failed")
                                                : QString();
        }
        case NameColumn:
            return c.name;
        case StatusColumn:
            return c.status;
        case ChannelColumn:
            return c.channel;
        case BudgetColumn:
            return m_budgetTexts.text({c.budget, c.currency}, [](const std::pair<double, QString>& amount) {
                return QLocale().toString(amount.first, 'f', 2) + QLatin1Char(' ') + amount.second;
            });
        case StartColumn:
            return dateText(c.startDate);
        case EndColumn:
            return dateText(c.endDate);
        case AudienceColumn:
            return countText(c.audienceSize);
        case SentColumn:
            return countText(c.sentCount);
        case UpdatedColumn:
            return m_updatedTexts.text(c.updatedAt, [](const QString& serverText) {
                const QDateTime at = QDateTime::fromString(serverText, Qt::ISODateWithMs);
                return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : serverText;
            });
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SyncColumn) {
        const Marker marker = m_markers.value(c.id, Marker::None);
        if (marker == Marker::Conflict || marker == Marker::Failed) {
            return QColor(0xb3, 0x26, 0x1e);
        }
        if (marker == Marker::Pending) {
            return QColor(0x8a, 0x5a, 0x00);
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == BudgetColumn ||
                                          index.column() == AudienceColumn || index.column() == SentColumn)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == SyncColumn) {
        const Marker marker = m_markers.value(c.id, Marker::None);
        if (marker == Marker::Pending) {
            return tr("Saved on this computer; not on the server yet.");
        }
        if (marker == Marker::Conflict) {
            return tr("Someone else changed this campaign; choose which version to keep.");
        }
        if (marker == Marker::Failed) {
            return tr("The server refused this change; see the details pane.");
        }
    }
    return {};
}

QString CampaignTableModel::dateText(const QDate& date) const {
    return m_dateTexts.text(date, [](const QDate& d) {
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
    });
}

QString CampaignTableModel::countText(qint64 count) const {
    return m_countTexts.text(count, [](qint64 n) { return QLocale().toString(n); });
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SyncColumn:
        return tr("Sync");
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case ChannelColumn:
        return tr("Channel");
    case BudgetColumn:
        return tr("Budget");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case AudienceColumn:
        return tr("Audience");
    case SentColumn:
        return tr("Sent");
    case UpdatedColumn:
        return tr("Last change");
    default:
        return {};
    }
}

QString CampaignTableModel::columnKey(int column) {
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case StatusColumn:
        return QStringLiteral("status");
    case ChannelColumn:
        return QStringLiteral("channel");
    case BudgetColumn:
        return QStringLiteral("budget");
    case StartColumn:
        return QStringLiteral("start_date");
    case EndColumn:
        return QStringLiteral("end_date");
    case AudienceColumn:
        return QStringLiteral("audience_size");
    case SentColumn:
        return QStringLiteral("sent_count");
    case UpdatedColumn:
        return QStringLiteral("updated_at");
    default:
        return {};
    }
}

int CampaignTableModel::columnForKey(const QString& key) {
    for (int column = 0; column < ColumnCount; ++column) {
        if (!key.isEmpty() && columnKey(column) == key) {
            return column;
        }
    }
    return -1;
}

int CampaignTableModel::rowOf(const QString& id) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == id) {
            return row;
        }
    }
    return -1;
}

void CampaignTableModel::removeIds(const QSet<QString>& ids) {
    // Back to front, in contiguous runs: one removal signal per run, not per row.
    int row = static_cast<int>(m_rows.size()) - 1;
    while (row >= 0) {
        if (!ids.contains(m_rows[row].id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && ids.contains(m_rows[first - 1].id)) {
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        m_total = qMax<qint64>(0, m_total - (row - first + 1));
        endRemoveRows();
        row = first - 1;
    }
}

bool CampaignTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void CampaignTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) {
        return;
    }
    m_fetching = true;
    emit moreRequested(m_rows.size());
}

void CampaignTableModel::reset(const QList<data::Campaign>& rows, qint64 total) {
    beginResetModel();
    m_rows = rows;
    m_total = qMax<qint64>(total, rows.size());
    m_fetching = false;
    endResetModel();
}

void CampaignTableModel::append(const QList<data::Campaign>& rows, qint64 total) {
    m_fetching = false;
    m_total = total;
    if (rows.isEmpty()) {
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows.append(rows);
    endInsertRows();
}

void CampaignTableModel::setMarkers(const QHash<QString, Marker>& markers) {
    m_markers = markers;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, SyncColumn), index(static_cast<int>(m_rows.size()) - 1, SyncColumn));
    }
}

void CampaignTableModel::upsertLocal(const data::Campaign& campaign) {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].id == campaign.id) {
            m_rows[row] = campaign;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(campaign);
    ++m_total;
    endInsertRows();
}

void CampaignTableModel::replaceAt(int row, const data::Campaign& campaign) {
    const data::Campaign& before = m_rows.at(row);
    // Only the columns whose values change, so a view repaints (and a screen reader announces) no more.
    const bool changed[ColumnCount] = {
        false,
        before.name != campaign.name,
        before.status != campaign.status,
        before.channel != campaign.channel,
        before.budget != campaign.budget || before.currency != campaign.currency,
        before.startDate != campaign.startDate,
        before.endDate != campaign.endDate,
        before.audienceSize != campaign.audienceSize,
        before.sentCount != campaign.sentCount,
        before.updatedAt != campaign.updatedAt,
    };
    static_assert(UpdatedColumn == ColumnCount - 1, "every column is compared above");
    int first = ColumnCount;
    int last = -1;
    for (int column = 0; column < ColumnCount; ++column) {
        if (changed[column]) {
            first = qMin(first, column);
            last = column;
        }
    }
    m_rows[row] = campaign;
    if (last >= 0) {
        emit dataChanged(index(row, first), index(row, last), {Qt::DisplayRole});
    }
}

void CampaignTableModel::insertAt(int row, const data::Campaign& campaign) {
    beginInsertRows({}, row, row);
    m_rows.insert(row, campaign);
    ++m_total;
    endInsertRows();
}

void CampaignTableModel::removeAt(int row) {
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_total = qMax<qint64>(m_total - 1, m_rows.size());
    endRemoveRows();
}

void CampaignTableModel::flashChanged(int first, int last) {
    if (first <= last && last < m_rows.size()) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1), {Qt::BackgroundRole, FlashRole});
    }
}

} // namespace cc::ui
