#include "app/sandbox/TableReader.h"

#include "app/sandbox/CampaignMutations.h"
#include "app/sandbox/CampaignTable.h"
#include "app/sandbox/JsonRowWriter.h"
#include "app/sandbox/Preferences.h"
#include "app/sandbox/RestResponses.h"
#include "app/sandbox/RowSecurity.h"
#include "app/sandbox/SandboxDatabase.h"
#include "app/sandbox/SqlErrors.h"
#include "app/sandbox/postgrest/QueryParser.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>

namespace cc::sandbox {

using postgrest::PostgrestError;

TableReader::TableReader(const SandboxDatabase& database)
    : m_database(database)
    , m_statements(database.connection()) {}

std::optional<TableReader::Range> TableReader::parseRange(const HttpRequest& request) {
    const QByteArray unit = request.header("range-unit").trimmed();
    if (!unit.isEmpty() && unit != "items") {
        return std::nullopt;
    }
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(?:items=)?(\d{1,15})-(\d{0,15})\s*$)"));
    const auto match = pattern.match(QString::fromLatin1(request.header("range")));
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Range range;
    range.first = match.captured(1).toLongLong();
    if (!match.captured(2).isEmpty()) {
        range.last = match.captured(2).toLongLong();
    }
    return range;
}

HttpResponse TableReader::read(const HttpRequest& request, const Caller& caller) {
    const RestResponses::Shape shape = RestResponses::requestedShape(request.header("accept"));
    if (shape == RestResponses::Shape::Unacceptable) {
        return RestResponses::notAcceptable(request.header("accept"));
    }
    auto parsed = postgrest::QueryParser::parseRead(request.query, CampaignTable::schema());
    if (auto* error = std::get_if<PostgrestError>(&parsed)) {
        return RestResponses::error(*error);
    }
    const postgrest::ReadQuery query = std::get<postgrest::ReadQuery>(std::move(parsed));

    // The page: limit/offset intersected with the Range header, then capped at max_rows.
    qint64 offset = query.offset.value_or(0);
    std::optional<qint64> last;
    if (query.limit) {
        last = offset + *query.limit - 1;
    }
    if (const auto range = parseRange(request)) {
        offset = std::max(offset, range->first);
        if (range->last) {
            last = last ? std::min(*last, *range->last) : *range->last;
        }
    }
    qint64 limit = last ? std::max<qint64>(0, *last - offset + 1) : RestResponses::kMaxRows;
    limit = std::min<qint64>(limit, RestResponses::kMaxRows);

    const postgrest::SqlFragment where =
        CampaignMutations::conjunction(query.where, RowSecurity::visibleRows(caller));
    const QString whereSql = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.sql;
    const QString order = query.orderBySql();
    const QString sql = QStringLiteral("SELECT %1 FROM campaigns%2%3 LIMIT ? OFFSET ?")
                            .arg(CampaignTable::selectList(query.select), whereSql,
                                 order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order);
    QString problem;
    sqlite3_stmt* select = m_statements.prepare(sql, &problem);
    int index = 1;
    for (const QVariant& param : where.params + QVariantList{limit, offset}) {
        if (select != nullptr && !SqliteStatements::bind(select, index++, param)) {
            problem = m_statements.lastError();
            select = nullptr;
        }
    }
    QList<const postgrest::Column*> columns;
    for (const QString& name :
         query.select.isEmpty() ? CampaignTable::schema().columnNames() : query.select) {
        columns.append(CampaignTable::schema().find(name));
    }
    const JsonRowWriter writer(columns);
    QByteArray body;
    body.reserve(512 * 64);
    qint64 n = 0;
    int step = SQLITE_DONE;
    while (select != nullptr && (step = sqlite3_step(select)) == SQLITE_ROW) {
        body.append(n++ == 0 ? '[' : ',');
        writer.appendRow(body, select);
    }
    if (select == nullptr || step != SQLITE_DONE) {
        return RestResponses::error(
            PostgrestError::make(500, QStringLiteral("XX000"), QStringLiteral("internal error"),
                                 select == nullptr ? problem : m_statements.lastError()));
    }
    sqlite3_reset(select); // releases the read transaction now, not at the statement's next use
    body.append(n == 0 ? QByteArray("[]") : QByteArray("]"));

    const Preferences prefer = Preferences::parse(request.header("prefer"));
    std::optional<qint64> total;
    if (prefer.count != Preferences::Count::None) {
        QSqlQuery count(m_database.connection());
        count.prepare(QStringLiteral("SELECT count(*) FROM campaigns%1").arg(whereSql));
        for (const QVariant& param : where.params) {
            count.addBindValue(param);
        }
        if (!count.exec() || !count.next()) {
            return RestResponses::error(SqlErrors::toPostgrest(count.lastError()));
        }
        total = count.value(0).toLongLong();
    }

    int status = 200;
    if (total) {
        if (offset > *total) {
            HttpResponse response = RestResponses::error(PostgrestError::make(
                416, QStringLiteral("PGRST103"), QStringLiteral("Requested range not satisfiable"),
                QStringLiteral("An offset of %1 was requested, but there are only %2 rows.")
                    .arg(offset)
                    .arg(*total)));
            response.setHeader("Content-Range", "*/" + QByteArray::number(*total));
            return response;
        }
        if (n < *total) {
            status = 206;
        }
    }
    HttpResponse response = RestResponses::rowsJson(status, body, n, shape);
    if (response.status >= 400) {
        return response;
    }
    const QByteArray totalText = total ? QByteArray::number(*total) : QByteArray("*");
    response.setHeader("Content-Range", n > 0 ? QByteArray::number(offset) + '-' +
                                                    QByteArray::number(offset + n - 1) + '/' + totalText
                                              : "*/" + totalText);
    if (prefer.count != Preferences::Count::None) {
        response.setHeader("Preference-Applied", prefer.applied());
    }
    return response;
}

} // namespace cc::sandbox
