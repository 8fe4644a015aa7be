#include "app/realtime/ProtocolVersion.h"

namespace cc::realtime {

std::optional<ProtocolVersion> protocolVersionFromVsn(QStringView vsn) {
    if (vsn == QLatin1String("1.0.0"))
        return ProtocolVersion::V1;
    if (vsn == QLatin1String("2.0.0"))
        return ProtocolVersion::V2;
    return std::nullopt;
}

QString vsnString(ProtocolVersion version) {
    return version == ProtocolVersion::V2 ? QStringLiteral("2.0.0") : QStringLiteral("1.0.0");
}

} // namespace cc::realtime
