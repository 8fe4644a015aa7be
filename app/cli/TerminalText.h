#pragma once

#include <QString>

namespace cc::cli {

// Text from elsewhere (campaign names, server messages, profile names) made safe to print on a terminal: a
// control character (ESC, BEL, CSI, a newline or tab...) would otherwise be acted on, so a name could retitle
// the terminal, clear the screen or forge output rows. Such characters are written as visible escapes.
class TerminalText {
public:
    // Every control character (Unicode's Cc), the line/paragraph separators and the bidirectional overrides
    // (which reorder what is shown) as \t, \n, \r or \xHH / \u{HHHH}. With keepLineBreaks, "\n" stays a line
    // break (a multi-line message written by the program itself).
    static QString escaped(const QString& text, bool keepLineBreaks = false);
    // One field of tab-separated output: as escaped(), and a backslash doubled, so a field never holds a tab
    // or line break and every escape can be read back without ambiguity (the "\t \n \r \\" convention of
    // PostgreSQL's COPY text format; IANA's text/tab-separated-values allows no tab inside a field).
    static QString tsvField(const QString& text);
};

} // namespace cc::cli
