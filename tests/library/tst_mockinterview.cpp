// Mock interviews in the core: the question timer on an injected clock, the seeded
// planner, and how an interview is saved.
#include "library.h"
#include "mockquestions.h"
#include "questiontimer.h"

#include <QSqlQuery>
#include <QTest>

using namespace prepdeck;

namespace {

std::unique_ptr<Library> libraryOf(int categories, int perCategory)
{
    auto store = Library::open(QStringLiteral(":memory:"));
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    Bank bank{QStringLiteral("Generated"), {}};
    for (int c = 0; c < categories; ++c) {
        Category cat{QStringLiteral("Category %1").arg(c), {}, {}};
        for (int i = 0; i < perCategory; ++i) {
            Question q;
            q.prompt = QStringLiteral("Question %1.%2?").arg(c).arg(i);
            q.answer = QStringLiteral("Answer.");
            if (i % 3 == 0)
                q.frequency = 10 * i;
            cat.questions << q;
        }
        bank.categories << cat;
    }
    if (!(*store)->imports().importBanks({bank}, QStringLiteral("/gen.md"), {}, false))
        qFatal("import failed");
    return std::move(*store);
}

} // namespace

class TestMockInterview : public QObject
{
    Q_OBJECT

private slots:
    void timer_countsDownPausesAndRunsIntoOvertime()
    {
        ManualElapsedClock clock;
        QuestionTimer timer(clock);
        timer.start(90'000);
        clock.advance(20'000);
        QCOMPARE(timer.elapsedMs(), 20'000);
        QCOMPARE(timer.remainingMs(), 70'000);
        QCOMPARE(timer.phase(), QuestionTimer::Phase::Normal);

        timer.pause();
        clock.advance(600'000); // a long pause stops the clock
        QCOMPARE(timer.elapsedMs(), 20'000);
        timer.resume();
        clock.advance(45'000);
        QCOMPARE(timer.remainingMs(), 25'000);
        QCOMPARE(timer.phase(), QuestionTimer::Phase::Amber);

        clock.advance(40'000);
        QCOMPARE(timer.remainingMs(), -15'000); // overtime keeps counting
        QCOMPARE(timer.phase(), QuestionTimer::Phase::TimeUp);
        QCOMPARE(timer.elapsedMs(), 105'000);
    }

    void timer_amberAndTimeUpFireOnceEach()
    {
        ManualElapsedClock clock;
        QuestionTimer timer(clock);
        timer.start(60'000);
        int amber = 0, timeUp = 0;
        for (int step = 0; step < 200; ++step) { // polled every 500 ms for 100 s
            clock.advance(500);
            const auto e = timer.poll();
            amber += e.amber;
            timeUp += e.timeUp;
            if (e.amber)
                QCOMPARE(timer.elapsedMs(), 30'000);
            if (e.timeUp)
                QCOMPARE(timer.elapsedMs(), 60'000);
        }
        QCOMPARE(amber, 1);
        QCOMPARE(timeUp, 1);
        // Looking rarely does not lose an event: one poll long after still reports time up.
        timer.start(60'000);
        clock.advance(75'000);
        const auto late = timer.poll();
        QVERIFY(late.timeUp);
        QVERIFY(!timer.poll().timeUp);
    }

    void planner_sameSeedSameQuestionsInOrder_otherSeedDiffers()
    {
        auto store = libraryOf(4, 25);
        MockSettings s;
        s.count = 10;
        s.order = MockOrder::Random;
        s.seed = 42;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto first = *planMockInterview(*store, s, now);
        const auto again = *planMockInterview(*store, s, now);
        QCOMPARE(first.size(), 10);
        QCOMPARE(again, first);
        s.seed = 43;
        QVERIFY(*planMockInterview(*store, s, now) != first);
        // A fresh library with the same content gives the same plan too.
        auto twin = libraryOf(4, 25);
        s.seed = 42;
        QCOMPARE(*planMockInterview(*twin, s, now), first);
    }

    void planner_ordersWeakestDueFrequent()
    {
        auto store = libraryOf(1, 10);
        const QDateTime now(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(store->ratings().rate(5, 1, QStringLiteral("study"),
                                      now.addDays(-40))); // weakest, overdue
        QVERIFY(store->ratings().rate(6, 5, QStringLiteral("study"),
                                      now.addDays(-1))); // strong, not due
        QVERIFY(
            store->ratings().rate(7, 4, QStringLiteral("study"), now.addDays(-30))); // overdue too
        MockSettings s;
        s.count = 10;
        s.order = MockOrder::Weakest;
        auto weakest = *planMockInterview(*store, s, now);
        QCOMPARE(weakest.first(), 5);
        QCOMPARE(weakest.last(), 6);
        s.order = MockOrder::Due;
        auto due = *planMockInterview(*store, s, now);
        QCOMPARE(due.mid(0, 2), (QList<qint64>{5, 7})); // longest overdue first
        QCOMPARE(due.last(), 6);
        s.order = MockOrder::Frequent;
        auto frequent = *planMockInterview(*store, s, now);
        QCOMPARE(frequent.mid(0, 3), (QList<qint64>{10, 7, 4})); // asked 90%, 60%, 30%
    }

    void planner_categoriesByIdOrText_andExplicitQuestions()
    {
        auto store = libraryOf(3, 5);
        MockSettings s;
        s.count = 50;
        s.categoryTexts = {QStringLiteral("category 1")};
        auto byText = planMockInterview(*store, s, QDateTime::currentDateTimeUtc());
        QCOMPARE(byText->size(), 5);
        QVERIFY(std::all_of(byText->cbegin(), byText->cend(),
                            [](qint64 id) { return id >= 6 && id <= 10; }));
        s.categoryTexts = {QStringLiteral("nothing like this")};
        auto none = planMockInterview(*store, s, QDateTime::currentDateTimeUtc());
        QVERIFY(!none);
        QVERIFY(none.error().message.contains(QStringLiteral("nothing like this")));
        s.categoryTexts.clear();
        s.questionIds = {3, 12};
        QCOMPARE(planMockInterview(*store, s, QDateTime::currentDateTimeUtc())->size(), 2);
    }

    void mock_savedWithItemsAndRatingsInTheMockContext()
    {
        auto store = libraryOf(1, 5);
        const QDateTime t(QDate(2026, 4, 2), QTime(19, 0), Qt::UTC);
        MockSettings s;
        s.count = 3;
        s.seed = 7;
        const qint64 id = *store->mocks().start(s, t);
        QVERIFY(store->mocks().record(
            id, 0, MockItem{2, {}, {}, 200.5, 2, false, QStringLiteral("rambled")},
            t.addSecs(200)));
        QVERIFY(store->mocks().record(id, 1, MockItem{4, {}, {}, 12, std::nullopt, true, {}},
                                      t.addSecs(212)));
        QVERIFY(
            store->mocks().record(id, 2, MockItem{5, {}, {}, 95, 5, false, {}}, t.addSecs(307)));
        QVERIFY(store->mocks().finish(id, t.addSecs(310), false));

        const MockRecord m = *store->mocks().find(id);
        QCOMPARE(m.started, t);
        QCOMPARE(m.finished, t.addSecs(310));
        QCOMPARE(m.settings.seed, quint64(7));
        QCOMPARE(m.items.size(), 3);
        QCOMPARE(m.items[0].seconds, 200.5);
        QCOMPARE(m.items[0].confidence, std::optional<int>(2));
        QCOMPARE(m.items[0].notes, QStringLiteral("rambled"));
        QVERIFY(m.items[1].skipped);
        QCOMPARE(m.items[1].confidence, std::nullopt);
        // Rated questions got normal rating events, context mock, time used kept, scheduled.
        const auto history = *store->ratings().history(2);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().context, QStringLiteral("mock"));
        QCOMPARE(history.first().seconds, std::optional<double>(200.5));
        QCOMPARE(store->questions().find(2)->due, t.addSecs(200).addDays(1));
        QCOMPARE(store->ratings().history(4)->size(), 0); // skipped: no rating
        QCOMPARE(store->mocks().all()->size(), 1);
    }

    void mockItemWithBadRating_savesNothingOfIt()
    {
        auto store = libraryOf(1, 2);
        const qint64 id = *store->mocks().start({}, QDateTime::currentDateTimeUtc());
        QVERIFY(!store->mocks().record(id, 0, MockItem{999, {}, {}, 5, 3, false, {}},
                                       QDateTime::currentDateTimeUtc()));
        QCOMPARE(store->mocks().find(id)->items.size(), 0);
        QCOMPARE(store->ratings().history(999)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMockInterview)
#include "tst_mockinterview.moc"
