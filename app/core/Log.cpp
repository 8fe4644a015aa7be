#include "app/core/Log.h"

#include <QJsonDocument>

namespace cc::log {

namespace {

constexpr QChar kSeparator = QChar(0x1e); // ASCII record separator: never typed by a person

void emitMessage(const QLoggingCategory& category, QtMsgType type, const QString& message,
                 const QJsonObject& context, const Error& error) {
    if (!category.isEnabled(type)) {
        return;
    }
    const QByteArray text = encode(message, context, error).toUtf8();
    QMessageLogger logger(nullptr, 0, nullptr, category.categoryName());
    switch (type) {
    case QtDebugMsg:
        logger.debug("%s", text.constData());
        break;
    case QtInfoMsg:
        logger.info("%s", text.constData());
        break;
    case QtWarningMsg:
        logger.warning("%s", text.constData());
        break;
    default:
        logger.critical("%s", text.constData());
        break;
    }
}

} // namespace

QString encode(const QString& message, const QJsonObject& context, const Error& error) {
    if (context.isEmpty() && !error.isError()) {
        return message;
    }
    QJsonObject extra;
    if (!context.isEmpty()) {
        extra.insert(QStringLiteral("context"), context);
    }
    if (error.isError()) {
        extra.insert(QStringLiteral("error"), error.toJson());
    }
    return message + kSeparator + QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact));
}

Decoded decode(const QString& text) {
    const qsizetype at = text.lastIndexOf(kSeparator);
    if (at < 0) {
        return {text, {}, {}};
    }
    const QJsonObject extra = QJsonDocument::fromJson(text.mid(at + 1).toUtf8()).object();
    return {text.left(at), extra.value(QStringLiteral("context")).toObject(),
            extra.value(QStringLiteral("error")).toObject()};
}

void debug(const QLoggingCategory& category, const QString& message, const QJsonObject& context) {
    emitMessage(category, QtDebugMsg, message, context, {});
}

void info(const QLoggingCategory& category, const QString& message, const QJsonObject& context) {
    emitMessage(category, QtInfoMsg, message, context, {});
}

void warning(const QLoggingCategory& category, const QString& message, const QJsonObject& context,
             const Error& error) {
    emitMessage(category, QtWarningMsg, message, context, error);
}

void critical(const QLoggingCategory& category, const QString& message, const QJsonObject& context,
              const Error& error) {
    emitMessage(category, QtCriticalMsg, message, context, error);
}

} // namespace cc::log
