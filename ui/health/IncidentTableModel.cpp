#include "ui/health/IncidentTableModel.h"

#include "ui/health/HealthPalette.h"

#include <QLocale>

namespace cc::ui {

IncidentTableModel::IncidentTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void IncidentTableModel::setIncidents(const QList<health::Incident>& incidents, const QDateTime& nowUtc,
                                      const QHash<QString, QString>& titles) {
    beginResetModel();
    m_incidents = incidents;
    m_now = nowUtc;
    m_titles = titles;
    endResetModel();
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentTableModel::durationText(qint64 seconds) {
    seconds = qMax<qint64>(0, seconds);
    if (seconds < 60) {
        return tr("%1 s").arg(seconds);
    }
    if (seconds < 3600) {
        return seconds % 60 == 0 ? tr("%1 min").arg(seconds / 60)
                                 : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    }
    if (seconds < 86'400) {
        return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
    }
    return tr("%1 d %2 h").arg(seconds / 86'400).arg((seconds % 86'400) / 3600);
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_incidents.size()) {
        return {};
    }
    const health::Incident& incident = m_incidents.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Service:
            return m_titles.value(incident.service, incident.service);
        case Worst:
            return health::HealthStates::label(incident.worst);
        case Started:
            return QLocale().toString(incident.startedUtc.toLocalTime(), QLocale::ShortFormat);
        case Resolved:
            return incident.isOpen()
                       ? tr("Ongoing")
                       : QLocale().toString(incident.resolvedUtc.toLocalTime(), QLocale::ShortFormat);
        case Duration:
            return durationText(incident.durationSec(m_now));
        case LastError:
            return incident.lastError;
        default:
            break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == Worst) {
        return HealthPalette::icon(incident.worst);
    }
    if (role == Qt::FontRole && incident.isOpen()) {
        QFont font;
        font.setWeight(QFont::DemiBold);
        return font;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Service:
        return tr("Service");
    case Worst:
        return tr("State");
    case Started:
        return tr("Started");
    case Resolved:
        return tr("Resolved");
    case Duration:
        return tr("Duration");
    case LastError:
        return tr("Last error");
    default:
        break;
    }
    return {};
}

} // namespace cc::ui
