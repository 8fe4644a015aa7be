#pragma once

#include "app/core/Clock.h"
#include "app/core/Error.h"
#include "app/core/RandomSource.h"

#include <QCoreApplication>
#include <QString>

namespace cc::data {

// A damaged outbox is not a dead end: the file (with its journal) is moved aside, every operation that can
// still be read from it is copied, in order and as it was, into a new outbox at the same path, and the user
// is told what was kept and where the old file is. Nothing is deleted, so whatever could not be read is
// still in the moved file for a person (or a better tool) to look at.
class OutboxRecovery {
    Q_DECLARE_TR_FUNCTIONS(cc::data::OutboxRecovery)

public:
    struct Outcome {
        int recovered = 0;
        QString movedTo; // the damaged file, moved aside
        // For the user: what happened, what was kept, where the old file is.
        QString notice() const;
    };

    // Recovers the damaged outbox at `path`. An error only when the file could not be moved aside or the
    // new outbox could not be written.
    static Result<Outcome> recover(const QString& path, const Clock& clock, RandomSource& random);
};

} // namespace cc::data
