// Looking after the library file: damaged files moved aside (never deleted), backups taken
// and thinned out, restores that keep what they replace, a full disk, a read-only file.
#include "importer.h"
#include "librarycare.h"
#include "libraryfile.h"
#include "migrations.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

namespace {

const QDateTime kNow(QDate(2026, 3, 14), QTime(9, 30), Qt::LocalTime);

// A library with the starter bank and two ratings.
QString makeLibrary(const QString &path)
{
    auto store = Library::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    auto starter = readStarterBank();
    if (!starter || !importBankFile(**store, *starter, QStringLiteral("starter"), false))
        qFatal("starter bank");
    if (!(*store)->ratings().rate(1, 4, QStringLiteral("study"), kNow.toUTC()) ||
        !(*store)->ratings().rate(2, 2, QStringLiteral("study"), kNow.toUTC()))
        qFatal("rating");
    return path;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes, qint64 at = -1)
{
    QFile f(path);
    if (!f.open(at < 0 ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::ReadWrite))
        qFatal("cannot write %s", qPrintable(path));
    if (at >= 0)
        f.seek(at);
    f.write(bytes);
}

int rootPageOf(const QString &path, const QString &name)
{
    auto store = Library::open(path);
    return scalar(**store,
                  QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = '%1'").arg(name));
}

QString text(Library &store, const QString &sql)
{
    QSqlQuery q(LibraryInspector::database(store));
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

QString failureText(const std::variant<care::Opened, care::OpenFailure> &opened)
{
    const auto *failure = std::get_if<care::OpenFailure>(&opened);
    return failure ? failure->error.toString() : QString();
}

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

} // namespace

class TestLibraryCare : public QObject
{
    Q_OBJECT

private slots:
    void damaged_isMovedAsideWithTheNewestBackupOffered_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << "truncated"
                                   << "SQLite";
        QTest::newRow("garbage bytes") << "garbage"
                                       << "";
        QTest::newRow("not SQLite at all") << "text"
                                           << "not an SQLite database";
        QTest::newRow("index fails quick_check") << "index"
                                                 << "check of its pages";
    }
    void damaged_isMovedAsideWithTheNewestBackupOffered()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        QVERIFY(care::takeBackup(path, {}, kNow.addDays(-1)));
        const qint64 size = QFileInfo(path).size();
        if (kind == QLatin1String("truncated")) {
            QFile f(path);
            QVERIFY(f.resize(size / 2 + 100));
        } else if (kind == QLatin1String("garbage")) {
            // Page 2 onwards: random bytes over the tables.
            QByteArray junk(int(size - 16384), '\0');
            for (qsizetype i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 7919 + 13) % 251);
            writeBytes(path, junk, 16384);
        } else if (kind == QLatin1String("text")) {
            writeBytes(path, "These are my notes, not a library.\n");
        } else {
            const int page = rootPageOf(path, QStringLiteral("questions_by_due"));
            QVERIFY(page > 1);
            // The index's page: a leaf whose cells point far past its end.
            writeBytes(path, QByteArray("\x0a\x00\x00\x00\x05\x3f\xf0\x00", 8),
                       qint64(page - 1) * 16384);
            writeBytes(path, QByteArray(40, '\xee'), qint64(page - 1) * 16384 + 8);
        }
        const QByteArray damagedBytes = bytesOf(path);

        auto opened = care::openLibrary(path, kNow);
        auto *failure = std::get_if<care::OpenFailure>(&opened);
        QVERIFY(failure);
        QVERIFY(failure->damaged);
        QVERIFY2(failure->error.message.contains(QStringLiteral("damaged")),
                 qPrintable(failure->error.message));
        QVERIFY2(failure->error.message.contains(reason), qPrintable(failure->error.message));
        QCOMPARE(failure->error.file, path);
        // Moved, not deleted, byte for byte.
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(failure->movedTo.startsWith(path + QLatin1String(".damaged-2026-03-14-0930")));
        QCOMPARE(bytesOf(failure->movedTo), damagedBytes);
        QVERIFY(failure->newestBackup);
        QCOMPARE(failure->newestBackup->questions, 51);
        QCOMPARE(failure->newestBackup->ratings, 2);

