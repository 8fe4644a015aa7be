#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariant>

#include <optional>

namespace cc::data {

// A typed PostgREST read query: horizontal filters, or-groups, order, paging and the selected columns. Values
// are quoted and percent-encoded here, once, so nothing upstream ever pastes strings into a URL:
//
//   PostgrestQuery q;
//   q.select({"id", "name"}).ilike("name", PostgrestQuery::containsPattern(text))
//    .in("status", {"active", "paused"}).orderBy("created_at", Order::Desc).range(0, 1000);
//   QUrl url = q.apply(baseUrl.resolved("campaigns"));
class PostgrestQuery {
public:
    enum class Op { Eq, Neq, Gt, Gte, Lt, Lte, Like, ILike, In, Is };
    enum class Direction { Asc, Desc };
    enum class Nulls { Default, First, Last };

    // The operand of `is`: PostgREST accepts exactly these.
    enum class IsValue { Null, NotNull, True, False, Unknown };

    struct Filter {
        QString column;
        Op op = Op::Eq;
        QVariant value;       // a scalar; a QStringList/QVariantList for In; an IsValue (int) for Is
        bool negated = false; // `not.` prefix
    };
    struct OrderTerm {
        QString column;
        Direction direction = Direction::Asc;
        Nulls nulls = Nulls::Default;
    };

    PostgrestQuery& select(const QStringList& columns);
    PostgrestQuery& filter(Filter f);
    PostgrestQuery& eq(const QString& column, const QVariant& value) {
        return filter({column, Op::Eq, value});
    }
    PostgrestQuery& neq(const QString& column, const QVariant& value) {
        return filter({column, Op::Neq, value});
    }
    PostgrestQuery& gt(const QString& column, const QVariant& value) {
        return filter({column, Op::Gt, value});
    }
    PostgrestQuery& gte(const QString& column, const QVariant& value) {
        return filter({column, Op::Gte, value});
    }
    PostgrestQuery& lt(const QString& column, const QVariant& value) {
        return filter({column, Op::Lt, value});
    }
    PostgrestQuery& lte(const QString& column, const QVariant& value) {
        return filter({column, Op::Lte, value});
    }
    PostgrestQuery& like(const QString& column, const QString& pattern) {
        return filter({column, Op::Like, pattern});
    }
    PostgrestQuery& ilike(const QString& column, const QString& pattern) {
        return filter({column, Op::ILike, pattern});
    }
    PostgrestQuery& in(const QString& column, const QVariantList& values) {
        return filter({column, Op::In, values});
    }
    PostgrestQuery& is(const QString& column, IsValue value) {
        return filter({column, Op::Is, static_cast<int>(value)});
    }
    // `or=(a.eq.1,b.lt.2)`: any of the filters holds. Several or-groups are ANDed.
    PostgrestQuery& anyOf(const QList<Filter>& filters, bool negated = false);
    PostgrestQuery& orderBy(const QString& column, Direction direction = Direction::Asc,
                            Nulls nulls = Nulls::Default);
    PostgrestQuery& limit(qint64 rows);
    PostgrestQuery& offset(qint64 rows);
    // Rows [from, to] inclusive, as postgrest-js sends it: offset=from&limit=to-from+1.
    PostgrestQuery& range(qint64 from, qint64 to);
    // Asks for the exact total (Prefer: count=exact; answered in Content-Range).
    PostgrestQuery& countExact(bool on = true);

    bool wantsExactCount() const { return m_countExact; }
    std::optional<qint64> limitValue() const { return m_limit; }
    std::optional<qint64> offsetValue() const { return m_offset; }
    const QList<Filter>& filters() const { return m_filters; }

    // The encoded query string, parameters in a stable order: select, filters, or-groups, order, limit,
    // offset.
    QString toQueryString() const;
    // `url` with this query as its query string (an existing query on `url` is replaced).
    QUrl apply(QUrl url) const;
    // The `Prefer` header value for this query, empty when there is nothing to prefer.
    QByteArray preferHeader() const;

    // A LIKE pattern matching `text` anywhere: `*text*`, with LIKE's own metacharacters (\ % _) escaped. A
    // `*` in the text cannot be escaped in PostgREST (it always means %), so it becomes `_` (any one
    // character): the match is then a superset of the literal one instead of a silent wildcard.
    static QString containsPattern(const QString& text);
    // A value as it goes into the URL: percent-encoded UTF-8, everything but RFC 3986 unreserved characters.
    static QString encode(const QString& text);
    // A value inside `in.(...)` or an or-group: double-quoted (with \" and \\ escaped) when it contains a
    // character the grammar reserves, or is empty, or would read as null.
    static QString quoteListValue(const QString& value);
    static QString opName(Op op);
    // A scalar as PostgREST text: booleans true/false, dates ISO, doubles without exponent when possible.
    static QString scalarText(const QVariant& value);

private:
    // `op.value` (with `not.` when negated), unencoded; `inList` quotes values for the logic-tree grammar.
    static QString operand(const Filter& f, bool inList);

    QStringList m_select;
    QList<Filter> m_filters;
    struct OrGroup {
        QList<Filter> filters;
        bool negated = false;
    };
    QList<OrGroup> m_orGroups;
    QList<OrderTerm> m_order;
    std::optional<qint64> m_limit;
    std::optional<qint64> m_offset;
    bool m_countExact = false;
};

} // namespace cc::data
