#pragma once

#include "app/sandbox/HttpResponse.h"
#include "app/sandbox/postgrest/PostgrestError.h"

#include <QJsonArray>

namespace cc::sandbox {

// PostgREST's response conventions shared by the table and RPC endpoints.
class RestResponses {
public:
    static constexpr int kMaxRows = 1000; // Supabase's default max_rows

    // The {code,message,details,hint} body, Proxy-Status, and WWW-Authenticate on 401.
    static HttpResponse error(const postgrest::PostgrestError& error);

    enum class Shape { Array, Object, Unacceptable };
    // What `Accept` asks for: a JSON array (default), one object (vnd.pgrst.object+json), or a media type the
    // sandbox does not produce.
    static Shape requestedShape(const QByteArray& accept);
    static HttpResponse notAcceptable(const QByteArray& accept);

    // Rows as a JSON array, or as a single object when `shape` is Object (406 PGRST116 unless exactly one).
    static HttpResponse rows(int status, const QJsonArray& rows, Shape shape);
    // The same from pre-rendered JSON: `array` holds `count` objects ("[{...},{...}]").
    static HttpResponse rowsJson(int status, const QByteArray& array, qint64 count, Shape shape);
};

} // namespace cc::sandbox
