#include "ui/health/LatencyChart.h"

#include "ui/health/HealthPalette.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLegend>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <limits>

namespace cc::ui {

LatencyChart::LatencyChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_buttons(new QButtonGroup(this)) {
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("Latency (average per bucket)"), this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    bar->addWidget(title);
    bar->addStretch(1);
    const std::pair<Range, QString> ranges[] = {
        {Range::Hour, tr("1 h")}, {Range::Day, tr("24 h")}, {Range::Week, tr("7 d")}};
    for (const auto& [range, text] : ranges) {
        auto* button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setChecked(range == m_range);
        button->setAccessibleName(tr("Show latency over %1").arg(text));
        m_buttons->addButton(button, static_cast<int>(range));
        bar->addWidget(button);
    }
    m_buttons->setExclusive(true);
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) { setRange(static_cast<Range>(id)); });

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    m_view->chart()->setMargins(QMargins(4, 4, 4, 4));
    m_view->chart()->setBackgroundRoundness(0);
    m_view->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
}

QChart* LatencyChart::chart() const {
    return m_view->chart();
}

void LatencyChart::setHistory(const health::HistorySnapshot& snapshot,
                              const QHash<QString, QString>& titles) {
    m_snapshot = snapshot;
    m_titles = titles;
    rebuild();
}

void LatencyChart::setRange(Range range) {
    m_range = range;
    if (QAbstractButton* button = m_buttons->button(static_cast<int>(range))) {
        button->setChecked(true);
    }
    rebuild();
}

int LatencyChart::pointCount() const {
    int count = 0;
    for (QAbstractSeries* series : m_view->chart()->series()) {
        count += static_cast<int>(static_cast<QLineSeries*>(series)->count());
    }
    return count;
}

void LatencyChart::rebuild() {
    QChart* chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QDateTime now =
        m_snapshot.atUtc.isValid() ? m_snapshot.atUtc : QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const qint64 spanSec = m_range == Range::Hour ? 3600 : m_range == Range::Day ? 86'400 : 7 * 86'400;
    const qint64 fromSec = now.toSecsSinceEpoch() - spanSec;
    qint64 maxLatency = 10;

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(m_range == Range::Week ? QStringLiteral("ddd HH:mm") : QStringLiteral("HH:mm"));
    xAxis->setRange(QDateTime::fromSecsSinceEpoch(fromSec, Qt::UTC).toLocalTime(), now.toLocalTime());
    xAxis->setTickCount(7);
    auto* yAxis = new QValueAxis;
    yAxis->setTitleText(tr("ms"));
    yAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    int index = 0;
    for (const health::ServiceHistory& history : m_snapshot.services) {
        // 24 h of minutes is 1,440 points per line: more than the chart has pixels. Five-minute averages draw
        // the same picture at a fifth of the cost.
        const qint64 step = m_range == Range::Week ? 3600 : m_range == Range::Day ? 300 : 60;
        const QList<health::UptimeMath::Bucket>& source =
            m_range == Range::Week ? history.hours : history.minutes;
        QList<health::UptimeMath::Bucket> buckets;
        for (const health::UptimeMath::Bucket& bucket : source) {
            const qint64 start =
                health::UptimeMath::bucketStart(bucket.startSec, health::UptimeMath::Resolution::Minute) /
                step * step;
            if (!buckets.isEmpty() && buckets.last().startSec == start) {
                buckets.last() = health::UptimeMath::merged(buckets.last(), bucket);
            } else {
                health::UptimeMath::Bucket first = bucket;
                first.startSec = start;
                buckets.append(first);
            }
        }
        const qint64 gap = step;
        QList<QPointF> points;
        QList<QList<QPointF>> runs;
        qint64 previous = std::numeric_limits<qint64>::min();
        for (const health::UptimeMath::Bucket& bucket : buckets) {
            if (bucket.startSec < fromSec || bucket.latencyCount == 0) {
                continue;
            }
            // A missing bucket (no checks then) breaks the line.
            if (!points.isEmpty() && bucket.startSec - previous > 2 * gap) {
                runs.append(points);
                points.clear();
            }
            points.append(QPointF(double(bucket.startSec) * 1000.0, double(bucket.latencyAvg())));
            maxLatency = qMax(maxLatency, bucket.latencyAvg());
            previous = bucket.startSec;
        }
        if (!points.isEmpty()) {
            runs.append(points);
        }
        if (runs.isEmpty()) {
            ++index;
            continue;
        }
        const QColor color = HealthPalette::series(index++);
        bool first = true;
        for (const QList<QPointF>& run : std::as_const(runs)) {
            auto* series = new QLineSeries;
            series->setName(m_titles.value(history.service, history.service));
            series->setPen(QPen(color, 1.6));
            series->replace(run);
            // A lone point (the first check, or one bucket between gaps) is no line: draw it as a dot.
            series->setPointsVisible(run.size() == 1);
            chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
            if (!first) {
                // One legend entry per service.
                chart->legend()->markers(series).value(0)->setVisible(false);
            }
            first = false;
        }
    }
    yAxis->setRange(0, double(maxLatency) * 1.15);
    yAxis->applyNiceNumbers();
}

} // namespace cc::ui
