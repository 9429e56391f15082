// A program killed while it writes: SIGKILL at the N-th write of an import (Prepdeck's
// own format, Markdown, CSV), a restore and a backup, through the fault-injecting VFS
// (prepdeck-faulty: the command line over tests/faultvfs), for every N or 50 of them.
// Each time the library must open afterwards, twice, with exactly the old or the new
// content, pass SQLite's integrity check, and nothing may be moved aside.
#include "clisupport.h"
#include "layouts.h"
#include "sqlitetestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace {

struct Counts
{
    int questions = -1;
    int ratings = -1;
    bool operator==(const Counts &) const = default;
};

} // namespace

class TestKilled : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template; // a closed library: the starter bank, two ratings, today's backup

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdgc")));
        return e;
    }

    // Runs prepdeck-faulty; exit code, or -1 when it was killed.
    int runFaulty(const QStringList &args, const QString &fault, const QString &countsFile = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(env());
        e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (!fault.isEmpty())
            e.insert(QStringLiteral("PREPDECK_FAULT"), fault);
        if (!countsFile.isEmpty())
            e.insert(QStringLiteral("PREPDECK_FAULT_COUNTS"), countsFile);
        p.setProcessEnvironment(e);
        p.start(QString::fromLocal8Bit(qgetenv("PREPDECK_FAULTY")), args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            return -2;
        }
        if (p.exitStatus() != QProcess::NormalExit)
            return -1;
        if (p.exitCode() != 0)
            qWarning("prepdeck-faulty %s: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return p.exitCode();
    }

    Counts countsOf(const QString &lib, QString *error)
    {
        const Run r = runPrepdeck(
            {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), lib},
            env());
        if (r.exitCode != 0) {
            *error = r.err;
            return {};
        }
        return {r.json()[QStringLiteral("questions")].toInt(),
                r.json()[QStringLiteral("ratings")].toInt()};
    }

    QString freshCopy(const QString &name)
    {
        const QString folder = path(name);
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        const QString lib = folder + QLatin1String("/lib.sqlite");
        QFile::copy(m_template, lib);
        // Today's backup is there, so that only the operation itself writes.
        QDir().mkpath(folder + QLatin1String("/backups"));
        const QString daily = QDir(QFileInfo(m_template).absolutePath() + QLatin1String("/backups"))
                                  .entryInfoList({QStringLiteral("*.sqlite")})
                                  .value(0)
                                  .absoluteFilePath();
        QFile::copy(daily, folder + QLatin1String("/backups/") + QFileInfo(daily).fileName());
        return lib;
    }

    // Kills the command at its N-th write for every N (at most 50 of them) and checks the
    // library after each.
    void killAtEveryWrite(const QString &name,
                          const std::function<QStringList(const QString &)> &command,
                          const Counts &before, const Counts &after, bool dropDailyBackup = false,
                          bool checkBackups = false)
    {
        // How many writes the command makes.
        const QString countsFile = path(name + QLatin1String(".counts"));
        {
            const QString lib = freshCopy(name);
            if (dropDailyBackup)
                QDir(QFileInfo(lib).absolutePath() + QLatin1String("/backups")).removeRecursively();
            QCOMPARE(runFaulty(command(lib), {}, countsFile), 0);
            QString error;
            QVERIFY2(countsOf(lib, &error) == after, qPrintable(error));
        }
        QFile f(countsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString counted = QString::fromUtf8(f.readAll());
        const auto m = QRegularExpression(QStringLiteral("write (\\d+)")).match(counted);
        QVERIFY(m.hasMatch());
        const int writes = m.captured(1).toInt();
        QVERIFY(writes > 0);
        const int trials = std::min(writes, 50);
        int killed = 0, oldSeen = 0, newSeen = 0;
        for (int i = 0; i < trials; ++i) {
            const int nth = 1 + (trials == 1 ? 0 : i * (writes - 1) / (trials - 1));
            const QString lib = freshCopy(name);
            if (dropDailyBackup)
                QDir(QFileInfo(lib).absolutePath() + QLatin1String("/backups")).removeRecursively();
            // Half of the kills tear the write in two first.
            const QString fault = QStringLiteral("write:%1:%2")
                                      .arg(nth)
                                      .arg(i % 2 ? QStringLiteral("torn") : QStringLiteral("kill"));
            const int exit = runFaulty(command(lib), fault);
            QVERIFY2(exit == -1 || exit == 0,
                     qPrintable(QStringLiteral("%1: exit %2").arg(fault).arg(exit)));
            killed += exit == -1;
            const QString tag = QStringLiteral("%1, %2 of %3 writes").arg(name, fault).arg(writes);
            // Opened twice: the first open recovers, the second finds nothing left to do
            // (no restore loop, no second recovery).
            for (int open = 0; open < 2; ++open) {
                QString error;
                const Counts now = countsOf(lib, &error);
                QVERIFY2(now == before || now == after,
                         qPrintable(tag + QLatin1String(": ") + error));
                if (open == 0) {
                    oldSeen += now == before;
                    newSeen += now == after;
                }
            }
            QCOMPARE(sqliteValue(lib, QStringLiteral("PRAGMA integrity_check"), true),
                     QStringLiteral("ok"));
            const QStringList aside =
                QFileInfo(lib).dir().entryList({QStringLiteral("lib.sqlite.damaged-*")});
            QVERIFY2(aside.isEmpty(), qPrintable(tag));
            if (!checkBackups)
                continue;
            // Every backup listed can be read.
            const Run listed = runPrepdeck({QStringLiteral("backups"), QStringLiteral("--json"),
                                            QStringLiteral("--database"), lib},
                                           env());
            for (const QJsonValue &b : listed.json()[QStringLiteral("backups")].toArray())
                QVERIFY2(
                    b[QStringLiteral("questions")].toInt() >= 0,
                    qPrintable(tag + QLatin1String(": ") + b[QStringLiteral("file")].toString()));
        }
        qInfo("%s: %d writes, %d trials, %d killed, old content %d times, new %d times",
              qPrintable(name), writes, trials, killed, oldSeen, newSeen);
        QVERIFY(killed > trials / 2);
    }

    void importKilledAtEveryWrite(const QString &file)
    {
        const QString bank = path(file);
        killAtEveryWrite(QStringLiteral("import-") + QFileInfo(file).completeBaseName(),
                         [&](const QString &lib) {
                             return QStringList{QStringLiteral("import"),
                                                QStringLiteral("--database"), lib, bank};
                         },
                         {51, 2}, {91, 2});
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QString::fromLocal8Bit(qgetenv("PREPDECK_FAULTY"))));
        QVERIFY(QFile::exists(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY"))));
        QDir().mkpath(path(QStringLiteral("template")));
        m_template = path(QStringLiteral("template/lib.sqlite"));
        const QStringList db{QStringLiteral("--database"), m_template};
        QCOMPARE(runPrepdeck(
                     QStringList{QStringLiteral("import"), QStringLiteral("--starter")} + db, env())
                     .exitCode,
                 0);
        QCOMPARE(
            runPrepdeck(
                QStringList{QStringLiteral("rate"), QStringLiteral("1"), QStringLiteral("4")} + db,
                env())
                .exitCode,
            0);
        QCOMPARE(
            runPrepdeck(
                QStringList{QStringLiteral("rate"), QStringLiteral("2"), QStringLiteral("2")} + db,
                env())
                .exitCode,
            0);
        QVERIFY(!QFileInfo::exists(m_template + QLatin1String("-wal")));

        // The banks the imports read: 40 questions each.
        prepdeck::Bank bank;
        bank.name = QStringLiteral("Killed native");
        prepdeck::Category c;
        c.name = QStringLiteral("Storage");
        QByteArray markdown = "# Killed markdown\n\n## Networks\n\n";
        QByteArray csv = "question,answer,category\n";
        for (int i = 0; i < 40; ++i) {
            prepdeck::Question q;
            q.prompt = QStringLiteral("Why keep %1 copies?").arg(i);
            q.answer = QStringLiteral("Because %1.").arg(QString(400, QLatin1Char('k')));
            c.questions << q;
            markdown += "### What is port " + QByteArray::number(i) + " for?\n\n" +
                        QByteArray(400, 'm') + ".\n\n";
            csv += "\"What is code " + QByteArray::number(i) + "?\",\"" + QByteArray(400, 'c') +
                   "\",Codes\n";
        }
        bank.categories << c;
        for (const auto &[name, bytes] :
             {std::pair{"native.md", prepdeck::writeNativeBanks({bank}).toUtf8()},
              std::pair{"markdown.md", markdown}, std::pair{"cards.csv", csv}}) {
            QFile f(path(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
    }

    // One function per path: QtTest's watchdog gives each function five minutes, and the
    // sanitizer build needs about two for each.
    void importKilled_atEveryWrite_nativeFormat()
    {
        importKilledAtEveryWrite(QStringLiteral("native.md"));
    }
    void importKilled_atEveryWrite_markdown()
    {
        importKilledAtEveryWrite(QStringLiteral("markdown.md"));
    }
    void importKilled_atEveryWrite_csv() { importKilledAtEveryWrite(QStringLiteral("cards.csv")); }

    void restoreKilled_atEveryWrite()
    {
        // The backup has the starter bank and no ratings.
        const QString backup = path(QStringLiteral("restore-source.sqlite"));
        {
            const QString lib = path(QStringLiteral("restore-source/lib.sqlite"));
            QDir().mkpath(QFileInfo(lib).absolutePath());
            QCOMPARE(runPrepdeck({QStringLiteral("import"), QStringLiteral("--starter"),
                                  QStringLiteral("--database"), lib},
                                 env())
                         .exitCode,
                     0);
            const Run listed = runPrepdeck({QStringLiteral("backups"), QStringLiteral("--json"),
                                            QStringLiteral("--database"), lib},
                                           env());
            QFile::remove(backup);
            QVERIFY(QFile::copy(lib, backup));
        }
        killAtEveryWrite(
            QStringLiteral("restore"),
            [&](const QString &lib) {
                return QStringList{QStringLiteral("restore"), QStringLiteral("--database"), lib,
                                   backup};
            },
            {51, 2}, {51, 0}, false, true);
    }

    void backupKilled_atEveryWrite()
    {
        // The day's first command takes the daily backup before it runs.
        killAtEveryWrite(
            QStringLiteral("backup"),
            [&](const QString &lib) {
                return QStringList{QStringLiteral("stats"), QStringLiteral("--database"), lib};
            },
            {51, 2}, {51, 2}, true, true);
    }
};

QTEST_GUILESS_MAIN(TestKilled)
#include "tst_killed.moc"
