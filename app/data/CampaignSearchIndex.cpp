#include "app/data/CampaignSearchIndex.h"

#include <string_view>

namespace cc::data {

namespace {

// Replaced names leave their bytes behind until this much is unused (and at least half of the buffer).
constexpr std::size_t kCompactAfterBytes = 1 << 20;

} // namespace

void CampaignSearchIndex::clear() {
    m_entries.clear();
    m_positions.clear();
    m_names.clear();
    m_unusedNameBytes = 0;
}

void CampaignSearchIndex::reserve(qsizetype rows, qsizetype nameBytes) {
    m_entries.reserve(static_cast<std::size_t>(rows));
    m_positions.reserve(rows);
    m_names.reserve(static_cast<std::size_t>(nameBytes));
}

quint32 CampaignSearchIndex::intern(const QString& value) {
    if (const auto found = m_valueNumbers.constFind(value); found != m_valueNumbers.cend()) {
        return found.value();
    }
    const auto number = static_cast<quint32>(m_values.size());
    m_values.append(value);
    m_valueNumbers.insert(value, number);
    return number;
}

void CampaignSearchIndex::storeName(Entry& entry, const QByteArray& name, bool hasOldName) {
    const auto size = static_cast<quint32>(name.size());
    if (hasOldName && size <= entry.nameSize) {
        m_names.replace(entry.nameOffset, size, name.constData(), size);
        m_unusedNameBytes += entry.nameSize - size;
        entry.nameSize = size;
        return;
    }
    if (hasOldName) {
        m_unusedNameBytes += entry.nameSize;
    }
    entry.nameOffset = static_cast<quint32>(m_names.size());
    entry.nameSize = size;
    m_names.append(name.constData(), size);
}

void CampaignSearchIndex::upsert(qint64 rowId, const QString& nameLower, const QString& status,
                                 const QString& channel) {
    const QByteArray name = nameLower.toUtf8();
    if (const auto found = m_positions.constFind(rowId); found != m_positions.cend()) {
        Entry& entry = m_entries[static_cast<std::size_t>(found.value())];
        storeName(entry, name, true);
        entry.status = intern(status);
        entry.channel = intern(channel);
    } else {
        Entry entry{rowId, 0, 0, intern(status), intern(channel)};
        storeName(entry, name, false);
        m_positions.insert(rowId, static_cast<qsizetype>(m_entries.size()));
        m_entries.push_back(entry);
    }
    if (m_unusedNameBytes > kCompactAfterBytes && m_unusedNameBytes > m_names.size() / 2) {
        compact();
    }
}

void CampaignSearchIndex::remove(qint64 rowId) {
    const auto found = m_positions.find(rowId);
    if (found == m_positions.end()) {
        return;
    }
    // Swap with the last entry: order does not matter here (SQL orders the rows shown).
    const auto at = static_cast<std::size_t>(found.value());
    m_positions.erase(found);
    m_unusedNameBytes += m_entries[at].nameSize;
    if (at + 1 != m_entries.size()) {
        m_entries[at] = m_entries.back();
        m_positions[m_entries[at].rowId] = static_cast<qsizetype>(at);
    }
    m_entries.pop_back();
    if (m_entries.empty()) {
        m_names.clear();
        m_unusedNameBytes = 0;
    }
}

void CampaignSearchIndex::compact() {
    std::string names;
    names.reserve(m_names.size() - m_unusedNameBytes);
    for (Entry& entry : m_entries) {
        const auto offset = static_cast<quint32>(names.size());
        names.append(m_names, entry.nameOffset, entry.nameSize);
        entry.nameOffset = offset;
    }
    m_names = std::move(names);
    m_unusedNameBytes = 0;
}

std::vector<bool> CampaignSearchIndex::admitted(const QStringList& values) const {
    std::vector<bool> admits(static_cast<std::size_t>(m_values.size()), values.isEmpty());
    for (const QString& value : values) {
        if (const auto found = m_valueNumbers.constFind(value); found != m_valueNumbers.cend()) {
            admits[found.value()] = true;
        }
    }
    return admits;
}

CampaignSearchIndex::Matches CampaignSearchIndex::match(const CampaignFilter& filter,
                                                        qsizetype maxListed) const {
    const std::vector<bool> statuses = admitted(filter.statuses);
    const std::vector<bool> channels = admitted(filter.channels);
    const QByteArray needleBytes = filter.search.toLower().toUtf8();
    const std::string_view needle(needleBytes.constData(), static_cast<std::size_t>(needleBytes.size()));
    const std::string_view names(m_names);
    Matches matches;
    for (const Entry& entry : m_entries) {
        if (!statuses[entry.status] || !channels[entry.channel] ||
            names.substr(entry.nameOffset, entry.nameSize).find(needle) == std::string_view::npos) {
            continue;
        }
        ++matches.count;
        if (matches.count <= maxListed) {
            matches.rowIds.append(entry.rowId);
        }
    }
    matches.listed = matches.count <= maxListed;
    if (!matches.listed) {
        matches.rowIds.clear();
    }
    return matches;
}

std::function<bool(qint64)> CampaignSearchIndex::admits(const CampaignFilter& filter) const {
    if (filter.isUnfiltered()) {
        return {};
    }
    return [this, statuses = admitted(filter.statuses), channels = admitted(filter.channels),
            needle = filter.search.toLower().toUtf8().toStdString()](qint64 rowId) {
        const auto found = m_positions.constFind(rowId);
        if (found == m_positions.cend()) {
            return false;
        }
        const Entry& entry = m_entries[static_cast<std::size_t>(found.value())];
        return statuses[entry.status] && channels[entry.channel] &&
               std::string_view(m_names).substr(entry.nameOffset, entry.nameSize).find(needle) !=
                   std::string_view::npos;
    };
}

} // namespace cc::data
