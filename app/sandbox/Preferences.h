#pragma once

#include <QByteArray>
#include <QStringList>

namespace cc::sandbox {

// The `Prefer` header as PostgREST reads it (docs/references/api/preferences.rst). Several Prefer headers are
// equivalent to one comma-separated header; unknown preferences are ignored (handling=lenient).
struct Preferences {
    enum class Return { Minimal, Representation, HeadersOnly };
    enum class Count { None, Exact, Planned, Estimated };
    enum class Resolution { None, MergeDuplicates, IgnoreDuplicates };

    Return returning = Return::Minimal;
    bool returnGiven = false;
    Count count = Count::None;
    Resolution resolution = Resolution::None;
    bool missingDefault = false; // missing=default

    static Preferences parse(const QByteArray& header);
    // The Preference-Applied value for what the sandbox honoured ("return=representation, count=exact").
    QByteArray applied() const;
};

} // namespace cc::sandbox
