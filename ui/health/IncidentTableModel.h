#pragma once

#include "app/health/HistoryTypes.h"

#include <QAbstractTableModel>

namespace cc::ui {

// The incident list: service, state, started, resolved (or "ongoing"), duration, last error. Newest first.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Service, Worst, Started, Resolved, Duration, LastError, ColumnCount };

    explicit IncidentTableModel(QObject* parent = nullptr);

    void setIncidents(const QList<health::Incident>& incidents, const QDateTime& nowUtc,
                      const QHash<QString, QString>& titles);
    const health::Incident& incident(int row) const { return m_incidents.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "45 s", "3 min 20 s", "2 h 5 min", "3 d 4 h".
    static QString durationText(qint64 seconds);

private:
    QList<health::Incident> m_incidents;
    QDateTime m_now;
    QHash<QString, QString> m_titles;
};

} // namespace cc::ui
