#pragma once

#include <QLoggingCategory>

// The sandbox's own logging categories, off below warning level by default (enable with QT_LOGGING_RULES).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSandboxHttp)
