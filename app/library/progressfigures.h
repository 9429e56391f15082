#pragma once

#include "librarydatabase.h"
#include "progressstats.h"
#include "result.h"

#include <QDateTime>
#include <QList>

namespace prepdeck {

// The numbers behind the progress view, read from the library.
class ProgressFigures final
{
public:
    explicit ProgressFigures(LibraryDatabase &db) : m_db(db) {}

    // Each category's size and readiness, from the counts the triggers keep.
    Result<QList<Readiness>> readiness() const;
    // Rating events since `since`, of one bank or category (0: all).
    Result<QList<RatingRecord>> ratingRecords(const QDateTime &since, qint64 bankId = 0,
                                              qint64 categoryId = 0) const;

private:
    LibraryDatabase &m_db;
};

} // namespace prepdeck
