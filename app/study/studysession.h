#pragma once

#include "clock.h"
#include "ratingevent.h"
#include "result.h"
#include "sessionrecords.h"

#include <optional>

namespace prepdeck {

// The figures of the status bar: what is due by the end of today, what was rated since it
// began (both in local time), and the days left until the interview.
struct StudyCounts
{
    int dueToday = 0;
    int ratedToday = 0;
    std::optional<int> daysToInterview; // none when no date is set or it has passed
};

// Studying, without a window: the question on show, whether the list is the study queue,
// rating it and taking ratings back, notes, and the day's figures. The window shows what
// this decides; tests drive it with a fake StudyRecords and a ManualClock.
class StudySession final
{
public:
    StudySession(StudyRecords &records, const Clock &clock) : m_records(records), m_clock(clock) {}

    void show(qint64 questionId) { m_current = questionId; }
    qint64 current() const { return m_current; }

    // The study queue (due first, then the weakest, then never rated) or the plain list.
    void setQueueMode(bool queue) { m_queue = queue; }
    bool queueMode() const { return m_queue; }

    // Rates the question on show, 1 to 5; a Usage error when nothing is shown.
    Result<RatingEvent> rate(int confidence);
    // When the question on show would be due again after each rating, 1 to 5, from now.
    Result<QList<QDateTime>> dueIfRated() const;
    // Undo and redo of a rating (the window's undo stack calls these).
    Status takeBack(const RatingEvent &event);
    Result<RatingEvent> giveAgain(const RatingEvent &event);

    Status saveNote(qint64 questionId, const QString &note);

    Result<StudyCounts> counts() const;

private:
    StudyRecords &m_records;
    const Clock &m_clock;
    qint64 m_current = 0;
    bool m_queue = false;
};

} // namespace prepdeck
