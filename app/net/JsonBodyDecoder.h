#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace cc::net {

// JSON decoding of response bodies (any JSON text, scalars included: PostgREST RPCs may return `3`). Pure and
// thread-safe, so the shell can run it on a worker thread for large bodies (a 20 MB array takes long enough
// to freeze the window for a visible moment).
class JsonBodyDecoder {
public:
    // Bodies above this size are decoded off the GUI thread.
    static constexpr qsizetype kOffThreadThreshold = 256 * 1024;

    struct Decoded {
        bool ok = false;
        // An object, an array or (RPC results) a scalar; Undefined on error.
        QJsonValue value = QJsonValue(QJsonValue::Undefined);
        QString errorDetail; // for the log; never the body itself
    };

    static Decoded decode(const QByteArray& body);
    static bool isJsonContentType(const QByteArray& contentType);
    static bool shouldDecodeOffThread(qsizetype bodySize) { return bodySize > kOffThreadThreshold; }
};

} // namespace cc::net
