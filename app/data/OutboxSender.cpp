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
    } else {
        m_resumeRequested = true; // if the operation in flight fails to reach the backend: no backoff wait
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
    // In flight from the read on: a start() meanwhile must not read (and send) the same operation twice.
    m_inFlight = true;
    m_resumeRequested = false;
    m_outbox.next(this, [this](Result<std::optional<OutboxOperation>> next) {
        if (!next.ok()) {
            m_inFlight = false;
            fail(next.error());
            return;
        }
        if (!next.value() || !m_running) {
            m_inFlight = false;
            if (m_running) {
                m_running = false;
                emit drained();
            }
            return;
        }
        send(*next.value());
    });
}

void OutboxSender::send(const OutboxOperation& op) {
    QPointer<OutboxSender> self(this);
    auto done = [self, op](WriteOutcome outcome) {
        if (self) {
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
    // Each outcome is recorded in the outbox first; the signal and the next operation follow the commit (the
    // operation stays in flight until then, so nothing is read or sent twice).
    if (outcome.status == WriteOutcome::Status::Applied || goneAlready) {
        m_consecutiveFailures = 0;
        m_outbox.complete(op.seq, outcome.row, this, [this, op, outcome](Result<bool> done) {
            if (!done.ok()) {
                // Applied on the server but still in the outbox: the next replay gets the stored response.
                finishFailed(done.error());
                return;
            }
            emit applied(op, outcome);
            continueSending();
        });
    } else if (outcome.status == WriteOutcome::Status::Conflict && outcome.server) {
        m_consecutiveFailures = 0;
        m_outbox.markConflict(
            op.seq, *outcome.server, outcome.error.message, this,
            [this, op, outcome, context](Result<bool> marked) {
                if (!marked.ok()) {
                    finishFailed(marked.error());
                    return;
                }
                log::info(lcData(), QStringLiteral("outbox change conflicts with the server"), context);
                emit conflict(op, *outcome.server);
                continueSending();
            });
    } else if (outcome.retryable()) {
        ++m_consecutiveFailures;
        m_outbox.recordAttempt(op.seq, outcome.error.toString(), this, [this, op, outcome](Result<bool>) {
            m_inFlight = false;
            if (m_options.stopWhenUnreachable) {
                fail(outcome.error);
                return;
            }
            if (m_resumeRequested && m_running) {
                continueSending();
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
        });
    } else {
        m_consecutiveFailures = 0;
        m_outbox.markFailed(op.seq, outcome.error.toString(), this,
                            [this, op, outcome, context](Result<bool> marked) {
                                if (!marked.ok()) {
                                    finishFailed(marked.error());
                                    return;
                                }
                                log::warning(lcData(), QStringLiteral("outbox change refused by the server"),
                                             context, outcome.error);
                                emit failed(op, outcome.error);
                                continueSending();
                            });
    }
}

void OutboxSender::finishFailed(const Error& error) {
    m_inFlight = false;
    fail(error);
}

void OutboxSender::continueSending() {
    m_inFlight = false;
    // Continue on the event loop: a long outbox never recurses.
    QMetaObject::invokeMethod(this, &OutboxSender::sendNext, Qt::QueuedConnection);
}

} // namespace cc::data
