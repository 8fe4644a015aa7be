// The shared campaign field rules (tests/parity/campaign_rules.json) checked on the sandbox and on
// PostgreSQL, through a plain insert and through execute_transaction: one list, so the checkers cannot drift
// apart.
#include "tests/integration/schema/ParityBackend.h"

#include <QFile>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace cc::schema::test {
namespace {

struct Rule {
    QString why;
    QJsonObject values;
    bool valid = false;
    QStringList codes;
    QStringList sandboxCodes; // known sandbox differences, reported (see the rules file)
};

QList<Rule> loadRules() {
    QFile file(QStringLiteral(CAMPAIGN_RULES_PATH));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject base = root.value(QStringLiteral("base")).toObject();
    QList<Rule> rules;
    for (const QJsonValue& value : root.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.why = object.value(QStringLiteral("why")).toString();
        rule.values = base;
        const QJsonObject values = object.value(QStringLiteral("values")).toObject();
        const QJsonObject repeat = object.value(QStringLiteral("repeat")).toObject();
        for (auto it = values.begin(); it != values.end(); ++it) {
            rule.values.insert(
                it.key(), repeat.contains(it.key())
                              ? QJsonValue(it.value().toString().repeated(repeat.value(it.key()).toInt()))
                              : it.value());
        }
        rule.valid = object.value(QStringLiteral("valid")).toBool();
        for (const QJsonValue& code : object.value(QStringLiteral("codes")).toArray()) {
            rule.codes.append(code.toString());
        }
        for (const QJsonValue& code : object.value(QStringLiteral("sandbox_codes")).toArray()) {
            rule.sandboxCodes.append(code.toString());
        }
        rules.append(rule);
    }
    return rules;
}

const QList<Rule>& rules() {
    static const QList<Rule> loaded = loadRules();
    return loaded;
}

class CampaignRulesTest : public ::testing::TestWithParam<std::tuple<BackendKind, int>> {
protected:
    void SetUp() override {
        m_backend = makeBackend(std::get<0>(GetParam()));
        ASSERT_NE(m_backend, nullptr);
        ASSERT_LT(std::get<1>(GetParam()), rules().size());
    }
    const Rule& rule() const { return rules().at(std::get<1>(GetParam())); }

    void expectVerdict(const Outcome& outcome, const char* path) const {
        const std::string context =
            std::string(path) + ": " + rule().why.toStdString() + " " +
            QJsonDocument(rule().values).toJson(QJsonDocument::Compact).toStdString() + " -> " +
            outcome.code.toStdString() + " " + outcome.message.toStdString();
        if (rule().valid) {
            EXPECT_TRUE(outcome.ok()) << context;
        } else {
            EXPECT_FALSE(outcome.ok()) << context;
            EXPECT_EQ(outcome.status, 400) << context;
            const bool sandbox = std::get<0>(GetParam()) == BackendKind::Sandbox;
            EXPECT_TRUE(rule().codes.contains(outcome.code) ||
                        (sandbox && rule().sandboxCodes.contains(outcome.code)))
                << context;
        }
    }

    std::unique_ptr<ParityBackend> m_backend;
};

TEST(CampaignRulesFile, IsReadableAndCoversEveryConstrainedColumn) {
    ASSERT_GT(rules().size(), 30);
    QStringList columns;
    for (const Rule& rule : rules()) {
        if (!rule.valid) {
            columns += rule.values.keys();
        }
    }
    for (const char* column : {"name", "status", "channel", "budget", "currency", "start_date", "end_date",
                               "audience_size", "sent_count", "open_count", "click_count"}) {
        EXPECT_TRUE(columns.contains(QLatin1String(column))) << column << " has no rejecting rule";
    }
}

TEST_P(CampaignRulesTest, InsertAcceptsOrRejectsAsTheRuleSays) {
    expectVerdict(m_backend->insert(Who::MarketerA, rule().values), "insert");
}

TEST_P(CampaignRulesTest, ExecuteTransactionAcceptsOrRejectsAsTheRuleSays) {
    const Outcome outcome = m_backend->rpc(
        Who::MarketerA, QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("insert")},
                                               {QStringLiteral("table"), QStringLiteral("campaigns")},
                                               {QStringLiteral("values"), rule().values}}});
    expectVerdict(outcome, "execute_transaction");
    if (!rule().valid) {
        EXPECT_TRUE(outcome.message.startsWith(QStringLiteral("operation 0 (insert): ")))
            << outcome.message.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Rules, CampaignRulesTest,
                         ::testing::Combine(::testing::Values(BackendKind::Sandbox, BackendKind::Postgres),
                                            ::testing::Range(0, static_cast<int>(rules().size()))),
                         [](const auto& info) {
                             return backendName(std::get<0>(info.param)).toStdString() + "_" +
                                    std::to_string(std::get<1>(info.param));
                         });

} // namespace
} // namespace cc::schema::test
