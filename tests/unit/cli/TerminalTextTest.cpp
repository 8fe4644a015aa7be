// Text from elsewhere printed on a terminal: control characters become visible escapes.
#include "app/cli/TerminalText.h"
#include "tests/support/QtPrinters.h"

#include <gtest/gtest.h>

namespace cc::cli {
namespace {

TEST(TerminalText, PlainTextIsUnchanged) {
    EXPECT_EQ(TerminalText::escaped(QStringLiteral("Spring sale é 😀 \\")),
              QStringLiteral("Spring sale é 😀 \\"));
}

TEST(TerminalText, C0AndC1ControlsAndDelAreEscaped) {
    EXPECT_EQ(TerminalText::escaped(QStringLiteral("a\x1b]0;t\x07z\x7f")),
              QStringLiteral("a\\x1b]0;t\\x07z\\x7f"));
    EXPECT_EQ(TerminalText::escaped(QString(QChar(0x9b)) + QStringLiteral("2J")), QStringLiteral("\\x9b2J"));
    EXPECT_EQ(TerminalText::escaped(QString(QChar(0))), QStringLiteral("\\x00"));
}

TEST(TerminalText, TabsAndLineBreaksAreEscapedUnlessLineBreaksAreKept) {
    EXPECT_EQ(TerminalText::escaped(QStringLiteral("a\tb\nc\rd")), QStringLiteral("a\\tb\\nc\\rd"));
    EXPECT_EQ(TerminalText::escaped(QStringLiteral("a\nb\x1b"), true), QStringLiteral("a\nb\\x1b"));
}

TEST(TerminalText, BidiOverridesAndLineSeparatorsAreEscaped) {
    EXPECT_EQ(TerminalText::escaped(QString(QChar(0x202e)) + QChar(0x2028)),
              QStringLiteral("\\u{202e}\\u{2028}"));
}

TEST(TerminalText, TsvFieldDoublesBackslashesSoEscapesReadBack) {
    EXPECT_EQ(TerminalText::tsvField(QStringLiteral("a\\tb\tc")), QStringLiteral("a\\\\tb\\tc"));
    EXPECT_FALSE(TerminalText::tsvField(QStringLiteral("x\ty\nz")).contains(QLatin1Char('\t')));
}

} // namespace
} // namespace cc::cli
