// The age of the process that `prepdeck --startup-time` measures from.
#include "processstart.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

class TestProcessStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { prepdeck::markMainEntered(); }

    // The process began before this test ran, so its age is at least the test's own time.
    void isAtLeastTheTimeSinceMain()
    {
        QElapsedTimer timer;
        timer.start();
        QThread::msleep(30);
        const qint64 age = prepdeck::msSinceProcessStart();
        QVERIFY2(age >= timer.elapsed(), qPrintable(QString::number(age)));
        QVERIFY2(age < 24 * 3600 * 1000, qPrintable(QString::number(age)));
    }

    void growsWithTime()
    {
        const qint64 before = prepdeck::msSinceProcessStart();
        QThread::msleep(60);
        const qint64 after = prepdeck::msSinceProcessStart();
        // Allow for the start time's rounding to a clock tick.
        QVERIFY2(after - before >= 50,
                 qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
    }
};

QTEST_GUILESS_MAIN(TestProcessStart)
#include "tst_processstart.moc"
