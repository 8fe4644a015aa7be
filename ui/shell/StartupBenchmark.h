#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QAbstractItemView;

namespace cc::ui {

// The --benchmark-startup probe: waits until a table has painted rows for the first time, then prints how
// long that took, from the process's start (as the kernel counts it) and from main(), as one JSON line, and
// ends the program. Used with 100,000 cached campaigns to check the cold-start budget (400 ms).
class StartupBenchmark : public QObject {
    Q_OBJECT

public:
    explicit StartupBenchmark(QObject* parent = nullptr);

    // Watches `view` for its first paint with rows.
    void watch(QAbstractItemView* view);
    // Milliseconds since the kernel started this process; -1 where /proc is not available.
    static qint64 msSinceProcessStart();

Q_SIGNALS:
    void finished(qint64 msSinceProcessStart, qint64 msSinceMain, int rows);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void report();

    QElapsedTimer m_sinceMain;
    QPointer<QAbstractItemView> m_view;
    bool m_reported = false;
};

} // namespace cc::ui
