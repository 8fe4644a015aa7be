#include "app/core/ConstantTime.h"

#include <gtest/gtest.h>

namespace cc {
namespace {

TEST(ConstantTimeTest, EqualsComparesContentAndLength) {
    EXPECT_TRUE(ConstantTime::equals("abc", "abc"));
    EXPECT_FALSE(ConstantTime::equals("abc", "abd"));
    EXPECT_FALSE(ConstantTime::equals("abc", "abcd"));
    EXPECT_FALSE(ConstantTime::equals("", "a"));
    EXPECT_TRUE(ConstantTime::equals("", ""));
}

TEST(ConstantTimeTest, EqualsSeesADifferenceInAnyByte) {
    const QByteArray secret(64, 'x');
    for (qsizetype i = 0; i < secret.size(); ++i) {
        QByteArray other = secret;
        other[i] = 'y';
        EXPECT_FALSE(ConstantTime::equals(secret, other)) << i;
    }
}

TEST(ConstantTimeTest, EqualsComparesBinaryBytesIncludingNul) {
    EXPECT_TRUE(ConstantTime::equals(QByteArray("a\0b", 3), QByteArray("a\0b", 3)));
    EXPECT_FALSE(ConstantTime::equals(QByteArray("a\0b", 3), QByteArray("a\0c", 3)));
}

} // namespace
} // namespace cc
