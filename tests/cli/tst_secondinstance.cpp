// Two copies at once: a second window on the same library brings the first to the front
// and leaves; the command line works beside an open window, which then shows what it wrote.
#include "clisupport.h"
#include "singleinstance.h"

#include <QElapsedTimer>
#include <QLocalSocket>
#include <QTemporaryDir>
#include <QTest>

class TestSecondInstance : public QObject
{
    Q_OBJECT

private:
    static bool waitUntilListening(const QString &library, int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < timeoutMs) {
            QLocalSocket probe;
            probe.connectToServer(prepdeck::SingleInstance::serverName(library));
            if (probe.waitForConnected(200)) {
                probe.disconnectFromServer();
                return true;
            }
            QTest::qWait(100);
        }
        return false;
    }

private slots:
    void secondWindow_bringsTheFirstToTheFront_andLeaves()
    {
        QTemporaryDir dir;
        const QString library = dir.filePath(QStringLiteral("library.sqlite"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        QCOMPARE(runPrepdeck({QStringLiteral("--database"), library, QStringLiteral("import"),
                              QStringLiteral("--starter")},
                             env)
                     .exitCode,
                 0);

        QProcess first;
        QProcessEnvironment full = QProcessEnvironment::systemEnvironment();
        full.insert(env);
        first.setProcessEnvironment(full);
        first.start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")),
                    {QStringLiteral("--database"), library});
        QVERIFY(first.waitForStarted());
        QVERIFY2(waitUntilListening(library, 60000), "the first window never started listening");

        QElapsedTimer t;
        t.start();
        const Run second = runPrepdeck({QStringLiteral("--database"), library}, env);
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains("already open"), second.out.constData());
        QVERIFY(t.elapsed() < 30000);
        QCOMPARE(first.state(), QProcess::Running); // the first one is still there

        // The command line beside the open window: its write is committed and seen.
        const Run rated =
            runPrepdeck({QStringLiteral("--database"), library, QStringLiteral("rate"),
                         QStringLiteral("3"), QStringLiteral("4")},
                        env);
        QCOMPARE(rated.exitCode, 0);
        QVERIFY(rated.out.startsWith("Rated question 3"));

        // Another library is another window: not redirected.
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        QProcess third;
        third.setProcessEnvironment(full);
        third.start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")),
                    {QStringLiteral("--database"), other});
        QVERIFY(third.waitForStarted());
        QVERIFY(waitUntilListening(other, 60000));
        QCOMPARE(third.state(), QProcess::Running);

        for (QProcess *p : {&first, &third}) {
            p->terminate();
            if (!p->waitForFinished(10000)) {
                p->kill();
                p->waitForFinished();
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSecondInstance)
#include "tst_secondinstance.moc"
