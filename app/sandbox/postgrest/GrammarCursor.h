#pragma once

#include "app/sandbox/postgrest/PostgrestError.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace cc::sandbox::postgrest {

// A position in one query-string value, with the primitives of PostgREST's Parsec grammar (char, string,
// noneOf, quoted values) and its error style: message "\"failed to parse filter (v)\" (line 1, column N)",
// details "unexpected \"x\" expecting ...". Every primitive either consumes input or fails, so parsers built
// on it always terminate.
class GrammarCursor {
public:
    // `what` names the parameter in messages ("filter", "logic tree", "order"); `shown` is the text quoted in
    // the message, `text` the text parsed (they differ for logic trees, which are parsed as "or(...)").
    GrammarCursor(QString what, QString shown, QString text);

    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }
    qsizetype position() const { return m_pos; }
    void reset(qsizetype position) { m_pos = position; }
    const QString& text() const { return m_text; }

    bool lookingAt(QLatin1String literal) const;
    bool consume(QChar c);
    bool consume(QLatin1String literal);
    bool consumeCaseInsensitive(QLatin1String literal);
    void skipBlanks();                       // spaces and tabs, as PostgREST's `lexeme`
    QString takeUntilAny(QStringView stops); // many (noneOf stops)
    QString takeRest();

    // "..." with backslash escaping any character; nullopt (position unchanged) when not at a complete quoted
    // value.
    std::optional<QString> quotedValue();
    // PostgREST's pFieldName: a quoted value, or identifiers ([letters digits _ $ space]) joined by '-' not
    // followed by '>'; surrounding spaces stripped. nullopt (position unchanged) when there is none.
    std::optional<QString> fieldName();

    // Errors at the current position.
    PostgrestError expected(const QString& expectation) const;
    PostgrestError failure(const QString& details) const;

private:
    static bool isIdentifierChar(QChar c);
    QString message() const;

    QString m_what;
    QString m_shown;
    QString m_text;
    qsizetype m_pos = 0;
};

} // namespace cc::sandbox::postgrest
