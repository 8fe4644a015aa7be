// An outbox you can act on: a campaign changed on the server since the last sync is updated without a
// conflict (the base version is fetched first); a conflict holds back only its campaign's later changes, is
// listed and resolved with `campaignctl outbox`, and those later changes go once it is; a change the server
// refuses for good is marked failed, retried or discarded; and each write's exit code and JSON "change" say
// what happened to that command's own change.
#include "app/data/OutboxDatabase.h"
#include "tests/integration/data/CtlFixture.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cc::data::test {
namespace {

class CtlOutboxTest : public CtlFixture {
protected:
    Campaign firstOwn() {
        PostgrestQuery one;
        one.limit(1);
        return list(one).value().rows.first();
    }
    // Someone else's change, straight to the server.
    void changeOnServer(const Campaign& campaign, double budget) {
        m_clock.advance(10);
        const WriteOutcome outcome = wait([&](auto done) {
            m_repository->update(campaign.id, get(campaign.id).value()->updatedAt,
                                 {{QStringLiteral("budget"), budget}}, key(), done);
        });
        ASSERT_EQ(outcome.status, WriteOutcome::Status::Applied);
    }
    Run update(const QString& id, const QString& budget, bool json = false) {
        m_clock.advance(5);
        QStringList arguments{QStringLiteral("campaigns"), QStringLiteral("update"), id,
                              QStringLiteral("--budget"), budget};
        if (json) {
            arguments << QStringLiteral("--json");
        }
        return ctl(arguments);
    }
    static QJsonObject change(const Run& run) {
        return QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("change")).toObject();
    }
    QJsonArray outboxList() {
        return QJsonDocument::fromJson(
                   ctl({QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json"),
                        QStringLiteral("--profile"), QStringLiteral("local")})
                       .out.toUtf8())
            .array();
    }
    Run outbox(QStringList arguments) {
        arguments.prepend(QStringLiteral("outbox"));
        arguments << QStringLiteral("--profile") << QStringLiteral("local");
        return ctl(arguments);
    }
    // An edit queued while the backend was away, on the cached (soon stale) version.
    qint64 queueOffline(const Campaign& campaign, const QString& budget) {
        stopServer();
        const Run queued = update(campaign.id, budget, true);
        startServer();
        EXPECT_EQ(queued.exitCode, 3) << queued.out.toStdString() << queued.err.toStdString();
        EXPECT_EQ(change(queued).value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        return change(queued).value(QStringLiteral("seq")).toInteger();
    }
};

TEST_F(CtlOutboxTest, AnUpdateAfterSomeoneElsesChangeIsBasedOnTheServersVersion) {
    const Campaign campaign = firstOwn();
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("sync"), QStringLiteral("--all")}).exitCode,
              0);
    changeOnServer(campaign, 111);
    const Run updated = update(campaign.id, QStringLiteral("222"), true);
    EXPECT_EQ(updated.exitCode, 0) << updated.out.toStdString() << updated.err.toStdString();
    EXPECT_EQ(change(updated).value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    EXPECT_EQ(get(campaign.id).value()->budget, 222);
}

TEST_F(CtlOutboxTest, AConflictHoldsBackItsCampaignUntilResolvedAndTheUserIsTold) {
    const Campaign campaign = firstOwn();
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("sync"), QStringLiteral("--all")}).exitCode,
              0);
    const qint64 stale = queueOffline(campaign, QStringLiteral("222"));
    changeOnServer(campaign, 111);

    const Run later = update(campaign.id, QStringLiteral("333"));
    EXPECT_EQ(later.exitCode, 3) << "queued behind the conflict: " << later.out.toStdString();
    EXPECT_TRUE(later.out.contains(QStringLiteral("waits for change %1").arg(stale)))
        << later.out.toStdString();
    EXPECT_EQ(get(campaign.id).value()->budget, 111) << "nothing sent over the unresolved conflict";

    // Another campaign's change is not held back, and its exit code is its own.
    const Run created = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("unrelated"), QStringLiteral("--json")});
    EXPECT_EQ(created.exitCode, 0) << created.out.toStdString();
    EXPECT_EQ(change(created).value(QStringLiteral("state")).toString(), QStringLiteral("applied"));

    const QJsonArray waiting = outboxList();
    ASSERT_EQ(waiting.size(), 2);
    EXPECT_EQ(waiting[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("conflict"));
    EXPECT_EQ(waiting[0].toObject().value(QStringLiteral("seq")).toInteger(), stale);

    const Run resolved =
        outbox({QStringLiteral("resolve"), QString::number(stale), QStringLiteral("--take-theirs")});
    EXPECT_EQ(resolved.exitCode, 0) << resolved.out.toStdString() << resolved.err.toStdString();
    EXPECT_EQ(get(campaign.id).value()->budget, 333) << "the later edit went once the conflict was resolved";
    EXPECT_TRUE(outboxList().isEmpty());
}

