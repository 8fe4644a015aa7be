// The client's copy of the server's CHECK rules, and the Campaign value's JSON form.
#include "app/data/CampaignRules.h"
#include "app/data/Campaign.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

#include <limits>

namespace cc::data {
namespace {

Campaign valid() {
    Campaign c;
    c.name = QStringLiteral("Spring sale");
    c.startDate = QDate(2026, 3, 1);
    c.endDate = QDate(2026, 3, 31);
    return c;
}

QStringList violatedFields(const Campaign& c) {
    QStringList fields;
    for (const auto& v : CampaignRules::validate(c)) {
        fields.append(v.field);
        EXPECT_FALSE(v.message.isEmpty());
        EXPECT_TRUE(v.constraint.startsWith(QStringLiteral("campaigns_")));
    }
    return fields;
}

TEST(CampaignRules, AValidCampaignPassesEveryRule) {
    EXPECT_TRUE(CampaignRules::validate(valid()).isEmpty());
}

TEST(CampaignRules, NameMustHaveOneTo200Characters) {
    Campaign c = valid();
    c.name.clear();
    EXPECT_EQ(violatedFields(c), QStringList{QStringLiteral("name")});
    c.name = QString(200, QLatin1Char('x'));
    EXPECT_TRUE(violatedFields(c).isEmpty());
    c.name = QString(201, QLatin1Char('x'));
    EXPECT_EQ(violatedFields(c), QStringList{QStringLiteral("name")});
}

TEST(CampaignRules, NameLengthCountsCodePointsLikeTheDatabase) {
    Campaign c = valid();
    c.name.clear();
    for (int i = 0; i < 200; ++i) {
        c.name += QString::fromUcs4(U"\U0001F600"); // two UTF-16 units each
    }
    EXPECT_EQ(c.name.size(), 400);
    EXPECT_TRUE(violatedFields(c).isEmpty());
}

TEST(CampaignRules, StatusAndChannelMustBeKnown) {
    for (const QString& status : CampaignRules::statuses()) {
        Campaign c = valid();
        c.status = status;
        EXPECT_TRUE(violatedFields(c).isEmpty()) << status.toStdString();
    }
    Campaign c = valid();
    c.status = QStringLiteral("Active");
    c.channel = QStringLiteral("fax");
    EXPECT_EQ(violatedFields(c), (QStringList{QStringLiteral("status"), QStringLiteral("channel")}));
}

TEST(CampaignRules, BudgetMustNotBeNegativeOrNaN) {
    Campaign c = valid();
    c.budget = 0;
    EXPECT_TRUE(violatedFields(c).isEmpty());
    c.budget = -0.01;
    EXPECT_EQ(violatedFields(c), QStringList{QStringLiteral("budget")});
    c.budget = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(violatedFields(c), QStringList{QStringLiteral("budget")});
}

TEST(CampaignRules, CurrencyIsThreeUpperCaseAsciiLetters) {
    for (const char* bad : {"usd", "US", "USDD", "U5D", "ÄBC", ""}) {
        Campaign c = valid();
        c.currency = QString::fromUtf8(bad);
        EXPECT_EQ(violatedFields(c), QStringList{QStringLiteral("currency")}) << bad;
    }
    Campaign c = valid();
    c.currency = QStringLiteral("EUR");
    EXPECT_TRUE(violatedFields(c).isEmpty());
}

TEST(CampaignRules, EndDateMayEqualButNotPrecedeStartDate) {
    Campaign c = valid();
    c.endDate = c.startDate;
    EXPECT_TRUE(violatedFields(c).isEmpty());
    c.endDate = c.startDate.addDays(-1);
    EXPECT_EQ(violatedFields(c), QStringList{QStringLiteral("end_date")});
    c.startDate = QDate();
    EXPECT_TRUE(violatedFields(c).isEmpty()) << "an open start never conflicts";
}

TEST(CampaignRules, CountsMustNotBeNegative) {
    Campaign c = valid();
    c.audienceSize = -1;
    c.sentCount = -1;
    c.openCount = -1;
    c.clickCount = -1;
    EXPECT_EQ(violatedFields(c), (QStringList{QStringLiteral("audience_size"), QStringLiteral("sent_count"),
                                              QStringLiteral("open_count"), QStringLiteral("click_count")}));
    EXPECT_EQ(CampaignRules::validateField(c, QStringLiteral("sent_count")).size(), 1);
}

TEST(Campaign, JsonRoundTripKeepsEveryColumn) {
    Campaign c = valid();
    c.id = QStringLiteral("6f1c2a9e-0000-4000-8000-000000000001");
    c.userId = QStringLiteral("6f1c2a9e-0000-4000-8000-000000000002");
    c.budget = 1234.5;
    c.audienceSize = 9000000000LL;
    c.updatedAt = QStringLiteral("2026-03-01T09:00:00.000000+00:00");
    c.createdAt = c.updatedAt;
    EXPECT_EQ(Campaign::fromJson(c.toJson()), c);
    EXPECT_TRUE(c.toJson().value(QStringLiteral("end_date")).isString());
    c.endDate = QDate();
    EXPECT_TRUE(c.toJson().value(QStringLiteral("end_date")).isNull());
}

TEST(Campaign, WriteJsonHoldsOnlyWritableColumns) {
    Campaign c = valid();
    c.id = QStringLiteral("x");
    c.updatedAt = QStringLiteral("t");
    const QJsonObject body = c.toWriteJson({QStringLiteral("name"), QStringLiteral("updated_at")});
    EXPECT_EQ(body.keys(), QStringList{QStringLiteral("name")});
    EXPECT_FALSE(c.toWriteJson().contains(QStringLiteral("id")));
}

TEST(Campaign, SetValueRefusesWrongTypes) {
    Campaign c;
    EXPECT_FALSE(c.setValue(QStringLiteral("budget"), QStringLiteral("lots")));
    EXPECT_FALSE(c.setValue(QStringLiteral("audience_size"), 1.5));
    EXPECT_FALSE(c.setValue(QStringLiteral("start_date"), QStringLiteral("2026-13-01")));
    EXPECT_FALSE(c.setValue(QStringLiteral("updated_at"), QStringLiteral("x")));
    EXPECT_TRUE(c.setValue(QStringLiteral("budget"), QStringLiteral("12.5")));
    EXPECT_EQ(c.budget, 12.5);
}

TEST(Campaign, ChangedFieldsListsOnlyDifferences) {
    Campaign a = valid();
    Campaign b = a;
    b.budget = 10;
    b.status = QStringLiteral("paused");
    b.updatedAt = QStringLiteral("later");
    EXPECT_EQ(Campaign::changedFields(a, b),
              (QStringList{QStringLiteral("status"), QStringLiteral("budget")}));
}

TEST(CampaignRules, ValidateValueChecksABudgetAlone) {
    EXPECT_TRUE(CampaignRules::validateValue(QStringLiteral("budget"), 4500.5).isEmpty());
    EXPECT_TRUE(CampaignRules::validateValue(QStringLiteral("budget"), 0).isEmpty());
    const auto negative = CampaignRules::validateValue(QStringLiteral("budget"), -1);
    ASSERT_EQ(negative.size(), 1);
    EXPECT_EQ(negative.first().constraint, QStringLiteral("campaigns_budget_check"));
}

TEST(CampaignRules, ValidateValueRefusesAValueOfTheWrongType) {
    const auto wrong = CampaignRules::validateValue(QStringLiteral("budget"), QStringLiteral("lots"));
    ASSERT_EQ(wrong.size(), 1);
    EXPECT_EQ(wrong.first().field, QStringLiteral("budget"));
}

} // namespace
} // namespace cc::data
