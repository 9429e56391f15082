// The scheduling rule, on fixed times: no test waits.
#include "intervaltext.h"
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

    void intervalText_fitsARatingButton_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        constexpr qint64 day = 86400;
        QTest::newRow("seconds") << qint64(30) << QStringLiteral("now");
        QTest::newRow("ten minutes") << qint64(600) << QStringLiteral("10 min");
        QTest::newRow("hours") << qint64(5 * 3600 + 100) << QStringLiteral("5 h");
        QTest::newRow("a day") << day << QStringLiteral("1 d");
        QTest::newRow("a week") << 7 * day << QStringLiteral("7 d");
        QTest::newRow("forty days") << 40 * day << QStringLiteral("1.3 mo");
        QTest::newRow("two months even") << qint64(2 * 365.25 / 12 * day) << QStringLiteral("2 mo");
        QTest::newRow("180 days") << 180 * day << QStringLiteral("5.9 mo");
        QTest::newRow("a year and more") << 440 * day << QStringLiteral("1.2 y");
        QTest::newRow("past") << qint64(-50) << QStringLiteral("now");
    }
    void intervalText_fitsARatingButton()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDateTime at(QDate(2026, 5, 4), QTime(20, 15), Qt::UTC);
        QCOMPARE(scheduling::intervalText(at, at.addSecs(seconds)), text);
    }

    void intervalText_readAMomentLater_isStillADay()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QDateTime at(QDate(2026, 5, 4), QTime(20, 15), Qt::UTC);
        QCOMPARE(scheduling::intervalText(at.addMSecs(3), at.addDays(1)), QStringLiteral("1 d"));
    }

    void intervalText_usesTheLocalesDecimalSign()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDateTime at(QDate(2026, 5, 4), QTime(20, 15), Qt::UTC);
        QCOMPARE(scheduling::intervalText(at, at.addDays(40)), QStringLiteral("1,3 mo"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
