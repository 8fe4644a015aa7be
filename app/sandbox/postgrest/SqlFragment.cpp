#include "app/sandbox/postgrest/SqlFragment.h"

namespace cc::sandbox::postgrest {

QString quoteIdentifier(const QString& identifier) {
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace cc::sandbox::postgrest
