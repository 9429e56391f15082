// The library file: schema migrations, full-text index, rating events and re-import.
#include "library.h"
#include "storetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

namespace {

Question makeQuestion(const QString &prompt, const QString &answer, std::optional<int> number = {})
{
    Question q;
    q.prompt = prompt;
    q.answer = answer;
    q.number = number;
    q.sourceFile = QStringLiteral("t.md");
    q.sourceLine = 1;
    return q;
}

Bank sampleBank()
{
    return Bank{QStringLiteral("Sample"),
                {Category{QStringLiteral("Databases"),
                          {makeQuestion(QStringLiteral("What is an index?"),
                                        QStringLiteral("A sorted lookup structure."), 1),
                           makeQuestion(QStringLiteral("What is MVCC?"),
                                        QStringLiteral("Versions instead of read locks."), 2)},
                          {}},
                 Category{QStringLiteral("Networks"),
                          {makeQuestion(QStringLiteral("What is a socket?"),
                                        QStringLiteral("An endpoint."), 3)},
                          {}}}};
}

std::unique_ptr<Library> openOrDie(const QString &path,
                                   const QList<Migration> &migrations = schemaMigrations())
{
    auto store = Library::open(path, migrations);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Three questions in two categories as a version-1 library held them, written with the
    // SQL of that time (today's import needs today's tables).
    static void writeVersion1Questions(Library &store)
    {
        QSqlQuery q(LibraryInspector::database(store));
        const QString now = QStringLiteral("'2026-01-01T09:00:00.000Z'");
        QVERIFY(q.exec(QStringLiteral("INSERT INTO banks (id, name, source_path, layout, position, "
                                      "imported_at) VALUES (1, 'Sample', '/x/sample.md', 'test', "
                                      "1, %1)")
                           .arg(now)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO categories (id, bank_id, name, position) VALUES "
                                      "(1, 1, 'Databases', 0), (2, 1, 'Networks', 1)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO questions (id, bank_id, category_id, identity, position, "
                           "number, prompt, answer, created_at, updated_at) VALUES "
                           "(1, 1, 1, 'what is an index', 0, 1, 'What is an index?', 'A sorted "
                           "lookup.', %1, %1), "
                           "(2, 1, 1, 'what is mvcc', 1, 2, 'What is MVCC?', 'Versions.', %1, %1), "
                           "(3, 1, 2, 'what is tcp', 2, 3, 'What is TCP?', 'A stream.', %1, %1)")
                .arg(now)));
    }

