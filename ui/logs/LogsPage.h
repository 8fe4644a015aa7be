#pragma once

#include "app/core/LogReader.h"

#include <QFutureWatcher>
#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QTableView;

namespace cc::ui {

class LogTableModel;

// The console's JSON log, this run's and earlier ones, newest first: filter by minimum level, category and
// text; the selected entry's context and error shown as formatted JSON. Files are parsed on a worker thread
// and arrive in chunks, so a 100,000-line log never freezes the window. Lines written later are followed
// (a file watcher, the new bytes read in the pool): they appear at the top, and the view stays at the top
// if it was there, or keeps the rows the user scrolled to.
class LogsPage : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool busy READ isLoading NOTIFY loadingChanged)

public:
    static constexpr int kFilterDelayMs = 250;
    static constexpr int kFollowDelayMs = 200;

    LogsPage(const QString& directory, const QString& baseName, QWidget* parent = nullptr);
    ~LogsPage() override;

    void reload();
    bool isLoading() const;
    QString directory() const { return m_directory; }

    void setMinimumLevel(QtMsgType level);
    void setCategory(const QString& category); // "" for all
    void setFilterText(const QString& text);   // applied after kFilterDelayMs, like typing

    // Opening the folder goes through this, so tests can check it without starting a file manager.
    void setFolderOpener(std::function<bool(const QUrl&)> opener) { m_opener = std::move(opener); }
    void openLogFolder();

    LogTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QString detailsText() const;
    QString summaryText() const;
    // Reads what was appended to the current log file (also run by the file watcher).
    void followNewLines();

signals:
    void loadingChanged(bool loading);
    void loaded(const cc::LogReader::Stats& stats);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onChunk(const LogChunk& chunk);
    void onFinished(const LogReader::Stats& stats);
    void applyFilter();
    void refreshCategories();
    void showDetails();
    void updateSummary();
    void watchCurrentFile();
    QString currentFile() const;
    void onTail();

    QString m_directory;
    QString m_baseName;
    LogReader* m_reader;
    LogTableModel* m_model;
    QTableView* m_view;
    QComboBox* m_level;
    QComboBox* m_category;
    QLineEdit* m_search;
    QTimer* m_filterDelay;
    QPushButton* m_refresh;
    QPushButton* m_openFolder;
    QPlainTextEdit* m_details;
    QLabel* m_summary;
    std::function<bool(const QUrl&)> m_opener;
    LogReader::Stats m_lastStats;
    bool m_loadedOnce = false;
    QFileSystemWatcher* m_fileWatcher;
    QTimer* m_followDelay;
    QFutureWatcher<LogReader::Tail> m_tail;
    qint64 m_tailOffset = -1; // bytes of the current file already shown; -1: not known yet
    bool m_tailAgain = false; // more was written while a tail read ran
    quint64 m_loads = 0;      // reload() count: a tail read started before a reload is stale
    quint64 m_tailLoad = 0;   // m_loads when the running tail read started
};

} // namespace cc::ui
