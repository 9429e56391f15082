#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace prepdeck {

// Where "now" comes from, so scheduling and timers can be tested without waiting.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that shows whatever time a test sets.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace prepdeck

namespace prepdeck {

// Milliseconds from a fixed start that never jump (unlike wall-clock time), for timers.
class ElapsedClock
{
public:
    virtual ~ElapsedClock() = default;
    virtual qint64 elapsedMs() const = 0;
};

// The real one, on QElapsedTimer.
class SteadyClock final : public ElapsedClock
{
public:
    SteadyClock() { m_timer.start(); }
    qint64 elapsedMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

class ManualElapsedClock final : public ElapsedClock
{
public:
    qint64 elapsedMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 0;
};

} // namespace prepdeck
