#pragma once

#include <QJsonObject>
#include <QString>

namespace cc::sandbox {

// Who is making a request, as the JWT in `Authorization` (or the apikey) says: the database role and, for
// signed-in users, the user. Row-level security is decided from this.
struct Caller {
    enum class Role { Anon, Authenticated, Admin, ServiceRole };

    Role role = Role::Anon;
    QString userId; // the JWT's sub, for Authenticated and Admin
    QString email;
    QString sessionId;
    QJsonObject claims;

    bool isUser() const { return role == Role::Authenticated || role == Role::Admin; }
    // service_role bypasses RLS entirely; the admin's policies allow every row.
    bool seesAllRows() const { return role == Role::Admin || role == Role::ServiceRole; }
    // PostgREST answers a permission error with 401 for anon and 403 for any other role.
    int permissionDeniedStatus() const { return role == Role::Anon ? 401 : 403; }
    // A stable name for per-caller bookkeeping (idempotency keys): the user id, or the role.
    QString principal() const;
    QString roleName() const;
};

} // namespace cc::sandbox
