#pragma once

#include <QJsonObject>
#include <QString>

namespace cc::sandbox::postgrest {

// An error as PostgREST reports it: HTTP status plus the {code, message, details, hint} body.
struct PostgrestError {
    int httpStatus = 400;
    QString code; // SQLSTATE ("42703", "22P02") or PostgREST's own ("PGRST100")
    QString message;
    QString details; // empty = JSON null
    QString hint;    // empty = JSON null

    // {"code","message","details","hint"}: details and hint are null when empty, as PostgREST sends them.
    QJsonObject toJson() const;

    static PostgrestError make(int httpStatus, QString code, QString message, QString details = {},
                               QString hint = {});
};

} // namespace cc::sandbox::postgrest
