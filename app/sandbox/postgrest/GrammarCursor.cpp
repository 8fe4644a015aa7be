#include "app/sandbox/postgrest/GrammarCursor.h"

#include <utility>

namespace cc::sandbox::postgrest {

GrammarCursor::GrammarCursor(QString what, QString shown, QString text)
    : m_what(std::move(what))
    , m_shown(std::move(shown))
    , m_text(std::move(text)) {}

bool GrammarCursor::lookingAt(QLatin1String literal) const {
    return QStringView(m_text).mid(m_pos).startsWith(literal);
}

bool GrammarCursor::consume(QChar c) {
    if (atEnd() || m_text.at(m_pos) != c) {
        return false;
    }
    ++m_pos;
    return true;
}

bool GrammarCursor::consume(QLatin1String literal) {
    if (!lookingAt(literal)) {
        return false;
    }
    m_pos += literal.size();
    return true;
}

bool GrammarCursor::consumeCaseInsensitive(QLatin1String literal) {
    if (!QStringView(m_text).mid(m_pos).startsWith(literal, Qt::CaseInsensitive)) {
        return false;
    }
    m_pos += literal.size();
    return true;
}

void GrammarCursor::skipBlanks() {
    while (!atEnd() && (m_text.at(m_pos) == QLatin1Char(' ') || m_text.at(m_pos) == QLatin1Char('\t'))) {
        ++m_pos;
    }
}

QString GrammarCursor::takeUntilAny(QStringView stops) {
    const qsizetype start = m_pos;
    while (!atEnd() && !stops.contains(m_text.at(m_pos))) {
        ++m_pos;
    }
    return m_text.mid(start, m_pos - start);
}

QString GrammarCursor::takeRest() {
    const QString rest = m_text.mid(m_pos);
    m_pos = m_text.size();
    return rest;
}

std::optional<QString> GrammarCursor::quotedValue() {
    const qsizetype start = m_pos;
    if (!consume(QLatin1Char('"'))) {
        return std::nullopt;
    }
    QString value;
    while (!atEnd()) {
        const QChar c = m_text.at(m_pos++);
        if (c == QLatin1Char('"')) {
            return value;
        }
        if (c == QLatin1Char('\\')) {
            if (atEnd()) {
                break;
            }
            value.append(m_text.at(m_pos++));
        } else {
            value.append(c);
        }
    }
    m_pos = start; // unterminated: not a quoted value
    return std::nullopt;
}

bool GrammarCursor::isIdentifierChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') || c == QLatin1Char(' ');
}

std::optional<QString> GrammarCursor::fieldName() {
    if (std::optional<QString> quoted = quotedValue()) {
        return quoted;
    }
    const qsizetype start = m_pos;
    QStringList parts;
    while (true) {
        const qsizetype partStart = m_pos;
        while (!atEnd() && isIdentifierChar(m_text.at(m_pos))) {
            ++m_pos;
        }
        if (m_pos == partStart) {
            if (parts.isEmpty()) {
                m_pos = start;
                return std::nullopt;
            }
            m_pos = partStart - 1; // the dash belongs to what follows
            break;
        }
        parts.append(m_text.mid(partStart, m_pos - partStart).trimmed());
        // A dash joins identifiers unless it starts a JSON arrow ("->").
        if (lookingAt(QLatin1String("-")) && !lookingAt(QLatin1String("->"))) {
            ++m_pos;
            continue;
        }
        break;
    }
    return parts.join(QLatin1Char('-'));
}

QString GrammarCursor::message() const {
    return QStringLiteral("\"failed to parse %1 (%2)\" (line 1, column %3)")
        .arg(m_what, m_shown, QString::number(m_pos + 1)); // one pass: input may contain "%3"
}

PostgrestError GrammarCursor::expected(const QString& expectation) const {
    const QString unexpected = atEnd() ? QStringLiteral("unexpected end of input")
                                       : QStringLiteral("unexpected \"%1\"").arg(m_text.at(m_pos));
    return PostgrestError::make(400, QStringLiteral("PGRST100"), message(),
                                unexpected + QStringLiteral(" expecting ") + expectation);
}

PostgrestError GrammarCursor::failure(const QString& details) const {
    return PostgrestError::make(400, QStringLiteral("PGRST100"), message(), details);
}

} // namespace cc::sandbox::postgrest
