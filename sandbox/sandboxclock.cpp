#include "sandboxclock.h"

#include <QTimer>

#include <algorithm>

namespace cd::sandbox {

SandboxClock::SandboxClock(double scale)
    : m_scale(scale > 0 ? scale : 1.0)
    , m_start(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
}

QDateTime SandboxClock::now() const
{
    return m_start.addMSecs(qint64(double(m_elapsed.elapsed()) * m_scale));
}

void SandboxClock::after(qint64 simulatedMs, QObject *context, std::function<void()> fn) const
{
    const qint64 realMs = std::max<qint64>(0, qint64(double(simulatedMs) / m_scale));
    QTimer::singleShot(std::chrono::milliseconds(std::min<qint64>(realMs, 24LL * 3600 * 1000)), context, std::move(fn));
}

} // namespace cd::sandbox
