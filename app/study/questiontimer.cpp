#include "questiontimer.h"

namespace prepdeck {

void QuestionTimer::start(qint64 limitMs)
{
    m_limit = limitMs;
    m_startedAt = m_clock.elapsedMs();
    m_pausedTotal = 0;
    m_started = true;
    m_paused = false;
    // A limit shorter than the amber span starts in amber without announcing it.
    m_amberReported = limitMs <= kAmberMs;
    m_timeUpReported = false;
}

void QuestionTimer::pause()
{
    if (!m_started || m_paused)
        return;
    m_paused = true;
    m_pausedAt = m_clock.elapsedMs();
}

void QuestionTimer::resume()
{
    if (!m_paused)
        return;
    m_pausedTotal += m_clock.elapsedMs() - m_pausedAt;
    m_paused = false;
}

qint64 QuestionTimer::elapsedMs() const
{
    if (!m_started)
        return 0;
    const qint64 now = m_paused ? m_pausedAt : m_clock.elapsedMs();
    return now - m_startedAt - m_pausedTotal;
}

qint64 QuestionTimer::remainingMs() const
{
    return m_limit - elapsedMs();
}

QuestionTimer::Phase QuestionTimer::phase() const
{
    const qint64 left = remainingMs();
    if (left <= 0)
        return Phase::TimeUp;
    return left <= kAmberMs ? Phase::Amber : Phase::Normal;
}

QuestionTimer::Events QuestionTimer::poll()
{
    Events e;
    const Phase p = phase();
    if (p != Phase::Normal && !m_amberReported) {
        m_amberReported = true;
        e.amber = p == Phase::Amber;
    }
    if (p == Phase::TimeUp && !m_timeUpReported) {
        m_timeUpReported = true;
        e.timeUp = true;
    }
    return e;
}

} // namespace prepdeck
