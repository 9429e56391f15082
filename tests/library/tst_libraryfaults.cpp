// Faults injected, not waited for: a full disk, a failing disk and a file system turning
// read-only, at every write (or sync) of rating, importing, backing up, restoring and
// upgrading the library, through a fault-injecting SQLite VFS (tests/faultvfs). Each time
// the operation fails with a message about the disk (never "damaged"), nothing is moved
// aside, and the library opens afterwards holding exactly what it held before (or, when
// the fault came after the commit, exactly the new content).
#include "faultvfs.h"
#include "importer.h"
#include "librarycare.h"
#include "migrations.h"
#include "sqlitetestsupport.h"
#include "storetestsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace prepdeck;

namespace {

const QDateTime kNow(QDate(2026, 3, 14), QTime(9, 30), Qt::LocalTime);

// What a library holds, as far as a person would notice.
struct Fingerprint
{
    qint64 questions = -1;
    qint64 ratings = -1;
    qint64 banks = -1;
    QString notes;
    bool operator==(const Fingerprint &) const = default;
    QString toString() const
    {
        return QStringLiteral("%1 questions, %2 ratings, %3 banks, notes '%4'")
            .arg(questions)
            .arg(ratings)
            .arg(banks)
            .arg(notes);
    }
};

qint64 number(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        n = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return n;
}

Fingerprint fingerprintOf(const QString &path)
{
    Fingerprint f;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        f.questions = number(db, "SELECT count(*) FROM questions WHERE retired = 0");
        f.ratings = number(db, "SELECT count(*) FROM ratings");
        f.banks = number(db, "SELECT count(*) FROM banks");
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT group_concat(note, '|') FROM questions WHERE note != ''",
                               -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
            f.notes =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return f;
}

// A library with the starter bank, two ratings and a note, closed.
void makeLibrary(const QString &path)
{
    auto store = Library::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    auto starter = readStarterBank();
    if (!starter || !importBankFile(**store, *starter, QStringLiteral("starter"), false))
        qFatal("starter bank");
    if (!(*store)->ratings().rate(1, 4, QStringLiteral("study"), kNow.toUTC()) ||
        !(*store)->ratings().rate(2, 2, QStringLiteral("study"), kNow.toUTC()) ||
        !(*store)->questions().setNote(3, QStringLiteral("my own words")))
        qFatal("rating");
}

// A library as an older Prepdeck left it (schema 4), with a question and its ratings.
void makeOldLibrary(const QString &path)
{
    auto store = Library::open(path, schemaMigrations().mid(0, 4));
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    QSqlQuery q(LibraryInspector::database(**store));
    const bool ok =
        q.exec(QStringLiteral("INSERT INTO banks (id, name, source_path, layout, position, "
                              "imported_at) VALUES (1, 'Old', 'old.md', 'markdown', 0, "
                              "'2026-01-01T00:00:00Z')")) &&
        q.exec(QStringLiteral(
            "INSERT INTO categories (id, bank_id, name, position) VALUES (1, 1, 'General', 0)")) &&
        q.exec(QStringLiteral("INSERT INTO questions (id, bank_id, category_id, identity, "
                              "position, prompt, answer, created_at, updated_at) VALUES (1, 1, "
                              "1, 'what', 0, 'What?', 'That.', '2026-01-01T00:00:00Z', "
                              "'2026-01-01T00:00:00Z')")) &&
        q.exec(QStringLiteral("INSERT INTO ratings (question_id, confidence, rated_at, context) "
                              "VALUES (1, 3, '2026-01-01T00:00:00Z', 'study')"));
    if (!ok)
        qFatal("old library: %s", qPrintable(q.lastError().text()));
}

QString markdownBank(const QString &dir)
{
    const QString path = dir + QLatin1String("/more.md");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    QByteArray text = "# More\n\n## Networks\n\n";
    for (int i = 0; i < 60; ++i)
        text += "### What is port " + QByteArray::number(i) + " for?\n\nSomething " +
                QByteArray(200, 'x') + ".\n\n";
    f.write(text);
    return path;
}

QString csvBank(const QString &dir)
{
    const QString path = dir + QLatin1String("/cards.csv");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    QByteArray text = "question,answer,category\n";
    for (int i = 0; i < 60; ++i)
        text += "\"What is code " + QByteArray::number(i) + "?\",\"A code " + QByteArray(100, 'y') +
                "\",Codes\n";
    f.write(text);
    return path;
}

QString nativeBank(const QString &dir)
{
    const QString path = dir + QLatin1String("/native.md");
    Bank bank;
    bank.name = QStringLiteral("Native");
    Category c;
    c.name = QStringLiteral("Storage");
    for (int i = 0; i < 60; ++i) {
        Question q;
        q.prompt = QStringLiteral("Why store %1 things?").arg(i);
        q.answer = QStringLiteral("Because %1.").arg(QString(300, QLatin1Char('z')));
        c.questions << q;
    }
    bank.categories << c;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(writeNativeBanks({bank}).toUtf8());
    return path;
}

enum class Operation
{
    Rate,
    Note,
    ImportMarkdown,
    ImportNative,
    ImportCsv,
    Backup,
    Restore,
    Upgrade,
};

// Runs the operation on the library at path; an error, or nothing when it succeeded.
std::optional<Error> run(Operation op, const QString &path, const QString &input)
{
    switch (op) {
    case Operation::Upgrade: {
        auto opened = care::openLibrary(path, kNow, false);
        if (auto *failure = std::get_if<care::OpenFailure>(&opened))
            return failure->error;
        return std::nullopt;
    }
    case Operation::Backup: {
        auto taken = care::takeBackup(path, QStringLiteral("before-schema-9"), kNow);
        return taken ? std::nullopt : std::optional<Error>(taken.error());
    }
    case Operation::Restore: {
        auto kept = care::restoreBackup(path, input, kNow);
        return kept ? std::nullopt : std::optional<Error>(kept.error());
    }
    default:
        break;
    }
    return std::nullopt;
}

std::optional<Error> runOnStore(Operation op, Library &store, const QString &input)
{
    switch (op) {
    case Operation::Rate: {
        auto rated = store.ratings().rate(5, 5, QStringLiteral("study"), kNow.toUTC());
        return rated ? std::nullopt : std::optional<Error>(rated.error());
    }
    case Operation::Note: {
        const Status saved = store.questions().setNote(4, QStringLiteral("a second note"));
        return saved ? std::nullopt : std::optional<Error>(saved.error());
    }
    case Operation::ImportMarkdown:
    case Operation::ImportNative:
    case Operation::ImportCsv: {
        ReadOptions options;
        auto report = importFile(store, input, options, false);
        return report ? std::nullopt : std::optional<Error>(report.error());
    }
    default:
        return std::nullopt;
    }
}

bool onStore(Operation op)
{
    return op != Operation::Upgrade && op != Operation::Backup && op != Operation::Restore;
}

} // namespace

class TestLibraryFaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_template;    // a closed library to copy
    QString m_oldTemplate; // likewise, at schema 4
    QString m_backup;      // a backup of m_template, with fewer ratings

    QString freshCopy(const QString &from, const QString &name)
    {
        const QString folder = m_dir.filePath(name);
        QDir(folder).removeRecursively();
        QDir().mkpath(folder);
        const QString to = folder + QLatin1String("/lib.sqlite");
        if (!QFile::copy(from, to))
            qFatal("copy");
        QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return to;
    }

    // Runs op on a fresh copy with the fault armed; checks what a person would see.
    void runWithFault(Operation op, const QString &input, const faultvfs::Plan &plan,
                      const Fingerprint &before, const Fingerprint &after, const QString &tag)
    {
        const QString from = op == Operation::Upgrade ? m_oldTemplate : m_template;
        const QString lib = freshCopy(from, QStringLiteral("trial"));
        std::optional<Error> error;
        {
            std::unique_ptr<Library> store;
            if (onStore(op)) {
                auto opened = Library::open(lib);
                QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
                store = std::move(*opened);
            }
            faultvfs::arm(plan);
            error = onStore(op) ? runOnStore(op, *store, input) : run(op, lib, input);
            faultvfs::disarm();
        }
        QVERIFY2(faultvfs::fired(), qPrintable(tag + QLatin1String(": the fault never came")));
        if (error) {
            QVERIFY2(
                error->kind == Error::Kind::DiskFull || error->kind == Error::Kind::DiskError ||
                    error->kind == Error::Kind::ReadOnly || error->kind == Error::Kind::CannotOpen,
                qPrintable(tag + QLatin1String(": ") + error->message));
            const QString message = error->message;
            QVERIFY2(!message.contains(QLatin1String("damaged")), qPrintable(tag + message));
            QVERIFY2(message.contains(QLatin1String("disk")) ||
                         message.contains(QLatin1String("read-only")),
                     qPrintable(tag + QLatin1String(": ") + message));
        }
        // Nothing moved aside; the library opens as it was, or as the finished operation
        // left it.
        const QStringList aside =
            QFileInfo(lib).dir().entryList({QStringLiteral("lib.sqlite.damaged-*")});
        QVERIFY2(aside.isEmpty(), qPrintable(tag));
        {
            auto opened = care::openLibrary(lib, kNow, false);
            auto *failure = std::get_if<care::OpenFailure>(&opened);
            QVERIFY2(!failure, qPrintable(tag + QLatin1String(": ") +
                                          (failure ? failure->error.toString() : QString())));
        }
        QCOMPARE(sqliteValue(lib, QStringLiteral("PRAGMA quick_check")), QStringLiteral("ok"));
        const Fingerprint now = fingerprintOf(lib);
        if (error)
            QVERIFY2(now == before, qPrintable(tag + QLatin1String(": ") + now.toString()));
        else
            QVERIFY2(now == after, qPrintable(tag + QLatin1String(": ") + now.toString()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        faultvfs::install();
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        makeLibrary(m_template);
        m_oldTemplate = m_dir.filePath(QStringLiteral("old.sqlite"));
        makeOldLibrary(m_oldTemplate);
        // The restore's source: the starter bank with no ratings, a backup of its own.
        const QString source = m_dir.filePath(QStringLiteral("source.sqlite"));
        {
            auto store = Library::open(source);
            QVERIFY(store);
            auto starter = readStarterBank();
            QVERIFY(importBankFile(**store, *starter, QStringLiteral("starter"), false));
        }
        auto backup = care::takeBackup(source, QStringLiteral("before-restore"), kNow);
        QVERIFY(backup);
        m_backup = *backup;
    }

    void everyWrite_ofEveryOperation_failsCleanly_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<QString>("fault");
        const QList<std::pair<const char *, Operation>> ops = {
            {"rate", Operation::Rate},
            {"note", Operation::Note},
            {"import markdown", Operation::ImportMarkdown},
            {"import native", Operation::ImportNative},
            {"import csv", Operation::ImportCsv},
            {"backup", Operation::Backup},
            {"restore", Operation::Restore},
            {"upgrade", Operation::Upgrade},
        };
        for (const auto &[name, op] : ops)
            for (const char *fault : {"write:nospace", "write:eio:once", "write:short:once",
                                      "sync:eio:once", "write:erofs"})
                QTest::newRow(qPrintable(
                    QStringLiteral("%1, %2").arg(QLatin1String(name), QLatin1String(fault))))
                    << int(op) << QString::fromLatin1(fault);
    }
    void everyWrite_ofEveryOperation_failsCleanly()
    {
        QFETCH(int, operation);
        QFETCH(QString, fault);
        const auto op = static_cast<Operation>(operation);
        const QString input = op == Operation::ImportMarkdown ? markdownBank(m_dir.path())
                              : op == Operation::ImportNative ? nativeBank(m_dir.path())
                              : op == Operation::ImportCsv    ? csvBank(m_dir.path())
                              : op == Operation::Restore      ? m_backup
                                                              : QString();
        const QString from = op == Operation::Upgrade ? m_oldTemplate : m_template;
        const Fingerprint before = fingerprintOf(from);

        // Without a fault: what the operation writes, and what it leaves.
        const QStringList parts = fault.split(QLatin1Char(':'));
        const faultvfs::Op counted =
            parts[0] == QLatin1String("sync") ? faultvfs::Op::Sync : faultvfs::Op::Write;
        Fingerprint after;
        int operations = 0;
        {
            const QString lib = freshCopy(from, QStringLiteral("count"));
            std::unique_ptr<Library> store;
            if (onStore(op)) {
                auto opened = Library::open(lib);
                QVERIFY(opened);
                store = std::move(*opened);
            }
            faultvfs::resetCounts();
            const auto error = onStore(op) ? runOnStore(op, *store, input) : run(op, lib, input);
            QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
            operations = faultvfs::count(counted);
            store.reset();
            after = fingerprintOf(lib);
        }
        QVERIFY(operations > 0);
        QVERIFY(!(after == before) || op == Operation::Backup || op == Operation::Upgrade);

        // The fault at every write (or sync), or at 40 spread evenly from the first to the last.
        QList<int> nths;
        const int trials = operations <= 80 ? operations : 40;
        for (int i = 0; i < trials; ++i)
            nths << 1 + (trials == 1 ? 0 : i * (operations - 1) / (trials - 1));
        for (const int nth : nths) {
            const auto plan = faultvfs::parsePlan(QStringLiteral("%1:%2:%3")
                                                      .arg(parts[0])
                                                      .arg(nth)
                                                      .arg(parts.mid(1).join(QLatin1Char(':'))));
            QVERIFY(plan);
            runWithFault(op, input, *plan, before, after,
                         QStringLiteral("%1 at %2 of %3").arg(fault).arg(nth).arg(operations));
            if (QTest::currentTestFailed())
                return;
        }
    }

    // Case 4: with the library closed, the disk fills up; the WAL index (-shm) cannot be
    // made. That is a full disk, not a damaged library.
    void fullDisk_withTheLibraryClosed_isNotDamage()
    {
        const QString lib = freshCopy(m_template, QStringLiteral("full"));
        QVERIFY(!QFileInfo::exists(lib + QLatin1String("-shm")));
        const Fingerprint before = fingerprintOf(lib);
        faultvfs::arm(*faultvfs::parsePlan(QStringLiteral("shmmap:1:nospace")));
        {
            auto opened = care::openLibrary(lib, kNow);
            faultvfs::disarm();
            auto *failure = std::get_if<care::OpenFailure>(&opened);
            QVERIFY(failure);
            QVERIFY(!failure->damaged);
            QVERIFY(failure->error.kind == Error::Kind::DiskError ||
                    failure->error.kind == Error::Kind::DiskFull);
            QVERIFY2(failure->error.message.contains(QLatin1String("disk")),
                     qPrintable(failure->error.message));
            QVERIFY2(!failure->error.message.contains(QLatin1String("damaged")),
                     qPrintable(failure->error.message));
        }
        QVERIFY(QFileInfo(lib).dir().entryList({QStringLiteral("lib.sqlite.damaged-*")}).isEmpty());
        auto opened = care::openLibrary(lib, kNow);
        QVERIFY(std::holds_alternative<care::Opened>(opened));
        QVERIFY(fingerprintOf(lib) == before);
    }
};

QTEST_GUILESS_MAIN(TestLibraryFaults)
#include "tst_libraryfaults.moc"
