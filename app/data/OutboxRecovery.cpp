#include "app/data/OutboxRecovery.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"
#include "app/data/OutboxDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace cc::data {

namespace {

// The file and its journals, renamed together: a journal left behind would be applied to the new file.
bool moveAside(const QString& path, const QString& target) {
    if (!QFile::rename(path, target)) {
        return false;
    }
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = path + QLatin1String(suffix);
        if (QFile::exists(side)) {
            QFile::rename(side, target + QLatin1String(suffix));
        }
    }
    QFile::remove(path + QStringLiteral(".damaged"));
    return true;
}

QList<OutboxOperation> readFrom(const QString& file) {
    const QString connection = QStringLiteral("outbox-recovery-%1").arg(quintptr(&file));
    QList<OutboxOperation> ops;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        if (db.open()) {
            // With writable_schema, SQLite reads a file shorter than its header says (a truncated one) up
            // to its end instead of refusing it whole; nothing is written to this copy.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA writable_schema=ON"));
            ops = OutboxDatabase::readable(db);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ops;
}

} // namespace

QString OutboxRecovery::Outcome::notice() const {
    return tr("The list of changes waiting to be sent was damaged. %n change(s) could be read and were kept; "
              "the damaged file was moved to %1.",
              nullptr, recovered)
        .arg(QDir::toNativeSeparators(movedTo));
}

Result<OutboxRecovery::Outcome> OutboxRecovery::recover(const QString& path, const Clock& clock,
                                                        RandomSource& random) {
    Outcome outcome;
    outcome.movedTo =
        path + QStringLiteral(".damaged-") + clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!moveAside(path, outcome.movedTo)) {
        return Error(ErrorKind::Storage, tr("The damaged list of changes could not be moved aside."), path);
    }
    const QList<OutboxOperation> readable = readFrom(outcome.movedTo);
    {
        OutboxDatabase fresh(path, QStringLiteral("outbox-recovery-new"), clock, random);
        if (Result<bool> opened = fresh.open(); !opened.ok()) {
            return opened.error();
        }
        for (const OutboxOperation& op : readable) {
            if (Result<OutboxOperation> restored = fresh.restore(op); !restored.ok()) {
                return restored.error();
            }
            ++outcome.recovered;
        }
    }
    log::warning(lcData(), QStringLiteral("damaged outbox moved aside; readable operations recovered"),
                 {{QStringLiteral("path"), path},
                  {QStringLiteral("moved_to"), outcome.movedTo},
                  {QStringLiteral("recovered"), outcome.recovered}});
    return outcome;
}

} // namespace cc::data
