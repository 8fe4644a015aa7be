#include "app/core/LogRecord.h"

#include "app/core/Log.h"
#include "app/core/Redactor.h"

#include <QJsonDocument>

namespace cc {

LogRecord LogRecord::fromQt(QtMsgType type, const char* category, const QString& text, const QDateTime& now) {
    const log::Decoded decoded = log::decode(text);
    LogRecord record;
    record.timestamp = now.toUTC();
    record.level = type;
    record.category = QString::fromLatin1(category && *category ? category : "default");
    record.message = Redactor::redactText(decoded.message);
    record.context = Redactor::redactJson(decoded.context).toObject();
    record.error = Redactor::redactJson(decoded.error).toObject();
    return record;
}

QByteArray LogRecord::toJsonLine() const {
    QJsonObject json{
        {QStringLiteral("ts"), timestamp.toString(Qt::ISODateWithMs)},
        {QStringLiteral("level"), levelName(level)},
        {QStringLiteral("category"), category},
        {QStringLiteral("message"), message},
    };
    if (!context.isEmpty()) {
        json.insert(QStringLiteral("context"), context);
    }
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString LogRecord::toHumanLine() const {
    QString line = QStringLiteral("%1 %2 %3: %4")
                       .arg(timestamp.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                            levelName(level).toUpper().leftJustified(8), category, message);
    if (!context.isEmpty()) {
        line += QLatin1Char(' ') + QString::fromUtf8(QJsonDocument(context).toJson(QJsonDocument::Compact));
    }
    if (!error.isEmpty()) {
        line += QStringLiteral(" error=") +
                QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact));
    }
    return line;
}

std::optional<LogRecord> LogRecord::fromJsonLine(const QByteArray& line) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject json = doc.object();
    const auto level = levelFromName(json.value(QStringLiteral("level")).toString());
    const QDateTime ts =
        QDateTime::fromString(json.value(QStringLiteral("ts")).toString(), Qt::ISODateWithMs);
    if (!level || !ts.isValid()) {
        return std::nullopt;
    }
    LogRecord record;
    record.timestamp = ts.toUTC();
    record.level = *level;
    record.category = json.value(QStringLiteral("category")).toString();
    record.message = json.value(QStringLiteral("message")).toString();
    record.context = json.value(QStringLiteral("context")).toObject();
    record.error = json.value(QStringLiteral("error")).toObject();
    return record;
}

QString LogRecord::levelName(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

std::optional<QtMsgType> LogRecord::levelFromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("debug"))
        return QtDebugMsg;
    if (n == QLatin1String("info"))
        return QtInfoMsg;
    if (n == QLatin1String("warning") || n == QLatin1String("warn"))
        return QtWarningMsg;
    if (n == QLatin1String("critical") || n == QLatin1String("error"))
        return QtCriticalMsg;
    if (n == QLatin1String("fatal"))
        return QtFatalMsg;
    return std::nullopt;
}

int LogRecord::severity(QtMsgType level) {
    switch (level) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

} // namespace cc
