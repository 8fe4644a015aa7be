#include "app/realtime/FeedEntry.h"

#include <QJsonArray>

namespace cc::realtime {

namespace {
const QString kAt = QStringLiteral("at");
const QString kKind = QStringLiteral("kind");
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kActor = QStringLiteral("actor");
const QString kOwn = QStringLiteral("own");
const QString kChanges = QStringLiteral("changes");
const QString kColumn = QStringLiteral("column");
const QString kBefore = QStringLiteral("before");
const QString kAfter = QStringLiteral("after");
} // namespace

FeedEntry FeedEntry::fromEvent(const CampaignEvent& event, const QDateTime& receivedAt) {
    FeedEntry entry;
    entry.at = event.committedAt.isValid() ? event.committedAt : receivedAt.toUTC();
    entry.kind = event.kind;
    entry.campaignId = event.id;
    entry.campaignName = event.name();
    entry.actor = event.actor();
    entry.own = event.own;
    entry.changes = event.changes();
    return entry;
}

QString FeedEntry::kindName(CampaignEvent::Kind kind) {
    switch (kind) {
    case CampaignEvent::Kind::Created:
        return QStringLiteral("created");
    case CampaignEvent::Kind::Changed:
        return QStringLiteral("changed");
    case CampaignEvent::Kind::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

std::optional<CampaignEvent::Kind> FeedEntry::kindFromName(const QString& name) {
    for (auto kind :
         {CampaignEvent::Kind::Created, CampaignEvent::Kind::Changed, CampaignEvent::Kind::Deleted}) {
        if (kindName(kind) == name) {
            return kind;
        }
    }
    return std::nullopt;
}

QString FeedEntry::displayValue(const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d)) ? QString::number(static_cast<qint64>(d))
                                                                : QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Array:
    case QJsonValue::Object:
        return QStringLiteral("…");
    }
    return {};
}

QString FeedEntry::changesText() const {
    QStringList parts;
    parts.reserve(changes.size());
    for (const FieldChange& c : changes) {
        parts.append(c.column + QStringLiteral(": ") + displayValue(c.before) + QStringLiteral(" → ") +
                     displayValue(c.after));
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject FeedEntry::toJson() const {
    QJsonArray list;
    for (const FieldChange& c : changes) {
        list.append(QJsonObject{{kColumn, c.column}, {kBefore, c.before}, {kAfter, c.after}});
    }
    QJsonObject o{{kAt, at.toUTC().toString(Qt::ISODateWithMs)},
                  {kKind, kindName(kind)},
                  {kId, campaignId},
                  {kName, campaignName}};
    if (!actor.isEmpty()) {
        o.insert(kActor, actor);
    }
    if (own) {
        o.insert(kOwn, true);
    }
    if (!list.isEmpty()) {
        o.insert(kChanges, list);
    }
    return o;
}

std::optional<FeedEntry> FeedEntry::fromJson(const QJsonObject& object) {
    FeedEntry entry;
    entry.at = QDateTime::fromString(object.value(kAt).toString(), Qt::ISODateWithMs);
    const std::optional<CampaignEvent::Kind> kind = kindFromName(object.value(kKind).toString());
    entry.campaignId = object.value(kId).toString();
    if (!entry.at.isValid() || !kind || entry.campaignId.isEmpty()) {
        return std::nullopt;
    }
    entry.at = entry.at.toUTC();
    entry.kind = *kind;
    entry.campaignName = object.value(kName).toString();
    entry.actor = object.value(kActor).toString();
    entry.own = object.value(kOwn).toBool();
    for (const QJsonValue& v : object.value(kChanges).toArray()) {
        const QJsonObject c = v.toObject();
        entry.changes.append({c.value(kColumn).toString(), c.value(kBefore), c.value(kAfter)});
    }
    return entry;
}

} // namespace cc::realtime
