// The study session with its records in memory and a clock the test sets.
#include "memoryrecords.h"
#include "studysession.h"

#include <QTest>

using namespace prepdeck;

namespace {

// Noon local time, so "today" is the same day in every time zone the tests run in.
QDateTime localNoon(QDate day)
{
    return QDateTime(day, QTime(12, 0)).toUTC();
}

} // namespace

class TestStudySession : public QObject
{
    Q_OBJECT

private slots:
    void rate_refusesWithoutAQuestionOrOutOfRange()
    {
        MemoryRecords records;
        ManualClock clock(localNoon(QDate(2026, 3, 10)));
        StudySession session(records, clock);
        auto none = session.rate(4);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, Error::Kind::Usage);
        session.show(7);
        QCOMPARE(session.rate(0).error().kind, Error::Kind::Usage);
        QCOMPARE(session.rate(6).error().kind, Error::Kind::Usage);
        QVERIFY(records.ratings.isEmpty());
    }

    void rate_recordsTheQuestionOnShowAtTheClocksTime()
    {
        MemoryRecords records;
        ManualClock clock(localNoon(QDate(2026, 3, 10)));
        StudySession session(records, clock);
        session.show(7);
        auto event = session.rate(4);
        QVERIFY(event);
        QCOMPARE(event->questionId, 7);
        QCOMPARE(event->confidence, 4);
        QCOMPARE(event->ratedAt, clock.now());
        QCOMPARE(records.ratings.size(), 1);
    }

    void takeBackAndGiveAgain_restoreTheDueTime()
    {
        MemoryRecords records;
        ManualClock clock(localNoon(QDate(2026, 3, 10)));
        StudySession session(records, clock);
        session.show(7);
        const RatingEvent first = *session.rate(2);
        clock.advance(60);
        const RatingEvent second = *session.rate(5);
        QVERIFY(session.takeBack(second));
        QCOMPARE(records.due.value(7), first.due);
        auto again = session.giveAgain(second);
        QVERIFY(again);
        QCOMPARE(records.due.value(7), second.due);
        QCOMPARE(records.ratings.size(), 2);
    }

    void aFailedWrite_isReportedWithItsKind()
    {
        MemoryRecords records;
        ManualClock clock(localNoon(QDate(2026, 3, 10)));
        StudySession session(records, clock);
        session.show(7);
        records.failNext = true;
        auto event = session.rate(3);
        QVERIFY(!event);
        QCOMPARE(event.error().kind, Error::Kind::DiskFull);
        records.failNext = true;
        QCOMPARE(session.saveNote(7, QStringLiteral("x")).error().kind, Error::Kind::DiskFull);
        QVERIFY(records.notes.isEmpty());
        QCOMPARE(session.saveNote(0, QStringLiteral("x")).error().kind, Error::Kind::Usage);
    }

    void counts_followTheLocalDay()
    {
        MemoryRecords records;
        const QDate day(2026, 3, 10);
        ManualClock clock(localNoon(day));
        StudySession session(records, clock);
        records.due[1] = QDateTime(day, QTime(23, 0)).toUTC();            // later today: due
        records.due[2] = QDateTime(day.addDays(1), QTime(0, 30)).toUTC(); // tomorrow: not
        records.due[3] = QDateTime(day.addDays(-5), QTime(9, 0)).toUTC(); // overdue
        session.show(4);
        QVERIFY(session.rate(1)); // due again tomorrow noon
        clock.set(QDateTime(day.addDays(-1), QTime(23, 59)).toUTC());
        session.show(5);
        QVERIFY(session.rate(5)); // yesterday: not rated today
        clock.set(QDateTime(day, QTime(18, 0)).toUTC());
        records.interview = day.addDays(12);

        auto counts = session.counts();
        QVERIFY(counts);
        QCOMPARE(counts->dueToday, 2);
        QCOMPARE(counts->ratedToday, 1);
        QCOMPARE(counts->daysToInterview, std::optional<int>(12));

        records.interview = day.addDays(-1); // the interview is over
        QCOMPARE(session.counts()->daysToInterview, std::nullopt);
        records.interview = {};
        QCOMPARE(session.counts()->daysToInterview, std::nullopt);
    }

    void queueMode_isTheSessionsToKeep()
    {
        MemoryRecords records;
        ManualClock clock(localNoon(QDate(2026, 3, 10)));
        StudySession session(records, clock);
        QVERIFY(!session.queueMode());
        session.setQueueMode(true);
        QVERIFY(session.queueMode());
    }
};

QTEST_GUILESS_MAIN(TestStudySession)
#include "tst_studysession.moc"
