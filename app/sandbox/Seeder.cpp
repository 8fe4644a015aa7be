#include "app/sandbox/Seeder.h"

#include "app/core/RandomSource.h"
#include "app/sandbox/SandboxDatabase.h"
#include "app/sandbox/SqliteStatements.h"

#include <QUuid>

#include <sqlite3.h>

#include <array>
#include <cstdio>

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

    SqliteStatements statements(database.connection());
    QString problem;
    sqlite3_stmt* insert = statements.prepare(
        QStringLiteral(
            "INSERT INTO campaigns (id, user_id, name, status, channel, budget, currency, start_date, "
            "end_date, audience_size, sent_count, open_count, click_count, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        &problem);
    if (insert == nullptr) {
        return QStringLiteral("cannot prepare the seeding statement: %1").arg(problem);
    }
    if (!database.begin()) {
        return QStringLiteral("cannot start the seeding transaction");
    }
    const auto text = [&](int index, const QByteArray& value) {
        sqlite3_bind_text(insert, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    };
    for (int i = 0; i < plan.count; ++i) {
        int draw = static_cast<int>(random.between(0, weightSum - 1));
        int ownerIndex = 0;
        while (draw >= ownerWeights[ownerIndex]) {
            draw -= ownerWeights[ownerIndex++];
        }
        const QDate start = plan.today.addDays(random.between(-360, 120));
        const QDate end = start.addDays(random.between(3, 60));
        const char* status = "active";
        if (random.uniform01() < 0.06) {
            status = "draft";
        } else if (start > plan.today) {
            status = "scheduled";
        } else if (end < plan.today) {
            status = random.uniform01() < 0.3 ? "archived" : "completed";
        } else if (random.uniform01() < 0.15) {
            status = "paused";
        }
        const bool delivered = qstrcmp(status, "draft") != 0 && qstrcmp(status, "scheduled") != 0;
        const qint64 audience = random.between(1, 400) * 250;
        const qint64 sent = delivered ? audience - random.between(0, audience / 20) : 0;
        const qint64 opens = delivered ? static_cast<qint64>(sent * (0.12 + 0.35 * random.uniform01())) : 0;
        const qint64 clicks = delivered ? static_cast<qint64>(opens * (0.05 + 0.25 * random.uniform01())) : 0;
        QDateTime created(start.addDays(-random.between(1, 45)),
                          QTime(static_cast<int>(random.between(7, 19)),
                                static_cast<int>(random.between(0, 59)),
                                static_cast<int>(random.between(0, 59))),
                          Qt::UTC);
        if (created > plan.now) {
            created = plan.now.addSecs(-random.between(60, 86'400));
        }
        QDateTime updated = created.addSecs(random.between(0, 30 * 86'400));
        if (updated > plan.now) {
            updated = plan.now;
        }
        QByteArray name = pick(random, kThemes);
        name += ' ';
        name += pick(random, kAudiences);
        name += ' ';
        name += QByteArray::number(start.year());
        name += ' ';
        name += pick(random, kVariants);

        text(1, uuid(random));
        text(2, ownerIds[ownerIndex]);
        text(3, name);
        text(4, status);
        text(5, pick(random, kChannels));
        sqlite3_bind_double(insert, 6, static_cast<double>(random.between(50, 5'000'000)) / 100.0);
        text(7, pick(random, kCurrencies));
        text(8, isoDate(start));
        text(9, isoDate(end));
        sqlite3_bind_int64(insert, 10, audience);
        sqlite3_bind_int64(insert, 11, sent);
        sqlite3_bind_int64(insert, 12, opens);
        sqlite3_bind_int64(insert, 13, clicks);
        text(14, timestamp(created));
        text(15, timestamp(updated));
        if (sqlite3_step(insert) != SQLITE_DONE) {
            problem = statements.lastError();
            sqlite3_reset(insert);
            database.rollback();
            return QStringLiteral("seeding failed: %1").arg(problem);
        }
        sqlite3_reset(insert);
    }
    if (!database.commit()) {
        database.rollback();
        return QStringLiteral("cannot commit the seeded campaigns");
    }
    return std::nullopt;
}

} // namespace cc::sandbox
