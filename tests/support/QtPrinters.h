#pragma once

// Readable GoogleTest failure messages for Qt types (after Qt Creator's gtest-qt-printing.h).

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <ostream>

inline void PrintTo(const QString& value, std::ostream* os) {
    *os << '"' << value.toStdString() << '"';
}

inline void PrintTo(const QByteArray& value, std::ostream* os) {
    *os << "QByteArray(\"" << value.toStdString() << "\")";
}

inline void PrintTo(const QStringList& value, std::ostream* os) {
    *os << '[' << value.join(QStringLiteral(", ")).toStdString() << ']';
}

inline void PrintTo(const QUrl& value, std::ostream* os) {
    *os << "QUrl(" << value.toString().toStdString() << ')';
}

inline void PrintTo(const QDateTime& value, std::ostream* os) {
    *os << "QDateTime(" << value.toString(Qt::ISODateWithMs).toStdString() << ')';
}

inline void PrintTo(const QJsonObject& value, std::ostream* os) {
    *os << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonArray& value, std::ostream* os) {
    *os << QJsonDocument(value).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const QJsonValue& value, std::ostream* os) {
    if (value.isObject()) {
        PrintTo(value.toObject(), os);
    } else if (value.isArray()) {
        PrintTo(value.toArray(), os);
    } else {
        *os << value.toVariant().toString().toStdString();
    }
}

inline void PrintTo(const QVariant& value, std::ostream* os) {
    *os << "QVariant(" << value.typeName() << ", " << value.toString().toStdString() << ')';
}
