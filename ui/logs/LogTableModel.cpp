#include "ui/logs/LogTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cc::ui {

namespace {

QString levelLabel(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return LogTableModel::tr("Debug");
    case QtInfoMsg:
        return LogTableModel::tr("Info");
    case QtWarningMsg:
        return LogTableModel::tr("Warning");
    case QtCriticalMsg:
        return LogTableModel::tr("Critical");
    case QtFatalMsg:
        return LogTableModel::tr("Fatal");
    }
    return {};
}

// One line per row keeps row heights uniform; the details pane shows the full text.
QString firstLine(const QString& text) {
    const auto newline = text.indexOf(QLatin1Char('\n'));
    return newline < 0 ? text : text.left(newline) + QStringLiteral(" …");
}

} // namespace

LogTableModel::LogTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

int LogTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int LogTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_visible.size()) {
        return {};
    }
    const LogRecord& record = m_entries.at(m_visible.at(index.row())).record;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return record.timestamp.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        case LevelColumn:
            return levelLabel(record.level);
        case CategoryColumn:
            return record.category;
        case MessageColumn:
            return firstLine(record.message);
        }
        break;
    case Qt::ToolTipRole:
        return index.column() == MessageColumn ? QVariant(record.message) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == LevelColumn || index.column() == MessageColumn) {
            // Okabe-Ito vermillion and a darkened orange: readable on white, distinct for colour-blind users.
            if (LogRecord::severity(record.level) >= LogRecord::severity(QtCriticalMsg)) {
                return QBrush(QColor(0xc0, 0x39, 0x00));
            }
            if (record.level == QtWarningMsg) {
                return QBrush(QColor(0x9a, 0x66, 0x00));
            }
            if (record.level == QtDebugMsg) {
                return QBrush(QColor(0x70, 0x70, 0x70));
            }
        }
        break;
    case Qt::FontRole:
        if (index.column() == LevelColumn && LogRecord::severity(record.level) >= 2) {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case LevelColumn:
        return tr("Level");
    case CategoryColumn:
        return tr("Category");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

void LogTableModel::clear() {
    beginResetModel();
    m_entries.clear();
    m_visible.clear();
    m_categories.clear();
    endResetModel();
    emit categoriesChanged();
}

void LogTableModel::append(const LogChunk& chunk) {
    if (chunk.isEmpty()) {
        return;
    }
    const qsizetype base = m_entries.size();
    m_entries.append(chunk);
    QList<qsizetype> accepted;
    bool newCategory = false;
    for (qsizetype i = 0; i < chunk.size(); ++i) {
        const LogEntry& entry = chunk.at(i);
        if (!m_categories.contains(entry.record.category)) {
            m_categories.insert(entry.record.category);
            newCategory = true;
        }
        if (m_filter.accepts(entry)) {
            accepted.append(base + i);
        }
    }
    if (!accepted.isEmpty()) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(accepted.size()) - 1);
        m_visible.append(accepted);
        endInsertRows();
    }
    if (newCategory) {
        emit categoriesChanged();
    }
}

int LogTableModel::prepend(const LogChunk& newer) {
    if (newer.isEmpty()) {
        return 0;
    }
    const qsizetype shift = newer.size();
    QList<qsizetype> accepted;
    bool newCategory = false;
    for (qsizetype i = 0; i < newer.size(); ++i) {
        const LogEntry& entry = newer.at(i);
        if (!m_categories.contains(entry.record.category)) {
            m_categories.insert(entry.record.category);
            newCategory = true;
        }
        if (m_filter.accepts(entry)) {
            accepted.append(i);
        }
    }
    // m_entries stays in display order (setFilter walks it), so the existing indexes move by `shift`.
    m_entries = newer + m_entries;
    for (qsizetype& index : m_visible) {
        index += shift;
    }
    if (!accepted.isEmpty()) {
        beginInsertRows({}, 0, static_cast<int>(accepted.size()) - 1);
        m_visible = accepted + m_visible;
        endInsertRows();
    }
    if (newCategory) {
        emit categoriesChanged();
    }
    return static_cast<int>(accepted.size());
}

void LogTableModel::setFilter(const LogFilter& filter) {
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    QList<qsizetype> visible;
    visible.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_filter.accepts(m_entries.at(i))) {
            visible.append(i);
        }
    }
    beginResetModel();
    m_visible = std::move(visible);
    endResetModel();
}

const LogEntry& LogTableModel::entryAt(int row) const {
    return m_entries.at(m_visible.at(row));
}

QStringList LogTableModel::categories() const {
    QStringList list(m_categories.cbegin(), m_categories.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace cc::ui
