// CSV export: RFC 4180 quoting and spreadsheet formula injection.
#include "ui/campaigns/CampaignCsv.h"

#include <gtest/gtest.h>

namespace cc::ui {
namespace {

TEST(CampaignCsvTest, PlainCellsAreLeftAlone) {
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("Spring sale")), QStringLiteral("Spring sale"));
    EXPECT_EQ(CampaignCsv::escapeCell(QString()), QString());
}

TEST(CampaignCsvTest, CommasQuotesAndLineBreaksAreQuoted) {
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
}

TEST(CampaignCsvTest, FormulaLookingCellsArePrefixedWithAQuote) {
    for (const QString& bad : {QStringLiteral("=1+1"), QStringLiteral("+33"), QStringLiteral("-2"),
                               QStringLiteral("@SUM(A1)"), QStringLiteral("\tx")}) {
        EXPECT_EQ(CampaignCsv::escapeCell(bad), QLatin1Char('\'') + bad) << bad.toStdString();
    }
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("=HYPERLINK(\"x\",\"y\")")),
              QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    EXPECT_EQ(CampaignCsv::escapeCell(QStringLiteral("a=b")), QStringLiteral("a=b"))
        << "only the first character";
}

TEST(CampaignCsvTest, WritesAHeaderAndOneCrlfLinePerRow) {
    data::Campaign c;
    c.id = QStringLiteral("0b8e3c1a-0000-4000-8000-000000000001");
    c.name = QStringLiteral("=cmd|' /C calc'!A0, \"x\"");
    c.budget = 1500;
    c.startDate = QDate(2026, 5, 1);
    const QByteArray csv =
        CampaignCsv::write({c}, {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("budget"),
                                 QStringLiteral("start_date"), QStringLiteral("end_date")});
    EXPECT_EQ(csv, QByteArray("id,name,budget,start_date,end_date\r\n"
                              "0b8e3c1a-0000-4000-8000-000000000001,\"'=cmd|' /C calc'!A0, \"\"x\"\"\",1500,"
                              "2026-05-01,\r\n"));
}

TEST(CampaignCsvTest, NonAsciiIsUtf8) {
    data::Campaign c;
    c.name = QStringLiteral("Été – 夏");
    EXPECT_EQ(CampaignCsv::write({c}, {QStringLiteral("name")}),
              QStringLiteral("name\r\nÉté – 夏\r\n").toUtf8());
}

} // namespace
} // namespace cc::ui
