#include "app/sandbox/Seeder.h"

#include "app/core/RandomSource.h"
#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/SandboxDatabase.h"
#include "app/sandbox/SqliteStatements.h"

#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace cc::sandbox {

namespace {

constexpr std::array kThemes{"Spring Sale",    "Summer Kickoff",     "Back to School",  "Black Friday",
                             "Cyber Monday",   "Holiday Gift Guide", "New Year Reset",  "Loyalty Rewards",
                             "Product Launch", "Webinar Invite",     "Customer Survey", "Win-Back",
                             "Referral Boost", "Flash Deal",         "Newsletter",      "Clearance",
                             "VIP Preview",    "Brand Awareness",    "App Install",     "Trial Upgrade"};
constexpr std::array kAudiences{"EU",       "US",        "UK",        "DACH",       "Nordics",
                                "Students", "Returning", "New Leads", "Enterprise", "SMB"};
constexpr std::array kVariants{"A", "B", "v2", "Pilot", "Follow-up", "Reminder", "Teaser", "Final Call"};
constexpr std::array kCurrencies{"EUR", "USD", "GBP", "EUR", "USD", "CHF"};
constexpr std::array kChannels{"email", "social", "ads"};

QByteArray uuid(RandomSource& random) {
    QByteArray bytes = random.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toByteArray(QUuid::WithoutBraces);
}

template <typename Array>
const char* pick(RandomSource& random, const Array& values) {
    return values[static_cast<size_t>(random.between(0, static_cast<qint64>(values.size()) - 1))];
}

// The fixed-width UTC form the grammar's ValueCoercion uses for timestamps, so text order is time order.
// Formatted by hand: QDateTime::toString with a pattern dominated the seeding time.
QByteArray timestamp(const QDateTime& time) {
    const QDateTime utc = time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char buffer[40];
    const int n = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03d000+00:00",
                                d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QByteArray(buffer, n);
}

QByteArray isoDate(const QDate& date) {
    char buffer[16];
    const int n =
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year(), date.month(), date.day());
    return QByteArray(buffer, n);
}

} // namespace

