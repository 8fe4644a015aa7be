#include "app/realtime/ChangeLedger.h"

#include <QDateTime>

namespace cc::realtime {

ChangeLedger::ChangeLedger(int capacity)
    : m_capacity(capacity > 0 ? capacity : 1) {}

int ChangeLedger::compareVersions(const QString& a, const QString& b) {
    if (a == b) {
        return 0;
    }
    if (a.isEmpty() || b.isEmpty()) {
        return a.isEmpty() ? -1 : 1;
    }
    const QDateTime ta = QDateTime::fromString(a, Qt::ISODateWithMs);
    const QDateTime tb = QDateTime::fromString(b, Qt::ISODateWithMs);
    if (ta.isValid() && tb.isValid() && ta != tb) {
        return ta < tb ? -1 : 1;
    }
    return a < b ? -1 : 1;
}

bool ChangeLedger::admit(const QString& id, const QString& version) {
    raiseHighWater(version);
    if (id.isEmpty()) {
        return true;
    }
    const auto found = m_versions.find(id);
    if (found != m_versions.end()) {
        if (compareVersions(version, found.value()) <= 0) {
            return false;
        }
        found.value() = version;
        return true;
    }
    m_versions.insert(id, version);
    m_order.push_back(id);
    while (static_cast<int>(m_order.size()) > m_capacity) {
        m_versions.remove(m_order.front());
        m_order.pop_front();
    }
    return true;
}

void ChangeLedger::raiseHighWater(const QString& version) {
    if (compareVersions(version, m_highWater) > 0) {
        m_highWater = version;
    }
}

void ChangeLedger::clear() {
    m_versions.clear();
    m_order.clear();
    m_highWater.clear();
}

} // namespace cc::realtime
