#include "ui/logs/LogsPage.h"

#include "app/core/OwnerOnlyPaths.h"

#include "app/core/RotatingLogFile.h"
#include "ui/logs/LogTableModel.h"
#include "ui/shell/PageHeader.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cc::ui {

LogsPage::LogsPage(const QString& directory, const QString& baseName, QWidget* parent)
    : QWidget(parent)
    , m_directory(directory)
    , m_baseName(baseName)
    , m_reader(new LogReader(this))
    , m_model(new LogTableModel(this))
    , m_view(new QTableView(this))
    , m_level(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_filterDelay(new QTimer(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_openFolder(new QPushButton(tr("&Open log folder"), this))
    , m_details(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_opener([](const QUrl& url) { return QDesktopServices::openUrl(url); })
    , m_fileWatcher(new QFileSystemWatcher(this))
    , m_followDelay(new QTimer(this)) {
    m_refresh->setObjectName(QStringLiteral("refreshLogs"));
    m_openFolder->setObjectName(QStringLiteral("openLogFolder"));
    m_openFolder->setToolTip(QDir::toNativeSeparators(m_directory));

    m_level->setObjectName(QStringLiteral("levelFilter"));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->addItem(tr("All levels"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and above"), 2);
    m_level->addItem(tr("Critical only"), 3);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_category->addItem(tr("All categories"), QString());
    m_search->setObjectName(QStringLiteral("textFilter"));
    m_search->setPlaceholderText(tr("Filter messages and context…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Filter text"));
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_model);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setCornerButtonEnabled(false);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: a fixed vertical header stores no per-row sizes, so appending 100,000 rows costs
    // no re-layout (a QTreeView rebuilds its item list on every insertion).
    QHeaderView* rows = m_view->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics metrics(m_view->font());
    header->resizeSection(LogTableModel::TimeColumn,
                          metrics.horizontalAdvance(QStringLiteral("0000-00-00 00:00:00.000")) + 24);
    header->resizeSection(LogTableModel::LevelColumn,
                          metrics.horizontalAdvance(QStringLiteral("Warning")) + 40);
    header->resizeSection(LogTableModel::CategoryColumn,
                          metrics.horizontalAdvance(QStringLiteral("console.realtime")) + 32);

    m_details->setObjectName(QStringLiteral("logDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an entry to see its message, context and error in full."));
    m_details->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_summary->setObjectName(QStringLiteral("logSummary"));
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_summary->setPalette(muted);

    auto* header_ = new PageHeader(tr("Logs"),
                                   tr("What the console recorded, newest first. Secrets are removed "
                                      "before anything is written."),
                                   this);
    header_->addAction(m_refresh);
    header_->addAction(m_openFolder);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_level);
    filters->addWidget(m_category);
    filters->addWidget(m_search, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(10);
    layout->addWidget(header_);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_reader, &LogReader::chunkReady, this, &LogsPage::onChunk);
    connect(m_reader, &LogReader::finished, this, &LogsPage::onFinished);
    connect(m_refresh, &QPushButton::clicked, this, &LogsPage::reload);
    connect(m_openFolder, &QPushButton::clicked, this, &LogsPage::openLogFolder);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_category, &QComboBox::currentIndexChanged, this, &LogsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &LogsPage::applyFilter);
    connect(m_model, &LogTableModel::categoriesChanged, this, &LogsPage::refreshCategories);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LogsPage::updateSummary);
    // The writer flushes line by line; a short delay reads a burst at once.
    m_followDelay->setSingleShot(true);
    m_followDelay->setInterval(kFollowDelayMs);
    connect(m_followDelay, &QTimer::timeout, this, &LogsPage::followNewLines);
    connect(m_fileWatcher, &QFileSystemWatcher::fileChanged, m_followDelay, qOverload<>(&QTimer::start));
    connect(m_fileWatcher, &QFileSystemWatcher::directoryChanged, m_followDelay, qOverload<>(&QTimer::start));
    connect(&m_tail, &QFutureWatcher<LogReader::Tail>::finished, this, &LogsPage::onTail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogsPage::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LogsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LogsPage::showDetails);
    updateSummary();
}

LogsPage::~LogsPage() = default;

void LogsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        reload();
    }
}

void LogsPage::reload() {
    m_loadedOnce = true;
    m_tailOffset = -1;
    ++m_loads;
    m_model->clear();
    m_lastStats = {};
    m_reader->start(RotatingLogFile::filesIn(m_directory, m_baseName));
    m_refresh->setEnabled(false);
    updateSummary();
    emit loadingChanged(true);
}

bool LogsPage::isLoading() const {
    return m_reader->isRunning();
}

void LogsPage::onChunk(const LogChunk& chunk) {
    m_model->append(chunk);
}

