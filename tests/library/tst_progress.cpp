// The numbers behind the progress view and the interview-date schedule, on a generated
// rating history with fixed times.
#include "library.h"
#include "progressstats.h"
#include "scheduler.h"

#include <QSqlQuery>
#include <QTest>

using namespace prepdeck;

namespace {

// Noon UTC on a day relative to 2026-06-15, so local dates do not wobble with time zones.
QDateTime day(int offset)
{
    return QDateTime(QDate(2026, 6, 15).addDays(offset), QTime(12, 0), Qt::UTC);
}

RatingRecord rec(qint64 q, qint64 cat, const QString &name, int offset, int confidence,
                 bool mock = false)
{
    return RatingRecord{q, cat, name, day(offset), confidence, mock};
}

std::unique_ptr<Library> twoCategories()
{
    auto store = Library::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("open");
    Bank bank{QStringLiteral("B"), {}};
    for (const QString &name : {QStringLiteral("Design"), QStringLiteral("SQL")}) {
        Category c{name, {}, {}};
        for (int i = 0; i < 4; ++i) {
            Question q;
            q.prompt = QStringLiteral("%1 question %2?").arg(name).arg(i);
            q.answer = QStringLiteral("A.");
            c.questions << q;
        }
        bank.categories << c;
    }
    if (!(*store)->imports().importBanks({bank}, QStringLiteral("/b.md"), {}, false))
        qFatal("import");
    return std::move(*store);
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void dailyMeansActivityAndStreak()
    {
        const QList<RatingRecord> r = {
            rec(1, 1, QStringLiteral("A"), -3, 2), rec(2, 1, QStringLiteral("A"), -3, 4),
            rec(1, 1, QStringLiteral("A"), -1, 5), rec(3, 1, QStringLiteral("A"), 0, 3),
            rec(3, 1, QStringLiteral("A"), -10, 1)};
        const auto means = progress::dailyMeans(r, day(-5).date(), day(0).date());
        QCOMPARE(means.size(), 3);
        QCOMPARE(means[0].day, day(-3).date());
        QCOMPARE(means[0].mean, 3.0);
        QCOMPARE(means[0].ratings, 2);
        QCOMPARE(means[2].mean, 3.0);
        const auto act = progress::activity(r, day(-4).date(), day(0).date());
        QCOMPARE(act.size(), 5);
        QCOMPARE(act[1].second, 2); // day -3
        QCOMPARE(act[2].second, 0);
        QCOMPARE(progress::streak(r, day(0).date()), 2); // today and yesterday, not day -2
        QCOMPARE(progress::streak(r, day(1).date()), 2); // tomorrow, before rating: still 2
        QCOMPARE(progress::streak(r, day(2).date()), 0);
    }

    void calibration_studyAgainstMockPerCategory()
    {
        const QList<RatingRecord> r = {
            rec(1, 1, QStringLiteral("Design"), -5, 5),
            rec(1, 1, QStringLiteral("Design"), -2, 2, true),
            rec(2, 1, QStringLiteral("Design"), -5, 4),
            rec(2, 1, QStringLiteral("Design"), -1, 3, true),
            rec(3, 2, QStringLiteral("SQL"), -5, 3),
            rec(3, 2, QStringLiteral("SQL"), -4, 4, true),
            rec(4, 2, QStringLiteral("SQL"), -5, 5), // study only: not counted
        };
        const auto c = progress::calibration(r);
        QCOMPARE(c.size(), 2);
        QCOMPARE(c[0].category, QStringLiteral("Design"));
        QCOMPARE(c[0].questions, 2);
        QCOMPARE(c[0].study, 4.5);
        QCOMPARE(c[0].mock, 2.5);
        QCOMPARE(c[0].gap(), 2.0); // surer in study than in the interview
        QCOMPARE(c[1].gap(), -1.0);
    }

    void readinessAndForecast_fromTheStore()
    {
        auto store = twoCategories();
        // Design: two of four at 4+, one weak; SQL: nothing rated.
        QVERIFY(store->ratings().rate(1, 5, QStringLiteral("study"), day(-3)));
        QVERIFY(store->ratings().rate(2, 4, QStringLiteral("study"), day(-2)));
        QVERIFY(store->ratings().rate(3, 2, QStringLiteral("study"), day(-1)));
        const auto ready = *store->progress().readiness();
        QCOMPARE(ready.size(), 2);
        QCOMPARE(ready[0].questions, 4);
        QCOMPARE(ready[0].ready, 2);
        QCOMPARE(ready[0].neverRated, 1);
        QCOMPARE(ready[0].share(), 0.5);
        QCOMPARE(ready[1].neverRated, 4);

        InterviewPlan plan{day(7).date(), {}};
        const auto records = *store->progress().ratingRecords(day(-30));
        QCOMPARE(records.size(), 3);
        const auto f = progress::forecast(ready, records, plan, day(0).date());
        QCOMPARE(f.size(), 2);
        // Two questions reached 4+ in the last 14 days: 2/14 a day, for 7 days: one more.
        QCOMPARE(f[0].readyNow, 0.5);
        QCOMPARE(f[0].readyThen, 0.75);
        QCOMPARE(f[1].readyThen, 0.0);
        plan.categoryIds = {ready[1].categoryId};
        QCOMPARE(progress::forecast(ready, records, plan, day(0).date()).size(), 1);
        QVERIFY(progress::forecast(ready, records, InterviewPlan{day(-1).date(), {}}, day(0).date())
                    .isEmpty());
    }

    void interviewDate_capsIntervalsOfCoveredQuestions()
    {
        const QDate interview = day(10).date();
        // A 5 would be due in 14 days: capped to the start of the day before the interview.
        QCOMPARE(scheduling::capForInterview(day(14), day(0), interview),
                 QDateTime(day(9).date(), QTime(0, 0), Qt::UTC));
        QCOMPARE(scheduling::capForInterview(day(3), day(0), interview), day(3)); // earlier stays
        QCOMPARE(scheduling::capForInterview(day(14), day(0), QDate()), day(14)); // no date
        QCOMPARE(scheduling::capForInterview(day(14), day(9).addSecs(3600), interview),
                 day(14)); // cap passed

        auto store = twoCategories();
        QVERIFY(store->settings().setInterviewPlan(InterviewPlan{interview, {1}})); // Design only
        QCOMPARE(store->settings().interviewPlan()->date, interview);
        // What the rating buttons show is what a rating then sets, cap and all.
        const auto designPreview = store->ratings().dueIfRated(1, day(0));
        const auto sqlPreview = store->ratings().dueIfRated(5, day(0));
        QVERIFY(designPreview && sqlPreview);
        QCOMPARE(designPreview->size(), 5);
        QCOMPARE(designPreview->at(0), day(0).addSecs(600));
        QCOMPARE(designPreview->at(2), day(3));
        QCOMPARE(designPreview->at(4), QDateTime(day(9).date(), QTime(0, 0), Qt::UTC));
        QCOMPARE(sqlPreview->at(4), day(14));
        const auto design = store->ratings().rate(1, 5, QStringLiteral("study"), day(0));
        QCOMPARE(design->due, QDateTime(day(9).date(), QTime(0, 0), Qt::UTC));
        const auto sql =
            store->ratings().rate(5, 5, QStringLiteral("study"), day(0)); // not covered
        QCOMPARE(sql->due, day(14));
        // A second good rating doubles: the preview follows the history.
        QCOMPARE(store->ratings().dueIfRated(5, day(14))->at(3), day(14 + 14));
        QVERIFY(store->settings().setInterviewPlan(InterviewPlan{}));
        QVERIFY(!store->settings().interviewPlan()->date.isValid());
    }

    void interviewDate_studyDuePutsTheLeastReadyCategoryFirst()
    {
        auto store = twoCategories();
        // Design mostly ready but with an overdue question; SQL untouched.
        for (qint64 id = 1; id <= 3; ++id)
            QVERIFY(store->ratings().rate(id, 5, QStringLiteral("study"), day(-40)));
        QuestionFilter queue;
        queue.queueAt = day(0);
        const auto before =
            *store->questions().questionIds(queue, QuestionOrder::Queue, Qt::AscendingOrder);
        QCOMPARE(before.first(), 1); // overdue first, without a date
        QVERIFY(store->settings().setInterviewPlan(InterviewPlan{day(5).date(), {}}));
        const auto after =
            *store->questions().questionIds(queue, QuestionOrder::Queue, Qt::AscendingOrder);
        QCOMPARE(after.mid(0, 4), (QList<qint64>{5, 6, 7, 8})); // SQL: 0% ready
    }

    void mockPoints_meanAndShareWithinTime()
    {
        auto store = twoCategories();
        MockSettings s;
        s.secondsPerQuestion = 60;
        const qint64 id = *store->mocks().start(s, day(-1));
        QVERIFY(store->mocks().record(id, 0, MockItem{1, {}, {}, 50, 4, false, {}}, day(-1)));
        QVERIFY(store->mocks().record(id, 1, MockItem{2, {}, {}, 90, 2, false, {}}, day(-1)));
        QVERIFY(
            store->mocks().record(id, 2, MockItem{3, {}, {}, 10, std::nullopt, true, {}}, day(-1)));
        const auto points = *store->mocks().points();
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0].meanConfidence, 3.0);
        QCOMPARE(points[0].withinTime, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
