#pragma once

#include "clock.h"

namespace prepdeck {

// The clock of one interview question: counts down from a limit, keeps counting into
// overtime, and can be paused. Time is read from an ElapsedClock, never counted in ticks,
// so it stays accurate however often (or rarely) it is looked at.
class QuestionTimer
{
public:
    enum class Phase
    {
        Normal,
        Amber,
        TimeUp
    };
    static constexpr qint64 kAmberMs = 30'000; // the last 30 seconds

    explicit QuestionTimer(const ElapsedClock &clock) : m_clock(clock) {}

    void start(qint64 limitMs);
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_started; }

    qint64 elapsedMs() const;   // time used on this question, pauses excluded
    qint64 remainingMs() const; // negative in overtime
    qint64 limitMs() const { return m_limit; }
    Phase phase() const;

    // What changed since the last call: each threshold is reported once per question.
    struct Events
    {
        bool amber = false;
        bool timeUp = false;
    };
    Events poll();

private:
    const ElapsedClock &m_clock;
    qint64 m_limit = 0;
    qint64 m_startedAt = 0;
    qint64 m_pausedAt = 0;
    qint64 m_pausedTotal = 0;
    bool m_started = false;
    bool m_paused = false;
    bool m_amberReported = false;
    bool m_timeUpReported = false;
};

} // namespace prepdeck
