#include "sandboxlogging.h"

Q_LOGGING_CATEGORY(lcSandbox, "compliancedesk.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandboxHttp, "compliancedesk.sandbox.http", QtWarningMsg)
