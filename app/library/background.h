#pragma once

#include <QMetaObject>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

namespace prepdeck {

namespace detail {

// One piece of work on a thread of its own, and its result handed back to the thread of
// the object that asked, through a queued call. The hand-over is under a std::mutex, so
// ThreadSanitizer sees every step (Qt's own locks are invisible to it in Debian's build).
// The call is made by name, not with a lambda: a lambda's captures are written on the
// worker and read on the receiver's thread with only Qt's event queue between them, which
// ThreadSanitizer cannot see. Made a child of the receiver: when the receiver goes first,
// the thread is joined and the result dropped.
class Courier final : public QObject
{
    Q_OBJECT
public:
    Courier(QObject *receiver, std::function<void()> deliver)
        : QObject(receiver), m_deliver(std::move(deliver))
    {}
    ~Courier() override
    {
        {
            const std::lock_guard lock(m_mutex);
            m_gone = true;
        }
        if (m_thread.joinable())
            m_thread.join();
    }
    void start(std::function<void()> work)
    {
        m_thread = std::thread([this, work = std::move(work)] {
            work();
            const std::lock_guard lock(m_mutex);
            if (!m_gone) // posted while this object still stands; dropped if it goes first
                QMetaObject::invokeMethod(this, "finish", Qt::QueuedConnection);
        });
    }

private:
    Q_INVOKABLE void finish()
    {
        m_thread.join(); // after it, whatever the work wrote is this thread's to read
        // The receiver may go inside `deliver` (and this object with it): nothing of this
        // object is touched after the call.
        auto deliver = std::move(m_deliver);
        deleteLater();
        deliver();
    }

    std::function<void()> m_deliver;
    std::mutex m_mutex;
    bool m_gone = false;
    std::thread m_thread;
};

} // namespace detail

// Runs `work` on a thread of its own and then `done` with its result on the thread of
// `receiver`, unless the receiver is gone by then (its destruction waits for the work).
template<typename T>
void runInBackground(QObject *receiver, std::function<T()> work,
                     std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    auto *courier =
        new detail::Courier(receiver, [result, done = std::move(done)] { done(**result); });
    // The result is written before the hand-over under the courier's lock, and read after
    // it: ordered by that lock and the join.
    courier->start([result, work = std::move(work)] { result->emplace(work()); });
}

} // namespace prepdeck
