#pragma once

#include "app/data/Campaign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace cc::data {

// The server's CHECK constraints on `campaigns`, as one list used by the editor (messages next to the field),
// the repository (nothing invalid is sent) and the tests (each rule is tested against the sandbox's own
// constraint). Keep it in step with the table's DDL: the constraint names are the server's.
class CampaignRules {
    Q_DECLARE_TR_FUNCTIONS(cc::data::CampaignRules)

public:
    struct Rule {
        QString field;      // the column the message belongs next to
        QString constraint; // the server's constraint name (campaigns_name_check, ...)
        std::function<bool(const Campaign&)> holds;
        std::function<QString()> message; // translated when called
    };
    struct Violation {
        QString field;
        QString constraint;
        QString message;
    };

    static const QList<Rule>& rules();
    static QList<Violation> validate(const Campaign& campaign);
    // Only the violations of `field` (the editor validates one field as it is edited).
    static QList<Violation> validateField(const Campaign& campaign, const QString& field);
    // The violations of one field's rules by `value` alone, before it is applied to many campaigns (a bulk
    // budget change). Each rule reads only its own field, so the rest of the campaign does not matter.
    static QList<Violation> validateValue(const QString& field, const QJsonValue& value);

    static const QStringList& statuses();
    static const QStringList& channels();
    static constexpr int kMaxNameLength = 200;
    // Characters as SQLite's and PostgreSQL's length() count them: code points, not UTF-16 units.
    static int nameLength(const QString& name);
    static bool hasControlCharacter(const QString& text);
    // Empty, or nothing but spaces and line/paragraph separators.
    static bool isBlank(const QString& text);
    // The largest value of the integer columns (PostgreSQL's integer).
    static constexpr qint64 kMaxCount = 2147483647;
    // Budgets are below this, in whole cents: 15 significant digits, which a double holds exactly.
    static constexpr double kBudgetLimit = 1e12;
    static bool isExactBudget(double budget);
};

} // namespace cc::data
