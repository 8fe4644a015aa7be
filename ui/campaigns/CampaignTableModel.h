#pragma once

#include "app/data/Campaign.h"
#include "ui/common/TextMemo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <functional>
#include <utility>

namespace cc::ui {

// The campaigns table, lazily: it holds the rows fetched so far and the total; the view's canFetchMore /
// fetchMore asks the page for the next window, so 100,000 campaigns never load at once. Each row can carry a
// sync marker (pending, conflict) from the outbox.
class CampaignTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SyncColumn,
        NameColumn,
        StatusColumn,
        ChannelColumn,
        BudgetColumn,
        StartColumn,
        EndColumn,
        AudienceColumn,
        SentColumn,
        UpdatedColumn,
        ColumnCount
    };
    enum class Marker { None, Pending, Conflict, Failed };
    // How strongly a row changed elsewhere is highlighted right now, 0..1 (qreal); BackgroundRole paints it.
    static constexpr int FlashRole = Qt::UserRole + 40;

    // The table column a view column shows ("" for the sync marker): the sort key and the settings key.
    static QString columnKey(int column);
    static int columnForKey(const QString& key);

    explicit CampaignTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A new answer for the current filter: replaces everything.
    void reset(const QList<data::Campaign>& rows, qint64 total);
    // The next window, after moreRequested.
    void append(const QList<data::Campaign>& rows, qint64 total);
    void setMarkers(const QHash<QString, Marker>& markers);
    // A local change shown at once (before the server has it).
    void upsertLocal(const data::Campaign& campaign);
    // Rows deleted locally (or on the server) leave the view at once.
    void removeIds(const QSet<QString>& ids);
    int rowOf(const QString& id) const;
    Marker marker(const QString& id) const { return m_markers.value(id, Marker::None); }

    // Live changes (realtime; see ui/feed/CampaignLiveUpdater): single rows with minimal signals.
    void replaceAt(int row, const data::Campaign& campaign); // dataChanged over the changed columns only
    void insertAt(int row, const data::Campaign& campaign);  // counts in the total
    void removeAt(int row);
    void setTotal(qint64 total) { m_total = total; }
    void setFlashSource(std::function<qreal(const QString& id)> strength) { m_flash = std::move(strength); }
    // Repaints the highlight of rows first..last.
    void flashChanged(int first, int last);

    qint64 total() const { return m_total; }
    const data::Campaign& campaign(int row) const { return m_rows.at(row); }

signals:
    void moreRequested(qint64 offset);

private:
    QList<data::Campaign> m_rows;
    qint64 m_total = 0;
    bool m_fetching = false;
    QHash<QString, Marker> m_markers;
    QString dateText(const QDate& date) const;
    QString countText(qint64 count) const;
    // Formatted texts as shown: parsing, converting to local time and formatting at every repaint was a
    // large part of a repaint's cost under live changes.
    TextMemo<QString> m_updatedTexts;                   // by the server's text
    TextMemo<std::pair<double, QString>> m_budgetTexts; // by amount and currency
    TextMemo<QDate> m_dateTexts;
    TextMemo<qint64> m_countTexts;
    std::function<qreal(const QString&)> m_flash;
};

} // namespace cc::ui
