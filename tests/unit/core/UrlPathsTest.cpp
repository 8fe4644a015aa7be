#include "app/core/UrlPaths.h"

#include <gtest/gtest.h>

#include <QStringList>

namespace cc {
namespace {

// Every base shape a user may type into a profile: with and without a path, with trailing slashes, a query
// and a fragment, on a name, an IPv4 and an IPv6 loopback address, with and without a port.
QStringList baseShapes() {
    QStringList bases;
    for (const QString& host :
         {QStringLiteral("https://abcd.supabase.co"), QStringLiteral("http://127.0.0.1:54321"),
          QStringLiteral("http://[::1]:8080"), QStringLiteral("http://localhost")}) {
        for (const QString& path : {QString(), QStringLiteral("/"), QStringLiteral("/base"),
                                    QStringLiteral("/base/"), QStringLiteral("/base///")}) {
            for (const QString& tail :
                 {QString(), QStringLiteral("?x=1"), QStringLiteral("#frag"), QStringLiteral("?x=1#frag")}) {
                bases << host + path + tail;
            }
        }
    }
    return bases;
}

TEST(UrlPathsTest, JoinLeavesExactlyOneSlashBetweenBaseAndPath) {
    for (const QString& base : baseShapes()) {
        for (const QString& path :
             {QStringLiteral("rest/v1"), QStringLiteral("/rest/v1"), QStringLiteral("//rest/v1")}) {
            const QUrl joined = UrlPaths::join(QUrl(base), path);
            EXPECT_TRUE(joined.path().endsWith(QStringLiteral("/rest/v1"))) << qPrintable(base);
            EXPECT_FALSE(joined.path().contains(QStringLiteral("//"))) << qPrintable(base + " + " + path);
        }
    }
}

TEST(UrlPathsTest, JoinKeepsTheBasePathInFront) {
    EXPECT_EQ(UrlPaths::join(QUrl(QStringLiteral("https://h.example/base///")), u"auth/v1").toString(),
              QStringLiteral("https://h.example/base/auth/v1"));
    EXPECT_EQ(UrlPaths::join(QUrl(QStringLiteral("https://h.example")), u"auth/v1").toString(),
              QStringLiteral("https://h.example/auth/v1"));
}

TEST(UrlPathsTest, JoinDropsTheBaseQueryAndFragment) {
    for (const QString& base : baseShapes()) {
        const QUrl joined = UrlPaths::join(QUrl(base), u"health");
        EXPECT_FALSE(joined.hasQuery()) << qPrintable(base);
        EXPECT_FALSE(joined.hasFragment()) << qPrintable(base);
    }
}

TEST(UrlPathsTest, JoinKeepsSchemeHostAndPortIncludingIpv6Loopback) {
    const QUrl joined = UrlPaths::join(QUrl(QStringLiteral("http://[::1]:8080/x/")), u"rest/v1");
    EXPECT_EQ(joined.scheme(), QStringLiteral("http"));
    EXPECT_EQ(joined.host(), QStringLiteral("::1"));
    EXPECT_EQ(joined.port(), 8080);
    EXPECT_EQ(joined.toString(), QStringLiteral("http://[::1]:8080/x/rest/v1"));
}

TEST(UrlPathsTest, JoinWithAnEmptyPathIsTheBaseWithoutTrailingSlashes) {
    EXPECT_EQ(UrlPaths::join(QUrl(QStringLiteral("https://h.example/base//?q=1")), {}).toString(),
              QStringLiteral("https://h.example/base"));
    EXPECT_EQ(UrlPaths::join(QUrl(QStringLiteral("https://h.example")), {}).toString(),
              QStringLiteral("https://h.example/"));
}

TEST(UrlPathsTest, TrimmedPathHasNoTrailingSlash) {
    EXPECT_EQ(UrlPaths::trimmedPath(QUrl(QStringLiteral("https://h.example/rest/v1//"))),
              QStringLiteral("/rest/v1"));
    EXPECT_EQ(UrlPaths::trimmedPath(QUrl(QStringLiteral("https://h.example/"))), QString());
}

} // namespace
} // namespace cc
