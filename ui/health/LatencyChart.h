#pragma once

#include "app/health/HistoryTypes.h"

#include <QWidget>

class QButtonGroup;
class QChart;
class QChartView;

namespace cc::ui {

// Average latency per service from the history's buckets, over 1 h, 24 h (minute buckets) or 7 days (hour
// buckets), one line per service in the palette's series colours. Empty buckets break the line instead of
// being drawn as zero.
class LatencyChart : public QWidget {
    Q_OBJECT

public:
    enum class Range { Hour, Day, Week };
    Q_ENUM(Range)

    explicit LatencyChart(QWidget* parent = nullptr);

    void setHistory(const health::HistorySnapshot& snapshot, const QHash<QString, QString>& titles);
    void setRange(Range range);
    Range range() const { return m_range; }
    QChart* chart() const;
    // Points drawn, for tests and the benchmark.
    int pointCount() const;

private:
    void rebuild();

    Range m_range = Range::Day;
    health::HistorySnapshot m_snapshot;
    QHash<QString, QString> m_titles;
    QChartView* m_view;
    QButtonGroup* m_buttons;
};

} // namespace cc::ui
