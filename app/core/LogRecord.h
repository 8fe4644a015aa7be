#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace cc {

// One log entry, as written to the JSON log (one object per line) and read back by the Logs page.
struct LogRecord {
    QDateTime timestamp; // UTC
    QtMsgType level = QtInfoMsg;
    QString category;
    QString message;
    QJsonObject context; // optional structured detail
    QJsonObject error;   // optional cc::Error as JSON

    // Builds a record from what Qt hands the message handler, decoding the structured part and redacting
    // every secret before the record exists anywhere else.
    static LogRecord fromQt(QtMsgType type, const char* category, const QString& text, const QDateTime& now);

    // {"ts":"2026-11-25T08:00:00.123Z","level":"info","category":"console.net","message":"...",...}
    QByteArray toJsonLine() const;
    // "08:00:00.123 INFO  console.net: message {context}" for stderr.
    QString toHumanLine() const;
    // Parses one line of the JSON log; nullopt for anything that is not a log record.
    static std::optional<LogRecord> fromJsonLine(const QByteArray& line);

    static QString levelName(QtMsgType level);
    static std::optional<QtMsgType> levelFromName(const QString& name);
    // Orders levels by severity (debug < info < warning < critical < fatal); QtMsgType's values are not
    // ordered.
    static int severity(QtMsgType level);
};

} // namespace cc
