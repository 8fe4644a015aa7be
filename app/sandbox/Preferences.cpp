#include "app/sandbox/Preferences.h"

namespace cc::sandbox {

Preferences Preferences::parse(const QByteArray& header) {
    Preferences out;
    for (const QByteArray& part : header.split(',')) {
        const QByteArray item = part.trimmed().toLower();
        if (item == "return=representation") {
            out.returning = Return::Representation;
            out.returnGiven = true;
        } else if (item == "return=minimal") {
            out.returning = Return::Minimal;
            out.returnGiven = true;
        } else if (item == "return=headers-only") {
            out.returning = Return::HeadersOnly;
            out.returnGiven = true;
        } else if (item == "count=exact") {
            out.count = Count::Exact;
        } else if (item == "count=planned") {
            out.count = Count::Planned;
        } else if (item == "count=estimated") {
            out.count = Count::Estimated;
        } else if (item == "resolution=merge-duplicates") {
            out.resolution = Resolution::MergeDuplicates;
        } else if (item == "resolution=ignore-duplicates") {
            out.resolution = Resolution::IgnoreDuplicates;
        } else if (item == "missing=default") {
            out.missingDefault = true;
        }
    }
    return out;
}

QByteArray Preferences::applied() const {
    QList<QByteArray> parts;
    switch (resolution) {
    case Resolution::MergeDuplicates:
        parts << "resolution=merge-duplicates";
        break;
    case Resolution::IgnoreDuplicates:
        parts << "resolution=ignore-duplicates";
        break;
    case Resolution::None:
        break;
    }
    if (missingDefault) {
        parts << "missing=default";
    }
    if (returnGiven) {
        parts << (returning == Return::Representation ? "return=representation"
                  : returning == Return::HeadersOnly  ? "return=headers-only"
                                                      : "return=minimal");
    }
    // planned/estimated are answered with the exact count: SQLite has no planner statistics worth showing.
    switch (count) {
    case Count::Exact:
        parts << "count=exact";
        break;
    case Count::Planned:
        parts << "count=planned";
        break;
    case Count::Estimated:
        parts << "count=estimated";
        break;
    case Count::None:
        break;
    }
    return parts.join(", ");
}

} // namespace cc::sandbox
