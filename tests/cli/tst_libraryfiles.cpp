// The library file as the world leaves it: another program's database, a dropped table, an
// empty file, a symbolic link loop, a hot journal from a killed writer, a read-only folder
// or file system, and restores. Each time the real binary runs on it, and the test checks
// what a person would see: the exit code, the message, and that nothing healthy was moved
// aside or changed.
#include "bankgenerator.h"
#include "clisupport.h"
#include "layouts.h"
#include "sqlitetestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// Whether this process may make a read-only bind mount in a mount namespace of its own
// (root, with unshare): the real read-only file system, for the read-only tests.
bool canMountReadOnly()
{
    static const bool can = [] {
        if (geteuid() != 0)
            return false;
        QTemporaryDir d;
        QProcess p;
        p.start(QStringLiteral("unshare"),
                {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                 QStringLiteral("mount --bind -o ro '%1' '%1' && ! touch '%1/x' 2>/dev/null")
                     .arg(d.path())});
        return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit &&
               p.exitCode() == 0;
    }();
    return can;
}

} // namespace

class TestLibraryFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        return e;
    }

    Run withDb(const QString &db, QStringList args)
    {
        args << QStringLiteral("--database") << db;
        return runPrepdeck(args, env());
    }

    // A library with the starter bank, two ratings and today's backup.
    QString makeLibrary(const QString &name)
    {
        const QString lib = path(name);
        QDir().mkpath(QFileInfo(lib).absolutePath());
        if (withDb(lib, {QStringLiteral("import"), QStringLiteral("--starter")}).exitCode != 0)
            qFatal("cannot make a library");
        for (const char *id : {"1", "2"})
            if (withDb(lib, {QStringLiteral("rate"), QString::fromLatin1(id), QStringLiteral("4")})
                    .exitCode != 0)
                qFatal("cannot rate");
        return lib;
    }

    QStringList movedAside(const QString &lib) const
    {
        return QFileInfo(lib).dir().entryList(
            {QFileInfo(lib).fileName() + QLatin1String(".damaged-*")});
    }

    QJsonArray backups(const QString &lib)
    {
        const Run r = withDb(lib, {QStringLiteral("backups"), QStringLiteral("--json")});
        return r.json()[QStringLiteral("backups")].toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY"))));
    }

    // Case 6: another program's SQLite file is refused untouched: no tables added, no
    // user_version or journal mode changed, no log files made.
    void foreignSqliteFile_isRefusedUntouched_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("someone's notes") << "CREATE TABLE notes (id INTEGER PRIMARY KEY, body "
                                            "TEXT); INSERT INTO notes (body) VALUES ('mine'); "
                                            "PRAGMA user_version = 3;";
        QTest::newRow("another application id")
            << "CREATE TABLE questions (id INTEGER PRIMARY KEY, prompt TEXT); "
               "PRAGMA application_id = 1179402566;";
        QTest::newRow("a table called questions, nothing else of ours")
            << "CREATE TABLE questions (id INTEGER PRIMARY KEY, prompt TEXT); "
               "PRAGMA user_version = 2;";
    }
    void foreignSqliteFile_isRefusedUntouched()
    {
        QFETCH(QString, sql);
        const QString file = path(QStringLiteral("foreign-%1.db").arg(QTest::currentDataTag()));
        QVERIFY(sqliteExec(file, sql, "DELETE"));
        const QByteArray before = hashOf(file);
        for (const char *command : {"stats", "list", "import"}) {
            QStringList args{QString::fromLatin1(command)};
            if (args[0] == QLatin1String("import"))
                args << QStringLiteral("--starter");
            const Run r = withDb(file, args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(QStringLiteral("not a Prepdeck library")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("Nothing was changed")), qPrintable(r.err));
            QCOMPARE(hashOf(file), before);
            QVERIFY(!QFileInfo::exists(file + QLatin1String("-wal")));
            QVERIFY(!QFileInfo::exists(file + QLatin1String("-shm")));
            QVERIFY(movedAside(file).isEmpty());
        }
    }

    // Case 7: a library missing a table it needs is damaged, says which, and offers the
    // backup; nothing counts questions that are not there.
    void missingTable_isDamaged_namesIt_andOffersTheBackup_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("ratings") << "ratings";
        QTest::newRow("questions") << "questions";
        QTest::newRow("categories") << "categories";
    }
    void missingTable_isDamaged_namesIt_andOffersTheBackup()
    {
        QFETCH(QString, table);
        const QString lib = makeLibrary(QStringLiteral("dropped-%1/lib.sqlite").arg(table));
        QCOMPARE(backups(lib).size(), 1);
        QVERIFY(sqliteExec(lib,
                           QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE %1;").arg(table)));
        const Run r = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("table `%1` is missing").arg(table)),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("restore")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Case 11: a zero-byte library is damaged, kept, and the backup offered; never silently
    // replaced by an empty one.
    void zeroByteLibrary_isKept_andTheBackupOffered()
    {
        const QString lib = makeLibrary(QStringLiteral("zero/lib.sqlite"));
        QCOMPARE(backups(lib).size(), 1);
        QVERIFY(QFile(lib).resize(0));
        QFile::remove(lib + QLatin1String("-wal"));
        QFile::remove(lib + QLatin1String("-shm"));
        const Run r = withDb(lib, {QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("empty")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("restore")), qPrintable(r.err));
        // The empty file is still there, in its place or moved aside, and not a new library.
        const QStringList moved = movedAside(lib);
        QVERIFY(QFileInfo(lib).size() == 0 || moved.size() == 1);
        if (!moved.isEmpty())
            QCOMPARE(QFileInfo(QFileInfo(lib).dir().filePath(moved[0])).size(), 0);
    }

    void symlinkLoop_saysSo()
    {
        const QString loop = path(QStringLiteral("loop.sqlite"));
        QVERIFY(QFile::link(loop, loop));
        const Run r = withDb(loop, {QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("symbolic link loop")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("cannot create")), qPrintable(r.err));
    }

    // Case 11: the data folder holds a person's study history: owner-only.
    void dataFolder_isOwnerOnly()
    {
        QProcessEnvironment e;
        const QString home = path(QStringLiteral("fresh-xdg"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), home);
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("fresh-xdg-config")));
        QCOMPARE(runPrepdeck({QStringLiteral("import"), QStringLiteral("--starter")}, e).exitCode,
                 0);
        const QString folder = home + QLatin1String("/prepdeck");
        QVERIFY(QFileInfo::exists(folder + QLatin1String("/prepdeck.sqlite")));
        QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(folder).permissions() & QFileDevice::ReadUser,
                 QFileDevice::Permissions(QFileDevice::ReadUser));
    }

    // Case 3: a writer killed in a transaction with a rollback journal leaves a hot journal;
    // the next open rolls it back (SQLite does, opening read-write) and goes on.
    void hotJournal_isRolledBack_notMovedAside()
    {
        const QString lib = makeLibrary(QStringLiteral("hot/lib.sqlite"));
        // As an older Prepdeck's bulk import did: switch to a rollback journal, write a lot,
        // and die before the commit.
        QVERIFY(sqliteExec(lib, QStringLiteral("SELECT 1"), "DELETE"));
        const pid_t child = fork();
        if (child == 0) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_exec(db,
                         "PRAGMA cache_size = 4; BEGIN; "
                         "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                         "i < 3000) INSERT INTO banks (name, source_path, layout, position, "
                         "imported_at) SELECT 'junk ' || i || printf('%.500c', 'x'), '', '', "
                         "1000 + i, '' FROM n;",
                         nullptr, nullptr, nullptr);
            _exit(0); // no commit: the journal stays hot
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(QFileInfo(lib + QLatin1String("-journal")).size() > 0);
        const Run r = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json()[QStringLiteral("questions")].toInt(), 51);
        QCOMPARE(r.json()[QStringLiteral("ratings")].toInt(), 2);
        QVERIFY(movedAside(lib).isEmpty());
        QCOMPARE(sqliteValue(lib, QStringLiteral("SELECT count(*) FROM banks")).toLongLong(), 1);
        QVERIFY(!QFileInfo::exists(lib + QLatin1String("-journal")));
        // Back in WAL mode, once, for good.
        QCOMPARE(
            sqliteValue(lib, QStringLiteral("SELECT journal_mode = 'wal' FROM pragma_journal_mode"))
                .toLongLong(),
            1);
    }

    // Case 3: a native-format import killed half-way: the library opens with what it held,
    // nothing is moved aside, and no restore is asked for.
    void killedNativeImport_libraryOpensAsItWas()
    {
        const QString lib = makeLibrary(QStringLiteral("killed/lib.sqlite"));
        const QString bank = path(QStringLiteral("killed/big.md"));
        {
            prepdeck::Bank generated = prepdeck::bench::generateBank(20000, 11);
            QFile f(bank);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(prepdeck::writeNativeBanks({generated}).toUtf8());
        }
        const qint64 size = QFileInfo(lib).size();
        // Killed once the import has written a good part of its pages to the disk.
        for (const qint64 written : {4LL << 20, 16LL << 20}) {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(env());
            p.setProcessEnvironment(e);
            p.start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")),
                    {QStringLiteral("import"), QStringLiteral("--database"), lib,
                     QStringLiteral("--max-size"), QStringLiteral("500"), bank});
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(
                p.state() != QProcess::Running || QFileInfo(lib).size() - size > written ||
                    QFileInfo(lib + QLatin1String("-wal")).size() > written ||
                    QFileInfo(lib + QLatin1String("-journal")).size() > written,
                120000);
            QVERIFY2(p.state() == QProcess::Running, "the import ended before it was killed");
            p.kill();
            p.waitForFinished();
            const Run r = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            QVERIFY(movedAside(lib).isEmpty());
            QCOMPARE(r.json()[QStringLiteral("questions")].toInt(), 51);
            QCOMPARE(r.json()[QStringLiteral("ratings")].toInt(), 2);
        }
        // The restore the user may then try works once, and the library opens after it.
        const QString daily = backups(lib)[0][QStringLiteral("file")].toString();
        const Run restored = withDb(lib, {QStringLiteral("restore"), daily});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        const Run after = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(after.exitCode == 0, qPrintable(after.err));
        QCOMPARE(after.json()[QStringLiteral("questions")].toInt(), 51);
        QVERIFY(movedAside(lib).isEmpty());
    }

    // Case 5: a library on a read-only file system or in a folder that cannot be written
    // opens read-only: reading works, writing says why, nothing is called damaged.
    void readOnlyFolder_opensReadOnly_notDamaged()
    {
        const QString lib = makeLibrary(QStringLiteral("ro/lib.sqlite"));
        const QString folder = QFileInfo(lib).absolutePath();
        const QString binary = QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY"));
        auto run = [&](const QStringList &args) -> Run {
            QStringList full = args;
            full << QStringLiteral("--database") << lib;
            if (geteuid() != 0)
                return runPrepdeck(full, env());
            // Root writes anywhere: a read-only bind mount of the folder is the real thing.
            QStringList quoted;
            for (const QString &a : full)
                quoted << QLatin1Char('\'') + a + QLatin1Char('\'');
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(env());
            e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
            p.setProcessEnvironment(e);
            p.start(QStringLiteral("unshare"),
                    {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                     QStringLiteral("mount --bind -o ro '%1' '%1' && exec '%2' %3")
                         .arg(folder, binary, quoted.join(QLatin1Char(' ')))});
            p.waitForFinished(120000);
            return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                       p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
        };
        if (geteuid() == 0 && !canMountReadOnly())
            QSKIP("running as root without a mount namespace: no read-only file system to test on");
        if (geteuid() != 0)
            QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QByteArray before = hashOf(lib);
        const Run stats = run({QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QCOMPARE(stats.json()[QStringLiteral("questions")].toInt(), 51);
        QCOMPARE(stats.json()[QStringLiteral("ratings")].toInt(), 2);
        const Run listed = run({QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const Run rated = run({QStringLiteral("rate"), QStringLiteral("3"), QStringLiteral("4")});
        QCOMPARE(rated.exitCode, 1);
        QVERIFY2(rated.err.contains(QStringLiteral("read-only")), qPrintable(rated.err));
        QVERIFY2(!rated.err.contains(QStringLiteral("damaged")), qPrintable(rated.err));
        if (geteuid() != 0)
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);
        QCOMPARE(hashOf(lib), before);
        QVERIFY(movedAside(lib).isEmpty());
    }

    // Case 8: two restores in one second keep both "before restore" backups, and a restore
    // can be undone by restoring the backup it made.
    void restore_isUndoable_andBackupNamesNeverCollide()
    {
        const QString lib = makeLibrary(QStringLiteral("restore/lib.sqlite"));
        const QString daily = backups(lib)[0][QStringLiteral("file")].toString();
        QCOMPARE(sqliteValue(daily, QStringLiteral("SELECT count(*) FROM ratings")).toLongLong(),
                 0);
        for (const char *id : {"3", "4", "5"})
            QCOMPARE(
                withDb(lib, {QStringLiteral("rate"), QString::fromLatin1(id), QStringLiteral("5")})
                    .exitCode,
                0);
        // The library holds 5 ratings; the daily backup none.
        const Run first = withDb(lib, {QStringLiteral("restore"), daily});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(sqliteValue(lib, QStringLiteral("SELECT count(*) FROM ratings")).toLongLong(), 0);
        QJsonArray list = backups(lib);
        QString beforeRestore;
        for (const QJsonValue &b : list)
            if (b[QStringLiteral("kind")].toString() == QLatin1String("before restore"))
                beforeRestore = b[QStringLiteral("file")].toString();
        QVERIFY(!beforeRestore.isEmpty());
        QCOMPARE(
            sqliteValue(beforeRestore, QStringLiteral("SELECT count(*) FROM ratings")).toLongLong(),
            5);
        // Undo the restore at once, within the same second as likely as not.
        const Run undo = withDb(lib, {QStringLiteral("restore"), beforeRestore});
        QVERIFY2(undo.exitCode == 0, qPrintable(undo.err));
        QCOMPARE(sqliteValue(lib, QStringLiteral("SELECT count(*) FROM ratings")).toLongLong(), 5);
        int kept = 0;
        for (const QJsonValue &b : backups(lib))
            kept += b[QStringLiteral("kind")].toString() == QLatin1String("before restore");
        QCOMPARE(kept, 2);
        QVERIFY(movedAside(lib).isEmpty());
        // No logs left beside the backups a restore read.
        for (const QString &f : QDir(QFileInfo(daily).absolutePath()).entryList(QDir::Files))
            QVERIFY2(!f.endsWith(QLatin1String("-wal")) && !f.endsWith(QLatin1String("-shm")) &&
                         !f.endsWith(QLatin1String("-journal")),
                     qPrintable(f));
    }

    // Case 8: a backup that cannot be used is refused before anything changes.
    void restore_unusableBackup_isRefusedBeforeAnythingChanges_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("newer schema") << "newer";
        QTest::newRow("another program's file") << "foreign";
        QTest::newRow("damaged") << "damaged";
    }
    void restore_unusableBackup_isRefusedBeforeAnythingChanges()
    {
        QFETCH(QString, kind);
        const QString lib = makeLibrary(QStringLiteral("refuse-%1/lib.sqlite").arg(kind));
        const QString source = path(QStringLiteral("refuse-%1/source.sqlite").arg(kind));
        QVERIFY(QFile::copy(backups(lib)[0][QStringLiteral("file")].toString(), source));
        if (kind == QLatin1String("newer")) {
            QVERIFY(sqliteExec(source, QStringLiteral("PRAGMA user_version = 99")));
        } else if (kind == QLatin1String("foreign")) {
            QFile::remove(source);
            QVERIFY(sqliteExec(source, QStringLiteral("CREATE TABLE notes (body TEXT)"), "DELETE"));
        } else {
            QFile f(source);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(16384 + 100);
            f.write(QByteArray(30000, '\x5a'));
        }
        const int backupsBefore = int(backups(lib).size());
        const QByteArray before = hashOf(lib);
        const Run r = withDb(lib, {QStringLiteral("restore"), source});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(!r.err.isEmpty(), "no message");
        QCOMPARE(hashOf(lib), before);
        QCOMPARE(int(backups(lib).size()), backupsBefore);
        const Run stats = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QCOMPARE(stats.json()[QStringLiteral("ratings")].toInt(), 2);
    }

    // Case 8: the library's own log never pairs with the restored file: a library whose
    // writer died (its -wal and -shm still there) is restored cleanly.
    void restore_overALibraryWithALeftOverLog_opensTheBackup()
    {
        const QString lib = makeLibrary(QStringLiteral("log/lib.sqlite"));
        const QString daily = backups(lib)[0][QStringLiteral("file")].toString();
        // A writer dies with its commits still in the log.
        const pid_t child = fork();
        if (child == 0) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_exec(db,
                         "PRAGMA wal_autocheckpoint = 0; "
                         "INSERT INTO ratings (question_id, rated_at, confidence, context) "
                         "SELECT id, '2026-01-01T00:00:00.000Z', 3, 'study' FROM questions;",
                         nullptr, nullptr, nullptr);
            _exit(0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(QFileInfo(lib + QLatin1String("-wal")).size() > 0);
        const Run r = withDb(lib, {QStringLiteral("restore"), daily});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Run stats = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QCOMPARE(stats.json()[QStringLiteral("ratings")].toInt(), 0);
        QCOMPARE(stats.json()[QStringLiteral("questions")].toInt(), 51);
        // The library it replaced, log and all, is the "before restore" backup.
        QString beforeRestore;
        for (const QJsonValue &b : backups(lib))
            if (b[QStringLiteral("kind")].toString() == QLatin1String("before restore"))
                beforeRestore = b[QStringLiteral("file")].toString();
        QCOMPARE(
            sqliteValue(beforeRestore, QStringLiteral("SELECT count(*) FROM ratings")).toLongLong(),
            2 + 51);
        QVERIFY(movedAside(lib).isEmpty());
    }

    // A damaged library that another program has open is not moved from under it.
    void damagedLibraryOpenElsewhere_isNotMovedAside()
    {
        const QString lib = makeLibrary(QStringLiteral("held/lib.sqlite"));
        QVERIFY(sqliteExec(lib, QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE ratings;")));
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t child = fork();
        if (child == 0) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_exec(db, "SELECT count(*) FROM questions", nullptr, nullptr, nullptr);
            (void)!::write(ready[1], "r", 1);
            ::sleep(30);
            _exit(0);
        }
        char c = 0;
        QCOMPARE(::read(ready[0], &c, 1), 1);
        const Run r = withDb(lib, {QStringLiteral("stats")});
        ::kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("table `ratings` is missing")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("has it open")), qPrintable(r.err));
        QVERIFY(QFileInfo::exists(lib));
        QVERIFY(movedAside(lib).isEmpty());
        // Once nobody has it open, it is moved aside and the backup offered.
        const Run again = withDb(lib, {QStringLiteral("stats")});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(movedAside(lib).size(), 1);
        QVERIFY2(again.err.contains(QStringLiteral("restore")), qPrintable(again.err));
    }

    // A rating that meets another program's long write waits the busy timeout, then fails
    // saying why; nothing is half written.
    void rate_onABusyLibrary_waitsThenSaysSo()
    {
        const QString lib = makeLibrary(QStringLiteral("busy/lib.sqlite"));
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
        QElapsedTimer t;
        t.start();
        const Run r =
            withDb(lib, {QStringLiteral("rate"), QStringLiteral("3"), QStringLiteral("4")});
        const qint64 waited = t.elapsed();
        sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(waited >= 4900, qPrintable(QString::number(waited)));
        QVERIFY2(r.err.contains(QStringLiteral("busy")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("damaged")), qPrintable(r.err));
        QCOMPARE(sqliteValue(lib, QStringLiteral("SELECT count(*) FROM ratings")).toLongLong(), 2);
        // And once the other write is over, it works.
        QCOMPARE(withDb(lib, {QStringLiteral("rate"), QStringLiteral("3"), QStringLiteral("4")})
                     .exitCode,
                 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryFiles)
#include "tst_libraryfiles.moc"
