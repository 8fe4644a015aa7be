#include "app/cli/CtlContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::cli {

CtlContext::CtlContext(QTextStream& o, QTextStream& e)
    : out(o)
    , err(e) {}

void CtlContext::addGlobalOptions(QCommandLineParser& parser) {
    CommonOptions::addTo(parser, true, false);
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cc::cli::CtlApplication",
                                                                          "Print machine-readable JSON.")});
    parser.addOption({QStringLiteral("config"),
                      QCoreApplication::translate("cc::cli::CtlApplication",
                                                  "Use settings file <file> instead of the standard one."),
                      QStringLiteral("file")});
}

std::optional<int> CtlContext::parseCommand(QCommandLineParser& parser, const QStringList& arguments) {
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), parser.helpText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("json"))) {
        json = true;
    }
    if (parser.isSet(QStringLiteral("config"))) {
        settingsFile = parser.value(QStringLiteral("config"));
    }
    return std::nullopt;
}

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
