#include "app/realtime/TokenRefreshSchedule.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

namespace cc::realtime {
namespace {

using Action = TokenRefreshSchedule::Action;

const QDateTime kNow(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);

// An unsigned JWT with the given expiry: the schedule reads claims, it never verifies.
QString jwtExpiringAt(const QDateTime& exp, const QString& sub = QStringLiteral("u1")) {
    const auto part = [](const QJsonObject& o) {
        return QString::fromLatin1(
            QJsonDocument(o)
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part({{QStringLiteral("alg"), QStringLiteral("HS256")}}) + QLatin1Char('.') +
           part({{QStringLiteral("sub"), sub}, {QStringLiteral("exp"), exp.toSecsSinceEpoch()}}) +
           QStringLiteral(".c2ln");
}

TEST(TokenRefreshSchedule, ReadsTheExpiryOfAJwt) {
    const QDateTime exp = kNow.addSecs(3600);
    EXPECT_EQ(TokenRefreshSchedule::expiryOf(jwtExpiringAt(exp)), exp);
}

TEST(TokenRefreshSchedule, ATokenThatIsNotAJwtHasNoExpiry) {
    EXPECT_FALSE(TokenRefreshSchedule::expiryOf(QStringLiteral("sb_publishable_abc")).has_value());
    EXPECT_FALSE(TokenRefreshSchedule::expiryOf(QStringLiteral("a.b")).has_value());
    EXPECT_FALSE(TokenRefreshSchedule::expiryOf(QStringLiteral("a.!!!.c")).has_value());
    EXPECT_FALSE(TokenRefreshSchedule::expiryOf({}).has_value());
}

TEST(TokenRefreshSchedule, AnExpiredOrNearlyExpiredTokenIsNotUsable) {
    EXPECT_FALSE(TokenRefreshSchedule::isUsable(jwtExpiringAt(kNow.addSecs(-1)), kNow));
    EXPECT_FALSE(TokenRefreshSchedule::isUsable(jwtExpiringAt(kNow.addSecs(4)), kNow));
    EXPECT_TRUE(TokenRefreshSchedule::isUsable(jwtExpiringAt(kNow.addSecs(5)), kNow));
    EXPECT_FALSE(TokenRefreshSchedule::isUsable({}, kNow));
    EXPECT_TRUE(TokenRefreshSchedule::isUsable(QStringLiteral("anon-key"), kNow));
}

TEST(TokenRefreshSchedule, DueOneMinuteBeforeExpiry) {
    EXPECT_EQ(TokenRefreshSchedule::msUntilDue(jwtExpiringAt(kNow.addSecs(3600)), kNow), 3'540'000);
    EXPECT_EQ(TokenRefreshSchedule::msUntilDue(jwtExpiringAt(kNow.addSecs(30)), kNow), 0);
    EXPECT_EQ(TokenRefreshSchedule::msUntilDue(jwtExpiringAt(kNow.addSecs(-30)), kNow), 0);
    EXPECT_FALSE(TokenRefreshSchedule::msUntilDue(QStringLiteral("anon-key"), kNow).has_value());
}

TEST(TokenRefreshSchedule, ANewUsableTokenIsPushed) {
    const QString old = jwtExpiringAt(kNow.addSecs(100), QStringLiteral("a"));
    const QString fresh = jwtExpiringAt(kNow.addSecs(3600), QStringLiteral("a"));
    EXPECT_EQ(TokenRefreshSchedule::decide(fresh, old, kNow), Action::Push);
}

TEST(TokenRefreshSchedule, TheSameTokenFarFromExpiryNeedsNothing) {
    const QString token = jwtExpiringAt(kNow.addSecs(3600));
    EXPECT_EQ(TokenRefreshSchedule::decide(token, token, kNow), Action::None);
}

TEST(TokenRefreshSchedule, TheSameTokenCloseToExpiryAsksForARefresh) {
    const QString token = jwtExpiringAt(kNow.addSecs(59));
    EXPECT_EQ(TokenRefreshSchedule::decide(token, token, kNow), Action::Refresh);
}

TEST(TokenRefreshSchedule, AnExpiredNewTokenIsNeverPushed) {
    const QString pushed = jwtExpiringAt(kNow.addSecs(-100), QStringLiteral("a"));
    const QString stale = jwtExpiringAt(kNow.addSecs(-10), QStringLiteral("b"));
    EXPECT_EQ(TokenRefreshSchedule::decide(stale, pushed, kNow), Action::Refresh);
}

TEST(TokenRefreshSchedule, SignedOutMeansNothingToDo) {
    EXPECT_EQ(TokenRefreshSchedule::decide({}, jwtExpiringAt(kNow.addSecs(10)), kNow), Action::None);
}

TEST(TokenRefreshSchedule, ANewTokenCloseToExpiryIsStillPushedFirst) {
    // Better than the expired one the channel holds; the refresh is asked for at the next check.
    const QString pushed = jwtExpiringAt(kNow.addSecs(-5), QStringLiteral("a"));
    const QString current = jwtExpiringAt(kNow.addSecs(30), QStringLiteral("b"));
    EXPECT_EQ(TokenRefreshSchedule::decide(current, pushed, kNow), Action::Push);
    EXPECT_EQ(TokenRefreshSchedule::decide(current, current, kNow), Action::Refresh);
}

} // namespace
} // namespace cc::realtime
