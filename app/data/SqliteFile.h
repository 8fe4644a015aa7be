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
        // true: quick_check (reads every page) before use. false (the cache, where start-up time counts):
        // only the header is checked at open, verify() runs the full check later, and a failed verify()
        // leaves a marker so that the next open checks fully (and moves the file aside).
        bool fullCheckOnOpen = true;
    };

    explicit SqliteFile(Options options);
    ~SqliteFile();
    SqliteFile(const SqliteFile&) = delete;
    SqliteFile& operator=(const SqliteFile&) = delete;

    Result<bool> open();
    // PRAGMA quick_check now; a damaged file is marked for a full check (and moving aside) at the next open.
    Result<bool> verify();
    QString damagedMarker() const { return m_options.path + QStringLiteral(".damaged"); }
    void close();
    QSqlDatabase database() const;
    int schemaVersion() const;
    bool isOpen() const { return m_open; }
    // Where the corrupt file was moved to by open(), if it was.
    const QString& movedAsideTo() const { return m_movedAside; }
    const QString& path() const { return m_options.path; }

    // A storage error for a failed statement; SQLITE_FULL becomes the translated "disk is full" message.
    static Error storageError(const QSqlError& error, const QString& what);
    // "The local database is damaged.", with kDamagedCode as its code (a file written by a newer version is
    // refused with another Validation error, which must not be taken for damage).
    static Error damaged(const QString& detail);
    static constexpr const char* kDamagedCode = "sqlite_damaged";
    // Starts a write transaction with BEGIN IMMEDIATE: the write lock is taken at once, waiting up to the
    // busy timeout while another process (the console and campaignctl share these files) holds it. A
    // deferred BEGIN (QSqlDatabase::transaction()) would read first and then fail with SQLITE_BUSY, without
    // waiting, when its first write finds that another process wrote meanwhile. Returns the error, invalid
    // when it began; end it with QSqlDatabase::commit() or rollback() (they send COMMIT and ROLLBACK).
    static QSqlError beginImmediate(const QSqlDatabase& db);
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
