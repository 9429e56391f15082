#include "scheduler.h"

#include <algorithm>

namespace prepdeck::scheduling {

QDateTime nextDue(const QList<int> &confidences, const QDateTime &ratedAt)
{
    constexpr qint64 day = 24 * 60 * 60;
    constexpr qint64 longest = 180 * day;
    if (confidences.isEmpty())
        return {};
    const int latest = confidences.last();
    switch (latest) {
    case 1:
        return ratedAt.addSecs(10 * 60);
    case 2:
        return ratedAt.addSecs(day);
    case 3:
        return ratedAt.addSecs(3 * day);
    default:
        break;
    }
    // Consecutive good ratings (4 or 5) before this one, counted back from the end.
    int streak = 0;
    for (qsizetype i = confidences.size() - 2; i >= 0 && confidences[i] >= 4; --i)
        ++streak;
    const qint64 base = latest >= 5 ? 14 * day : 7 * day;
    const qint64 interval = std::min(longest, base << std::min(streak, 8));
    return ratedAt.addSecs(interval);
}

QDateTime capForInterview(const QDateTime &due, const QDateTime &ratedAt, const QDate &interview)
{
    if (!interview.isValid() || !due.isValid())
        return due;
    const QDateTime cap = QDateTime(interview.addDays(-1), QTime(0, 0)).toUTC();
    if (cap <= ratedAt || due <= cap)
        return due;
    return cap;
}

} // namespace prepdeck::scheduling
