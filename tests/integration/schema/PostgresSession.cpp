#include "tests/integration/schema/PostgresSession.h"

#include <QAtomicInteger>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace cc::schema::test {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("cc-schema-pg-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// QPSQL's databaseText() is libpq's error message: "ERROR:  <message>\nDETAIL:  ...\nHINT:  ...\n..."
// followed by "(<SQLSTATE>)".
void parseError(const QSqlError& error, SqlOutcome& outcome) {
    outcome.sqlstate = error.nativeErrorCode();
    const QStringList lines = error.databaseText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const auto field = [&](QLatin1String prefix, QString& into) {
            if (line.startsWith(prefix)) {
                into = line.mid(prefix.size()).trimmed();
            }
        };
        field(QLatin1String("ERROR:"), outcome.message);
        field(QLatin1String("DETAIL:"), outcome.detail);
        field(QLatin1String("HINT:"), outcome.hint);
    }
    if (outcome.message.isEmpty()) {
        outcome.message = error.text();
    }
}

} // namespace

PostgresSession::PostgresSession()
    : m_connectionName(nextConnectionName()) {}

PostgresSession::~PostgresSession() {
    {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase PostgresSession::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

QString PostgresSession::open() {
    const QString host = qEnvironmentVariable("CC_PG_HOST");
    const QString port = qEnvironmentVariable("CC_PG_PORT");
    if (host.isEmpty() || port.isEmpty()) {
        return QStringLiteral("CC_PG_HOST/CC_PG_PORT are not set: run this test through with-postgres.sh "
                              "(ctest does)");
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        return QStringLiteral("the QPSQL driver is missing: install libqt6sql6-psql (scripts/setup.sh)");
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(host); // a directory: libpq connects through the Unix socket in it
    db.setPort(port.toInt());
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(QStringLiteral("postgres"));
    if (!db.open()) {
        return db.lastError().text();
    }
    return {};
}

SqlOutcome PostgresSession::execute(const QString& sql, const QVariantList& params) {
    SqlOutcome outcome;
    QSqlQuery query(database());
    bool ran = false;
    if (params.isEmpty()) {
        ran = query.exec(sql);
    } else {
        ran = query.prepare(sql);
        for (const QVariant& param : params) {
            query.addBindValue(param);
        }
        ran = ran && query.exec();
    }
    if (!ran) {
        parseError(query.lastError(), outcome);
        return outcome;
    }
    outcome.ok = true;
    if (query.isSelect() && query.next() && !query.value(0).isNull()) {
        const QByteArray text = query.value(0).toString().toUtf8();
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error == QJsonParseError::NoError) {
            outcome.value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        } else {
            // A scalar (true, 3, "x"): wrap it so QJsonDocument can read it.
            outcome.value = QJsonDocument::fromJson("[" + text + "]").array().at(0);
            if (outcome.value.isUndefined()) {
                outcome.value = QString::fromUtf8(text);
            }
        }
    }
    return outcome;
}

SqlOutcome PostgresSession::asOwner(const QString& sql, const QVariantList& params) {
    return execute(sql, params);
}

SqlOutcome PostgresSession::asCaller(const QJsonObject& claims, const QString& sql,
                                     const QVariantList& params, const QJsonObject& requestHeaders) {
    SqlOutcome failed;
    const QString role = claims.value(QStringLiteral("role")).toString(QStringLiteral("anon"));
    static const QStringList roles{QStringLiteral("anon"), QStringLiteral("authenticated"),
                                   QStringLiteral("admin"), QStringLiteral("service_role")};
    if (!roles.contains(role)) {
        failed.message = QStringLiteral("unexpected role %1").arg(role);
        return failed;
    }
    QSqlDatabase db = database();
    if (!db.transaction()) {
        failed.message = db.lastError().text();
        return failed;
    }
    const QString claimsText = QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QString headersText =
        QString::fromUtf8(QJsonDocument(requestHeaders).toJson(QJsonDocument::Compact));
    SqlOutcome setup = execute(QStringLiteral("SET LOCAL ROLE %1").arg(role), {});
    if (setup.ok) {
        setup = execute(QStringLiteral("SELECT set_config('request.jwt.claims', ?, true), "
                                       "set_config('request.headers', ?, true)"),
                        {claimsText, headersText});
    }
    if (!setup.ok) {
        db.rollback();
        return setup;
    }
    SqlOutcome outcome = execute(sql, params);
    if (!outcome.ok) {
        db.rollback();
        return outcome;
    }
    const SqlOutcome headers =
        execute(QStringLiteral("SELECT current_setting('response.headers', true)"), {});
    outcome.responseHeaders = headers.value.isArray()
                                  ? QString::fromUtf8(QJsonDocument(headers.value.toArray()).toJson())
                                  : headers.value.toString();
    if (!db.commit()) {
        outcome.ok = false;
        outcome.message = db.lastError().text();
    }
    return outcome;
}

} // namespace cc::schema::test
