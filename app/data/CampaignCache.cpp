#include "app/data/CampaignCache.h"

#include "app/core/BackgroundThread.h"
#include "app/core/Log.h"
#include "app/core/LogCategories.h"

#include <QTimer>

#include <QAtomicInteger>

namespace cc::data {

namespace {
QAtomicInteger<quint64> g_connectionSerial;
}

CampaignCache::CampaignCache(QString path, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path)) {
    m_thread.setObjectName(QStringLiteral("campaign-cache"));
    lowerPriorityOfBackgroundThread(m_thread);
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_db = std::make_shared<CacheDatabase>(
        m_path, QStringLiteral("campaign-cache-%1").arg(g_connectionSerial.fetchAndAddRelaxed(1)));
    m_thread.start();
}

CampaignCache::~CampaignCache() {
    // The connection must be closed on the thread that opened it: release the database there, then stop.
    // Queued after every earlier task, so those all run first. Moved, not copied: a copy left here could be
    // the last reference (the worker may run first) and close the connection on the wrong thread.
    std::shared_ptr<CacheDatabase> db = std::move(m_db);
    QMetaObject::invokeMethod(
        m_worker,
        [db = std::move(db)]() mutable {
            db.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread.wait();
}

void CampaignCache::post(std::function<void(CacheDatabase&)> task) {
    std::shared_ptr<CacheDatabase> db = m_db;
    QMetaObject::invokeMethod(
        m_worker, [db, task = std::move(task)] { task(*db); }, Qt::QueuedConnection);
}

void CampaignCache::open(QObject* context, std::function<void(Result<bool>, QString)> done) {
    auto movedAside = std::make_shared<QString>();
    run<bool>(
        [movedAside](CacheDatabase& db) {
            Result<bool> opened = db.open();
            *movedAside = db.movedAsideTo();
            return opened;
        },
        context,
        [movedAside, done = std::move(done)](Result<bool> opened) { done(std::move(opened), *movedAside); });
    // The full check runs after the first screenful has been read (a fast first paint), not before it.
    QTimer::singleShot(kVerifyDelayMs, this, [this] {
        run<bool>([](CacheDatabase& db) { return db.verify(); }, this,
                  [this](Result<bool> verified) {
                      if (!verified.ok() && verified.error().kind == ErrorKind::Validation) {
                          log::warning(lcData(), QStringLiteral("local cache is damaged"),
                                       {{QStringLiteral("path"), m_path}}, verified.error());
                          emit damaged(verified.error());
                          return;
                      }
                      warmSearchIndex();
                  });
    });
}

void CampaignCache::warmSearchIndex(bool onlyIfUsed) {
    const auto warm = [onlyIfUsed](CacheDatabase& db) {
        return onlyIfUsed ? db.rewarmSearchIndex() : db.warmSearchIndex();
    };
    run<bool>(warm, this, [this](Result<bool> built) {
        if (!built.ok()) {
            log::warning(lcData(), QStringLiteral("search index not built"),
                         {{QStringLiteral("path"), m_path}}, built.error());
        } else if (!built.value()) {
            // A full sync is running; it drops the index anyway. Ask again once it may be over.
            QTimer::singleShot(kVerifyDelayMs, this, [this] { warmSearchIndex(); });
        }
    });
}

} // namespace cc::data
