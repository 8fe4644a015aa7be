#include "app/net/ApiResponse.h"

namespace cc::net {

QByteArray ApiResponse::header(const QByteArray& name) const {
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            return h.second;
        }
    }
    return {};
}

std::optional<qint64> ApiResponse::contentRangeTotal() const {
    const QByteArray range = header("Content-Range");
    const qsizetype slash = range.lastIndexOf('/');
    if (slash < 0) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 total = range.mid(slash + 1).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(total) : std::nullopt;
}

} // namespace cc::net
