#include "app/core/Error.h"

namespace cc {

QString Error::kindName(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Http:
        return QStringLiteral("http");
    case ErrorKind::CircuitOpen:
        return QStringLiteral("circuit_open");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate_limited");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::Decode:
        return QStringLiteral("decode");
    case ErrorKind::Tls:
        return QStringLiteral("tls");
    case ErrorKind::Validation:
        return QStringLiteral("validation");
    case ErrorKind::Storage:
        return QStringLiteral("storage");
    case ErrorKind::Auth:
        return QStringLiteral("auth");
    case ErrorKind::Config:
        return QStringLiteral("config");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

QString Error::defaultMessage(ErrorKind kind) {
    switch (kind) {
    case ErrorKind::None:
        return {};
    case ErrorKind::Network:
        return tr("The server could not be reached.");
    case ErrorKind::Timeout:
        return tr("The server took too long to answer.");
    case ErrorKind::Http:
        return tr("The server reported an error.");
    case ErrorKind::CircuitOpen:
        return tr("The service is failing; the console will try again shortly.");
    case ErrorKind::RateLimited:
        return tr("Too many requests; please wait a moment.");
    case ErrorKind::Cancelled:
        return tr("The operation was cancelled.");
    case ErrorKind::Decode:
        return tr("The server sent an answer the console does not understand.");
    case ErrorKind::Tls:
        return tr("The secure connection could not be verified.");
    case ErrorKind::Validation:
        return tr("Some values are not valid.");
    case ErrorKind::Storage:
        return tr("Local data could not be read or written.");
    case ErrorKind::Auth:
        return tr("You are not signed in, or your session has ended.");
    case ErrorKind::Config:
        return tr("The profile's settings are not usable.");
    case ErrorKind::Internal:
        return tr("An internal error occurred.");
    }
    return {};
}

QJsonObject Error::toJson() const {
    QJsonObject json{{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("message"), message}};
    if (!detail.isEmpty()) {
        json.insert(QStringLiteral("detail"), detail);
    }
    if (httpStatus != 0) {
        json.insert(QStringLiteral("status"), httpStatus);
    }
    if (!code.isEmpty()) {
        json.insert(QStringLiteral("error_code"), code);
    }
    return json;
}

bool Error::isUnreachable() const {
    switch (kind) {
    case ErrorKind::Network:
    case ErrorKind::Timeout:
    case ErrorKind::CircuitOpen:
        return true;
    case ErrorKind::Http:
        return httpStatus >= 500 || httpStatus == 0;
    default:
        return false;
    }
}

QString Error::toString() const {
    if (detail.isEmpty() || detail == message) {
        return message;
    }
    return QStringLiteral("%1 (%2)").arg(message, detail);
}

} // namespace cc
