#include "app/data/PostgrestQuery.h"

#include <QDate>
#include <QDateTime>
#include <QUrlQuery>

namespace cc::data {

namespace {

bool isUnreserved(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}

QString isText(int value) {
    switch (static_cast<PostgrestQuery::IsValue>(value)) {
    case PostgrestQuery::IsValue::Null:
        return QStringLiteral("null");
    case PostgrestQuery::IsValue::NotNull:
        return QStringLiteral("not_null");
    case PostgrestQuery::IsValue::True:
        return QStringLiteral("true");
    case PostgrestQuery::IsValue::False:
        return QStringLiteral("false");
    case PostgrestQuery::IsValue::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("null");
}

} // namespace

PostgrestQuery& PostgrestQuery::select(const QStringList& columns) {
    m_select = columns;
    return *this;
}

PostgrestQuery& PostgrestQuery::filter(Filter f) {
    m_filters.append(std::move(f));
    return *this;
}

PostgrestQuery& PostgrestQuery::anyOf(const QList<Filter>& filters, bool negated) {
    if (!filters.isEmpty()) {
        m_orGroups.append({filters, negated});
    }
    return *this;
}

PostgrestQuery& PostgrestQuery::orderBy(const QString& column, Direction direction, Nulls nulls) {
    m_order.append({column, direction, nulls});
    return *this;
}

PostgrestQuery& PostgrestQuery::limit(qint64 rows) {
    m_limit = qMax<qint64>(0, rows);
    return *this;
}

PostgrestQuery& PostgrestQuery::offset(qint64 rows) {
    m_offset = qMax<qint64>(0, rows);
    return *this;
}

PostgrestQuery& PostgrestQuery::range(qint64 from, qint64 to) {
    offset(from);
    limit(to - from + 1);
    return *this;
}

PostgrestQuery& PostgrestQuery::countExact(bool on) {
    m_countExact = on;
    return *this;
}

QString PostgrestQuery::opName(Op op) {
    switch (op) {
    case Op::Eq:
        return QStringLiteral("eq");
    case Op::Neq:
        return QStringLiteral("neq");
    case Op::Gt:
        return QStringLiteral("gt");
    case Op::Gte:
        return QStringLiteral("gte");
    case Op::Lt:
        return QStringLiteral("lt");
    case Op::Lte:
        return QStringLiteral("lte");
    case Op::Like:
        return QStringLiteral("like");
    case Op::ILike:
        return QStringLiteral("ilike");
    case Op::In:
        return QStringLiteral("in");
    case Op::Is:
        return QStringLiteral("is");
    }
    return QStringLiteral("eq");
}

QString PostgrestQuery::scalarText(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float:
        // 'g' with 17 digits round-trips; PostgreSQL reads exponents too, but plain digits are easier to
        // read.
        return QString::number(value.toDouble(), 'g', 17);
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        return value.toString();
    }
}

QString PostgrestQuery::encode(const QString& text) {
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QString out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(QLatin1Char(c));
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append(QLatin1Char('%'));
            out.append(QLatin1Char(hex[byte >> 4]));
            out.append(QLatin1Char(hex[byte & 0x0f]));
        }
    }
    return out;
}

QString PostgrestQuery::quoteListValue(const QString& value) {
    bool needsQuotes = value.isEmpty() || value.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0;
    for (const QChar ch : value) {
        if (needsQuotes) {
            break;
        }
        // The logic-tree and list grammar end a bare value at , or ), read . and : as separators, strip
        // blanks, and give " { } \ a meaning of their own.
        needsQuotes = ch.isSpace() || QStringView(u",.:()\"{}\\").contains(ch);
    }
    if (!needsQuotes) {
        return value;
    }
    QString quoted = QStringLiteral("\"");
    for (const QChar ch : value) {
        if (ch == QLatin1Char('"') || ch == QLatin1Char('\\')) {
            quoted.append(QLatin1Char('\\'));
        }
        quoted.append(ch);
    }
    quoted.append(QLatin1Char('"'));
    return quoted;
}

QString PostgrestQuery::containsPattern(const QString& text) {
    QString pattern = QStringLiteral("*");
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\\') || ch == QLatin1Char('%') || ch == QLatin1Char('_')) {
            pattern.append(QLatin1Char('\\'));
            pattern.append(ch);
        } else if (ch == QLatin1Char('*')) {
            pattern.append(QLatin1Char('_'));
        } else {
            pattern.append(ch);
        }
    }
    pattern.append(QLatin1Char('*'));
    return pattern;
}

QString PostgrestQuery::operand(const Filter& f, bool inList) {
    QString text = f.negated ? QStringLiteral("not.") : QString();
    text += opName(f.op) + QLatin1Char('.');
    if (f.op == Op::Is) {
        return text + isText(f.value.toInt());
    }
    if (f.op == Op::In) {
        QStringList items;
        const QVariantList values = f.value.toList();
        for (const QVariant& v : values) {
            items.append(quoteListValue(scalarText(v)));
        }
        return text + QLatin1Char('(') + items.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    const QString value = scalarText(f.value);
    return text + (inList ? quoteListValue(value) : value);
}

QString PostgrestQuery::toQueryString() const {
    QStringList parts;
    if (!m_select.isEmpty()) {
        QStringList encoded;
        for (const QString& column : m_select) {
            encoded.append(encode(column));
        }
        parts.append(QStringLiteral("select=") + encoded.join(QStringLiteral("%2C")));
    }
    for (const Filter& f : m_filters) {
        parts.append(encode(f.column) + QLatin1Char('=') + encode(operand(f, false)));
    }
    for (const OrGroup& group : m_orGroups) {
        QStringList terms;
        for (const Filter& f : group.filters) {
            terms.append(f.column + QLatin1Char('.') + operand(f, true));
        }
        const QString key = group.negated ? QStringLiteral("not.or") : QStringLiteral("or");
        parts.append(key + QLatin1Char('=') +
                     encode(QLatin1Char('(') + terms.join(QLatin1Char(',')) + QLatin1Char(')')));
    }
    if (!m_order.isEmpty()) {
        QStringList terms;
        for (const OrderTerm& term : m_order) {
            QString text = term.column;
            text += term.direction == Direction::Desc ? QStringLiteral(".desc") : QStringLiteral(".asc");
            if (term.nulls == Nulls::First) {
                text += QStringLiteral(".nullsfirst");
            } else if (term.nulls == Nulls::Last) {
                text += QStringLiteral(".nullslast");
            }
            terms.append(encode(text));
        }
        parts.append(QStringLiteral("order=") + terms.join(QStringLiteral("%2C")));
    }
    if (m_limit) {
        parts.append(QStringLiteral("limit=") + QString::number(*m_limit));
    }
    if (m_offset) {
        parts.append(QStringLiteral("offset=") + QString::number(*m_offset));
    }
    return parts.join(QLatin1Char('&'));
}

QUrl PostgrestQuery::apply(QUrl url) const {
    const QString query = toQueryString();
    if (query.isEmpty()) {
        url.setQuery(QString());
    } else {
        // Already fully encoded: StrictMode keeps every escape as it is.
        url.setQuery(query, QUrl::StrictMode);
    }
    return url;
}

QByteArray PostgrestQuery::preferHeader() const {
    return m_countExact ? QByteArrayLiteral("count=exact") : QByteArray();
}

} // namespace cc::data
