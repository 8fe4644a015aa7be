#include "app/core/LogCategories.h"

// Info and above are on by default; debug is opt-in through --log-level or QT_LOGGING_RULES.
Q_LOGGING_CATEGORY(lcCore, "console.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNet, "console.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "console.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcData, "console.data", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtime, "console.realtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "console.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEmail, "console.email", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "console.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "console.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "console.ui", QtInfoMsg)
