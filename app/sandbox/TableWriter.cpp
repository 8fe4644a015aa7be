#include "app/sandbox/TableWriter.h"

#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/Preferences.h"
#include "app/sandbox/RestResponses.h"
#include "app/sandbox/postgrest/QueryParser.h"

#include <QJsonDocument>

namespace cc::sandbox {

using postgrest::PostgrestError;

namespace {

PostgrestError invalidBody(const QString& detail) {
    return PostgrestError::make(400, QStringLiteral("PGRST102"), QStringLiteral("Empty or invalid json"),
                                detail);
}

} // namespace

TableWriter::TableWriter(CampaignMutations& mutations)
    : m_mutations(mutations) {}

std::variant<QStringList, PostgrestError> TableWriter::parseColumns(const QString& value) {
    QStringList columns;
    for (QString name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        name = name.trimmed();
        if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
            name = name.mid(1, name.size() - 2);
        }
        if (CampaignTable::schema().find(name) == nullptr) {
            return PostgrestError::make(
                400, QStringLiteral("PGRST204"),
                QStringLiteral("Could not find the '%1' column of 'campaigns' in the schema cache")
                    .arg(name));
        }
        if (!columns.contains(name)) {
            columns.append(name);
        }
    }
    return columns;
}

std::variant<QStringList, PostgrestError> TableWriter::returningColumns(const HttpRequest& request) const {
    const QString select = request.query.queryItemValue(QStringLiteral("select"), QUrl::FullyDecoded);
    if (select.isEmpty()) {
        return QStringList{};
    }
    return postgrest::QueryParser::parseSelect(select, CampaignTable::schema());
}

HttpResponse TableWriter::respond(const HttpRequest& request, const CampaignMutations::Outcome& outcome,
                                  int status) {
    if (const auto* error = std::get_if<PostgrestError>(&outcome)) {
        return RestResponses::error(*error);
    }
    const CampaignMutations::Result& result = std::get<CampaignMutations::Result>(outcome);
    const Preferences prefer = Preferences::parse(request.header("prefer"));
    const RestResponses::Shape shape = RestResponses::requestedShape(request.header("accept"));
    HttpResponse response;
    if (prefer.returning == Preferences::Return::Representation) {
        response = RestResponses::rows(status, result.rows, shape);
        if (response.status >= 400) {
            return response; // 406: the transaction is rolled back, as PostgREST does
        }
    } else {
        if (shape == RestResponses::Shape::Object && result.rows.size() != 1) {
            return RestResponses::rows(status, result.rows, shape);
        }
        response = HttpResponse::empty(request.method == "POST" ? status : 204);
        if (prefer.returning == Preferences::Return::HeadersOnly && result.rows.size() == 1) {
            const QString id = result.rows.first().toObject().value(CampaignTable::kPrimaryKey).toString();
            if (!id.isEmpty()) {
                response.setHeader("Location", "/campaigns?id=eq." + id.toLatin1());
            }
        }
    }
    if (prefer.count != Preferences::Count::None) {
        response.setHeader("Content-Range", "*/" + QByteArray::number(result.affected()));
    }
    const QByteArray applied = prefer.applied();
    if (!applied.isEmpty()) {
        response.setHeader("Preference-Applied", applied);
    }
    return response;
}

