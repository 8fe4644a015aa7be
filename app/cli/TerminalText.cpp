#include "app/cli/TerminalText.h"

#include <QList>

namespace cc::cli {

namespace {

bool needsEscape(char32_t c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 ||
           (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

QString escapeOf(char32_t c) {
    switch (c) {
    case U'\t':
        return QStringLiteral("\\t");
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    default:
        break;
    }
    return c <= 0xff ? QStringLiteral("\\x%1").arg(static_cast<uint>(c), 2, 16, QLatin1Char('0'))
                     : QStringLiteral("\\u{%1}").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'));
}

QString escape(const QString& text, bool keepLineBreaks, bool doubleBackslash) {
    QString result;
    result.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c == U'\\' && doubleBackslash) {
            result += QStringLiteral("\\\\");
        } else if (c == U'\n' && keepLineBreaks) {
            result += QLatin1Char('\n');
        } else if (needsEscape(c)) {
            result += escapeOf(c);
        } else {
            result += QString::fromUcs4(&c, 1);
        }
    }
    return result;
}

} // namespace

QString TerminalText::escaped(const QString& text, bool keepLineBreaks) {
    return escape(text, keepLineBreaks, false);
}

QString TerminalText::tsvField(const QString& text) {
    return escape(text, false, true);
}

} // namespace cc::cli
