#include "progressstats.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace prepdeck::progress {

namespace {

QDate localDay(const QDateTime &t)
{
    return t.toLocalTime().date();
}

} // namespace

QList<DailyMean> dailyMeans(const QList<RatingRecord> &ratings, const QDate &from, const QDate &to)
{
    QMap<QDate, std::pair<double, int>> days;
    for (const RatingRecord &r : ratings) {
        const QDate d = localDay(r.ratedAt);
        if (d < from || d > to)
            continue;
        auto &[sum, n] = days[d];
        sum += r.confidence;
        ++n;
    }
    QList<DailyMean> out;
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        out << DailyMean{it.key(), it->first / it->second, it->second};
    return out;
}

QList<std::pair<QDate, int>> activity(const QList<RatingRecord> &ratings, const QDate &from,
                                      const QDate &to)
{
    QHash<QDate, int> counts;
    for (const RatingRecord &r : ratings)
        ++counts[localDay(r.ratedAt)];
    QList<std::pair<QDate, int>> out;
    for (QDate d = from; d <= to; d = d.addDays(1))
        out << std::pair{d, counts.value(d)};
    return out;
}

int streak(const QList<RatingRecord> &ratings, const QDate &today)
{
    QSet<QDate> days;
    for (const RatingRecord &r : ratings)
        days.insert(localDay(r.ratedAt));
    QDate d = days.contains(today) ? today : today.addDays(-1);
    int n = 0;
    while (days.contains(d)) {
        ++n;
        d = d.addDays(-1);
    }
    return n;
}

QList<Calibration> calibration(const QList<RatingRecord> &ratings)
{
    struct Latest
    {
        QDateTime studyAt, mockAt;
        int study = 0, mock = 0;
        QString category;
    };
    QHash<qint64, Latest> byQuestion;
    for (const RatingRecord &r : ratings) {
        Latest &l = byQuestion[r.questionId];
        l.category = r.category;
        QDateTime &at = r.mock ? l.mockAt : l.studyAt;
        if (!at.isValid() || r.ratedAt >= at) {
            at = r.ratedAt;
            (r.mock ? l.mock : l.study) = r.confidence;
        }
    }
    QMap<QString, Calibration> byCategory;
    for (const Latest &l : std::as_const(byQuestion)) {
        if (!l.study || !l.mock)
            continue;
        Calibration &c = byCategory[l.category];
        c.category = l.category;
        ++c.questions;
        c.study += l.study;
        c.mock += l.mock;
    }
    QList<Calibration> out;
    for (Calibration c : std::as_const(byCategory)) {
        c.study /= c.questions;
        c.mock /= c.questions;
        out << c;
    }
    std::sort(out.begin(), out.end(), [](const Calibration &a, const Calibration &b) {
        return std::abs(a.gap()) > std::abs(b.gap());
    });
    return out;
}

QList<Forecast> forecast(const QList<Readiness> &readiness, const QList<RatingRecord> &ratings,
                         const InterviewPlan &plan, const QDate &today)
{
    QList<Forecast> out;
    if (!plan.date.isValid() || plan.date < today)
        return out;
    const int daysLeft = static_cast<int>(today.daysTo(plan.date));
    // Questions brought to 4 or 5 within the last 14 days, per category.
    QHash<qint64, QSet<qint64>> recent;
    const QDate since = today.addDays(-13);
    for (const RatingRecord &r : ratings)
        if (r.confidence >= 4 && localDay(r.ratedAt) >= since)
            recent[r.categoryId].insert(r.questionId);
    for (const Readiness &c : readiness) {
        if (!plan.covers(c.categoryId) || c.questions == 0)
            continue;
        const double perDay = recent.value(c.categoryId).size() / 14.0;
        const double readyThen = std::min<double>(c.questions, c.ready + perDay * daysLeft);
        out << Forecast{c.category, c.share(), readyThen / c.questions};
    }
    return out;
}

} // namespace prepdeck::progress
