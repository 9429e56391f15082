// A rating reported as saved stays saved, whatever moment the program dies at: a writer is
// killed with SIGKILL at random moments, 200 times, and each time the library must pass
// SQLite's integrity check and hold every rating the writer had reported.
#include "importer.h"
#include "storetestsupport.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    static QString text(Library &store, const QString &sql)
    {
        QSqlQuery q(LibraryInspector::database(store));
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }

private slots:
    void killedWhileRating_keepsEveryReportedRating()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        {
            auto store = Library::open(library);
            QVERIFY(store);
            auto starter = readStarterBank();
            QVERIFY(starter);
            QVERIFY(importBankFile(**store, *starter, QStringLiteral("starter"), false));
        }
        const QString writer = QString::fromLocal8Bit(qgetenv("PREPDECK_RATEWRITER"));
        QVERIFY2(QFileInfo::exists(writer), "PREPDECK_RATEWRITER is not set");
        QRandomGenerator random(20261121);
        qint64 reported = 0;
        int killedMidway = 0;
        for (int trial = 0; trial < 200; ++trial) {
            QProcess p;
            p.setProcessChannelMode(QProcess::SeparateChannels);
            p.start(writer, {library, QString::number(qint64(trial) * 1000000)});
            QVERIFY(p.waitForStarted());
            QVERIFY(p.waitForReadyRead(60000)); // "ready": the library is open
            // Then a random moment: from at once to a good many commits later.
            QTest::qSleep(int(random.bounded(40)));
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            const QList<QByteArray> lines = p.readAllStandardOutput().split('\n');

            auto store = Library::open(library);
            QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
            QCOMPARE(text(**store, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
            int saved = 0;
            for (const QByteArray &line : lines) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() != 4 || f[0] != "saved")
                    continue;
                ++saved;
                QSqlQuery q(LibraryInspector::database(**store));
                q.prepare(QStringLiteral(
                    "SELECT count(*) FROM ratings WHERE id = ? AND question_id = ? AND "
                    "confidence = ?"));
                q.addBindValue(f[1].toLongLong());
                q.addBindValue(f[2].toLongLong());
                q.addBindValue(f[3].toInt());
                QVERIFY(q.exec() && q.next());
                QVERIFY2(q.value(0).toInt() == 1,
                         qPrintable(QStringLiteral("trial %1: rating %2 was reported saved and "
                                                   "is gone")
                                        .arg(trial)
                                        .arg(QString::fromLatin1(f[1]))));
            }
            reported += saved;
            killedMidway += saved > 0;
            // The counts the window shows agree with the ratings that are there.
            QCOMPARE(
                scalar(**store, QStringLiteral("SELECT count(*) FROM questions q WHERE "
                                               "last_confidence IS NOT (SELECT confidence FROM "
                                               "ratings r WHERE r.question_id = q.id ORDER BY "
                                               "rated_at DESC, id DESC LIMIT 1)")),
                0);
        }
        qInfo("200 kills, %lld ratings reported saved, all found; %d kills came after at least "
              "one rating",
              reported, killedMidway);
        QVERIFY(killedMidway > 100); // most kills hit a writer that was busy writing
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
