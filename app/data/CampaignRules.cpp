#include "app/data/CampaignRules.h"

#include <algorithm>

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

bool CampaignRules::hasControlCharacter(const QString& text) {
    // Unicode's Cc: U+0000-U+001F and U+007F-U+009F (C0, DEL, C1), the same ranges as the server's check.
    return std::any_of(text.begin(), text.end(),
                       [](QChar ch) { return ch.category() == QChar::Other_Control; });
}

bool CampaignRules::isBlank(const QString& text) {
    // Unicode's separators (Zs, Zl, Zp): the server's check lists the same code points.
    return std::all_of(text.begin(), text.end(), [](QChar ch) {
        const QChar::Category category = ch.category();
        return category == QChar::Separator_Space || category == QChar::Separator_Line ||
               category == QChar::Separator_Paragraph;
    });
}

bool CampaignRules::isExactBudget(double budget) {
    // Whole cents, as the server's `budget = round(budget, 2)`: SQLite rounds through the same "%.2f" text.
    return budget < kBudgetLimit && QString::number(budget, 'f', 2).toDouble() == budget;
}

const QList<CampaignRules::Rule>& CampaignRules::rules() {
    // The columns are PostgreSQL integers: a larger count would be refused as out of range (22003).
    const auto nonNegative = [](const char* field, const char* constraint, qint64 Campaign::*member) {
        return Rule{QLatin1String(field), QLatin1String(constraint),
                    [member](const Campaign& c) { return c.*member >= 0 && c.*member <= kMaxCount; },
                    [] { return tr("Must be a whole number from 0 to %L1.").arg(kMaxCount); }};
    };
    static const QList<Rule> list = {
        {QStringLiteral("name"), QStringLiteral("campaigns_name_check"),
         [](const Campaign& c) {
             const int length = nameLength(c.name);
             return length >= 1 && length <= kMaxNameLength;
         },
         [] { return tr("Enter a name of 1 to %1 characters.").arg(kMaxNameLength); }},
        // A name is text: no control character (a terminal would act on ESC, BEL or a newline; a tab or
        // newline forges rows in tab-separated output), and something visible besides spaces.
        {QStringLiteral("name"), QStringLiteral("campaigns_name_check"),
         [](const Campaign& c) { return !hasControlCharacter(c.name); },
         [] { return tr("A name cannot hold control characters such as tabs or line breaks."); }},
        {QStringLiteral("name"), QStringLiteral("campaigns_name_check"),
         [](const Campaign& c) { return c.name.isEmpty() || !isBlank(c.name); },
         [] { return tr("Enter a name that is more than spaces."); }},
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
        // Every client holds a budget as a double: beyond whole cents below kBudgetLimit it would be rounded
        // somewhere between the keyboard and the table, so the server refuses it and so does the client.
        {QStringLiteral("budget"), QStringLiteral("campaigns_budget_check"),
         [](const Campaign& c) { return !(c.budget >= 0) || isExactBudget(c.budget); },
         [] {
             return tr("The budget must be below %L1 with at most two decimals.")
                 .arg(kBudgetLimit, 0, 'f', 0);
         }},
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
