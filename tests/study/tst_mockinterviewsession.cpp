// A mock interview without a window: its steps, its clocks and what it records.
#include "memoryrecords.h"
#include "mockinterviewsession.h"

#include <QTest>

using namespace prepdeck;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

MockSettings twoMinutes()
{
    MockSettings s;
    s.secondsPerQuestion = 120;
    return s;
}

} // namespace

class TestMockInterviewSession : public QObject
{
    Q_OBJECT

private slots:
    void answers_areRecordedWithTheirTimeAndNotes()
    {
        MemoryRecords records;
        ManualClock clock(kNow);
        ManualElapsedClock elapsed;
        MockInterviewSession mock(records, clock, elapsed, twoMinutes(), {11, 12, 13});
        QVERIFY(!mock.isRunning());
        QVERIFY(mock.start());
        QCOMPARE(mock.mockId(), 42);
        QCOMPARE(mock.currentQuestion(), 11);
        elapsed.advance(30'000);
        QVERIFY(mock.answer(4, QStringLiteral("  said the right thing \n")));
        QCOMPARE(mock.currentQuestion(), 12);
        QCOMPARE(mock.timer().elapsedMs(), 0); // each question has its own clock
        elapsed.advance(5'000);
        QVERIFY(mock.answer(std::nullopt, {}));
        QCOMPARE(records.items.size(), 2);
        QCOMPARE(records.positions, (QList<int>{0, 1}));
        QCOMPARE(records.items[0].questionId, 11);
        QCOMPARE(records.items[0].seconds, 30.0);
        QCOMPARE(records.items[0].confidence, std::optional<int>(4));
        QCOMPARE(records.items[0].notes, QStringLiteral("said the right thing"));
        QVERIFY(records.items[1].skipped);
        QCOMPARE(mock.totalSeconds(), 35);
    }

    void theLastAnswer_finishesTheInterview()
    {
        MemoryRecords records;
        ManualClock clock(kNow);
        ManualElapsedClock elapsed;
        MockInterviewSession mock(records, clock, elapsed, twoMinutes(), {11});
        QVERIFY(mock.start());
        QVERIFY(mock.answer(3, {}));
        QVERIFY(mock.isFinished());
        QVERIFY(records.finished);
        QVERIFY(!records.endedEarly);
        QVERIFY(!mock.canAnswer());
        QVERIFY(mock.answer(5, {})); // ignored
        QCOMPARE(records.items.size(), 1);
    }

    void pausing_stopsTheClockAndAnswers()
    {
        MemoryRecords records;
        ManualClock clock(kNow);
        ManualElapsedClock elapsed;
        MockInterviewSession mock(records, clock, elapsed, twoMinutes(), {11, 12});
        QVERIFY(mock.start());
        elapsed.advance(10'000);
        QVERIFY(mock.togglePause());
        elapsed.advance(60'000);
        QVERIFY(!mock.canAnswer());
        QVERIFY(mock.answer(4, {}));
        QCOMPARE(records.items.size(), 0); // nothing recorded while paused
        QVERIFY(mock.togglePause());
        QCOMPARE(mock.timer().elapsedMs(), 10'000);
        QCOMPARE(mock.totalSeconds(), 70); // the interview's own clock runs on
    }

    void revealing_onceAQuestion()
    {
        MemoryRecords records;
        ManualClock clock(kNow);
        ManualElapsedClock elapsed;
        MockInterviewSession mock(records, clock, elapsed, twoMinutes(), {11, 12});
        QVERIFY(!mock.reveal()); // not started
        QVERIFY(mock.start());
        QVERIFY(mock.reveal());
        QVERIFY(!mock.reveal());
        QVERIFY(mock.answer(2, {}));
        QVERIFY(!mock.isRevealed());
        QVERIFY(mock.reveal());
    }

    void endingEarly_isRecordedAsSuch()
    {
        MemoryRecords records;
        ManualClock clock(kNow);
        ManualElapsedClock elapsed;
        MockInterviewSession mock(records, clock, elapsed, twoMinutes(), {11, 12, 13});
        QVERIFY(mock.start());
        QVERIFY(mock.answer(5, {}));
        QVERIFY(mock.finish(true));
        QVERIFY(records.endedEarly);
        QVERIFY(mock.isFinished());
        QVERIFY(!mock.reveal());
    }

    void failures_areReportedAndTheInterviewGoesOn()
    {
        MemoryRecords records;
        ManualClock clock(kNow);
        ManualElapsedClock elapsed;
        MockInterviewSession empty(records, clock, elapsed, twoMinutes(), {});
        QCOMPARE(empty.start().error().kind, Error::Kind::Usage);

        MockInterviewSession mock(records, clock, elapsed, twoMinutes(), {11, 12});
        records.failNext = true;
        QCOMPARE(mock.start().error().kind, Error::Kind::DiskFull);
        QVERIFY(!mock.isRunning());
        QVERIFY(mock.start());
        records.failNext = true;
        const Status saved = mock.answer(4, {});
        QCOMPARE(saved.error().kind, Error::Kind::DiskFull);
        QCOMPARE(mock.currentQuestion(), 12); // the candidate is not held on a question
    }
};

QTEST_GUILESS_MAIN(TestMockInterviewSession)
#include "tst_mockinterviewsession.moc"
