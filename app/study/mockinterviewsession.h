#pragma once

#include "clock.h"
#include "mocksettings.h"
#include "questiontimer.h"
#include "result.h"
#include "sessionrecords.h"

#include <QList>

#include <optional>

namespace prepdeck {

// A mock interview without a window: the questions in order, the one on show and whether
// its answer is revealed, the clock of each question (paused or not) and of the whole
// interview, and each question recorded as it is left behind, so an interview broken off
// keeps what was answered. The window shows what this decides.
class MockInterviewSession final
{
public:
    MockInterviewSession(MockRecords &records, const Clock &clock, const ElapsedClock &elapsed,
                         MockSettings settings, QList<qint64> questionIds);

    // Saves the start and starts the first question's clock.
    Status start();

    const MockSettings &settings() const { return m_settings; }
    qint64 mockId() const { return m_mockId; }
    int index() const { return m_index; } // -1 before the start
    int count() const { return static_cast<int>(m_questions.size()); }
    qint64 currentQuestion() const { return m_questions.value(m_index); }
    bool isRunning() const { return m_index >= 0 && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool isRevealed() const { return m_revealed; }
    bool isPaused() const { return m_timer.isPaused(); }

    // False when there is nothing to reveal (already shown, not started, finished).
    bool reveal();
    // A question can be answered while the interview runs and its clock is not paused.
    bool canAnswer() const { return isRunning() && !isPaused(); }
    // Records the question on show (rated 1-5, or skipped without a confidence) with the
    // time used and the notes, and moves to the next; after the last one the interview is
    // finished. It moves on even when saving fails: the error is returned to be shown.
    Status answer(std::optional<int> confidence, const QString &notes);
    // Pauses or resumes the question's clock; false when the interview is not running.
    bool togglePause();
    // Ends the interview (early: before the last question was answered).
    Status finish(bool early);

    QuestionTimer &timer() { return m_timer; }
    const QuestionTimer &timer() const { return m_timer; }
    qint64 totalSeconds() const; // since the start, pauses included

private:
    void showQuestion(int index);

    MockRecords &m_records;
    const Clock &m_clock;
    const ElapsedClock &m_elapsed;
    MockSettings m_settings;
    QList<qint64> m_questions;
    QuestionTimer m_timer;
    qint64 m_mockId = 0;
    qint64 m_startMs = 0;
    int m_index = -1;
    bool m_finished = false;
    bool m_revealed = false;
};

} // namespace prepdeck
