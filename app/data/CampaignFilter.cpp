#include "app/data/CampaignFilter.h"

namespace cc::data {

PostgrestQuery CampaignFilter::toPostgrest() const {
    PostgrestQuery q;
    const auto list = [](const QStringList& values) {
        QVariantList out;
        for (const QString& v : values) {
            out.append(v);
        }
        return out;
    };
    if (!statuses.isEmpty()) {
        q.in(QStringLiteral("status"), list(statuses));
    }
    if (!channels.isEmpty()) {
        q.in(QStringLiteral("channel"), list(channels));
    }
    if (!search.isEmpty()) {
        q.ilike(QStringLiteral("name"), PostgrestQuery::containsPattern(search));
    }
    if (sortableColumns().contains(orderColumn)) {
        q.orderBy(orderColumn, descending ? PostgrestQuery::Direction::Desc : PostgrestQuery::Direction::Asc,
                  PostgrestQuery::Nulls::Last);
    } else {
        q.orderBy(QStringLiteral("created_at"), PostgrestQuery::Direction::Desc);
    }
    if (limit >= 0) {
        q.limit(limit);
    }
    if (offset > 0) {
        q.offset(offset);
    }
    q.countExact();
    return q;
}

const QStringList& CampaignFilter::sortableColumns() {
    static const QStringList columns = {
        QStringLiteral("name"),       QStringLiteral("status"),     QStringLiteral("channel"),
        QStringLiteral("budget"),     QStringLiteral("start_date"), QStringLiteral("end_date"),
        QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("audience_size"),
        QStringLiteral("sent_count"),
    };
    return columns;
}

QString CampaignFilter::key() const {
    QStringList s = statuses;
    QStringList c = channels;
    s.sort();
    c.sort();
    return QStringLiteral("status=%1;channel=%2;search=%3")
        .arg(s.join(QLatin1Char(',')), c.join(QLatin1Char(',')), search.toLower());
}

} // namespace cc::data
