#pragma once

#include <QtGlobal>

namespace cd {

struct ApiError;

// When and how often a failed request is tried again, and how long one may take.
// Generous limits that the largest real organization fits in many times over (a page of 100 profiles is about
// 0.5 MB; 10,000 profiles served whole about 40 MB): a list answer, and any other answer (one record, a change).
inline constexpr qint64 kMaxListAnswerBytes = 64LL * 1024 * 1024;
inline constexpr qint64 kMaxRecordAnswerBytes = 4LL * 1024 * 1024;

struct RetryPolicy
{
    int maxRetries = 4;            // after the first attempt
    int baseDelayMs = 500;         // first backoff; doubles per retry
    int maxDelayMs = 30000;        // backoff cap (a longer Retry-After still wins, within the deadline)
    int transferTimeoutMs = 30000; // no bytes moving for this long aborts the attempt
    int deadlineMs = 120000;       // the whole logical request, retries included
    int maxRedirects = 3;
    // The largest answer read (see the constants below); a larger one is refused unread, its bytes not kept.
    qint64 maxListAnswerBytes = kMaxListAnswerBytes;
    qint64 maxRecordAnswerBytes = kMaxRecordAnswerBytes;

    // Exponential backoff with jitter for retry number `retry` (0 = first retry); honours Retry-After.
    qint64 delayMs(int retry, const ApiError &cause, double jitter01) const;
};

} // namespace cd
