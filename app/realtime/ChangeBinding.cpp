#include "app/realtime/ChangeBinding.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace cc::realtime {
namespace {

Error invalid(const QString& detail) {
    return Error(
        ErrorKind::Validation,
        QCoreApplication::translate("cc::realtime::ChangeBinding", "The change subscription is not valid: %1")
            .arg(detail),
        detail);
}

std::optional<ChangeBinding::Op> opFromName(QStringView name) {
    using Op = ChangeBinding::Op;
    static const std::pair<QLatin1String, Op> kOps[] = {
        {QLatin1String("eq"), Op::Eq},   {QLatin1String("neq"), Op::Neq}, {QLatin1String("lt"), Op::Lt},
        {QLatin1String("lte"), Op::Lte}, {QLatin1String("gt"), Op::Gt},   {QLatin1String("gte"), Op::Gte},
        {QLatin1String("in"), Op::In}};
    for (const auto& [opName, op] : kOps) {
        if (name == opName)
            return op;
    }
    return std::nullopt;
}

// The start of one expression: "column=op.". A comma only separates expressions when one follows it, so
// "name=eq.a,b" keeps "a,b" as its value. Always matched anchored at an offset (no "^" in the pattern).
const QRegularExpression& expressionStart() {
    static const QRegularExpression re(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)=([a-z]+)\\."));
    return re;
}

QRegularExpressionMatch matchExpressionStart(const QString& text, qsizetype offset) {
    return expressionStart().match(text, offset, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
}

bool startsExpression(const QString& text, qsizetype offset) {
    return matchExpressionStart(text, offset).hasMatch();
}

QStringList splitExpressions(const QString& filter) {
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < filter.size(); ++i) {
        const QChar c = filter.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (c == QLatin1Char(',') && depth == 0 && startsExpression(filter, i + 1)) {
            parts.append(filter.mid(start, i - start));
            start = i + 1;
        }
    }
    parts.append(filter.mid(start));
    return parts;
}

QString unquote(QString value) {
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        value = value.mid(1, value.size() - 2);
    return value;
}

// <0, 0, >0, or nullopt when the row's value cannot be compared with the filter's text.
std::optional<int> compare(const QJsonValue& rowValue, const QString& filterValue) {
    if (rowValue.isDouble()) {
        bool ok = false;
        const double wanted = filterValue.toDouble(&ok);
        if (!ok || !std::isfinite(wanted))
            return std::nullopt;
        const double have = rowValue.toDouble();
        return have < wanted ? -1 : (have > wanted ? 1 : 0);
    }
    if (rowValue.isBool()) {
        const QString lowered = filterValue.toLower();
        if (lowered != QLatin1String("true") && lowered != QLatin1String("false"))
            return std::nullopt;
        const int have = rowValue.toBool() ? 1 : 0;
        const int wanted = lowered == QLatin1String("true") ? 1 : 0;
        return have - wanted;
    }
    if (rowValue.isString())
        return QString::compare(rowValue.toString(), filterValue);
    return std::nullopt; // null, missing, arrays and objects never match
}

bool holds(const ChangeBinding::Condition& condition, const QJsonObject& row) {
    using Op = ChangeBinding::Op;
    const QJsonValue value = row.value(condition.column);
    if (condition.op == Op::In) {
        for (const QString& candidate : condition.values) {
            const std::optional<int> order = compare(value, candidate);
            if (order && *order == 0)
                return true;
        }
        return false;
    }
    const std::optional<int> order = compare(value, condition.values.value(0));
    if (!order)
        return false;
    switch (condition.op) {
    case Op::Eq:
        return *order == 0;
    case Op::Neq:
        return *order != 0;
    case Op::Lt:
        return *order < 0;
    case Op::Lte:
        return *order <= 0;
    case Op::Gt:
        return *order > 0;
    case Op::Gte:
        return *order >= 0;
    case Op::In:
        break;
    }
    return false;
}

bool nameMatches(const QString& pattern, const QString& name) {
    return pattern == QLatin1String("*") || pattern == name;
}

} // namespace

QString ChangeBinding::opName(Op op) {
    switch (op) {
    case Op::Eq:
        return QStringLiteral("eq");
    case Op::Neq:
        return QStringLiteral("neq");
    case Op::Lt:
        return QStringLiteral("lt");
    case Op::Lte:
        return QStringLiteral("lte");
    case Op::Gt:
        return QStringLiteral("gt");
    case Op::Gte:
        return QStringLiteral("gte");
    case Op::In:
        return QStringLiteral("in");
    }
    return {};
}

