#include "app/core/LogFilter.h"

namespace cc {

bool LogFilter::accepts(const LogEntry& entry) const {
    if (LogRecord::severity(entry.record.level) < minSeverity) {
        return false;
    }
    if (!category.isEmpty() && entry.record.category != category) {
        return false;
    }
    return text.isEmpty() || entry.searchText.contains(text, Qt::CaseInsensitive);
}

bool LogFilter::acceptsEverything() const {
    return minSeverity <= 0 && category.isEmpty() && text.isEmpty();
}

} // namespace cc
