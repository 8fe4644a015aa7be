#include "app/data/CampaignRules.h"

namespace cc::data {

const QStringList& CampaignRules::statuses() {
    static const QStringList values = {QStringLiteral("draft"),     QStringLiteral("scheduled"),
                                       QStringLiteral("active"),    QStringLiteral("paused"),
                                       QStringLiteral("completed"), QStringLiteral("archived")};
    return values;
}

const QStringList& CampaignRules::channels() {
    static const QStringList values = {QStringLiteral("email"), QStringLiteral("social"),
                                       QStringLiteral("ads")};
    return values;
}

int CampaignRules::nameLength(const QString& name) {
    return static_cast<int>(name.toUcs4().size());
}

const QList<CampaignRules::Rule>& CampaignRules::rules() {
    const auto nonNegative = [](const char* field, const char* constraint, qint64 Campaign::*member) {
        return Rule{QLatin1String(field), QLatin1String(constraint),
                    [member](const Campaign& c) { return c.*member >= 0; },
                    [] { return tr("Must be zero or more."); }};
    };
    static const QList<Rule> list = {
        {QStringLiteral("name"), QStringLiteral("campaigns_name_check"),
         [](const Campaign& c) {
             const int length = nameLength(c.name);
             return length >= 1 && length <= kMaxNameLength;
         },
         [] { return tr("Enter a name of 1 to %1 characters.").arg(kMaxNameLength); }},
        {QStringLiteral("status"), QStringLiteral("campaigns_status_check"),
         [](const Campaign& c) { return statuses().contains(c.status); },
         [] { return tr("Choose one of: %1.").arg(statuses().join(QStringLiteral(", "))); }},
        {QStringLiteral("channel"), QStringLiteral("campaigns_channel_check"),
         [](const Campaign& c) { return channels().contains(c.channel); },
         [] { return tr("Choose one of: %1.").arg(channels().join(QStringLiteral(", "))); }},
        {QStringLiteral("budget"), QStringLiteral("campaigns_budget_check"),
         // NaN fails too: the server would refuse it as a number.
         [](const Campaign& c) { return c.budget >= 0; },
         [] { return tr("The budget must be zero or more."); }},
        {QStringLiteral("currency"), QStringLiteral("campaigns_currency_check"),
         [](const Campaign& c) {
             if (c.currency.size() != 3) {
                 return false;
             }
             for (const QChar ch : c.currency) {
                 if (ch < QLatin1Char('A') || ch > QLatin1Char('Z')) {
                     return false;
                 }
             }
             return true;
         },
         [] { return tr("Use a three-letter upper-case currency code such as EUR."); }},
        {QStringLiteral("end_date"), QStringLiteral("campaigns_dates_check"),
         [](const Campaign& c) {
             return !c.startDate.isValid() || !c.endDate.isValid() || c.endDate >= c.startDate;
         },
         [] { return tr("The end date must not be before the start date."); }},
        nonNegative("audience_size", "campaigns_audience_size_check", &Campaign::audienceSize),
        nonNegative("sent_count", "campaigns_sent_count_check", &Campaign::sentCount),
        nonNegative("open_count", "campaigns_open_count_check", &Campaign::openCount),
        nonNegative("click_count", "campaigns_click_count_check", &Campaign::clickCount),
    };
    return list;
}

QList<CampaignRules::Violation> CampaignRules::validate(const Campaign& campaign) {
    QList<Violation> violations;
    for (const Rule& rule : rules()) {
        if (!rule.holds(campaign)) {
            violations.append({rule.field, rule.constraint, rule.message()});
        }
    }
    return violations;
}

QList<CampaignRules::Violation> CampaignRules::validateField(const Campaign& campaign, const QString& field) {
    QList<Violation> violations;
    for (const Rule& rule : rules()) {
        if (rule.field == field && !rule.holds(campaign)) {
            violations.append({rule.field, rule.constraint, rule.message()});
        }
    }
    return violations;
}

QList<CampaignRules::Violation> CampaignRules::validateValue(const QString& field, const QJsonValue& value) {
    Campaign holder;
    if (!holder.setValue(field, value)) {
        return {{field, QString(), tr("This is not a valid value for %1.").arg(field)}};
    }
    return validateField(holder, field);
}

} // namespace cc::data