namespace {

struct Row {
    QByteArray id;
    int owner = 0;
    QByteArray name;
    const char* status = "active";
    const char* channel = "email";
    double budget = 0;
    const char* currency = "EUR";
    QDate start;
    QDate end;
    qint64 audience = 0;
    qint64 sent = 0;
    qint64 opens = 0;
    qint64 clicks = 0;
    QDateTime created;
    QDateTime updated;
};

Row makeRow(RandomSource& random, const Seeder::Plan& plan, const QList<int>& ownerWeights, int weightSum) {
    Row row;
    int draw = static_cast<int>(random.between(0, weightSum - 1));
    while (draw >= ownerWeights[row.owner]) {
        draw -= ownerWeights[row.owner++];
    }
    row.start = plan.today.addDays(random.between(-360, 120));
    row.end = row.start.addDays(random.between(3, 60));
    if (random.uniform01() < 0.06) {
        row.status = "draft";
    } else if (row.start > plan.today) {
        row.status = "scheduled";
    } else if (row.end < plan.today) {
        row.status = random.uniform01() < 0.3 ? "archived" : "completed";
    } else if (random.uniform01() < 0.15) {
        row.status = "paused";
    }
    const bool delivered = qstrcmp(row.status, "draft") != 0 && qstrcmp(row.status, "scheduled") != 0;
    row.audience = random.between(1, 400) * 250;
    row.sent = delivered ? row.audience - random.between(0, row.audience / 20) : 0;
    row.opens = delivered ? static_cast<qint64>(row.sent * (0.12 + 0.35 * random.uniform01())) : 0;
    row.clicks = delivered ? static_cast<qint64>(row.opens * (0.05 + 0.25 * random.uniform01())) : 0;
    row.created =
        QDateTime(row.start.addDays(-random.between(1, 45)),
                  QTime(static_cast<int>(random.between(7, 19)), static_cast<int>(random.between(0, 59)),
                        static_cast<int>(random.between(0, 59))),
                  Qt::UTC);
    if (row.created > plan.now) {
        row.created = plan.now.addSecs(-random.between(60, 86'400));
    }
    row.updated = row.created.addSecs(random.between(0, 30 * 86'400));
    if (row.updated > plan.now) {
        row.updated = plan.now;
    }
    row.name = pick(random, kThemes);
    row.name += ' ';
    row.name += pick(random, kAudiences);
    row.name += ' ';
    row.name += QByteArray::number(row.start.year());
    row.name += ' ';
    row.name += pick(random, kVariants);
    row.id = uuid(random);
    row.channel = pick(random, kChannels);
    row.budget = static_cast<double>(random.between(50, 5'000'000)) / 100.0;
    row.currency = pick(random, kCurrencies);
    return row;
}

} // namespace

std::optional<QString> Seeder::seed(const SandboxDatabase& database, const Plan& plan) {
    if (plan.count <= 0 || plan.owners.isEmpty()) {
        return std::nullopt;
    }
    SeededRandom random(plan.seed);
    QList<int> ownerWeights;
    int weightSum = 0;
    QList<QByteArray> ownerIds;
    for (const SandboxUser& owner : plan.owners) {
        ownerWeights.append(owner.role == QStringLiteral("admin") ? 1 : 9);
        weightSum += ownerWeights.last();
        ownerIds.append(owner.id.toUtf8());
    }
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(plan.count));
    for (int i = 0; i < plan.count; ++i) {
        rows.push_back(makeRow(random, plan, ownerWeights, weightSum));
    }
    // Inserting in primary-key order appends to the id index instead of splitting pages at random places, and
    // the secondary indexes are rebuilt once at the end (a sort) rather than maintained row by row.
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.id < b.id; });

    // Many rows per INSERT: SQLite's per-statement work (cursors, a statement journal) is then paid once per
    // batch instead of once per row.
    constexpr int kBatch = 64;
    const auto insertSql = [](int count) {
        QStringList values;
        for (int i = 0; i < count; ++i) {
            values.append(QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        }
        return QStringLiteral("INSERT INTO campaigns (id, user_id, name, status, channel, budget, currency, "
                              "start_date, end_date, audience_size, sent_count, open_count, click_count, "
                              "created_at, updated_at) VALUES ") +
               values.join(QStringLiteral(", "));
    };
    SqliteStatements statements(database.connection());
    if (!database.begin()) {
        return QStringLiteral("cannot start the seeding transaction");
    }
    const auto fail = [&](const QString& what) {
        database.rollback();
        return QStringLiteral("seeding failed: %1").arg(what);
    };
    for (const QString& index : CampaignTable::secondaryIndexes()) {
        if (!database.exec(QStringLiteral("DROP INDEX IF EXISTS %1").arg(index))) {
            return fail(QStringLiteral("cannot drop %1").arg(index));
        }
    }
    for (size_t first = 0; first < rows.size(); first += kBatch) {
        const int count = static_cast<int>(std::min<size_t>(kBatch, rows.size() - first));
        QString problem;
        sqlite3_stmt* insert = statements.prepare(insertSql(count), &problem);
        if (insert == nullptr) {
            return fail(problem);
        }
        int column = 1;
        const auto text = [&](const QByteArray& value) {
            sqlite3_bind_text(insert, column++, value.constData(), static_cast<int>(value.size()),
                              SQLITE_TRANSIENT);
        };
        for (int i = 0; i < count; ++i) {
            const Row& row = rows[first + static_cast<size_t>(i)];
            text(row.id);
            text(ownerIds[row.owner]);
            text(row.name);
            text(row.status);
            text(row.channel);
            sqlite3_bind_double(insert, column++, row.budget);
            text(row.currency);
            text(isoDate(row.start));
            text(isoDate(row.end));
            sqlite3_bind_int64(insert, column++, row.audience);
            sqlite3_bind_int64(insert, column++, row.sent);
            sqlite3_bind_int64(insert, column++, row.opens);
            sqlite3_bind_int64(insert, column++, row.clicks);
            text(timestamp(row.created));
            text(timestamp(row.updated));
        }
        if (sqlite3_step(insert) != SQLITE_DONE) {
            const QString error = statements.lastError();
            sqlite3_reset(insert);
            return fail(error);
        }
        sqlite3_reset(insert);
    }
    for (const QString& statement : CampaignTable::createStatements()) {
        if (!database.exec(statement)) {
            return fail(QStringLiteral("cannot rebuild the indexes"));
        }
    }
    if (!database.commit()) {
        database.rollback();
        return QStringLiteral("cannot commit the seeded campaigns");
    }
    return std::nullopt;
}

} // namespace cc::sandbox
