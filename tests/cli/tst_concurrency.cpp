// Several programs on one library at once, as people run them: two `prepdeck rate` loops,
// an import loop of two different 20,000-question banks and a `stats` loop, all real
// processes. Afterwards nothing may have been moved aside, SQLite's integrity check must
// pass, every rating a command acknowledged must be in the file, and no command may have
// given up before the busy timeout.
#include "bankgenerator.h"
#include "clisupport.h"
#include "layouts.h"
#include "sqlitetestsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <functional>
#include <memory>

namespace {

// One loop of commands: each starts when the one before has finished.
struct Loop
{
    QString name;
    std::function<QStringList(int)> argumentsFor; // the i-th command's arguments
    std::function<bool()> goOn;                   // asked before each command
    int started = 0;
    int succeeded = 0;
    QStringList failures;
    QList<qint64> failedAfterMs;
    bool done = false;
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;

    void next(const QProcessEnvironment &env)
    {
        if (!goOn()) {
            done = true;
            return;
        }
        process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        QObject::connect(
            process.get(), &QProcess::finished, process.get(),
            [this, env](int code, QProcess::ExitStatus status) {
                const qint64 ms = clock.elapsed();
                if (status == QProcess::NormalExit && code == 0) {
                    ++succeeded;
                } else {
                    failures << QString::fromUtf8(process->readAllStandardError()).trimmed();
                    failedAfterMs << ms;
                }
                process.release()->deleteLater();
                next(env);
            });
        clock.start();
        process->start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")), argumentsFor(started));
        ++started;
    }
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void ratesImportsAndStatsAtOnce_loseNothing_moveNothing()
    {
        const QString lib = m_dir.filePath(QStringLiteral("lib.sqlite"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdgc")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        QCOMPARE(runPrepdeck({QStringLiteral("import"), QStringLiteral("--starter"),
                              QStringLiteral("--database"), lib},
                             env)
                     .exitCode,
                 0);
        // Two different banks of 20,000 questions, in Prepdeck's own format.
        const int size = qEnvironmentVariableIntValue("PREPDECK_CONCURRENCY_QUESTIONS") > 0
                             ? qEnvironmentVariableIntValue("PREPDECK_CONCURRENCY_QUESTIONS")
                             : 20000;
        QStringList banks;
        for (int i = 0; i < 2; ++i) {
            prepdeck::Bank bank = prepdeck::bench::generateBank(size, 7 + quint64(i));
            bank.name = QStringLiteral("Generated %1").arg(i);
            const QString file = m_dir.filePath(QStringLiteral("bank-%1.md").arg(i));
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(prepdeck::writeNativeBanks({bank}).toUtf8());
            banks << file;
        }
        const QString ratedBefore =
            sqliteValue(lib, QStringLiteral("SELECT count(*) FROM ratings"));
        QCOMPARE(ratedBefore, QStringLiteral("0"));

        const int imports = 4; // A, B, A, B
        Loop importLoop;
        importLoop.name = QStringLiteral("import");
        importLoop.argumentsFor = [&](int i) {
            return QStringList{
                QStringLiteral("import"),     QStringLiteral("--database"), lib,
                QStringLiteral("--max-size"), QStringLiteral("500"),        banks[i % 2]};
        };
        importLoop.goOn = [&] {
            return importLoop.started < imports;
        };
        auto others = [&] {
            return !importLoop.done;
        };
        Loop rateA, rateB, stats;
        rateA.name = QStringLiteral("rate A");
        rateA.argumentsFor = [&](int i) {
            return QStringList{QStringLiteral("rate"), QString::number(1 + i % 25),
                               QString::number(1 + i % 5), QStringLiteral("--database"), lib};
        };
        rateB.name = QStringLiteral("rate B");
        rateB.argumentsFor = [&](int i) {
            return QStringList{QStringLiteral("rate"), QString::number(26 + i % 25),
                               QString::number(5 - i % 5), QStringLiteral("--database"), lib};
        };
        stats.name = QStringLiteral("stats");
        stats.argumentsFor = [&](int) {
            return QStringList{QStringLiteral("stats"), QStringLiteral("--database"), lib};
        };
        rateA.goOn = rateB.goOn = stats.goOn = others;

        QElapsedTimer wall;
        wall.start();
        for (Loop *l : {&importLoop, &rateA, &rateB, &stats})
            l->next(env);
        QTRY_VERIFY_WITH_TIMEOUT(importLoop.done && rateA.done && rateB.done && stats.done,
                                 1200000);
        qInfo("%.1f s: %d imports, %d + %d rates, %d stats", double(wall.elapsed()) / 1000,
              importLoop.succeeded, rateA.succeeded, rateB.succeeded, stats.succeeded);

        // Nothing healthy was moved aside.
        const QStringList moved =
            QDir(m_dir.path()).entryList({QStringLiteral("lib.sqlite.damaged-*")});
        QVERIFY2(moved.isEmpty(), qPrintable(moved.join(QLatin1Char(' '))));
        QCOMPARE(sqliteValue(lib, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Every acknowledged rating is in the file.
        const int acknowledged = rateA.succeeded + rateB.succeeded;
        QVERIFY(acknowledged > 0);
        QCOMPARE(sqliteValue(lib, QStringLiteral("SELECT count(*) FROM ratings")).toInt(),
                 acknowledged);
        // Nothing gave up before the busy timeout; reading never fails.
        for (Loop *l : {&importLoop, &rateA, &rateB, &stats})
            for (qsizetype i = 0; i < l->failures.size(); ++i)
                QVERIFY2(l->failedAfterMs[i] >= 4900,
                         qPrintable(QStringLiteral("%1 failed after %2 ms: %3")
                                        .arg(l->name)
                                        .arg(l->failedAfterMs[i])
                                        .arg(l->failures[i])));
        QVERIFY2(stats.failures.isEmpty(), qPrintable(stats.failures.join(QLatin1Char('\n'))));
        QVERIFY2(importLoop.failures.isEmpty(),
                 qPrintable(importLoop.failures.join(QLatin1Char('\n'))));
        QCOMPARE(importLoop.succeeded, imports);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
