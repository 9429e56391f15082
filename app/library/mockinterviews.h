#pragma once

#include "librarydatabase.h"
#include "mockrecord.h"
#include "mocksettings.h"
#include "progressstats.h"
#include "ratings.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace prepdeck {

// Mock interviews as they went: started, their questions recorded one by one as they are
// answered (a rated one is also a rating event in the "mock" context, with the time used),
// and finished. Each step is its own transaction, so an interrupted interview keeps what
// was answered.
class MockInterviews final
{
public:
    MockInterviews(LibraryDatabase &db, Ratings &ratings) : m_db(db), m_ratings(ratings) {}

    Result<qint64> start(const MockSettings &settings, const QDateTime &at);
    Result<MockItem> record(qint64 mockId, int position, const MockItem &item, const QDateTime &at);
    Status finish(qint64 mockId, const QDateTime &at, bool endedEarly);
    Result<QList<MockRecord>> all() const; // newest first
    Result<MockRecord> find(qint64 id) const;
    // Each finished interview's mean confidence and share answered in time, oldest first.
    Result<QList<MockPoint>> points() const;

private:
    LibraryDatabase &m_db;
    Ratings &m_ratings;
};

} // namespace prepdeck
