#include "app/sandbox/Seeder.h"

#include "app/core/RandomSource.h"
#include "app/sandbox/SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariantList>

#include <array>

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

QString uuid(RandomSource& random) {
    QByteArray bytes = random.bytes(16);
    bytes[6] = static_cast<char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

template <typename Array>
const char* pick(RandomSource& random, const Array& values) {
    return values[static_cast<size_t>(random.between(0, static_cast<qint64>(values.size()) - 1))];
}

// The fixed-width UTC form the grammar's ValueCoercion uses for timestamps, so text order is time order.
QString timestamp(const QDateTime& time) {
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000+00:00"));
}

} // namespace

std::optional<QString> Seeder::seed(const SandboxDatabase& database, const Plan& plan) {
    if (plan.count <= 0 || plan.owners.isEmpty()) {
        return std::nullopt;
    }
    SeededRandom random(plan.seed);
    QList<int> ownerWeights;
    for (const SandboxUser& owner : plan.owners) {
        ownerWeights.append(owner.role == QStringLiteral("admin") ? 1 : 9);
    }
    int weightSum = 0;
    for (int w : std::as_const(ownerWeights)) {
        weightSum += w;
    }

    constexpr int kColumns = 15;
    std::array<QVariantList, kColumns> columns;
    for (QVariantList& column : columns) {
        column.reserve(plan.count);
    }
    for (int i = 0; i < plan.count; ++i) {
        int draw = static_cast<int>(random.between(0, weightSum - 1));
        int ownerIndex = 0;
        while (draw >= ownerWeights[ownerIndex]) {
            draw -= ownerWeights[ownerIndex++];
        }
        const QDate start = plan.today.addDays(random.between(-360, 120));
        const QDate end = start.addDays(random.between(3, 60));
        QString status;
        if (random.uniform01() < 0.06) {
            status = QStringLiteral("draft");
        } else if (start > plan.today) {
            status = QStringLiteral("scheduled");
        } else if (end < plan.today) {
            status = random.uniform01() < 0.3 ? QStringLiteral("archived") : QStringLiteral("completed");
        } else {
            status = random.uniform01() < 0.15 ? QStringLiteral("paused") : QStringLiteral("active");
        }
        const bool delivered = status != QStringLiteral("draft") && status != QStringLiteral("scheduled");
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
        const QString name =
            QStringLiteral("%1 %2 %3 %4")
                .arg(QLatin1String(pick(random, kThemes)), QLatin1String(pick(random, kAudiences)),
                     QString::number(start.year()), QLatin1String(pick(random, kVariants)));
        const QVariant values[kColumns] = {
            uuid(random),
            plan.owners[ownerIndex].id,
            name,
            status,
            QLatin1String(pick(random, kChannels)),
            static_cast<double>(random.between(50, 5'000'000)) / 100.0,
            QLatin1String(pick(random, kCurrencies)),
            start.toString(Qt::ISODate),
            end.toString(Qt::ISODate),
            audience,
            sent,
            opens,
            clicks,
            timestamp(created),
            timestamp(updated),
        };
        for (int c = 0; c < kColumns; ++c) {
            columns[static_cast<size_t>(c)].append(values[c]);
        }
    }

    if (!database.begin()) {
        return QStringLiteral("cannot start the seeding transaction");
    }
    QSqlQuery insert(database.connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO campaigns (id, user_id, name, status, channel, budget, currency, start_date, end_date, "
        "audience_size, sent_count, open_count, click_count, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariantList& column : columns) {
        insert.addBindValue(column);
    }
    if (!insert.execBatch()) {
        const QString problem = insert.lastError().text();
        database.rollback();
        return QStringLiteral("seeding failed: %1").arg(problem);
    }
    if (!database.commit()) {
        database.rollback();
        return QStringLiteral("cannot commit the seeded campaigns");
    }
    return std::nullopt;
}

} // namespace cc::sandbox
