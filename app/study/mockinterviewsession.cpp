#include "mockinterviewsession.h"

#include <QCoreApplication>

namespace prepdeck {

MockInterviewSession::MockInterviewSession(MockRecords &records, const Clock &clock,
                                           const ElapsedClock &elapsed, MockSettings settings,
                                           QList<qint64> questionIds)
    : m_records(records), m_clock(clock), m_elapsed(elapsed), m_settings(std::move(settings)),
      m_questions(std::move(questionIds)), m_timer(elapsed)
{}

Status MockInterviewSession::start()
{
    if (m_index >= 0 || m_finished)
        return success();
    if (m_questions.isEmpty())
        return Error{QCoreApplication::translate("MockInterviewSession",
                                                 "A mock interview needs at least one question."),
                     {},
                     0,
                     Error::Kind::Usage};
    auto id = m_records.startMock(m_settings, m_clock.now());
    if (!id)
        return id.error();
    m_mockId = *id;
    m_startMs = m_elapsed.elapsedMs();
    showQuestion(0);
    return success();
}

void MockInterviewSession::showQuestion(int index)
{
    m_index = index;
    m_revealed = false;
    m_timer.start(static_cast<qint64>(m_settings.limitSeconds()) * 1000);
}

bool MockInterviewSession::reveal()
{
    if (!isRunning() || m_revealed)
        return false;
    m_revealed = true;
    return true;
}

Status MockInterviewSession::answer(std::optional<int> confidence, const QString &notes)
{
    if (!canAnswer())
        return success();
    MockItem item;
    item.questionId = currentQuestion();
    item.seconds = static_cast<double>(m_timer.elapsedMs()) / 1000.0;
    item.confidence = confidence;
    item.skipped = !confidence.has_value();
    item.notes = notes.trimmed();
    Status saved = m_records.recordMockItem(m_mockId, m_index, item, m_clock.now());
    if (m_index + 1 < m_questions.size()) {
        showQuestion(m_index + 1);
        return saved;
    }
    Status finished = finish(false);
    return saved ? finished : saved;
}

bool MockInterviewSession::togglePause()
{
    if (!isRunning())
        return false;
    if (m_timer.isPaused())
        m_timer.resume();
    else
        m_timer.pause();
    return true;
}

Status MockInterviewSession::finish(bool early)
{
    if (m_finished || m_index < 0)
        return success();
    m_finished = true;
    return m_records.finishMock(m_mockId, m_clock.now(), early);
}

qint64 MockInterviewSession::totalSeconds() const
{
    return m_index < 0 ? 0 : (m_elapsed.elapsedMs() - m_startMs) / 1000;
}

} // namespace prepdeck
