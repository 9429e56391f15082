#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace prepdeck {

// One rating as recorded, with the due times it set and replaced (for taking it back).
struct RatingEvent
{
    qint64 id = 0;
    qint64 questionId = 0;
    QDateTime ratedAt; // UTC
    int confidence = 0;
    QString context;               // "study" or "mock"
    QDateTime due;                 // when the question is due again after this rating
    QDateTime dueBefore;           // when it was due before (invalid: not scheduled)
    std::optional<double> seconds; // time used, for a rating given in a mock interview
};

} // namespace prepdeck
