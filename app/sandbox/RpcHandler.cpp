#include "app/sandbox/RpcHandler.h"

#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/RestResponses.h"

#include <QJsonDocument>

namespace cc::sandbox {

using postgrest::PostgrestError;
using postgrest::SqlFragment;

namespace {

PostgrestError invalidArgument(const QString& message) {
    return PostgrestError::make(400, QStringLiteral("22023"), message);
}

PostgrestError atOperation(PostgrestError error, int index, const QString& op) {
    error.message = QStringLiteral("operation %1 (%2): %3").arg(index).arg(op, error.message);
    if (error.hint.isEmpty()) {
        error.hint = QStringLiteral("No operation of the transaction was applied.");
    }
    return error;
}

} // namespace

RpcHandler::RpcHandler(CampaignMutations& mutations)
    : m_mutations(mutations) {}

HttpResponse RpcHandler::call(const HttpRequest& request, const QString& function, const Caller& caller) {
    if (function == QStringLiteral("execute_transaction")) {
        if (request.method != "POST") {
            return RestResponses::error(PostgrestError::make(
                405, QStringLiteral("PGRST101"),
                QStringLiteral("Only POST is allowed for this function: it changes data")));
        }
        return executeTransaction(request, caller);
    }
    const QStringList arguments = QJsonDocument::fromJson(request.body).object().keys();
    return RestResponses::error(PostgrestError::make(
        404, QStringLiteral("PGRST202"),
        arguments.isEmpty()
            ? QStringLiteral("Could not find the function public.%1 without parameters in the schema cache")
                  .arg(function)
            : QStringLiteral("Could not find the function public.%1(%2) in the schema cache")
                  .arg(function, arguments.join(QStringLiteral(", "))),
        QString(), QStringLiteral("The sandbox provides public.execute_transaction(operations).")));
}

std::variant<SqlFragment, PostgrestError> RpcHandler::matchFilter(const QJsonObject& match) {
    SqlFragment where;
    QStringList terms;
    for (auto it = match.begin(); it != match.end(); ++it) {
        const postgrest::Column* column = CampaignTable::schema().find(it.key());
        if (column == nullptr) {
            return PostgrestError::make(400, QStringLiteral("42703"),
                                        QStringLiteral("column campaigns.%1 does not exist").arg(it.key()));
        }
        auto value = CampaignMutations::coerce(*column, it.value());
        if (auto* error = std::get_if<PostgrestError>(&value)) {
            return *error;
        }
        const QVariant typed = std::get<QVariant>(value);
        if (typed.isNull()) {
            terms.append(postgrest::quoteIdentifier(it.key()) + QStringLiteral(" IS NULL"));
        } else {
            terms.append(postgrest::quoteIdentifier(it.key()) + QStringLiteral(" = ?"));
            where.params.append(typed);
        }
    }
    where.sql = terms.join(QStringLiteral(" AND "));
    return where;
}

HttpResponse RpcHandler::executeTransaction(const HttpRequest& request, const Caller& caller) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return RestResponses::error(
            PostgrestError::make(400, QStringLiteral("PGRST102"), QStringLiteral("Empty or invalid json")));
    }
    const QJsonValue operationsValue = document.object().value(QStringLiteral("operations"));
    const QJsonArray operations = operationsValue.toArray();
    if (!operationsValue.isArray() || operations.isEmpty()) {
        return RestResponses::error(invalidArgument(QStringLiteral("operations must be a non-empty array")));
    }
    if (operations.size() > kMaxOperations) {
        return RestResponses::error(invalidArgument(
            QStringLiteral("at most %1 operations are allowed in one transaction").arg(kMaxOperations)));
    }
    QJsonArray results;
    for (int index = 0; index < operations.size(); ++index) {
        const QJsonObject operation = operations.at(index).toObject();
        const QString op = operation.value(QStringLiteral("op")).toString();
        const QString table = operation.value(QStringLiteral("table")).toString(CampaignTable::kName);
        if (table != CampaignTable::kName) {
            return RestResponses::error(atOperation(
                PostgrestError::make(404, QStringLiteral("42P01"),
                                     QStringLiteral("relation \"public.%1\" does not exist").arg(table)),
                index, op));
        }
        const QJsonObject values = operation.value(QStringLiteral("values")).toObject();
        CampaignMutations::Outcome outcome;
        if (op == QStringLiteral("insert")) {
            if (values.isEmpty()) {
                return RestResponses::error(
                    atOperation(invalidArgument(QStringLiteral("insert needs values")), index, op));
            }
            outcome = m_mutations.insert(caller, {values}, {});
        } else if (op == QStringLiteral("update") || op == QStringLiteral("delete")) {
            const QJsonObject match = operation.value(QStringLiteral("match")).toObject();
            if (match.isEmpty()) {
                return RestResponses::error(atOperation(
                    PostgrestError::make(400, QStringLiteral("21000"),
                                         QStringLiteral("%1 requires a WHERE clause").arg(op.toUpper())),
                    index, op));
            }
            auto where = matchFilter(match);
            if (auto* error = std::get_if<PostgrestError>(&where)) {
                return RestResponses::error(atOperation(*error, index, op));
            }
            outcome = op == QStringLiteral("update")
                          ? m_mutations.update(caller, std::get<SqlFragment>(where), values, {})
                          : m_mutations.remove(caller, std::get<SqlFragment>(where), {});
        } else {
            return RestResponses::error(atOperation(
                invalidArgument(
                    QStringLiteral("unknown op \"%1\" (expected insert, update or delete)").arg(op)),
                index, op));
        }
        if (auto* error = std::get_if<PostgrestError>(&outcome)) {
            return RestResponses::error(atOperation(*error, index, op));
        }
        const auto& result = std::get<CampaignMutations::Result>(outcome);
        results.append(QJsonObject{{QStringLiteral("index"), index},
                                   {QStringLiteral("op"), op},
                                   {QStringLiteral("count"), result.affected()},
                                   {QStringLiteral("rows"), result.rows}});
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("operations"), results}});
}

} // namespace cc::sandbox
