#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace cc::schema::test {

// The callers every behaviour is checked as: two marketers, the administrator, the anon key, the service key.
enum class Who { Anon, MarketerA, MarketerB, Admin, ServiceRole };

// What a backend answered, reduced to what both can express: the HTTP status PostgREST would send, the
// PostgREST error body fields, the rows (REST) or the RPC body.
struct Outcome {
    int status = 0;
    QString code; // SQLSTATE or PGRST code; empty on success
    QString message;
    QString hint;
    QJsonArray rows;       // REST reads and writes (return=representation)
    QJsonObject body;      // the RPC's response object
    bool replayed = false; // Idempotent-Replayed: true

    bool ok() const { return code.isEmpty() && status >= 200 && status < 300; }
};

// One backend under test: the sandbox over HTTP, or the migrations on PostgreSQL over SQL with the JWT claims
// set the way PostgREST sets them. Every behaviour in the parity list runs against both.
class ParityBackend {
public:
    virtual ~ParityBackend() = default;

    virtual QString userId(Who who) const = 0;
    // Lets server time pass (the sandbox runs on a manual clock; PostgreSQL's clock moves by itself).
    virtual void advanceTime() = 0;

    // POST /rest/v1/campaigns (Prefer: return=representation) / INSERT ... RETURNING.
    virtual Outcome insert(Who who, const QJsonObject& values) = 0;
    // GET /rest/v1/campaigns?order=name (optionally id=eq.<id>) / SELECT.
    virtual Outcome select(Who who, const QString& id = {}) = 0;
    // PATCH /rest/v1/campaigns?id=eq.<id> / UPDATE ... RETURNING.
    virtual Outcome update(Who who, const QString& id, const QJsonObject& values) = 0;
    // DELETE /rest/v1/campaigns?id=eq.<id> / DELETE ... RETURNING.
    virtual Outcome remove(Who who, const QString& id) = 0;
    // POST /rest/v1/rpc/execute_transaction {"operations": ...} / SELECT public.execute_transaction(...).
    virtual Outcome rpc(Who who, const QJsonArray& operations, const QString& idempotencyKey = {}) = 0;
};

enum class BackendKind { Sandbox, Postgres };

// Creates a backend with an empty campaigns table. Fails the current test (and returns null) if it cannot.
std::unique_ptr<ParityBackend> makeBackend(BackendKind kind);
QString backendName(BackendKind kind);

} // namespace cc::schema::test
