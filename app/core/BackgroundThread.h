#pragma once

#include <QThread>

namespace cc {

// Background workers (the cache, the outbox, the feed history) yield to the GUI thread when the machine is
// busy: under a storm of live changes the cache's worker can use a whole core, and on a two-core machine
// the window would otherwise lose its time slices to it (stalls of tens of milliseconds). They still get
// their share when the GUI is idle, so nothing starves.
void lowerPriorityOfBackgroundThread(QThread& thread);

} // namespace cc