    void newLibrary_isAtLatestSchemaWithWalAndForeignKeys()
    {
        QTemporaryDir dir;
        auto store = openOrDie(dir.filePath(QStringLiteral("lib.sqlite")));
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")),
                 schemaMigrations().last().version);
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery q(LibraryInspector::database(*store));
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void migration_upgradesOldFileAndKeepsEveryRating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QList<Migration> v1 = schemaMigrations().mid(0, 1);
        {
            // A library as version 1 wrote it: ratings are plain rows.
            auto store = openOrDie(path, v1);
            writeVersion1Questions(*store);
            QSqlQuery q(LibraryInspector::database(*store));
            for (int c = 1; c <= 5; ++c)
                QVERIFY(q.exec(
                    QStringLiteral("INSERT INTO ratings (question_id, rated_at, confidence, "
                                   "context) VALUES (1, '2026-01-0%1T10:00:00.000Z', %1, 'study')")
                        .arg(c)));
        }
        QList<Migration> upgraded = schemaMigrations();
        const int latest = upgraded.last().version;
        upgraded << Migration{latest + 1,
                              QStringLiteral("test step"),
                              {QStringLiteral("CREATE TABLE test_step (x INTEGER)")},
                              {}};
        auto store = openOrDie(path, upgraded);
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")), latest + 1);
        QCOMPARE(
            scalar(*store, QStringLiteral("SELECT COUNT(*) FROM ratings WHERE question_id = 1")),
            5);
        // Version 2 filled in each question's latest rating from the events.
        QCOMPARE(store->questions().list()->first().confidence, std::optional<int>(5));
        QCOMPARE(store->questions().list()->at(1).confidence, std::nullopt);
        // Version 5 indexed the words of the questions already there, and counted them.
        QCOMPARE(
            store->questions().list(QuestionFilter::matching({}, QStringLiteral("sorted")))->size(),
            1);
        const auto summaries = *store->questions().categorySummaries();
        QCOMPARE(summaries.size(), 2);
        QCOMPARE(summaries[0].questions, 2);
        QCOMPARE(summaries[0].rated, 1);
        QCOMPARE(summaries[0].meanConfidence, std::optional<double>(5.0));
        QCOMPARE(summaries[1].questions, 1);
        QVERIFY(store->questions().setNote(2, QStringLiteral("remember snapshots")));
        QCOMPARE(store->questions()
                     .list(QuestionFilter::matching({}, QStringLiteral("snapshots")))
                     ->size(),
                 1);
    }

    void failingMigration_rollsBackAndLeavesVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        const QList<Migration> v1 = schemaMigrations().mid(0, 1);
        writeVersion1Questions(*openOrDie(path, v1));
        QList<Migration> broken = v1;
        broken << Migration{2,
                            QStringLiteral("broken step"),
                            {QStringLiteral("ALTER TABLE questions ADD COLUMN extra TEXT"),
                             QStringLiteral("THIS IS NOT SQL")},
                            {}};
        auto failed = Library::open(path, broken);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("Nothing was changed")));
        auto store = openOrDie(path, v1);
        QCOMPARE(scalar(*store, QStringLiteral("PRAGMA user_version")), 1);
        QCOMPARE(
            scalar(*store,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM pragma_table_info('questions') WHERE name = 'extra'")),
            0);
    }

    void newerLibrary_isRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            auto store = openOrDie(path);
            QSqlQuery q(LibraryInspector::database(*store));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        auto store = Library::open(path);
        QVERIFY(!store);
        QVERIFY(store.error().message.contains(QStringLiteral("newer version")));
    }

    void notADatabase_isRefusedWithAdvice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = Library::open(path);
        QVERIFY(!store);
        // SQLite says SQLITE_NOTADB: damaged (the caller moves it aside, Library::open never
        // touches it).
        QCOMPARE(store.error().kind, Error::Kind::Damaged);
        QVERIFY2(store.error().message.contains(QStringLiteral("not an SQLite database")),
                 qPrintable(store.error().message));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
    }

    void categoryCounts_followRatingsUndoAndRetiring()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        Bank bank = sampleBank();
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/b.md"), {}, false));
        const QDateTime t = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        const QList<StoredQuestion> all = *store->questions().list();
        QVERIFY(store->ratings().rate(all[0].id, 5, QStringLiteral("study"), t));
        auto second = store->ratings().rate(all[1].id, 2, QStringLiteral("study"), t);
        QVERIFY(second);
        QVERIFY(store->ratings().rate(all[1].id, 4, QStringLiteral("study"), t.addSecs(5)));
        QVERIFY(store->ratings().unrate(store->ratings().history(all[1].id)->last()));
        bank.categories[0].questions.removeFirst(); // retired by the next import
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/b.md"), {}, false));
        // The kept counts equal counting the questions themselves.
        QSqlQuery q(LibraryInspector::database(*store));
        QVERIFY(q.exec(QStringLiteral(
            "SELECT COUNT(*) FROM category_stats s WHERE s.questions > 0 AND NOT EXISTS ("
            "SELECT 1 FROM questions q WHERE q.category_id = s.category_id AND q.retired = 0 "
            "GROUP BY q.category_id HAVING COUNT(*) = s.questions "
            "AND COUNT(q.last_confidence) = s.rated "
            "AND COALESCE(SUM(q.last_confidence >= 4), 0) = s.ready "
            "AND COALESCE(SUM(q.last_confidence), 0) = s.confidence_sum)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        const auto summaries = *store->questions().categorySummaries();
        QCOMPARE(summaries[0].questions, static_cast<int>(bank.categories[0].questions.size()));
        QCOMPARE(summaries[0].rated, 1);
        QCOMPARE(summaries[0].meanConfidence, std::optional<double>(2.0));
    }

    void ratings_areEventsThatCannotBeRewritten()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, {}, {}, false));
        const QDateTime t = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
        QVERIFY(store->ratings().rate(2, 2, QStringLiteral("study"), t));
        QVERIFY(store->ratings().rate(2, 4, QStringLiteral("mock"), t.addSecs(60)));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM ratings")), 2);
        QCOMPARE(store->questions().list()->at(1).confidence, std::optional<int>(4));
        QSqlQuery q(LibraryInspector::database(*store));
        QVERIFY(!q.exec(QStringLiteral("UPDATE ratings SET confidence = 5")));
        QVERIFY(q.lastError().text().contains(QStringLiteral("never overwritten")));
        // What went wrong is told by its kind, not only in words.
        const auto outOfRange = store->ratings().rate(2, 6, QStringLiteral("study"), t);
        QVERIFY(!outOfRange);
        QCOMPARE(outOfRange.error().kind, Error::Kind::Usage);
        const auto noSuchQuestion = store->ratings().rate(999, 3, QStringLiteral("study"), t);
        QVERIFY(!noSuchQuestion);
        QCOMPARE(noSuchQuestion.error().kind, Error::Kind::NotFound);
        QCOMPARE(store->questions().find(999).error().kind, Error::Kind::NotFound);
        QCOMPARE(store->mocks().find(999).error().kind, Error::Kind::NotFound);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM ratings")), 2);
    }

    void rate_schedulesAndUnrateRestores()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        const QDateTime t(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        auto first = store->ratings().rate(1, 4, QStringLiteral("study"), t);
        QVERIFY(first);
        QCOMPARE(first->due, t.addDays(7));
        QVERIFY(!first->dueBefore.isValid());
        auto second = store->ratings().rate(1, 5, QStringLiteral("study"), t.addDays(7));
        QCOMPARE(second->due, t.addDays(7 + 28));
        QCOMPARE(second->dueBefore, t.addDays(7));
        auto q = *store->questions().find(1);
        QCOMPARE(q.confidence, std::optional<int>(5));
        QCOMPARE(q.due, t.addDays(35));
        QCOMPARE(q.lastRated, t.addDays(7));

        QVERIFY(store->ratings().unrate(*second));
        q = *store->questions().find(1);
        QCOMPARE(q.confidence, std::optional<int>(4));
        QCOMPARE(q.due, t.addDays(7));
        QCOMPARE(store->ratings().history(1)->size(), 1);

        auto again = store->ratings().rerate(*second);
        QVERIFY(again);
        QCOMPARE(store->questions().find(1)->due, t.addDays(35));
        QCOMPARE(store->ratings().history(1)->size(), 2);
        QCOMPARE(store->ratings().history(1)->last().confidence, 5);

        QVERIFY(store->ratings().unrate(*again));
        QVERIFY(store->ratings().unrate(*first));
        q = *store->questions().find(1);
        QCOMPARE(q.confidence, std::nullopt);
        QVERIFY(!q.due.isValid());
        QVERIFY(!q.lastRated.isValid());
    }

    void questionRows_filterSortAndPage()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        const QDateTime now(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
        QVERIFY(store->ratings().rate(1, 5, QStringLiteral("study"),
                                      now.addDays(-30)));                   // due 2 weeks ago
        QVERIFY(store->ratings().rate(2, 2, QStringLiteral("study"), now)); // weak, due tomorrow
        // 3 is never rated

        QuestionFilter all;
        QCOMPARE(*store->questions().countQuestions(all), 3);
        auto ids = [&](const QuestionFilter &f, QuestionOrder o,
                       Qt::SortOrder d = Qt::AscendingOrder) {
            QList<qint64> out;
            const QList<qint64> ordered = *store->questions().questionIds(f, o, d);
            if (*store->questions().countQuestions(f) != ordered.size())
                qFatal("the count and the ids disagree");
            for (const QuestionRow &r : *store->questions().questionRowsByIds(ordered))
                out << r.id;
            return out;
        };
        QCOMPARE(ids(all, QuestionOrder::Library), (QList<qint64>{1, 2, 3}));
        QCOMPARE(ids(all, QuestionOrder::Prompt),
                 (QList<qint64>{3, 1, 2})); // "a socket", "an index", "MVCC"
        QCOMPARE(ids(all, QuestionOrder::Confidence), (QList<qint64>{2, 1, 3}));
        QCOMPARE(ids(all, QuestionOrder::Confidence, Qt::DescendingOrder),
                 (QList<qint64>{1, 2, 3}));
        QCOMPARE(store->questions().questionRowsByIds({3, 1, 99})->size(),
                 2); // in the order asked, 99 gone
        QCOMPARE(store->questions().questionRowsByIds({3, 1})->first().prompt,
                 QStringLiteral("What is a socket?"));

        QuestionFilter weak;
        weak.maxConfidence = 2;
        QCOMPARE(ids(weak, QuestionOrder::Library), (QList<qint64>{2}));
        QuestionFilter never;
        never.neverRated = true;
        QCOMPARE(ids(never, QuestionOrder::Library), (QList<qint64>{3}));
        QuestionFilter due;
        due.dueBy = now;
        QCOMPARE(ids(due, QuestionOrder::Library), (QList<qint64>{1}));
        QuestionFilter network;
        network.categoryId = store->questions().categorySummaries()->at(1).categoryId;
        QCOMPARE(ids(network, QuestionOrder::Library), (QList<qint64>{3}));

        // The study queue: overdue first, then the weakest, then never rated.
        QuestionFilter queue;
        queue.queueAt = now;
        QCOMPARE(ids(queue, QuestionOrder::Queue), (QList<qint64>{1, 2, 3}));
        QVERIFY(store->ratings().rate(1, 5, QStringLiteral("study"),
                                      now)); // now good and not due: leaves
        QCOMPARE(ids(queue, QuestionOrder::Queue), (QList<qint64>{2, 3}));
        QCOMPARE(*store->ratings().countSince(now), 2);
    }

    void notes_areSavedAndSearchable()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        QVERIFY(store->questions().setNote(3, QStringLiteral("My **own** words about ports")));
        QCOMPARE(store->questions().find(3)->note, QStringLiteral("My **own** words about ports"));
        QuestionFilter f;
        f.search = QStringLiteral("ports");
        QCOMPARE(*store->questions().countQuestions(f), 1);
        QVERIFY(!store->questions().setNote(99, QStringLiteral("x")));
        // Re-import keeps the note.
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        QCOMPARE(store->questions().find(3)->note, QStringLiteral("My **own** words about ports"));
    }

    void categorySummaries_countAndMeanPerCategory()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        QVERIFY(
            store->ratings().rate(1, 2, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));
        QVERIFY(
            store->ratings().rate(2, 4, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));
        const auto s = *store->questions().categorySummaries();
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].category, QStringLiteral("Databases"));
        QCOMPARE(s[0].questions, 2);
        QCOMPARE(s[0].rated, 2);
        QCOMPARE(s[0].meanConfidence, std::optional<double>(3.0));
        QCOMPARE(s[1].meanConfidence, std::nullopt);
    }

    void cancelledImport_writesNothing()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        auto r = store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false,
                                              [] { return true; });
        QVERIFY(!r);
        QCOMPARE(r.error().kind, Error::Kind::Cancelled);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM questions")), 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM banks")), 0);
    }

    void reimport_sameFile_changesNothingAndKeepsRatings()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        auto first =
            store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false);
        QCOMPARE(first->added, 3);
        QVERIFY(
            store->ratings().rate(1, 3, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));
        auto again =
            store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->unchanged, 3);
        QCOMPARE(again->updated, 0);
        QCOMPARE(store->questions().list()->first().confidence, std::optional<int>(3));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM banks")), 1);
    }

    void reimport_editedFile_updatesInPlaceAndRetiresTheMissing()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        QVERIFY(
            store->ratings().rate(1, 2, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));
        QVERIFY(
            store->ratings().rate(2, 5, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));

        Bank edited = sampleBank();
        edited.categories[0].questions[0].answer = QStringLiteral("Edited answer."); // same prompt
        edited.categories[0].questions[1].prompt =
            QStringLiteral("Explain MVCC.");    // same number and answer
        edited.categories[1].questions.clear(); // socket question gone
        edited.categories[1].questions
            << makeQuestion(QStringLiteral("What is ARP?"), QStringLiteral("IP to MAC."));
        auto counts = store->imports().importBanks({edited}, QStringLiteral("/b.md"), {}, false);
        QCOMPARE(counts->added, 1);
        QCOMPARE(counts->updated, 2);
        QCOMPARE(counts->unchanged, 0);
        QCOMPARE(counts->retired, 1);

        const auto list = *store->questions().list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].id, 1);
        QCOMPARE(list[0].question.answer, QStringLiteral("Edited answer."));
        QCOMPARE(list[0].confidence, std::optional<int>(2));
        QCOMPARE(list[1].id, 2);
        QCOMPARE(list[1].question.prompt, QStringLiteral("Explain MVCC."));
        QCOMPARE(list[1].confidence, std::optional<int>(5));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT retired FROM questions WHERE id = 3")), 1);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM ratings")), 2);

        // The retired question comes back, with its history, when it returns to the file.
        auto back =
            store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false);
        QCOMPARE(back->retired, 1); // ARP leaves
        QCOMPARE(scalar(*store, QStringLiteral("SELECT retired FROM questions WHERE id = 3")), 0);
    }

    void reimport_duplicatePromptInTwoCategories_keepsEachRating()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        const QString prompt = QStringLiteral("What is a closure?");
        Bank bank{QStringLiteral("Dup"),
                  {Category{QStringLiteral("Python"),
                            {makeQuestion(prompt, QStringLiteral("A function with its scope."))},
                            {}},
                   Category{QStringLiteral("JavaScript"),
                            {makeQuestion(
                                prompt, QStringLiteral("A function and its lexical environment."))},
                            {}}}};
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/d.md"), {}, false));
        QVERIFY(
            store->ratings().rate(2, 4, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));

        bank.categories.removeFirst(); // the Python section is deleted
        auto counts = store->imports().importBanks({bank}, QStringLiteral("/d.md"), {}, false);
        QVERIFY2(counts.ok(), counts.ok() ? "" : qPrintable(counts.error().toString()));
        QCOMPARE(counts->retired, 1);
        QCOMPARE(counts->added, 0);
        const auto list = *store->questions().list();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].id, 2);
        QCOMPARE(list[0].category, QStringLiteral("JavaScript"));
        QCOMPARE(list[0].confidence, std::optional<int>(4));

        // And back again: both questions, each with its own history.
        bank.categories.prepend(
            Category{QStringLiteral("Python"),
                     {makeQuestion(prompt, QStringLiteral("A function with its scope."))},
                     {}});
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/d.md"), {}, false));
        const auto again = *store->questions().list();
        QCOMPARE(again.size(), 2);
        QCOMPARE(again[0].id, 1);
        QCOMPARE(again[1].id, 2);
        QCOMPARE(again[1].confidence, std::optional<int>(4));
    }

    void reimport_sameBankNameFromAnotherPath_updatesThatBank()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/a/b.md"), {}, false));
        auto moved =
            store->imports().importBanks({sampleBank()}, QStringLiteral("/copy/b.md"), {}, false);
        QCOMPARE(moved->unchanged, 3);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM banks")), 1);
    }

    void dryRun_countsButWritesNothing()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        auto counts =
            store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, true);
        QCOMPARE(counts->added, 3);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM questions")), 0);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM banks")), 0);
    }

    void failedImport_leavesLibraryAsItWas()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        // A trigger makes the second insert of the next import fail half-way.
        QSqlQuery q(LibraryInspector::database(*store));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE TRIGGER fail_on_second BEFORE INSERT ON questions "
            "WHEN new.prompt = 'Second new?' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        Bank more = sampleBank();
        more.categories[0].questions
            << makeQuestion(QStringLiteral("First new?"), QStringLiteral("x"))
            << makeQuestion(QStringLiteral("Second new?"), QStringLiteral("y"));
        more.categories[0].questions[0].answer = QStringLiteral("changed");
        auto failed = store->imports().importBanks({more}, QStringLiteral("/b.md"), {}, false);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("disk full")));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM questions")), 3);
        QCOMPARE(store->questions().list()->first().question.answer,
                 QStringLiteral("A sorted lookup structure."));
    }

    void stats_countQuestionsRatedAndMeanOfLatest()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        const QDateTime t = QDateTime::currentDateTimeUtc();
        QVERIFY(store->ratings().rate(1, 1, QStringLiteral("study"), t));
        QVERIFY(store->ratings().rate(1, 3, QStringLiteral("study"), t.addSecs(1)));
        QVERIFY(store->ratings().rate(2, 5, QStringLiteral("mock"), t));
        const LibraryStats s = *store->questions().stats();
        QCOMPARE(s.banks, 1);
        QCOMPARE(s.categories, 2);
        QCOMPARE(s.questions, 3);
        QCOMPARE(s.rated, 2);
        QCOMPARE(s.ratings, 3);
        QCOMPARE(s.byCategory[0].meanConfidence, std::optional<double>(4.0));
        QCOMPARE(s.byCategory[1].meanConfidence, std::nullopt);
    }

    void banks_exportInLibraryOrder()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({sampleBank()}, QStringLiteral("/b.md"), {}, false));
        const auto banks = *store->questions().banks();
        QCOMPARE(banks.size(), 1);
        QCOMPARE(banks[0].categories.size(), 2);
        QVERIFY(banks[0].categories[0].questions[1].sameContent(
            sampleBank().categories[0].questions[1]));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
