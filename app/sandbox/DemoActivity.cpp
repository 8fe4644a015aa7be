#include "app/sandbox/DemoActivity.h"

#include "app/core/RandomSource.h"
#include "app/sandbox/KeyRing.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cc::sandbox {

namespace {

// How far into a marketer's campaigns a change may land: the rows a console shows first are the newest.
constexpr int kReach = 60;

} // namespace

DemoActivity::DemoActivity(Handler handler, const KeyRing& keys, QList<SandboxUser> users,
                           RandomSource& random, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_keys(keys)
    , m_random(random) {
    for (const SandboxUser& user : users) {
        if (user.role != QLatin1String("admin")) {
            m_marketers.append(user);
        }
    }
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoActivity::act);
    if (intervalMs > 0 && !m_marketers.isEmpty()) {
        m_timer.start();
    }
}

HttpRequest DemoActivity::request(QByteArray method, const QString& query, const QString& token,
                                  const QByteArray& body) const {
    HttpRequest r;
    r.method = std::move(method);
    r.path = QStringLiteral("/rest/v1/campaigns");
    r.rawQuery = query.toUtf8();
    r.query = HttpRequest::decodeQuery(r.rawQuery);
    r.headers = {{"apikey", m_keys.anonKey().toUtf8()},
                 {"authorization", "Bearer " + token.toUtf8()},
                 {"content-type", "application/json"},
                 {"prefer", "return=minimal"}};
    r.body = body;
    r.peer = QHostAddress(QHostAddress::LocalHost);
    return r;
}

bool DemoActivity::act() {
    if (m_marketers.isEmpty()) {
        return false;
    }
    const SandboxUser& who = m_marketers.at(static_cast<int>(m_random.between(0, m_marketers.size() - 1)));
    const qint64 now = m_keys.nowSeconds();
    const QString token = m_keys.sign({{QStringLiteral("sub"), who.id},
                                       {QStringLiteral("aud"), QStringLiteral("authenticated")},
                                       {QStringLiteral("role"), QStringLiteral("authenticated")},
                                       {QStringLiteral("email"), who.email},
                                       {QStringLiteral("iat"), now},
                                       {QStringLiteral("exp"), now + 300}});
    const auto pick = [&](qint64 offset) {
        const QString read = QStringLiteral("select=id,status,budget&status=not.eq.archived&user_id=eq.%1"
                                            "&order=created_at.desc,id.asc&limit=1&offset=%2")
                                 .arg(who.id)
                                 .arg(offset);
        const HttpResponse found = m_handler(request("GET", read, token));
        return found.status == 200 ? QJsonDocument::fromJson(found.body).array() : QJsonArray();
    };
    QJsonArray rows = pick(m_random.between(0, kReach - 1));
    if (rows.isEmpty()) {
        rows = pick(0); // fewer campaigns than the reach
    }
    if (rows.isEmpty()) {
        return false;
    }
    const QJsonObject row = rows.first().toObject();
    const QString status = row.value(QStringLiteral("status")).toString();
    QJsonObject change;
    if (status == QLatin1String("active")) {
        change.insert(QStringLiteral("status"), QStringLiteral("paused"));
    } else if (status == QLatin1String("paused")) {
        change.insert(QStringLiteral("status"), QStringLiteral("active"));
    } else if (status == QLatin1String("draft") && m_random.uniform01() < 0.5) {
        change.insert(QStringLiteral("status"), QStringLiteral("scheduled"));
    } else {
        // A budget nudged by up to ±15 %, in whole currency units.
        const double budget = row.value(QStringLiteral("budget")).toDouble();
        const double factor = 0.85 + 0.30 * m_random.uniform01();
        change.insert(QStringLiteral("budget"), std::max(100.0, std::round(budget * factor)));
    }
    const QString where = QStringLiteral("id=eq.%1").arg(row.value(QStringLiteral("id")).toString());
    const HttpResponse written =
        m_handler(request("PATCH", where, token, QJsonDocument(change).toJson(QJsonDocument::Compact)));
    if (written.status >= 300) {
        return false;
    }
    ++m_changes;
    return true;
}

} // namespace cc::sandbox
