#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepdeck {

// One rating event with where its question sits, as the progress numbers need it.
struct RatingRecord
{
    qint64 questionId = 0;
    qint64 categoryId = 0;
    QString category;
    QDateTime ratedAt; // UTC
    int confidence = 0;
    bool mock = false;
};

// A category's standing: how many of its questions are ready (latest rating 4 or 5).
struct Readiness
{
    qint64 bankId = 0;
    QString bank;
    qint64 categoryId = 0;
    QString category;
    QStringList parents; // the headings above the category, outermost first
    int questions = 0;
    int ready = 0;
    int neverRated = 0;
    std::optional<double> meanConfidence;

    double share() const { return questions > 0 ? double(ready) / questions : 0.0; }
    // The category as lists show it: under its nearest heading when it has one
    // ("Junior Sysadmin › System Questions").
    QString label() const
    {
        return parents.isEmpty() ? category : parents.last() + QStringLiteral(" › ") + category;
    }
};

struct DailyMean
{
    QDate day;
    double mean = 0;
    int ratings = 0;
};

// How a study rating compares with a mock-interview rating, per category.
struct Calibration
{
    QString category;
    int questions = 0;                          // rated in both study and mock interviews
    double study = 0;                           // mean of each question's latest study rating
    double mock = 0;                            // mean of each question's latest mock rating
    double gap() const { return study - mock; } // > 0: surer in study than in the interview
};

struct MockPoint
{
    QDateTime started;
    double meanConfidence = 0;
    double withinTime = 0; // share of the answered questions answered within their time
};

// The interview date and what it covers.
struct InterviewPlan
{
    QDate date;
    QList<qint64> categoryIds; // empty: every category
    bool covers(qint64 categoryId) const
    {
        return categoryIds.isEmpty() || categoryIds.contains(categoryId);
    }
};

// "At this pace: 78% of System Design ready by Tuesday."
struct Forecast
{
    QString category;
    double readyNow = 0;  // share
    double readyThen = 0; // share expected on the day
};

namespace progress {

// Mean confidence per local day over [from, to], days without ratings left out.
QList<DailyMean> dailyMeans(const QList<RatingRecord> &ratings, const QDate &from, const QDate &to);
// Ratings per local day over [from, to], every day present (zero when none).
QList<std::pair<QDate, int>> activity(const QList<RatingRecord> &ratings, const QDate &from,
                                      const QDate &to);
// Days in a row with at least one rating, counted back from today (or from yesterday when
// today has none yet: a streak lasts until the day is over).
int streak(const QList<RatingRecord> &ratings, const QDate &today);
// Categories where questions were rated both in study and in mock interviews, the largest
// gap first.
QList<Calibration> calibration(const QList<RatingRecord> &ratings);
// Where each covered category will stand on the interview day at the pace of the last 14
// days: questions brought to 4 or 5 per day, added to today's share, at most everything.
QList<Forecast> forecast(const QList<Readiness> &readiness, const QList<RatingRecord> &ratings,
                         const InterviewPlan &plan, const QDate &today);

} // namespace progress

} // namespace prepdeck
