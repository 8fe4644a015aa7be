#include "app/sandbox/CampaignTable.h"

#include "app/sandbox/postgrest/SqlFragment.h"

#include <QSqlQuery>
#include <QVariant>

namespace cc::sandbox {

using postgrest::Column;
using postgrest::ColumnType;

const postgrest::TableSchema& CampaignTable::schema() {
    static const postgrest::TableSchema table = [] {
        postgrest::TableSchema t;
        t.name = kName;
        const auto column = [&](const char* name, ColumnType type, bool nullable = false,
                                QStringList values = {}, QString enumType = {}) {
            Column c;
            c.name = QLatin1String(name);
            c.type = type;
            c.nullable = nullable;
            c.enumValues = std::move(values);
            c.enumTypeName = std::move(enumType);
            t.columns.append(c);
        };
        column("id", ColumnType::Uuid);
        column("user_id", ColumnType::Uuid);
        column("name", ColumnType::Text);
        column("status", ColumnType::Enum, false,
               {QStringLiteral("draft"), QStringLiteral("scheduled"), QStringLiteral("active"),
                QStringLiteral("paused"), QStringLiteral("completed"), QStringLiteral("archived")},
               QStringLiteral("campaign_status"));
        column("channel", ColumnType::Enum, false,
               {QStringLiteral("email"), QStringLiteral("social"), QStringLiteral("ads")},
               QStringLiteral("campaign_channel"));
        column("budget", ColumnType::Number);
        column("currency", ColumnType::Text);
        column("start_date", ColumnType::Date, true);
        column("end_date", ColumnType::Date, true);
        column("audience_size", ColumnType::Integer);
        column("sent_count", ColumnType::Integer);
        column("open_count", ColumnType::Integer);
        column("click_count", ColumnType::Integer);
        column("created_at", ColumnType::Timestamp);
        column("updated_at", ColumnType::Timestamp);
        return t;
    }();
    return table;
}

QStringList CampaignTable::createStatements() {
    // The name and budget checks are resources/supabase/migrations/20261208090000_campaign_text_rules.sql's:
    // control characters are Unicode's Cc (U+0001-U+001F, U+007F-U+009F; SQLite text ends at U+0000), and
    // a name of nothing but Unicode separators (Zs, Zl, Zp) is blank.
    // The constraint names follow PostgreSQL's <table>_<column>_check convention, so the 23514 messages name
    // them as a Supabase project would. status/channel are also checked here although the API already refuses
    // unknown enum values, so the table stays valid whatever writes it.
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS campaigns (
    id TEXT NOT NULL CONSTRAINT campaigns_pkey PRIMARY KEY,
    user_id TEXT NOT NULL,
    name TEXT NOT NULL CONSTRAINT campaigns_name_check CHECK (length(name) BETWEEN 1 AND 200
        AND NOT (name GLOB '*[' || char(1) || '-' || char(31) || char(127) || '-' || char(159) || ']*')
        AND trim(name, ' ' || char(160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201,
                                    8202, 8232, 8233, 8239, 8287, 12288)) <> ''),
    status TEXT NOT NULL DEFAULT 'draft' CONSTRAINT campaigns_status_check
        CHECK (status IN ('draft', 'scheduled', 'active', 'paused', 'completed', 'archived')),
    channel TEXT NOT NULL DEFAULT 'email' CONSTRAINT campaigns_channel_check
        CHECK (channel IN ('email', 'social', 'ads')),
    budget REAL NOT NULL DEFAULT 0 CONSTRAINT campaigns_budget_check
        CHECK (budget >= 0 AND budget < 1e12 AND budget = round(budget, 2)),
    currency TEXT NOT NULL DEFAULT 'USD' CONSTRAINT campaigns_currency_check
        CHECK (length(currency) = 3 AND currency GLOB '[A-Z][A-Z][A-Z]'),
    start_date TEXT,
    end_date TEXT,
    audience_size INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaigns_audience_size_check CHECK (audience_size >= 0),
    sent_count INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaigns_sent_count_check CHECK (sent_count >= 0),
    open_count INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaigns_open_count_check CHECK (open_count >= 0),
    click_count INTEGER NOT NULL DEFAULT 0 CONSTRAINT campaigns_click_count_check CHECK (click_count >= 0),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CONSTRAINT campaigns_dates_check CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
))"),
        // RLS filters every marketer's read by user_id; the console pages by created_at within it.
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS campaigns_user_created_idx ON campaigns (user_id, created_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS campaigns_created_at_idx ON campaigns (created_at)"),
    };
}

QStringList CampaignTable::secondaryIndexes() {
    return {QStringLiteral("campaigns_user_created_idx"), QStringLiteral("campaigns_created_at_idx")};
}

bool CampaignTable::isServerSet(const QString& column) {
    return column == QStringLiteral("created_at") || column == QStringLiteral("updated_at");
}

QString CampaignTable::selectList(const QStringList& columns) {
    const QStringList names = columns.isEmpty() ? schema().columnNames() : columns;
    QStringList quoted;
    quoted.reserve(names.size());
    for (const QString& name : names) {
        quoted.append(postgrest::quoteIdentifier(name));
    }
    return quoted.join(QStringLiteral(", "));
}

QJsonObject CampaignTable::rowToJson(const QSqlQuery& query, const QStringList& columns) {
    const QStringList names = columns.isEmpty() ? schema().columnNames() : columns;
    QJsonObject row;
    for (int i = 0; i < names.size(); ++i) {
        const QVariant value = query.value(i);
        const Column* column = schema().find(names[i]);
        if (value.isNull() || column == nullptr) {
            row.insert(names[i], QJsonValue::Null);
            continue;
        }
        switch (column->type) {
        case ColumnType::Integer:
            row.insert(names[i], value.toLongLong());
            break;
        case ColumnType::Number:
            row.insert(names[i], value.toDouble());
            break;
        case ColumnType::Boolean:
            row.insert(names[i], value.toLongLong() != 0);
            break;
        default:
            row.insert(names[i], value.toString());
            break;
        }
    }
    return row;
}

} // namespace cc::sandbox