Result<QList<ChangeBinding::Condition>> ChangeBinding::parseFilter(const QString& filter) {
    QList<Condition> conditions;
    if (filter.trimmed().isEmpty())
        return conditions;
    for (const QString& expression : splitExpressions(filter)) {
        const QRegularExpressionMatch match = matchExpressionStart(expression, 0);
        if (!match.hasMatch())
            return invalid(QStringLiteral("filter \"%1\" is not column=op.value").arg(expression));
        const std::optional<Op> op = opFromName(match.captured(2));
        if (!op)
            return invalid(QStringLiteral("unknown filter operator \"%1\"").arg(match.captured(2)));
        Condition condition{match.captured(1), *op, {}};
        const QString value = expression.mid(match.capturedLength());
        if (*op == Op::In) {
            if (!value.startsWith(QLatin1Char('(')) || !value.endsWith(QLatin1Char(')')))
                return invalid(QStringLiteral("in needs a list in parentheses: in.(a,b)"));
            const QString inner = value.mid(1, value.size() - 2);
            if (!inner.trimmed().isEmpty()) {
                for (const QString& item : inner.split(QLatin1Char(',')))
                    condition.values.append(unquote(item));
            }
            if (condition.values.isEmpty())
                return invalid(QStringLiteral("in needs at least one value"));
            if (condition.values.size() > kMaxInValues)
                return invalid(QStringLiteral("in accepts at most %1 values").arg(kMaxInValues));
        } else {
            condition.values.append(value);
        }
        conditions.append(condition);
    }
    return conditions;
}

Result<ChangeBinding> ChangeBinding::fromJson(const QJsonObject& json) {
    ChangeBinding binding;
    const QJsonValue event = json.value(QLatin1String("event"));
    if (!event.isString())
        return invalid(QStringLiteral("event is missing or not a string"));
    binding.event = event.toString().toUpper();
    if (binding.event != QLatin1String("*") && !PostgresChange::typeFromName(binding.event))
        return invalid(
            QStringLiteral("event \"%1\" is not INSERT, UPDATE, DELETE or *").arg(event.toString()));

    const QJsonValue schema = json.value(QLatin1String("schema"));
    if (!schema.isString() || schema.toString().isEmpty())
        return invalid(QStringLiteral("schema is missing, empty or not a string"));
    binding.schema = schema.toString();

    const QJsonValue table = json.value(QLatin1String("table"));
    if (!table.isUndefined() && !table.isNull()) {
        if (!table.isString() || table.toString().isEmpty())
            return invalid(QStringLiteral("table is empty or not a string"));
        binding.table = table.toString();
    }

    const QJsonValue filter = json.value(QLatin1String("filter"));
    if (!filter.isUndefined() && !filter.isNull()) {
        if (!filter.isString())
            return invalid(QStringLiteral("filter is not a string"));
        binding.filter = filter.toString();
    }
    Result<QList<Condition>> conditions = parseFilter(binding.filter);
    if (!conditions)
        return conditions.error();
    binding.conditions = std::move(conditions).value();

    const QJsonValue id = json.value(QLatin1String("id"));
    if (id.isDouble())
        binding.id = static_cast<qint64>(id.toDouble());
    return binding;
}

QJsonObject ChangeBinding::toJson() const {
    QJsonObject json{
        {QLatin1String("event"), event}, {QLatin1String("schema"), schema}, {QLatin1String("table"), table}};
    if (!filter.isEmpty())
        json.insert(QLatin1String("filter"), filter);
    if (id != 0)
        json.insert(QLatin1String("id"), id);
    return json;
}

bool ChangeBinding::matches(const PostgresChange& change) const {
    if (event != QLatin1String("*") && event != PostgresChange::typeName(change.type))
        return false;
    if (!nameMatches(schema, change.schema) || !nameMatches(table, change.table))
        return false;
    const QJsonObject& row = change.row();
    for (const Condition& condition : conditions) {
        if (!holds(condition, row))
            return false;
    }
    return true;
}

bool ChangeBinding::sameSubscription(const ChangeBinding& other) const {
    return event == other.event && schema == other.schema && table == other.table && filter == other.filter;
}

} // namespace cc::realtime
