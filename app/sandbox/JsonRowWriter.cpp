#include "app/sandbox/JsonRowWriter.h"

#include <QLocale>

#include <sqlite3.h>

#include <cmath>

namespace cc::sandbox {

JsonRowWriter::JsonRowWriter(QList<const postgrest::Column*> columns)
    : m_columns(std::move(columns)) {
    for (const postgrest::Column* column : std::as_const(m_columns)) {
        QByteArray key;
        const QByteArray name = column->name.toUtf8();
        appendString(key, name.constData(), static_cast<int>(name.size()));
        m_keys.append(key + ':');
    }
}

void JsonRowWriter::appendString(QByteArray& out, const char* utf8, int size) {
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    int runStart = 0;
    for (int i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\') {
            continue; // UTF-8 multi-byte sequences pass through unchanged
        }
        out.append(utf8 + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char escape[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(escape, 6);
        }
        }
    }
    out.append(utf8 + runStart, size - runStart);
    out.append('"');
}

void JsonRowWriter::appendRow(QByteArray& out, sqlite3_stmt* statement) const {
    out.append('{');
    for (int i = 0; i < m_columns.size(); ++i) {
        if (i > 0) {
            out.append(',');
        }
        out.append(m_keys[i]);
        if (sqlite3_column_type(statement, i) == SQLITE_NULL) {
            out.append("null", 4);
            continue;
        }
        switch (m_columns[i]->type) {
        case postgrest::ColumnType::Integer:
            out.append(QByteArray::number(sqlite3_column_int64(statement, i)));
            break;
        case postgrest::ColumnType::Boolean:
            out.append(sqlite3_column_int64(statement, i) != 0 ? "true" : "false");
            break;
        case postgrest::ColumnType::Number: {
            const double value = sqlite3_column_double(statement, i);
            // JSON has no infinities; PostgREST renders numeric specials as strings.
            out.append(std::isfinite(value)
                           ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                           : (value > 0 ? QByteArray("\"Infinity\"") : QByteArray("\"-Infinity\"")));
            break;
        }
        default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
            appendString(out, text, sqlite3_column_bytes(statement, i));
            break;
        }
        }
    }
    out.append('}');
}

} // namespace cc::sandbox
