#pragma once

#include "mockrecord.h"
#include "mocksettings.h"
#include "ratingevent.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace prepdeck {

// What a study session needs from wherever ratings and notes are kept. The library
// implements it over its file; tests implement it in memory.
class StudyRecords
{
public:
    virtual ~StudyRecords() = default;

    // Records a rating given while studying and schedules the question again.
    virtual Result<RatingEvent> rate(qint64 questionId, int confidence, const QDateTime &at) = 0;
    // Takes a rating back (the due time it replaced comes back) and records it again.
    virtual Status unrate(const RatingEvent &event) = 0;
    virtual Result<RatingEvent> rerate(const RatingEvent &event) = 0;
    virtual Status setNote(qint64 questionId, const QString &note) = 0;
    // When the question would be due again if rated 1 to 5 at `at` (five due times).
    virtual Result<QList<QDateTime>> dueIfRated(qint64 questionId, const QDateTime &at) const = 0;

    virtual Result<int> countDueBy(const QDateTime &by) const = 0;
    virtual Result<int> countRatedSince(const QDateTime &since) const = 0;
    virtual Result<QDate> interviewDate() const = 0; // invalid when none is set
};

// What a mock interview needs: its start, each question as it is left behind, its end.
class MockRecords
{
public:
    virtual ~MockRecords() = default;

    virtual Result<qint64> startMock(const MockSettings &settings, const QDateTime &at) = 0;
    virtual Status recordMockItem(qint64 mockId, int position, const MockItem &item,
                                  const QDateTime &at) = 0;
    virtual Status finishMock(qint64 mockId, const QDateTime &at, bool endedEarly) = 0;
};

} // namespace prepdeck
