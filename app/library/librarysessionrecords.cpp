#include "librarysessionrecords.h"

namespace prepdeck {

Result<RatingEvent> LibrarySessionRecords::rate(qint64 questionId, int confidence,
                                                const QDateTime &at)
{
    return m_library.ratings().rate(questionId, confidence, QStringLiteral("study"), at);
}

Status LibrarySessionRecords::unrate(const RatingEvent &event)
{
    return m_library.ratings().unrate(event);
}

Result<RatingEvent> LibrarySessionRecords::rerate(const RatingEvent &event)
{
    return m_library.ratings().rerate(event);
}

Status LibrarySessionRecords::setNote(qint64 questionId, const QString &note)
{
    return m_library.questions().setNote(questionId, note);
}

Result<QList<QDateTime>> LibrarySessionRecords::dueIfRated(qint64 questionId,
                                                           const QDateTime &at) const
{
    return m_library.ratings().dueIfRated(questionId, at);
}

Result<int> LibrarySessionRecords::countDueBy(const QDateTime &by) const
{
    QuestionFilter due;
    due.dueBy = by;
    return m_library.questions().countQuestions(due);
}

Result<int> LibrarySessionRecords::countRatedSince(const QDateTime &since) const
{
    return m_library.ratings().countSince(since);
}

Result<QDate> LibrarySessionRecords::interviewDate() const
{
    auto plan = m_library.settings().interviewPlan();
    if (!plan)
        return plan.error();
    return plan->date;
}

Result<qint64> LibrarySessionRecords::startMock(const MockSettings &settings, const QDateTime &at)
{
    return m_library.mocks().start(settings, at);
}

Status LibrarySessionRecords::recordMockItem(qint64 mockId, int position, const MockItem &item,
                                             const QDateTime &at)
{
    auto recorded = m_library.mocks().record(mockId, position, item, at);
    if (!recorded)
        return recorded.error();
    return success();
}

Status LibrarySessionRecords::finishMock(qint64 mockId, const QDateTime &at, bool endedEarly)
{
    return m_library.mocks().finish(mockId, at, endedEarly);
}

} // namespace prepdeck
