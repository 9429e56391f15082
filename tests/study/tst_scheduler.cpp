// The scheduling rule, on fixed times: no test waits.
#include "scheduler.h"

#include <QTest>

using namespace prepdeck;

class TestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void nextDue_followsTheDocumentedRule_data()
    {
        QTest::addColumn<QList<int>>("history");
        QTest::addColumn<qint64>("seconds");
        constexpr qint64 day = 86400;
        QTest::newRow("1 again in 10 minutes") << QList<int>{1} << qint64(600);
        QTest::newRow("2 tomorrow") << QList<int>{2} << day;
        QTest::newRow("3 in three days") << QList<int>{3} << 3 * day;
        QTest::newRow("first 4 a week") << QList<int>{4} << 7 * day;
        QTest::newRow("first 5 two weeks") << QList<int>{5} << 14 * day;
        QTest::newRow("second good doubles") << QList<int>{4, 4} << 14 * day;
        QTest::newRow("third good doubles again") << QList<int>{5, 4, 5} << 56 * day;
        QTest::newRow("low rating resets the run") << QList<int>{5, 5, 2, 4} << 7 * day;
        QTest::newRow("a 3 also resets") << QList<int>{5, 3, 5} << 14 * day;
        QTest::newRow("capped at 180 days") << QList<int>{5, 5, 5, 5, 5, 5, 5, 5} << 180 * day;
        QTest::newRow("a 1 after a long run") << QList<int>{5, 5, 5, 1} << qint64(600);
    }
    void nextDue_followsTheDocumentedRule()
    {
        QFETCH(QList<int>, history);
        QFETCH(qint64, seconds);
        const QDateTime at(QDate(2026, 5, 4), QTime(20, 15), Qt::UTC);
        QCOMPARE(scheduling::nextDue(history, at), at.addSecs(seconds));
    }

    void nextDue_withoutHistory_isUnscheduled()
    {
        QVERIFY(!scheduling::nextDue({}, QDateTime::currentDateTimeUtc()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
