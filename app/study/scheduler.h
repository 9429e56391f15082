#pragma once

#include <QDateTime>
#include <QList>

namespace prepdeck::scheduling {

// When a question is due again after a rating. `confidences` is the question's whole
// rating history, oldest first, ending with the rating just given at `ratedAt`.
//
//   1 (blank)     again in 10 minutes, the same session
//   2 (shaky)     in 1 day
//   3 (okay)      in 3 days
//   4 (good)      in 7 days, doubled for each earlier consecutive rating of 4 or 5
//   5 (nailed it) in 14 days, doubled the same way
//
// A rating of 3 or lower ends the run of good ratings, so the intervals start small
// again. No interval is longer than 180 days.
QDateTime nextDue(const QList<int> &confidences, const QDateTime &ratedAt);

// With an interview date: a covered question is due again no later than the start of the
// day before the interview (local time), so its last review falls before the day. Due
// times already earlier stay; a cap that is already past (the interview is tomorrow or
// today) is not applied.
QDateTime capForInterview(const QDateTime &due, const QDateTime &ratedAt, const QDate &interview);

} // namespace prepdeck::scheduling
