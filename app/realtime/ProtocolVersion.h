#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cc::realtime {

// The two serialisations of the Phoenix channel protocol that Supabase Realtime speaks
// (docs/realtime-protocol.md §2). The server's default is V1; realtime-js defaults to V2.
enum class ProtocolVersion {
    V1, // "1.0.0": JSON objects {"join_ref","ref","topic","event","payload"}
    V2, // "2.0.0": JSON arrays [join_ref, ref, topic, event, payload]
};

// "1.0.0" -> V1, "2.0.0" -> V2, anything else -> nullopt (the caller decides whether a missing vsn means V1).
std::optional<ProtocolVersion> protocolVersionFromVsn(QStringView vsn);
QString vsnString(ProtocolVersion version);

} // namespace cc::realtime
