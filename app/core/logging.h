#pragma once

#include <QLoggingCategory>

// Logging categories, all off below warning level by default (enable with QT_LOGGING_RULES).
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcServices)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
