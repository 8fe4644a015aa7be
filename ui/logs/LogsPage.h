#pragma once

#include "app/core/LogReader.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QComboBox;
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
// and arrive in chunks, so a 100,000-line log never freezes the window.
class LogsPage : public QWidget {
    Q_OBJECT
    Q_PROPERTY(bool busy READ isLoading NOTIFY loadingChanged)

public:
    static constexpr int kFilterDelayMs = 250;

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
};

} // namespace cc::ui
