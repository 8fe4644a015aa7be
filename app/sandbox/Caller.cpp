#include "app/sandbox/Caller.h"

namespace cc::sandbox {

QString Caller::principal() const {
    return userId.isEmpty() ? roleName() : userId;
}

QString Caller::roleName() const {
    switch (role) {
    case Role::Anon:
        return QStringLiteral("anon");
    case Role::Authenticated:
        return QStringLiteral("authenticated");
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::ServiceRole:
        return QStringLiteral("service_role");
    }
    return QStringLiteral("anon");
}

} // namespace cc::sandbox
