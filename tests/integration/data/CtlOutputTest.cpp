// What campaignctl prints and accepts is text: a control character in a campaign name is refused before it is
// queued, and one already on the server (written before the rule) is shown escaped, never acted on by the
// terminal nor forging rows of the tab-separated list.
#include "tests/integration/data/CtlFixture.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc::data::test {
namespace {

class CtlOutputTest : public CtlFixture {
protected:
    // A row as an older server (without the name rule) could have stored it: written past the CHECK.
    void plantName(const QString& id, const QString& name) {
        const QString connection = QStringLiteral("plant-name");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(options().database);
            ASSERT_TRUE(db.open());
            QSqlQuery query(db);
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
            ASSERT_TRUE(query.prepare(QStringLiteral("UPDATE campaigns SET name = ? WHERE id = ?")));
            query.addBindValue(name);
            query.addBindValue(id);
            ASSERT_TRUE(query.exec());
            ASSERT_EQ(query.numRowsAffected(), 1);
        }
        QSqlDatabase::removeDatabase(connection);
    }

    Run create(const QString& option, const QString& value) {
        QStringList arguments{QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
                              QStringLiteral("Rule check")};
        if (option == QLatin1String("--name")) {
            arguments = {QStringLiteral("campaigns"), QStringLiteral("create")};
        }
        return ctl(arguments << option << value);
    }

    qint64 serverTotal() {
        PostgrestQuery all;
        all.countExact();
        return list(all).value().total.value_or(-1);
    }
};

TEST_F(CtlOutputTest, ListShowsControlCharactersOfANameEscapedInOneTsvRow) {
    PostgrestQuery one;
    one.limit(1);
    const Campaign target = list(one).value().rows.first();
    plantName(target.id, QStringLiteral("Planted\x1b]0;owned\x07\tforged\nrow\\x"));

    const Run listed = ctl({QStringLiteral("campaigns"), QStringLiteral("list"), QStringLiteral("--search"),
                            QStringLiteral("planted")});
    ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_FALSE(listed.out.contains(QChar(0x1b)));
    EXPECT_FALSE(listed.out.contains(QChar(0x07)));
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << "one row and the summary: " << listed.out.toStdString();
    const QStringList fields = lines.first().split(QLatin1Char('\t'));
    ASSERT_EQ(fields.size(), 5) << lines.first().toStdString();
    EXPECT_EQ(fields.first(), target.id);
    EXPECT_EQ(fields.last(), QStringLiteral("Planted\\x1b]0;owned\\x07\\tforged\\nrow\\\\x"));
}

TEST_F(CtlOutputTest, ShowEscapesControlCharactersOfAName) {
    PostgrestQuery one;
    one.limit(1);
    const Campaign target = list(one).value().rows.first();
    plantName(target.id, QStringLiteral("Planted\x1b[2J"));

    const Run shown = ctl({QStringLiteral("campaigns"), QStringLiteral("show"), target.id});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    EXPECT_FALSE(shown.out.contains(QChar(0x1b)));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("name: Planted\\x1b[2J"))) << shown.out.toStdString();
}

TEST_F(CtlOutputTest, CreateRefusesANameWithAControlCharacterBeforeQueueingIt) {
    const qint64 before = serverTotal();
    const Run refused = create(QStringLiteral("--name"), QStringLiteral("x\x1b]0;owned\x07"));
    EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("name"))) << refused.err.toStdString();
    EXPECT_FALSE(refused.err.contains(QChar(0x1b))) << "the refusal does not echo the escape raw";
    EXPECT_EQ(serverTotal(), before);
}

TEST_F(CtlOutputTest, CreateRefusesANameOfSpacesOnly) {
    const Run refused = create(QStringLiteral("--name"), QStringLiteral(" \u3000 "));
    EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("name"))) << refused.err.toStdString();
}

TEST_F(CtlOutputTest, CreateRefusesABudgetItWouldRound) {
    const qint64 before = serverTotal();
    const Run refused = create(QStringLiteral("--budget"), QStringLiteral("12345678901234567.89"));
    EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("budget"))) << refused.err.toStdString();
    EXPECT_EQ(serverTotal(), before);
}

TEST_F(CtlOutputTest, CreateRefusesAnAudienceBeyondTheColumnBeforeQueueingIt) {
    const Run refused = create(QStringLiteral("--audience-size"), QStringLiteral("9223372036854775807"));
    EXPECT_EQ(refused.exitCode, 2) << refused.out.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("audience_size"))) << refused.err.toStdString();
}

} // namespace
} // namespace cc::data::test
