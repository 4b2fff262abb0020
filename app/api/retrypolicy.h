#pragma once

#include <QtGlobal>

namespace cd {

struct ApiError;

// When and how often a failed request is tried again, and how long one may take.
struct RetryPolicy
{
    int maxRetries = 4;            // after the first attempt
    int baseDelayMs = 500;         // first backoff; doubles per retry
    int maxDelayMs = 30000;        // backoff cap (a longer Retry-After still wins, within the deadline)
    int transferTimeoutMs = 30000; // no bytes moving for this long aborts the attempt
    int deadlineMs = 120000;       // the whole logical request, retries included
    int maxRedirects = 3;

    // Exponential backoff with jitter for retry number `retry` (0 = first retry); honours Retry-After.
    qint64 delayMs(int retry, const ApiError &cause, double jitter01) const;
};

} // namespace cd