void LogsPage::onFinished(const LogReader::Stats& stats) {
    m_lastStats = stats;
    m_tailOffset = qMax<qint64>(0, stats.newestFileBytes);
    watchCurrentFile();
    if (m_tailAgain) {
        m_followDelay->start();
    }
    m_refresh->setEnabled(true);
    updateSummary();
    emit loadingChanged(false);
    emit loaded(stats);
}

QString LogsPage::currentFile() const {
    return QDir(m_directory).filePath(m_baseName + QStringLiteral(".log"));
}

void LogsPage::watchCurrentFile() {
    // The directory too: the file may not exist yet, and rotation replaces it.
    for (const QString& path : {m_directory, currentFile()}) {
        if (!m_fileWatcher->files().contains(path) && !m_fileWatcher->directories().contains(path)) {
            m_fileWatcher->addPath(path); // fails quietly while the file does not exist
        }
    }
}

void LogsPage::followNewLines() {
    if (m_reader->isRunning() || m_tail.isRunning() || m_tailOffset < 0) {
        m_tailAgain = true; // after the read in progress
        return;
    }
    m_tailAgain = false;
    watchCurrentFile();
    m_tailLoad = m_loads;
    m_tail.setFuture(QtConcurrent::run(&LogReader::readTail, currentFile(), m_tailOffset));
}

void LogsPage::onTail() {
    const LogReader::Tail tail = m_tail.result();
    if (m_tailLoad != m_loads) {
        return; // the log was read again meanwhile, these lines with it
    }
    if (tail.restarted) {
        reload(); // rotated: the file we followed is now the previous one
        return;
    }
    m_tailOffset = tail.offset;
    QScrollBar* bar = m_view->verticalScrollBar();
    const bool atTop = bar->value() == bar->minimum();
    const int before = bar->value();
    const int added = m_model->prepend(tail.entries);
    if (added > 0 && !atTop) {
        // Keep the rows the user scrolled to where they were (the view scrolls per row).
        bar->setValue(before + added);
    } else if (added > 0) {
        bar->setValue(bar->minimum());
    }
    if (m_tailAgain) {
        followNewLines();
    }
}

void LogsPage::setMinimumLevel(QtMsgType level) {
    m_level->setCurrentIndex(qBound(0, LogRecord::severity(level), m_level->count() - 1));
}

void LogsPage::setCategory(const QString& category) {
    const int index = m_category->findData(category);
    if (index >= 0) {
        m_category->setCurrentIndex(index);
    }
}

void LogsPage::setFilterText(const QString& text) {
    m_search->setText(text);
}

void LogsPage::applyFilter() {
    m_filterDelay->stop();
    LogFilter filter;
    filter.minSeverity = m_level->currentData().toInt();
    filter.category = m_category->currentData().toString();
    filter.text = m_search->text().trimmed();
    m_model->setFilter(filter);
}

void LogsPage::refreshCategories() {
    const QString selected = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (const QString& category : m_model->categories()) {
        m_category->addItem(category, category);
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(selected)));
}

void LogsPage::showDetails() {
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const LogRecord& record = m_model->entryAt(current.row()).record;
    QString text = QStringLiteral("%1  %2  %3\n\n%4\n")
                       .arg(record.timestamp.toLocalTime().toString(Qt::ISODateWithMs),
                            LogRecord::levelName(record.level).toUpper(), record.category, record.message);
    if (!record.context.isEmpty()) {
        text += QStringLiteral("\n%1\n%2")
                    .arg(tr("Context:"),
                         QString::fromUtf8(QJsonDocument(record.context).toJson(QJsonDocument::Indented)));
    }
    if (!record.error.isEmpty()) {
        text += QStringLiteral("\n%1\n%2")
                    .arg(tr("Error:"),
                         QString::fromUtf8(QJsonDocument(record.error).toJson(QJsonDocument::Indented)));
    }
    m_details->setPlainText(text);
}

QString LogsPage::detailsText() const {
    return m_details->toPlainText();
}

QString LogsPage::summaryText() const {
    return m_summary->text();
}

void LogsPage::updateSummary() {
    QString text;
    const auto total = m_model->totalCount();
    if (total == 0 && !isLoading()) {
        text = m_loadedOnce ? tr("No log entries yet in %1.").arg(QDir::toNativeSeparators(m_directory))
                            : QString();
    } else if (m_model->filter().acceptsEverything()) {
        text = tr("%n entries", nullptr, static_cast<int>(total));
    } else {
        text = tr("Showing %1 of %n entries", nullptr, static_cast<int>(total)).arg(m_model->rowCount());
    }
    if (isLoading()) {
        text += tr(" · reading…");
    } else if (m_lastStats.skipped > 0) {
        text += tr(" · %n unreadable lines skipped", nullptr, static_cast<int>(m_lastStats.skipped));
    }
    m_summary->setText(text);
}

void LogsPage::openLogFolder() {
    OwnerOnlyPaths::makeDirectory(m_directory);
    m_opener(QUrl::fromLocalFile(m_directory));
}

} // namespace cc::ui
