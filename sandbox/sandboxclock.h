#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>

#include <functional>

namespace cd::sandbox {

// Simulated time: runs `scale` times faster than real time from the moment the sandbox starts, so the registry's
// minutes and hours pass in seconds in tests (--time-scale).
class SandboxClock
{
public:
    explicit SandboxClock(double scale = 1.0);

    QDateTime now() const;
    double scale() const { return m_scale; }
    // Runs `fn` once `simulatedMs` of simulated time have passed (on `context`'s thread, never if it dies).
    void after(qint64 simulatedMs, QObject *context, std::function<void()> fn) const;

private:
    double m_scale;
    QDateTime m_start;
    QElapsedTimer m_elapsed;
};

} // namespace cd::sandbox
