#pragma once

#include "app/core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace cc::data {

// One SQLite file opened the way every local store of the console wants it: WAL, owner-only permissions,
// schema versioned by PRAGMA user_version with an ordered list of migrations (each applied in its own
// transaction), and a corrupt or unreadable file moved aside and recreated. Used by the cache and the outbox,
// each with its own file. A connection belongs to the thread that opened it.
class SqliteFile {
    Q_DECLARE_TR_FUNCTIONS(cc::data::SqliteFile)

public:
    struct Options {
        QString path;
        QString connectionName;
        QList<QStringList> migrations; // migrations[i] brings the schema from version i to i + 1
        bool synchronousFull = false;  // FULL: a committed row survives power loss (the outbox)
        bool recreateWhenCorrupt = true;
        // The page cache, in KiB (0: SQLite's default of 2 MiB). A bigger one keeps the indexes of a large
        // table in memory while a sync writes into them in random (uuid) order.
        int cacheKib = 0;
        bool tempInMemory = false; // temporary tables (a sync's list of seen ids) never touch the disk
        // WAL pages before an automatic checkpoint (0: SQLite's 1,000). Fewer checkpoints while a sync writes
        // 100,000 rows copy (and fsync) each index page fewer times.
        int walCheckpointPages = 0;
    };

    explicit SqliteFile(Options options);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    Result<bool> open();
    void close();
    QSqlDatabase database() const;
    int schemaVersion() const;
    bool isOpen() const { return m_open; }
    // Where the corrupt file was moved to by open(), if it was.
    const QString& movedAsideTo() const { return m_movedAside; }
    const QString& path() const { return m_options.path; }

    // A storage error for a failed statement; SQLITE_FULL becomes the translated "disk is full" message.
    static Error storageError(const QSqlError& error, const QString& what);
    static bool isDiskFull(const QSqlError& error);

private:
    Result<bool> openOnce();
    Result<bool> migrate();
    bool moveAside();

    Options m_options;
    QString m_movedAside;
    bool m_open = false;
};

} // namespace cc::data