HttpResponse TableWriter::insert(const HttpRequest& request, const Caller& caller) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QList<QJsonObject> rows;
    if (parseError.error != QJsonParseError::NoError) {
        return RestResponses::error(invalidBody(parseError.errorString()));
    }
    if (document.array().size() > kMaxInsertRows) {
        return RestResponses::error(PostgrestError::make(
            413, QStringLiteral("PGRST413"),
            QStringLiteral("at most %1 rows can be inserted in one request").arg(kMaxInsertRows), {},
            QStringLiteral("Send the rows in several requests.")));
    }
    if (document.isObject()) {
        rows.append(document.object());
    } else {
        for (const QJsonValue& value : document.array()) {
            if (!value.isObject()) {
                return RestResponses::error(
                    invalidBody(QStringLiteral("every array element must be an object")));
            }
            rows.append(value.toObject());
        }
    }
    auto returning = returningColumns(request);
    if (auto* error = std::get_if<PostgrestError>(&returning)) {
        return RestResponses::error(*error);
    }
    const Preferences prefer = Preferences::parse(request.header("prefer"));
    CampaignMutations::InsertOptions options;
    options.returning = std::get<QStringList>(returning);
    options.missingDefault = prefer.missingDefault;
    if (request.query.hasQueryItem(QStringLiteral("columns"))) {
        auto columns =
            parseColumns(request.query.queryItemValue(QStringLiteral("columns"), QUrl::FullyDecoded));
        if (auto* error = std::get_if<PostgrestError>(&columns)) {
            return RestResponses::error(*error);
        }
        options.columns = std::get<QStringList>(columns);
    }
    if (request.query.hasQueryItem(QStringLiteral("on_conflict"))) {
        auto target =
            parseColumns(request.query.queryItemValue(QStringLiteral("on_conflict"), QUrl::FullyDecoded));
        if (auto* error = std::get_if<PostgrestError>(&target)) {
            return RestResponses::error(*error);
        }
        options.onConflict = std::get<QStringList>(target);
    }
    switch (prefer.resolution) {
    case Preferences::Resolution::MergeDuplicates:
        options.conflict = CampaignMutations::Conflict::MergeDuplicates;
        break;
    case Preferences::Resolution::IgnoreDuplicates:
        options.conflict = CampaignMutations::Conflict::IgnoreDuplicates;
        break;
    case Preferences::Resolution::None:
        break;
    }
    const auto outcome = m_mutations.insert(caller, rows, options);
    int status = 201;
    if (const auto* result = std::get_if<CampaignMutations::Result>(&outcome)) {
        // An upsert that only merged into existing rows answers 200 (PostgREST's isInsertIfGTZero).
        if (options.conflict != CampaignMutations::Conflict::Error && result->inserted == 0 &&
            result->updated > 0) {
            status = 200;
        }
    }
    return respond(request, outcome, status);
}

HttpResponse TableWriter::update(const HttpRequest& request, const Caller& caller) {
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return RestResponses::error(invalidBody(QStringLiteral("PATCH needs a JSON object")));
    }
    auto filters = postgrest::QueryParser::parseFilters(request.query, CampaignTable::schema());
    if (auto* error = std::get_if<PostgrestError>(&filters)) {
        return RestResponses::error(*error);
    }
    const auto& where = std::get<postgrest::SqlFragment>(filters);
    if (where.isEmpty()) {
        return RestResponses::error(PostgrestError::make(400, QStringLiteral("21000"),
                                                         QStringLiteral("UPDATE requires a WHERE clause")));
    }
    auto returning = returningColumns(request);
    if (auto* error = std::get_if<PostgrestError>(&returning)) {
        return RestResponses::error(*error);
    }
    const QStringList columns = std::get<QStringList>(returning);
    return respond(request, m_mutations.update(caller, where, document.object(), columns), 200);
}

HttpResponse TableWriter::remove(const HttpRequest& request, const Caller& caller) {
    auto filters = postgrest::QueryParser::parseFilters(request.query, CampaignTable::schema());
    if (auto* error = std::get_if<PostgrestError>(&filters)) {
        return RestResponses::error(*error);
    }
    const auto& where = std::get<postgrest::SqlFragment>(filters);
    if (where.isEmpty()) {
        return RestResponses::error(PostgrestError::make(400, QStringLiteral("21000"),
                                                         QStringLiteral("DELETE requires a WHERE clause")));
    }
    auto returning = returningColumns(request);
    if (auto* error = std::get_if<PostgrestError>(&returning)) {
        return RestResponses::error(*error);
    }
    const QStringList columns = std::get<QStringList>(returning);
    return respond(request, m_mutations.remove(caller, where, columns), 200);
}

} // namespace cc::sandbox
