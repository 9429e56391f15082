#pragma once

#include "sessionrecords.h"

#include <QHash>
#include <QList>

namespace prepdeck {

// Ratings, notes and mock interviews kept in memory, for testing the sessions without a
// library file. `failNext` makes the next write fail as a full disk would.
class MemoryRecords final : public StudyRecords, public MockRecords
{
public:
    QList<RatingEvent> ratings;
    QHash<qint64, QString> notes;
    QHash<qint64, QDateTime> due;
    QDate interview;
    QList<MockItem> items;
    QList<int> positions;
    qint64 startedMock = 0;
    bool finished = false;
    bool endedEarly = false;
    bool failNext = false;

    Result<RatingEvent> rate(qint64 questionId, int confidence, const QDateTime &at) override
    {
        if (auto failed = failure())
            return *failed;
        RatingEvent e;
        e.id = ratings.size() + 1;
        e.questionId = questionId;
        e.ratedAt = at;
        e.confidence = confidence;
        e.context = QStringLiteral("study");
        e.dueBefore = due.value(questionId);
        e.due = at.addDays(confidence);
        due[questionId] = e.due;
        ratings << e;
        return e;
    }
    Status unrate(const RatingEvent &event) override
    {
        if (auto failed = failure())
            return *failed;
        for (qsizetype i = 0; i < ratings.size(); ++i)
            if (ratings[i].id == event.id) {
                ratings.removeAt(i);
                due[event.questionId] = event.dueBefore;
                return success();
            }
        return Error{QStringLiteral("no such rating"), {}, 0, Error::Kind::NotFound};
    }
    Result<RatingEvent> rerate(const RatingEvent &event) override
    {
        return rate(event.questionId, event.confidence, event.ratedAt);
    }
    Status setNote(qint64 questionId, const QString &note) override
    {
        if (auto failed = failure())
            return *failed;
        notes[questionId] = note;
        return success();
    }
    Result<QList<QDateTime>> dueIfRated(qint64, const QDateTime &at) const override
    {
        QList<QDateTime> out;
        for (int c = 1; c <= 5; ++c)
            out << at.addDays(c);
        return out;
    }
    Result<int> countDueBy(const QDateTime &by) const override
    {
        int n = 0;
        for (const QDateTime &d : due)
            n += d.isValid() && d < by;
        return n;
    }
    Result<int> countRatedSince(const QDateTime &since) const override
    {
        int n = 0;
        for (const RatingEvent &e : ratings)
            n += e.ratedAt >= since;
        return n;
    }
    Result<QDate> interviewDate() const override { return interview; }

    Result<qint64> startMock(const MockSettings &, const QDateTime &) override
    {
        if (auto failed = failure())
            return *failed;
        return startedMock = 42;
    }
    Status recordMockItem(qint64, int position, const MockItem &item, const QDateTime &) override
    {
        if (auto failed = failure())
            return *failed;
        positions << position;
        items << item;
        return success();
    }
    Status finishMock(qint64, const QDateTime &, bool early) override
    {
        finished = true;
        endedEarly = early;
        return success();
    }

private:
    std::optional<Error> failure()
    {
        if (!failNext)
            return std::nullopt;
        failNext = false;
        return Error{QStringLiteral("The disk is full."), {}, 0, Error::Kind::DiskFull};
    }
};

} // namespace prepdeck
