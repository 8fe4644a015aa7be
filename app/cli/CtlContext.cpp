#include "app/cli/CtlContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {

CtlContext::CtlContext(QTextStream& o, QTextStream& e)
    : out(o)
    , err(e) {}

void CtlContext::printJson(const QJsonValue& value) {
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
    out.flush();
}

int CtlContext::usageError(const QString& message, const QString& helpText) {
    err << QCoreApplication::translate("cc::cli::CtlContext", "campaignctl: %1").arg(message) << '\n';
    if (!helpText.isEmpty()) {
        err << '\n' << helpText;
    }
    err.flush();
    return ExitUsage;
}

int CtlContext::failure(const QString& message) {
    if (json) {
        QJsonObject error{{QStringLiteral("error"), message}};
        err << QString::fromUtf8(QJsonDocument(error).toJson(QJsonDocument::Compact)) << '\n';
    } else {
        err << QCoreApplication::translate("cc::cli::CtlContext", "campaignctl: %1").arg(message) << '\n';
    }
    err.flush();
    return ExitFailure;
}

} // namespace cc::cli
