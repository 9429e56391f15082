#pragma once

#include "library.h"
#include "sessionrecords.h"

namespace prepdeck {

// The study and mock-interview sessions' storage, in the library's file.
class LibrarySessionRecords final : public StudyRecords, public MockRecords
{
public:
    explicit LibrarySessionRecords(Library &library) : m_library(library) {}

    Result<RatingEvent> rate(qint64 questionId, int confidence, const QDateTime &at) override;
    Status unrate(const RatingEvent &event) override;
    Result<RatingEvent> rerate(const RatingEvent &event) override;
    Status setNote(qint64 questionId, const QString &note) override;
    Result<QList<QDateTime>> dueIfRated(qint64 questionId, const QDateTime &at) const override;
    Result<int> countDueBy(const QDateTime &by) const override;
    Result<int> countRatedSince(const QDateTime &since) const override;
    Result<QDate> interviewDate() const override;

    Result<qint64> startMock(const MockSettings &settings, const QDateTime &at) override;
    Status recordMockItem(qint64 mockId, int position, const MockItem &item,
                          const QDateTime &at) override;
    Status finishMock(qint64 mockId, const QDateTime &at, bool endedEarly) override;

private:
    Library &m_library;
};

} // namespace prepdeck
