#include "retrypolicy.h"

#include "apierror.h"

#include <algorithm>
#include <cmath>

namespace cd {

qint64 RetryPolicy::delayMs(int retry, const ApiError &cause, double jitter01) const
{
    const double exponential = std::min<double>(maxDelayMs, baseDelayMs * std::pow(2.0, std::min(retry, 20)));
    // "Equal jitter": half fixed, half random, so retries of many clients spread out but never bunch at zero.
    qint64 delay = qint64(exponential / 2 + exponential / 2 * std::clamp(jitter01, 0.0, 1.0));
    if (cause.retryAfterMs)
        delay = std::max(delay, *cause.retryAfterMs);
    return delay;
}

} // namespace cd
