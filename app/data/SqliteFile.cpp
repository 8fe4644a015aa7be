#include "app/data/SqliteFile.h"

#include "app/core/OwnerOnlyPaths.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace cc::data {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

SqliteFile::SqliteFile(Options options)
    : m_options(std::move(options)) {}

SqliteFile::~SqliteFile() {
    close();
}

QSqlDatabase SqliteFile::database() const {
    return QSqlDatabase::database(m_options.connectionName, false);
}

void SqliteFile::close() {
    if (QSqlDatabase::contains(m_options.connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_options.connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_options.connectionName);
    }
    m_open = false;
}

bool SqliteFile::isDiskFull(const QSqlError& error) {
    // SQLITE_FULL (13); the extended codes keep 13 in the low byte.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok && (code & 0xff) == 13;
}

Error SqliteFile::storageError(const QSqlError& error, const QString& what) {
    if (isDiskFull(error)) {
        return Error(ErrorKind::Storage, tr("The disk is full: %1 could not be saved.").arg(what),
                     error.text());
    }
    return Error(ErrorKind::Storage, tr("The local database failed: %1.").arg(what), error.text());
}

Error SqliteFile::damaged(const QString& detail) {
    Error error(ErrorKind::Validation, tr("The local database is damaged."), detail);
    error.code = QString::fromLatin1(kDamagedCode);
    return error;
}

QSqlError SqliteFile::beginImmediate(const QSqlDatabase& db) {
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        return query.lastError();
    }
    return {};
}

int SqliteFile::schemaVersion() const {
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

Result<bool> SqliteFile::verify() {
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA quick_check")) && query.next() &&
        query.value(0).toString() == QLatin1String("ok")) {
        return true;
    }
    const QString detail = query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
    query.finish();
    QFile marker(damagedMarker());
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(detail.toUtf8());
    }
    return damaged(detail);
}

bool SqliteFile::moveAside() {
    close();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString target = m_options.path + QStringLiteral(".corrupt-") + stamp;
    if (!QFile::rename(m_options.path, target)) {
        return false;
    }
    // The journal files belong to the corrupt database; left behind they would be applied to the new one.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = m_options.path + QLatin1String(suffix);
        if (QFile::exists(side)) {
            QFile::rename(side, target + QLatin1String(suffix));
        }
    }
    m_movedAside = target;
    return true;
}

Result<bool> SqliteFile::open() {
    Result<bool> first = openOnce();
    if (first.ok() || !m_options.recreateWhenCorrupt || first.error().kind != ErrorKind::Validation) {
        return first;
    }
    // Validation here means "not a usable database": move it aside and start again.
    if (!moveAside()) {
        return Error(ErrorKind::Storage, tr("The local database is damaged and could not be moved aside."),
                     m_options.path);
    }
    log::warning(lcData(), QStringLiteral("local database was unreadable; moved aside and rebuilt"),
                 {{QStringLiteral("path"), m_options.path}, {QStringLiteral("moved_to"), m_movedAside}},
                 first.error());
    return openOnce();
}

Result<bool> SqliteFile::openOnce() {
    close();
    const QFileInfo info(m_options.path);
    if (!OwnerOnlyPaths::makeDirectory(info.absolutePath())) {
        return Error(ErrorKind::Storage, tr("The folder for the local database could not be created."),
                     info.absolutePath());
    }
    // Create the file with owner-only permissions before SQLite does (it would use the umask); the WAL and
    // shared-memory files inherit the database file's mode.
    if (!info.exists()) {
        QFile file(m_options.path);
        if (!file.open(QIODevice::WriteOnly)) {
            return Error(ErrorKind::Storage, tr("The local database could not be created."),
                         file.errorString());
        }
        file.close();
    }
    QFile::setPermissions(m_options.path, kOwnerOnly);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_options.connectionName);
    db.setDatabaseName(m_options.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error(ErrorKind::Validation, tr("The local database could not be opened."),
                     db.lastError().text());
    }
    m_open = true;
    QSqlQuery query(db);
    // quick_check reads every page: a damaged file (or one that is not a database at all) fails here rather
    // than in the middle of a later read. Without it, reading the schema still refuses a file that is not a
    // database; verify() does the rest later.
    const bool fullCheck = m_options.fullCheckOnOpen || QFile::exists(damagedMarker());
    QFile::remove(damagedMarker());
    if (!fullCheck) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !query.next()) {
            const QString detail = query.lastError().text();
            query.finish();
            return damaged(detail);
        }
    } else if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next() ||
               query.value(0).toString() != QLatin1String("ok")) {
        const QString detail =
            query.lastError().isValid() ? query.lastError().text() : query.value(0).toString();
        query.finish();
        return damaged(detail);
    }
    query.finish();
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        return damaged(query.lastError().text());
    }
    query.finish();
    query.exec(m_options.synchronousFull ? QStringLiteral("PRAGMA synchronous=FULL")
                                         : QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.finish();
    if (m_options.cacheKib > 0) {
        query.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(m_options.cacheKib));
        query.finish();
    }
    if (m_options.walCheckpointPages > 0) {
        query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_options.walCheckpointPages));
        query.finish();
    }
    if (m_options.tempInMemory) {
        query.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
        query.finish();
    }
    if (Result<bool> migrated = migrate(); !migrated.ok()) {
        return migrated;
    }
    for (const char* suffix : {"-wal", "-shm"}) {
        const QString side = m_options.path + QLatin1String(suffix);
        if (QFile::exists(side)) {
            QFile::setPermissions(side, kOwnerOnly);
        }
    }
    return true;
}

Result<bool> SqliteFile::migrate() {
    QSqlDatabase db = database();
    const int current = schemaVersion();
    if (current < 0) {
        return damaged(db.lastError().text());
    }
    const int target = static_cast<int>(m_options.migrations.size());
    if (current > target) {
        // Written by a newer version of the console: start afresh rather than misread it.
        return Error(ErrorKind::Validation, tr("The local database was written by a newer version."),
                     QStringLiteral("schema %1 > %2").arg(current).arg(target));
    }
    for (int version = current; version < target; ++version) {
        if (const QSqlError error = beginImmediate(db); error.isValid()) {
            return storageError(error, tr("the schema"));
        }
        // Another process may have migrated the file since user_version was read: read it again under the
        // write lock.
        version = schemaVersion();
        if (version < 0) {
            const Error error = damaged(db.lastError().text());
            db.rollback();
            return error;
        }
        if (version >= target) {
            db.commit();
            break;
        }
        QSqlQuery query(db);
        for (const QString& statement : m_options.migrations[version]) {
            if (!query.exec(statement)) {
                const Error error = storageError(query.lastError(), tr("the schema"));
                db.rollback();
                return error;
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1)) || !db.commit()) {
            const Error error = storageError(db.lastError(), tr("the schema"));
            db.rollback();
            return error;
        }
    }
    return true;
}

} // namespace cc::data
