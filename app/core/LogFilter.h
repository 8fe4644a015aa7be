#pragma once

#include "app/core/LogEntry.h"

#include <QString>

namespace cc {

// What the Logs page shows: a minimum level, one category (or all) and a text to look for. Plain data, so
// the filtering rule is tested without widgets and can run on any thread.
struct LogFilter {
    int minSeverity = 0; // LogRecord::severity(): 0 debug, 1 info, 2 warning, 3 critical
    QString category;    // empty: every category
    QString text;        // case-insensitive substring of message, category, context or error; empty: all

    bool accepts(const LogEntry& entry) const;
    bool acceptsEverything() const;

    bool operator==(const LogFilter&) const = default;
};

} // namespace cc
