#pragma once

#include "app/core/Clock.h"
#include "app/core/RandomSource.h"
#include "app/data/CampaignRepository.h"
#include "app/data/Outbox.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace cc::data {

// Replays the outbox in order, one operation at a time, each with its own idempotency key. An applied change
// leaves the outbox; a conflict or a final failure is set aside (holding back later changes of the same
// campaign) and reported; when the backend cannot be reached the sender waits with exponential backoff and
// full jitter, then tries the same operation again (or stops, for campaignctl). Every outbox access is
// asynchronous (the outbox commits on its own thread): an operation is read from the file, sent, and its
// outcome committed before the next one is read.
class OutboxSender : public QObject {
    Q_OBJECT

public:
    struct Options {
        qint64 baseDelayMs = 1'000;
        qint64 maxDelayMs = 60'000;
        bool stopWhenUnreachable = false; // campaignctl sync: report and exit instead of waiting
    };

    OutboxSender(Outbox& outbox, CampaignRepository& repository, RandomSource& random, Options options,
                 QObject* parent = nullptr);

    bool isRunning() const { return m_running; }
    // Backoff before the attempt after `failures` failed ones: uniform in [0, min(max, base * 2^failures)].
    static qint64 backoffMs(int failures, qint64 baseMs, qint64 maxMs, RandomSource& random);

public slots:
    // Starts (or resumes at once, skipping a backoff wait) sending.
    void start();
    void stop();

signals:
    void applied(const cc::data::OutboxOperation& operation, const cc::data::WriteOutcome& outcome);
    void conflict(const cc::data::OutboxOperation& operation, const cc::data::Campaign& server);
    void failed(const cc::data::OutboxOperation& operation, const cc::Error& error);
    void waiting(qint64 delayMs, const cc::Error& error);
    // Nothing left that can be sent (the outbox may still hold conflicts and failures).
    void drained();
    // stopWhenUnreachable: gave up for now; or the outbox itself failed.
    void stopped(const cc::Error& error);

private:
    void sendNext();
    void send(const OutboxOperation& operation);
    void onOutcome(const OutboxOperation& operation, const WriteOutcome& outcome);
    void fail(const Error& error);
    void finishFailed(const Error& error);
    void continueSending();

    Outbox& m_outbox;
    CampaignRepository& m_repository;
    RandomSource& m_random;
    Options m_options;
    QTimer m_retryTimer;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_resumeRequested = false;
    int m_consecutiveFailures = 0;
};

} // namespace cc::data
