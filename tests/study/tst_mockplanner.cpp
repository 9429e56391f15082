// Choosing a mock interview's questions from candidates, with no library behind them.
#include "mockplanner.h"

#include <QTest>

using namespace prepdeck;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

MockCandidate candidate(qint64 id, std::optional<int> confidence, QDateTime due = {},
                        std::optional<int> frequency = std::nullopt)
{
    return {id, confidence, due, frequency};
}

MockSettings ordered(MockOrder order, int count = 10)
{
    MockSettings s;
    s.order = order;
    s.count = count;
    s.seed = 7;
    return s;
}

} // namespace

class TestMockPlanner : public QObject
{
    Q_OBJECT

private slots:
    void weakest_putsLowConfidenceFirstAndUnratedInTheMiddle()
    {
        const QList<MockCandidate> candidates = {candidate(1, 5), candidate(2, 1),
                                                 candidate(3, std::nullopt), candidate(4, 3)};
        const auto chosen = chooseMockQuestions(candidates, ordered(MockOrder::Weakest), kNow);
        QVERIFY(chosen);
        QCOMPARE(*chosen, (QList<qint64>{2, 3, 4, 1}));
    }

    void due_putsOverdueFirstThenUnratedThenTheRestByDueTime()
    {
        const QList<MockCandidate> candidates = {
            candidate(1, 4, kNow.addDays(3)), candidate(2, 2, kNow.addDays(-1)),
            candidate(3, std::nullopt), candidate(4, 3, kNow.addDays(-5)),
            candidate(5, 4, kNow.addDays(1))};
        const auto chosen = chooseMockQuestions(candidates, ordered(MockOrder::Due), kNow);
        QVERIFY(chosen);
        QCOMPARE(*chosen, (QList<qint64>{4, 2, 3, 5, 1}));
    }

    void frequent_putsTheMostAskedFirstAndUnknownLast()
    {
        const QList<MockCandidate> candidates = {
            candidate(1, 3, {}, 20), candidate(2, 3, {}, std::nullopt), candidate(3, 3, {}, 80)};
        const auto chosen = chooseMockQuestions(candidates, ordered(MockOrder::Frequent), kNow);
        QVERIFY(chosen);
        QCOMPARE(*chosen, (QList<qint64>{3, 1, 2}));
    }

    void theSameSeed_givesTheSameQuestions_anotherSeedOthers()
    {
        QList<MockCandidate> candidates;
        for (qint64 id = 1; id <= 40; ++id)
            candidates << candidate(id, std::nullopt);
        MockSettings s = ordered(MockOrder::Random, 5);
        const auto first = chooseMockQuestions(candidates, s, kNow);
        QVERIFY(first);
        QCOMPARE(first->size(), 5);
        QCOMPARE(*chooseMockQuestions(candidates, s, kNow), *first);
        s.seed = 8;
        QVERIFY(*chooseMockQuestions(candidates, s, kNow) != *first);
    }

    void nothingToAsk_isAnErrorThatSaysWhatToDo()
    {
        const auto chosen = chooseMockQuestions({}, ordered(MockOrder::Weakest), kNow);
        QVERIFY(!chosen);
        QVERIFY(chosen.error().message.contains(QLatin1String("import a bank")));
    }
};

QTEST_GUILESS_MAIN(TestMockPlanner)
#include "tst_mockplanner.moc"
