#pragma once
// The streamed import's parts, for importer.cpp alone: the file's lines as it is read,
// the events the reading thread hands to the writing one, the pipe between them, and the
// sink that turns what the reader finds into events.
#include "layouts.h"
#include "textdecoder.h"

#include <QFile>
#include <QStringDecoder>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <utility>
#include <vector>

namespace prepdeck::streaming {

// A file's lines as it is read, a megabyte at a time, strictly as UTF-8. Lines are views
// into the decoded megabyte; the one before is kept while the next is cut.
class StreamedLines final : public LineSource
{
public:
    StreamedLines(QFile &file, qsizetype maxLineLength)
        : m_file(file), m_maxLineLength(maxLineLength)
    {}
    std::optional<QStringView> next() override
    {
        const auto line = cut();
        if (line) {
            m_pos = m_nextPos;
            ++m_lineNumber;
        }
        return line;
    }
    std::optional<QStringView> peek() override { return cut(); }
    int lineNumber() const override { return m_lineNumber; }
    // The file stopped being UTF-8 somewhere, could not be read, or has a line over the
    // limit (the general path says which).
    bool failed() const { return m_failed; }

private:
    // The line at m_pos; m_nextPos is where the one after starts.
    std::optional<QStringView> cut()
    {
        for (;;) {
            const qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_pos);
            if (end >= 0 || (m_atEnd && m_pos < m_text.size())) {
                const qsizetype stop = end >= 0 ? end : m_text.size();
                m_nextPos = end >= 0 ? end + 1 : m_text.size();
                QStringView line(m_text.constData() + m_pos, stop - m_pos);
                if (line.endsWith(QLatin1Char('\r')))
                    line.chop(1);
                if (line.size() > m_maxLineLength) {
                    m_failed = m_atEnd = true;
                    return std::nullopt;
                }
                return line;
            }
            if (m_atEnd || !refill())
                return std::nullopt;
        }
    }
    // Reads on until the text holds a whole line (or the file ends), then swaps it in once,
    // so the line handed out before stays readable.
    bool refill()
    {
        QString text = m_text.mid(m_pos); // the start of a line cut by the chunk's end
        for (;;) {
            const QByteArray chunk = m_file.read(1 << 20);
            if (chunk.isEmpty()) {
                m_atEnd = true;
                m_failed = m_file.error() != QFileDevice::NoError;
                break;
            }
            const qsizetype searched = text.size();
            text += m_decoder.decode(chunk);
            if (m_decoder.hasError()) {
                m_failed = m_atEnd = true;
                return false;
            }
            if (text.indexOf(QLatin1Char('\n'), searched) >= 0)
                break;
            if (text.size() > m_maxLineLength) { // no end of line in sight
                m_failed = m_atEnd = true;
                return false;
            }
        }
        m_previous = std::move(m_text);
        m_text = std::move(text);
        m_pos = m_nextPos = 0;
        return !m_failed;
    }

    QFile &m_file;
    qsizetype m_maxLineLength;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QString m_text;
    QString m_previous;
    qsizetype m_pos = 0;
    qsizetype m_nextPos = 0;
    int m_lineNumber = 0;
    bool m_atEnd = false;
    bool m_failed = false;
};

// What the reading thread hands to the writing one, a batch at a time.
struct StreamEvent
{
    enum Kind
    {
        BankStarts,
        BankRenamed,
        CategoryStarts,
        QuestionRead
    } kind;
    QString name;
    Question question;
    qint64 id = 0;
    QStringList parents; // a category's parent headings
};

class EventPipe
{
public:
    void push(std::vector<StreamEvent> &&batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_batches.size() < kDepth || m_stopped; });
        if (m_stopped)
            return;
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
    }
    bool pop(std::vector<StreamEvent> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty())
            return false;
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }
    // A batch the writer is done with goes back to be freed where it was made: memory
    // freed on another thread than the one that took it waited on the allocator's lock,
    // while that thread was taking more.
    void giveBack(std::vector<StreamEvent> &&batch)
    {
        std::lock_guard lock(m_mutex);
        m_spent.push_back(std::move(batch));
    }
    std::vector<std::vector<StreamEvent>> takeSpent()
    {
        std::lock_guard lock(m_mutex);
        return std::exchange(m_spent, {});
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }
    bool stopped() const { return m_stopped; }

private:
    static constexpr size_t kDepth = 32; // bounds the memory a fast reader can fill
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<StreamEvent>> m_batches;
    std::vector<std::vector<StreamEvent>> m_spent;
    bool m_closed = false;
    std::atomic<bool> m_stopped = false;
};

// On the reading thread: gives each question its id and sends it on.
class StreamingSink final : public NativeBankSink
{
public:
    StreamingSink(EventPipe &pipe, qint64 firstId, qsizetype maxQuestions)
        : m_pipe(pipe), m_nextId(firstId), m_lastId(firstId + maxQuestions - 1)
    {}
    void bank(const QString &name) override
    {
        m_batch.push_back({StreamEvent::BankStarts, name, {}, 0, {}});
    }
    void renameBank(const QString &name) override
    {
        m_batch.push_back({StreamEvent::BankRenamed, name, {}, 0, {}});
    }
    void category(const QString &name, const QStringList &parents) override
    {
        m_batch.push_back({StreamEvent::CategoryStarts, name, {}, 0, parents});
    }
    bool question(Question &&question) override
    {
        if (m_nextId > m_lastId) {
            m_overLimit = true; // the general path refuses the file, saying why
            return false;
        }
        const qint64 id = m_nextId++;
        m_batch.emplace_back(
            StreamEvent{StreamEvent::QuestionRead, {}, std::move(question), id, {}});
        if (m_batch.size() >= 128)
            flush();
        return !m_pipe.stopped();
    }
    void warning(const ImportWarning &warning) override { m_warnings << warning; }
    void flush()
    {
        if (!m_batch.empty())
            m_pipe.push(std::move(m_batch));
        m_batch.clear();
        m_pipe.takeSpent(); // freed here, on the thread that made them
    }
    QList<ImportWarning> warnings() const { return m_warnings; }
    bool overLimit() const { return m_overLimit; }

private:
    EventPipe &m_pipe;
    qint64 m_nextId;
    qint64 m_lastId;
    bool m_overLimit = false;
    std::vector<StreamEvent> m_batch;
    QList<ImportWarning> m_warnings;
};

} // namespace prepdeck::streaming
