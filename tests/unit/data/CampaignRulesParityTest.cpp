// The console's campaign validator against the shared rule list (tests/parity/campaign_rules.json), the same
// list the sandbox and PostgreSQL are held to (tests/integration/schema): a value the console cannot hold in
// a Campaign (a budget of "lots", a null name) counts as rejected, as the editor and campaignctl refuse it
// there.
#include "app/data/Campaign.h"
#include "app/data/CampaignRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace cc::data {
namespace {

struct RuleCase {
    QString why;
    QJsonObject values;
    bool valid = false;
};

QList<RuleCase> loadRules() {
    QFile file(QStringLiteral(CAMPAIGN_RULES_PATH));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QList<RuleCase> cases;
    for (const QJsonValue& value : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject object = value.toObject();
        RuleCase rule{object.value(QStringLiteral("why")).toString(),
                      root.value(QStringLiteral("base")).toObject(),
                      object.value(QStringLiteral("valid")).toBool()};
        const QJsonObject values = object.value(QStringLiteral("values")).toObject();
        const QJsonObject repeat = object.value(QStringLiteral("repeat")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            rule.values.insert(
                it.key(), repeat.contains(it.key())
                              ? QJsonValue(it.value().toString().repeated(repeat.value(it.key()).toInt()))
                              : it.value());
        }
        cases.append(rule);
    }
    return cases;
}

const QList<RuleCase>& rules() {
    static const QList<RuleCase> loaded = loadRules();
    return loaded;
}

class CampaignRulesParity : public ::testing::TestWithParam<int> {};

TEST_P(CampaignRulesParity, ClientAcceptsOrRejectsAsTheRuleSays) {
    ASSERT_LT(GetParam(), rules().size());
    const RuleCase& rule = rules().at(GetParam());
    Campaign campaign;
    bool representable = true;
    for (auto it = rule.values.begin(); it != rule.values.end(); ++it) {
        representable = campaign.setValue(it.key(), it.value()) && representable;
    }
    QStringList violations;
    for (const auto& violation : CampaignRules::validate(campaign)) {
        violations.append(violation.constraint);
    }
    EXPECT_EQ(representable && violations.isEmpty(), rule.valid)
        << rule.why.toStdString() << " "
        << QJsonDocument(rule.values).toJson(QJsonDocument::Compact).toStdString() << " -> "
        << (representable ? violations.join(QLatin1Char(',')).toStdString() : "not representable");
}

INSTANTIATE_TEST_SUITE_P(Rules, CampaignRulesParity, ::testing::Range(0, static_cast<int>(rules().size())));

} // namespace
} // namespace cc::data
