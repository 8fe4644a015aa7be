#include "app/data/CampaignCache.h"

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
    , m_path(std::move(path))
    , m_worker(
          QStringLiteral("campaign-cache"),
          std::make_shared<CacheDatabase>(
              m_path, QStringLiteral("campaign-cache-%1").arg(g_connectionSerial.fetchAndAddRelaxed(1)))) {}

// The database is closed on the worker's thread, after every task queued before (WorkerThread).
CampaignCache::~CampaignCache() = default;

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
