#include "app/data/OutboxSender.h"

#include "app/core/Log.h"
#include "app/core/LogCategories.h"

namespace cc::data {

OutboxSender::OutboxSender(Outbox& outbox, CampaignRepository& repository, RandomSource& random,
                           Options options, QObject* parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_repository(repository)
    , m_random(random)
    , m_options(options) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &OutboxSender::sendNext);
}

qint64 OutboxSender::backoffMs(int failures, qint64 baseMs, qint64 maxMs, RandomSource& random) {
    qint64 cap = baseMs;
    for (int i = 0; i < failures && cap < maxMs; ++i) {
        cap *= 2;
    }
    cap = qMin(cap, maxMs);
    return random.between(0, cap);
}

void OutboxSender::start() {
    m_running = true;
    m_retryTimer.stop();
    if (!m_inFlight) {
        sendNext();
    }
}

void OutboxSender::stop() {
    m_running = false;
    m_retryTimer.stop();
}

void OutboxSender::fail(const Error& error) {
    m_running = false;
    emit stopped(error);
}

void OutboxSender::sendNext() {
    if (!m_running || m_inFlight) {
        return;
    }
    Result<std::optional<OutboxOperation>> next = m_outbox.next();
    if (!next.ok()) {
        fail(next.error());
        return;
    }
    if (!next.value()) {
        m_running = false;
        emit drained();
        return;
    }
    const OutboxOperation op = *next.value();
    m_inFlight = true;
    emit sending(op);
    QPointer<OutboxSender> self(this);
    auto done = [self, op](WriteOutcome outcome) {
        if (self) {
            self->m_inFlight = false;
            self->onOutcome(op, outcome);
        }
    };
    switch (op.kind) {
    case OutboxOperation::Kind::Create:
        m_repository.create(Campaign::fromJson(op.payload), op.key, done);
        break;
    case OutboxOperation::Kind::Update:
        m_repository.update(op.campaignId, op.baseUpdatedAt, op.payload, op.key, done);
        break;
    case OutboxOperation::Kind::Delete:
        m_repository.remove(op.campaignId, op.key, done);
        break;
    case OutboxOperation::Kind::Transaction:
        m_repository.executeTransaction(op.payload.value(QStringLiteral("operations")).toArray(), op.key,
                                        done);
        break;
    }
}

void OutboxSender::onOutcome(const OutboxOperation& op, const WriteOutcome& outcome) {
    const QJsonObject context{{QStringLiteral("seq"), op.seq},
                              {QStringLiteral("kind"), OutboxOperation::kindName(op.kind)},
                              {QStringLiteral("campaign_id"), op.campaignId}};
    const bool goneAlready =
        outcome.status == WriteOutcome::Status::NotFound && op.kind == OutboxOperation::Kind::Delete;
    if (outcome.status == WriteOutcome::Status::Applied || goneAlready) {
        m_consecutiveFailures = 0;
        if (Result<bool> done = m_outbox.complete(op.seq, outcome.row); !done.ok()) {
            // Applied on the server but still in the outbox: the next replay gets the stored response back.
            fail(done.error());
            return;
        }
        emit applied(op, outcome);
    } else if (outcome.status == WriteOutcome::Status::Conflict && outcome.server) {
        m_consecutiveFailures = 0;
        if (Result<bool> marked = m_outbox.markConflict(op.seq, *outcome.server, outcome.error.message);
            !marked.ok()) {
            fail(marked.error());
            return;
        }
        log::info(lcData(), QStringLiteral("outbox change conflicts with the server"), context);
        emit conflict(op, *outcome.server);
    } else if (outcome.retryable()) {
        ++m_consecutiveFailures;
        m_outbox.recordAttempt(op.seq, outcome.error.toString());
        if (m_options.stopWhenUnreachable) {
            fail(outcome.error);
            return;
        }
        const qint64 delay =
            backoffMs(m_consecutiveFailures - 1, m_options.baseDelayMs, m_options.maxDelayMs, m_random);
        log::info(lcData(), QStringLiteral("outbox waiting for the backend"),
                  QJsonObject{{QStringLiteral("delay_ms"), delay}, {QStringLiteral("seq"), op.seq}});
        emit waiting(delay, outcome.error);
        if (m_running) {
            m_retryTimer.start(static_cast<int>(delay));
        }
        return;
    } else {
        m_consecutiveFailures = 0;
        if (Result<bool> marked = m_outbox.markFailed(op.seq, outcome.error.toString()); !marked.ok()) {
            fail(marked.error());
            return;
        }
        log::warning(lcData(), QStringLiteral("outbox change refused by the server"), context, outcome.error);
        emit failed(op, outcome.error);
    }
    // Continue on the event loop: a long outbox never recurses.
    QMetaObject::invokeMethod(this, &OutboxSender::sendNext, Qt::QueuedConnection);
}

} // namespace cc::data