        // The backup restores into the empty place; its ratings are there.
        auto kept = care::restoreBackup(path, failure->newestBackup->path, kNow);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        QVERIFY(kept->isEmpty()); // nothing was in the library's place
        auto store = Library::open(path);
        QVERIFY(store);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM ratings")), 2);
        QCOMPARE(text(**store, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void newerLibrary_isRefusedAndLeftWhereItIs()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        {
            auto store = Library::open(path);
            QSqlQuery q(LibraryInspector::database(**store));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QByteArray before = bytesOf(path);
        auto opened = care::openLibrary(path, kNow);
        auto *failure = std::get_if<care::OpenFailure>(&opened);
        QVERIFY(failure);
        QVERIFY(!failure->damaged);
        QVERIFY2(failure->error.message.contains(QStringLiteral("newer version of Prepdeck")),
                 qPrintable(failure->error.message));
        QCOMPARE(bytesOf(path), before);
    }

    void oldLibrary_isBackedUpThenUpgradedWithEveryRating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prepdeck.sqlite"));
        {
            // A library as the first version wrote it: schema 1 only.
            auto store = Library::open(path, schemaMigrations().mid(0, 1));
            QVERIFY(store);
            QSqlQuery q(LibraryInspector::database(**store));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO banks (id, name, source_path, layout, "
                                          "position, imported_at) VALUES (1, 'Old', 'old.md', "
                                          "'markdown', 0, '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO categories (id, bank_id, name, position) "
                                          "VALUES (1, 1, 'General', 0)")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO questions (id, bank_id, category_id, identity, "
                               "position, prompt, answer, created_at, updated_at) VALUES (1, 1, "
                               "1, 'what', 0, 'What?', 'That.', '2026-01-01T00:00:00Z', "
                               "'2026-01-01T00:00:00Z')")));
            for (int i = 0; i < 3; ++i)
                QVERIFY(q.exec(QStringLiteral("INSERT INTO ratings (question_id, confidence, "
                                              "rated_at, context) VALUES (1, %1, "
                                              "'2026-01-0%2T00:00:00Z', 'study')")
                                   .arg(i + 2)
                                   .arg(i + 1)));
        }
        auto opened = care::openLibrary(path, kNow);
        QVERIFY2(std::holds_alternative<care::Opened>(opened), qPrintable(failureText(opened)));
        Library &store = *std::get<care::Opened>(opened).store;
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA user_version")),
                 schemaMigrations().last().version);
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM ratings")), 3);
        // It is marked as Prepdeck's now.
        QCOMPARE(scalar(store, QStringLiteral("PRAGMA application_id")),
                 libraryfile::kApplicationId);
        const QList<care::Backup> backups = care::listBackups(path);
        QCOMPARE(backups.size(), 2); // before the upgrade, and the day's one after it
        bool before = false;
        for (const care::Backup &b : backups) {
            if (b.kind != QLatin1String("before upgrade"))
                continue;
            before = true;
            QCOMPARE(b.ratings, 3);
            auto old = Library::open(b.path, schemaMigrations().mid(0, 1));
            QVERIFY(old);
            QCOMPARE(scalar(**old, QStringLiteral("PRAGMA user_version")), 1);
        }
        // The day's backup, taken after the upgrade, carries the id too.
        for (const care::Backup &b : backups)
            if (b.kind == QLatin1String("daily")) {
                auto copy = Library::open(b.path);
                QVERIFY(copy);
                QCOMPARE(scalar(**copy, QStringLiteral("PRAGMA application_id")),
                         libraryfile::kApplicationId);
            }
        QVERIFY(before);
    }

    void dailyBackup_onceADay_thinnedToSevenDailyAndFourWeekly()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        // Opened every day for 60 days, twice on each.
        for (int day = 59; day >= 0; --day) {
            for (int twice = 0; twice < 2; ++twice) {
                auto opened = care::openLibrary(path, kNow.addDays(-day).addSecs(twice * 3600));
                QVERIFY(std::holds_alternative<care::Opened>(opened));
                QVERIFY(std::get<care::Opened>(opened).notice.isEmpty());
            }
        }
        const QList<care::Backup> backups = care::listBackups(path);
        QCOMPARE(backups.size(), 11);
        for (int i = 0; i < 7; ++i)
            QCOMPARE(backups[i].taken.date(), kNow.date().addDays(-i));
        QSet<int> weeks;
        for (int i = 7; i < 11; ++i) {
            QVERIFY(backups[i].taken.date() < kNow.date().addDays(-6));
            weeks << backups[i].taken.date().weekNumber();
            QCOMPARE(backups[i].questions, 51);
        }
        QCOMPARE(weeks.size(), 4);
        // Owner-only, like the library.
        QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions(0x7077), ownerOnly());
        for (const care::Backup &b : backups)
            QCOMPARE(QFile::permissions(b.path) & QFileDevice::Permissions(0x7077), ownerOnly());
    }

    void newLibrary_isOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/prepdeck.sqlite"));
        {
            auto store = Library::open(path);
            QVERIFY(store);
        }
        QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions(0x7077), ownerOnly());
    }

    void restore_keepsTheLibraryItReplaces_andWaitsForOthers()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        auto backup = care::takeBackup(path, {}, kNow);
        QVERIFY(backup);
        {
            auto store = Library::open(path);
            QVERIFY((*store)->ratings().rate(3, 5, QStringLiteral("study"), kNow.toUTC()));
            // Someone has it open: refused, nothing changed.
            auto refused = care::restoreBackup(path, *backup, kNow);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(QStringLiteral("open in another")),
                     qPrintable(refused.error().message));
            QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM ratings")), 3);
        }
        auto kept = care::restoreBackup(path, *backup, kNow.addSecs(60));
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        QVERIFY(QFileInfo::exists(*kept));
        QVERIFY(kept->contains(QStringLiteral("before-restore")));
        auto store = Library::open(path);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM ratings")), 2);
        auto previous = Library::open(*kept);
        QCOMPARE(scalar(**previous, QStringLiteral("SELECT count(*) FROM ratings")), 3);

        // Not a backup at all: refused with the reason.
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        writeBytes(notes, "just text\n");
        auto wrong = care::restoreBackup(path, notes, kNow);
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().message.contains(QStringLiteral("cannot be used")),
                 qPrintable(wrong.error().message));
    }

    void restoreInto_anOpenLibrary()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        auto backup = care::takeBackup(path, {}, kNow);
        auto store = Library::open(path);
        QVERIFY((*store)->ratings().rate(3, 5, QStringLiteral("study"), kNow.toUTC()));
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM ratings")), 3);
        auto kept = care::restoreInto(**store, *backup, kNow);
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM ratings")), 2);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM questions")), 51);
        QCOMPARE((*store)->questions().list()->size(), 51);
        auto previous = Library::open(*kept);
        QCOMPARE(scalar(**previous, QStringLiteral("SELECT count(*) FROM ratings")), 3);
    }

    void fullDisk_importFailsCleanlySayingSo()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        auto store = Library::open(path);
        const int questions = scalar(**store, QStringLiteral("SELECT count(*) FROM questions"));
        const int pages = scalar(**store, QStringLiteral("PRAGMA page_count"));
        // The disk holds two more pages, far less than a bank of 300 long answers needs.
        QSqlQuery q(LibraryInspector::database(**store));
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        QString bank = QStringLiteral("## Big\n\n");
        for (int i = 0; i < 300; ++i)
            bank += QStringLiteral("### Question %1?\n\n%2\n\n")
                        .arg(i)
                        .arg(QString(2000, QLatin1Char('a' + i % 26)));
        const QString file = dir.filePath(QStringLiteral("big.md"));
        writeBytes(file, bank.toUtf8());
        auto report = importFile(**store, file, ReadOptions{}, false);
        QVERIFY(!report);
        QVERIFY2(report.error().message.contains(QStringLiteral("the disk is full")),
                 qPrintable(report.error().message));
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM questions")), questions);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM banks")), 1);
        // The native format goes the streamed way: the same.
        const QString native = dir.filePath(QStringLiteral("big-native.md"));
        auto parsed = readBankFile(file);
        QVERIFY(parsed);
        writeBytes(native, writeNativeBanks(parsed->banks).toUtf8());
        auto streamed = importFile(**store, native, ReadOptions{}, false);
        QVERIFY(!streamed);
        QVERIFY2(streamed.error().message.contains(QStringLiteral("the disk is full")),
                 qPrintable(streamed.error().message));
        QCOMPARE(scalar(**store, QStringLiteral("SELECT count(*) FROM questions")), questions);
        QCOMPARE(text(**store, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    // Preferences → library location: copied while open, checked, then the new file is the
    // library; the old one goes only once the new one has opened.
    void moveLibrary_copiesChecksThenSwitches()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(care::settingsFile());
        QTemporaryDir dir;
        const QString from = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        const QString to = dir.filePath(QStringLiteral("synced/Prepdeck library.sqlite"));
        {
            auto open = Library::open(from); // the window has it open meanwhile
            QVERIFY(open);
            QVERIFY((*open)->ratings().rate(3, 5, QStringLiteral("study"), kNow.toUTC()));
            const Status moved = care::moveLibrary(from, to);
            QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        }
        QCOMPARE(Library::defaultPath(), QFileInfo(to).absoluteFilePath());
        QCOMPARE(QFile::permissions(to) & QFileDevice::Permissions(0x7077), ownerOnly());
        QVERIFY(QFile::exists(from)); // until the new one has opened

        // Refused: onto an existing file, or onto itself; nothing changes.
        const QString other = makeLibrary(dir.filePath(QStringLiteral("other.sqlite")));
        const QByteArray before = bytesOf(other);
        const Status refused = care::moveLibrary(to, other);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("already there")));
        QCOMPARE(bytesOf(other), before);
        QCOMPARE(Library::defaultPath(), QFileInfo(to).absoluteFilePath());

        auto opened = care::openLibrary(Library::defaultPath(), kNow);
        QVERIFY2(std::holds_alternative<care::Opened>(opened), qPrintable(failureText(opened)));
        Library &store = *std::get<care::Opened>(opened).store;
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM ratings")), 3);
        QCOMPARE(scalar(store, QStringLiteral("SELECT COUNT(*) FROM questions")), 51);
        QVERIFY(!QFile::exists(from));
        QVERIFY(!QFile::exists(from + QStringLiteral("-wal")));
        QFile::remove(care::settingsFile());
    }

    void readOnlyFile_opensReadOnly_writesFailWithAMessage()
    {
        QTemporaryDir dir;
        const QString path = makeLibrary(dir.filePath(QStringLiteral("prepdeck.sqlite")));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        auto opened = care::openLibrary(path, kNow);
        QVERIFY2(std::holds_alternative<care::Opened>(opened), qPrintable(failureText(opened)));
        Library &store = *std::get<care::Opened>(opened).store;
        QVERIFY(store.isReadOnly());
        QCOMPARE(store.questions().list()->size(), 51);
        auto rated = store.ratings().rate(3, 5, QStringLiteral("study"), kNow.toUTC());
        QVERIFY(!rated);
        QVERIFY2(rated.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(rated.error().message));
        auto starter = readStarterBank();
        auto imported = importBankFile(store, *starter, QStringLiteral("again"), false);
        QVERIFY(!imported);
        QVERIFY2(imported.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(imported.error().message));
        QCOMPARE(scalar(store, QStringLiteral("SELECT count(*) FROM ratings")), 2);
        QVERIFY(care::listBackups(path).isEmpty()); // nothing written beside it either
    }
};

QTEST_GUILESS_MAIN(TestLibraryCare)
#include "tst_librarycare.moc"
