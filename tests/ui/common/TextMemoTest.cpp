// Formatted texts kept by value: made once per value, and a full memo starts over rather than growing.
#include "ui/common/TextMemo.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::ui {
namespace {

TEST(TextMemoTest, EachValueIsFormattedOnce) {
    TextMemo<int> memo;
    int made = 0;
    const auto format = [&made](int n) {
        ++made;
        return QString::number(n * 2);
    };
    EXPECT_EQ(memo.text(21, format), QStringLiteral("42"));
    EXPECT_EQ(memo.text(21, format), QStringLiteral("42"));
    EXPECT_EQ(memo.text(5, format), QStringLiteral("10"));
    EXPECT_EQ(made, 2);
}

TEST(TextMemoTest, AFullMemoStartsOver) {
    TextMemo<int> memo;
    const auto format = [](int n) { return QString::number(n); };
    for (int i = 0; i < TextMemo<int>::kMaxTexts; ++i) {
        memo.text(i, format);
    }
    EXPECT_EQ(memo.size(), TextMemo<int>::kMaxTexts);
    EXPECT_EQ(memo.text(-1, format), QStringLiteral("-1"));
    EXPECT_EQ(memo.size(), 1);
}

} // namespace
} // namespace cc::ui