TEST_F(CtlOutboxTest, KeepMineSendsTheChangeOverTheServersVersion) {
    const Campaign campaign = firstOwn();
    ASSERT_EQ(ctl({QStringLiteral("campaigns"), QStringLiteral("sync"), QStringLiteral("--all")}).exitCode,
              0);
    const qint64 stale = queueOffline(campaign, QStringLiteral("222"));
    changeOnServer(campaign, 111);
    const Run synced = ctl({QStringLiteral("campaigns"), QStringLiteral("sync")});
    EXPECT_EQ(synced.exitCode, 4) << "a conflict is left: " << synced.out.toStdString();

    const Run resolved = outbox({QStringLiteral("resolve"), QString::number(stale),
                                 QStringLiteral("--keep-mine"), QStringLiteral("--json")});
    EXPECT_EQ(resolved.exitCode, 0) << resolved.out.toStdString() << resolved.err.toStdString();
    EXPECT_EQ(change(resolved).value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
    EXPECT_EQ(get(campaign.id).value()->budget, 222);
}

TEST_F(CtlOutboxTest, AChangeRefusedForGoodIsMarkedFailedThenRetriedOrDiscarded) {
    ASSERT_FALSE(
        m_server->configureFaults({{QStringLiteral("rest"), QJsonObject{{QStringLiteral("status"), 400}}}}));
    const Run refused = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("refused once"), QStringLiteral("--json")});
    EXPECT_EQ(refused.exitCode, 5) << refused.out.toStdString();
    EXPECT_EQ(change(refused).value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
    EXPECT_FALSE(change(refused).value(QStringLiteral("error")).toString().isEmpty());
    const qint64 seq = change(refused).value(QStringLiteral("seq")).toInteger();
    const QJsonArray waiting = outboxList();
    ASSERT_EQ(waiting.size(), 1);
    EXPECT_EQ(waiting[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failed"));

    const Run other = ctl({QStringLiteral("campaigns"), QStringLiteral("create"), QStringLiteral("--name"),
                           QStringLiteral("also refused")});
    EXPECT_EQ(other.exitCode, 5);
    m_server->clearFaults();

    const Run retried = outbox({QStringLiteral("retry"), QString::number(seq)});
    EXPECT_EQ(retried.exitCode, 0) << retried.out.toStdString() << retried.err.toStdString();
    PostgrestQuery named;
    named.eq(QStringLiteral("name"), QStringLiteral("refused once"));
    EXPECT_EQ(list(named).value().rows.size(), 1);

    ASSERT_EQ(outboxList().size(), 1);
    const qint64 otherSeq = outboxList()[0].toObject().value(QStringLiteral("seq")).toInteger();
    const Run discarded = outbox({QStringLiteral("discard"), QString::number(otherSeq)});
    EXPECT_EQ(discarded.exitCode, 0) << discarded.out.toStdString() << discarded.err.toStdString();
    EXPECT_TRUE(outboxList().isEmpty());
}

TEST_F(CtlOutboxTest, ActingOnAChangeThatIsNotThereIsAClearError) {
    const Run missing = outbox({QStringLiteral("discard"), QStringLiteral("999")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("999"))) << missing.err.toStdString();
    EXPECT_EQ(outbox({QStringLiteral("discard"), QStringLiteral("first")}).exitCode, 2);
    EXPECT_EQ(outbox({QStringLiteral("frobnicate")}).exitCode, 2);
}

} // namespace
} // namespace cc::data::test
