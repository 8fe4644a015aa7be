#pragma once

#include "tests/integration/data/DataFixture.h"

#include <QProcess>

namespace cc::data::test {

// campaignctl as a separate process against the in-process sandbox: a `local` profile in a private settings
// file, the first marketer's token in CAMPAIGN_CONSOLE_ACCESS_TOKEN.
class CtlFixture : public DataFixture {
protected:
    void SetUp() override;

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // Starts campaignctl (the caller owns the process); `campaigns` commands get --profile local.
    QProcess* spawn(const QStringList& arguments);
    // Runs campaignctl to the end while this process keeps serving the sandbox (the event loop runs).
    Run ctl(const QStringList& arguments);
    // Where campaignctl keeps the marketer's outbox and cache.
    QString profileDataDirectory() const;
    QString outboxPath() const;

    QString m_settings;
};

} // namespace cc::data::test
