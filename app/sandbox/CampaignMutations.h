#pragma once

#include "app/realtime/PostgresChange.h"
#include "app/sandbox/Caller.h"
#include "app/sandbox/postgrest/PostgrestError.h"
#include "app/sandbox/postgrest/Schema.h"
#include "app/sandbox/postgrest/SqlFragment.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <variant>

class QSqlQuery;

namespace cc {
class Clock;
class RandomSource;
} // namespace cc

namespace cc::sandbox {

class ChangeJournal;
class SandboxDatabase;

// Inserts, upserts, updates and deletes campaigns under the caller's row-level security, with PostgreSQL's
// error codes. Shared by the REST endpoints and the execute_transaction RPC. The caller owns the transaction:
// a failed call may leave earlier statements of the same request applied until the transaction is rolled
// back.
class CampaignMutations {
public:
    struct Result {
        QJsonArray rows; // the affected rows, with the requested columns
        int inserted = 0;
        int updated = 0;
        int deleted = 0;
        int affected() const { return inserted + updated + deleted; }
    };
    using Outcome = std::variant<Result, postgrest::PostgrestError>;

    enum class Conflict { Error, MergeDuplicates, IgnoreDuplicates };
    struct InsertOptions {
        QStringList columns;         // ?columns=: only these keys count; absent keys are NULL (or DEFAULT)
        bool missingDefault = false; // Prefer: missing=default
        Conflict conflict = Conflict::Error;
        QStringList onConflict; // the conflict target; empty = primary key
        QStringList returning;  // columns to return; empty = all
    };

    CampaignMutations(const SandboxDatabase& database, const Clock& clock, RandomSource& ids);

    // Every row changed from now on is also recorded there (full new and old rows), for realtime.
    void setJournal(ChangeJournal* journal) { m_journal = journal; }

    Outcome insert(const Caller& caller, const QList<QJsonObject>& rows, const InsertOptions& options);
    Outcome update(const Caller& caller, const postgrest::SqlFragment& where, const QJsonObject& values,
                   const QStringList& returning);
    Outcome remove(const Caller& caller, const postgrest::SqlFragment& where, const QStringList& returning);

    // A JSON payload value as the column's stored representation (NULL for JSON null), or 22P02 & co.
    static std::variant<QVariant, postgrest::PostgrestError> coerce(const postgrest::Column& column,
                                                                    const QJsonValue& value);
    // "(a) AND (b)" with both parameter lists; either side may be empty.
    static postgrest::SqlFragment conjunction(const postgrest::SqlFragment& a,
                                              const postgrest::SqlFragment& b);

private:
    struct TypedRow {
        QStringList columns;
        QVariantList values;
        QVariant value(const QString& column) const;
    };
    std::variant<TypedRow, postgrest::PostgrestError>
    typedRow(const QJsonObject& object, const QStringList& columns, bool missingDefault) const;
    Outcome insertOne(const Caller& caller, TypedRow row, const QStringList& returning);
    Outcome mergeOne(const Caller& caller, const TypedRow& row, const QString& ownerId,
                     const QStringList& returning);
    // Runs a mutation whose statement returns every column, records each row in the journal (with its
    // pre-image from `before`, keyed by id) and keeps only the `returning` columns for the caller.
    Outcome finish(QSqlQuery& query, const QStringList& returning, int Result::*count,
                   realtime::PostgresChange::Type type, const QHash<QString, QJsonObject>& before);
    // The full rows `where` selects, keyed by id, when a journal listens (the UPDATE's old_record).
    QHash<QString, QJsonObject> preImages(const postgrest::SqlFragment& where) const;
    QString now() const;
    QString newId();

    const SandboxDatabase& m_database;
    const Clock& m_clock;
    RandomSource& m_ids;
    ChangeJournal* m_journal = nullptr;
};

} // namespace cc::sandbox
