#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "compliancedesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApi, "compliancedesk.api", QtWarningMsg)
Q_LOGGING_CATEGORY(lcServices, "compliancedesk.services", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSecrets, "compliancedesk.secrets", QtWarningMsg)
