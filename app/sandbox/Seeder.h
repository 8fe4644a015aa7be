#pragma once

#include "app/sandbox/SandboxInfo.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace cc::sandbox {

class SandboxDatabase;

// Creates realistic demo campaigns: names from themes and seasons, budgets and audiences of plausible size,
// statuses consistent with their dates, and delivery counts consistent with each other (clicks <= opens <=
// sent <= audience). The same seed and anchor date give the same rows. One transaction, one prepared
// statement and batched binds keep 100,000 rows within a few seconds.
class Seeder {
public:
    struct Plan {
        int count = 0;
        quint64 seed = 1;
        QDate today;               // dates are spread around this day
        QDateTime now;             // created_at/updated_at never lie in the future of this
        QList<SandboxUser> owners; // marketers get most rows, the admin a few
    };

    // An error text on failure (the transaction is rolled back).
    static std::optional<QString> seed(const SandboxDatabase& database, const Plan& plan);
};

} // namespace cc::sandbox
