#pragma once

#include "layouts.h"

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <optional>
#include <thread>

namespace prepdeck {

// One thread that reads parts ahead, kept for the whole file: the readers' patterns are
// compiled once per thread (see structuredreader.cpp), not once per part.
class AheadThread
{
public:
    using Task = std::packaged_task<std::optional<ParsedBanks>()>;

    AheadThread() : m_thread([this] { loop(); }) {}
    ~AheadThread()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    AheadThread(const AheadThread &) = delete;
    AheadThread &operator=(const AheadThread &) = delete;

    std::future<std::optional<ParsedBanks>> run(Task task)
    {
        auto result = task.get_future();
        {
            const std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        }
        m_wake.notify_one();
        return result;
    }

private:
    void loop()
    {
        for (;;) {
            Task task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_closing || !m_tasks.empty(); });
                if (m_tasks.empty())
                    return;
                task = std::move(m_tasks.front());
                m_tasks.pop_front();
            }
            task();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Task> m_tasks;
    bool m_closing = false;
    std::thread m_thread; // last: started once the rest is made
};

} // namespace prepdeck
