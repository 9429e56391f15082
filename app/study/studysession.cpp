#include "studysession.h"

#include <QCoreApplication>

namespace prepdeck {

namespace {

Error usage(const char *message)
{
    return Error{QCoreApplication::translate("StudySession", message), {}, 0, Error::Kind::Usage};
}

} // namespace

Result<RatingEvent> StudySession::rate(int confidence)
{
    if (!m_current)
        return usage(QT_TRANSLATE_NOOP("StudySession", "No question is shown to rate."));
    if (confidence < 1 || confidence > 5)
        return usage(QT_TRANSLATE_NOOP("StudySession", "A rating is from 1 to 5."));
    return m_records.rate(m_current, confidence, m_clock.now());
}

Result<QList<QDateTime>> StudySession::dueIfRated() const
{
    if (!m_current)
        return usage(QT_TRANSLATE_NOOP("StudySession", "No question is shown to rate."));
    return m_records.dueIfRated(m_current, m_clock.now());
}

Status StudySession::takeBack(const RatingEvent &event)
{
    return m_records.unrate(event);
}

Result<RatingEvent> StudySession::giveAgain(const RatingEvent &event)
{
    return m_records.rerate(event);
}

Status StudySession::saveNote(qint64 questionId, const QString &note)
{
    if (!questionId)
        return usage(QT_TRANSLATE_NOOP("StudySession", "No question is shown for the note."));
    return m_records.setNote(questionId, note);
}

Result<StudyCounts> StudySession::counts() const
{
    const QDate today = m_clock.now().toLocalTime().date();
    StudyCounts counts;
    auto due = m_records.countDueBy(QDateTime(today.addDays(1), QTime(0, 0)).toUTC());
    if (!due)
        return due.error();
    auto rated = m_records.countRatedSince(QDateTime(today, QTime(0, 0)).toUTC());
    if (!rated)
        return rated.error();
    auto interview = m_records.interviewDate();
    if (!interview)
        return interview.error();
    counts.dueToday = *due;
    counts.ratedToday = *rated;
    if (interview->isValid() && *interview >= today)
        counts.daysToInterview = static_cast<int>(today.daysTo(*interview));
    return counts;
}

} // namespace prepdeck
