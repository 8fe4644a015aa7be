#include "app/sandbox/postgrest/LikePattern.h"

#include <QList>
#include <QRegularExpression>

namespace cc::sandbox::postgrest {

namespace {

struct Token {
    enum Kind { AnyRun, AnyChar, Literal } kind = Literal;
    QString text; // the literal characters (a surrogate pair stays together)
};

std::variant<QList<Token>, PostgrestError> tokenize(const QString& postgrestPattern) {
    if (postgrestPattern.size() > LikePattern::kMaxPatternLength) {
        return PostgrestError::make(
            400, QStringLiteral("54000"),
            QStringLiteral("LIKE pattern is longer than %1 characters").arg(LikePattern::kMaxPatternLength));
    }
    QString pattern = postgrestPattern;
    pattern.replace(QLatin1Char('*'), QLatin1Char('%'));
    QList<Token> tokens;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        QChar c = pattern.at(i);
        if (c == QLatin1Char('%')) {
            // Runs of '%' mean the same as one and would only add backtracking.
            if (tokens.isEmpty() || tokens.last().kind != Token::AnyRun) {
                tokens.append(Token{Token::AnyRun, {}});
            }
            continue;
        }
        if (c == QLatin1Char('_')) {
            tokens.append(Token{Token::AnyChar, {}});
            continue;
        }
        if (c == QLatin1Char('\\')) {
            if (++i == pattern.size()) {
                return PostgrestError::make(
                    400, QStringLiteral("22025"),
                    QStringLiteral("LIKE pattern must not end with escape character"));
            }
            c = pattern.at(i);
        }
        QString literal(c);
        if (c.isHighSurrogate() && i + 1 < pattern.size() && pattern.at(i + 1).isLowSurrogate()) {
            literal.append(pattern.at(++i));
        }
        tokens.append(Token{Token::Literal, literal});
    }
    return tokens;
}

} // namespace

std::variant<QString, PostgrestError> LikePattern::toGlob(const QString& postgrestPattern) {
    auto tokens = tokenize(postgrestPattern);
    if (auto* error = std::get_if<PostgrestError>(&tokens)) {
        return *error;
    }
    QString glob;
    for (const Token& token : std::get<QList<Token>>(tokens)) {
        switch (token.kind) {
        case Token::AnyRun:
            glob += QLatin1Char('*');
            break;
        case Token::AnyChar:
            glob += QLatin1Char('?');
            break;
        case Token::Literal:
            // GLOB's own metacharacters become one-character classes.
            if (token.text == QLatin1String("*") || token.text == QLatin1String("?") ||
                token.text == QLatin1String("[")) {
                glob += QLatin1Char('[') + token.text + QLatin1Char(']');
            } else {
                glob += token.text;
            }
            break;
        }
    }
    return glob;
}

std::variant<QString, PostgrestError> LikePattern::toCaseInsensitiveRegex(const QString& postgrestPattern) {
    auto tokens = tokenize(postgrestPattern);
    if (auto* error = std::get_if<PostgrestError>(&tokens)) {
        return *error;
    }
    QString regex = QStringLiteral("(?is)\\A");
    QString literals;
    const auto flush = [&] {
        if (!literals.isEmpty()) {
            regex += QRegularExpression::escape(literals);
            literals.clear();
        }
    };
    for (const Token& token : std::get<QList<Token>>(tokens)) {
        switch (token.kind) {
        case Token::AnyRun:
            flush();
            regex += QStringLiteral(".*");
            break;
        case Token::AnyChar:
            flush();
            regex += QLatin1Char('.');
            break;
        case Token::Literal:
            literals += token.text;
            break;
        }
    }
    flush();
    return regex + QStringLiteral("\\z");
}

} // namespace cc::sandbox::postgrest
