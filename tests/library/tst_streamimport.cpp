// A bank in Prepdeck's own format that brings only new banks is written while it is read.
// Whatever path a file takes, the library must end up the same.
#include "importer.h"
#include "layouts.h"
#include "library.h"
#include "storetestsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

namespace {

Question question(int n, const QString &prompt)
{
    Question q;
    q.prompt = prompt;
    q.number = n;
    q.answer = QStringLiteral("Answer %1 with a list:\n\n- one\n- two\n\n```sql\n# not a bank\n"
                              "SELECT %1;\n```")
                   .arg(n);
    q.hint = n % 2 ? QStringLiteral("Hint %1").arg(n) : QString();
    q.tags = {QStringLiteral("tag%1").arg(n % 3), QStringLiteral("a, b")};
    q.followUps = {QStringLiteral("Follow-up %1\nover two lines").arg(n)};
    // Characters the list columns' JSON must escape, or keep as they are.
    q.tips = {QStringLiteral("Tip %1 with \"quotes\", a back\\slash,\ta tab, caf\u00e9 \U0001F600")
                  .arg(n)};
    q.frequency = n % 101;
    q.sourceFile = QStringLiteral("orig.md");
    q.sourceLine = n;
    return q;
}

// Two banks, three categories, a prompt that repeats (numbered identities), n questions.
QList<Bank> banks(int n)
{
    Bank first{
        QStringLiteral("Systems"),
        {Category{QStringLiteral("Caching"), {}, {}}, Category{QStringLiteral("Queues"), {}, {}}}};
    Bank second{QStringLiteral("Databases"), {Category{QStringLiteral("Indexes"), {}, {}}}};
    for (int i = 1; i <= n; ++i) {
        const QString prompt = i % 7 == 0 ? QStringLiteral("Why does this repeat?")
                                          : QStringLiteral("Question number %1 about Über?").arg(i);
        if (i % 3 == 0)
            second.categories[0].questions << question(i, prompt);
        else
            first.categories[i % 3 == 1 ? 0 : 1].questions << question(i, prompt);
    }
    return {first, second};
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<Library> openStore(const QString &path)
{
    auto store = Library::open(path);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

// Everything a user can see of the library, as text.
QStringList contents(Library &store)
{
    QStringList out;
    for (const StoredQuestion &q : *store.questions().list())
        out << QStringList{q.bank,
                           q.category,
                           q.question.prompt,
                           q.question.answer,
                           q.question.hint,
                           q.question.tags.join(QLatin1Char('|')),
                           q.question.followUps.join(QLatin1Char('|')),
                           q.question.tips.join(QLatin1Char('|')),
                           QString::number(q.question.number.value_or(-1)),
                           QString::number(q.question.frequency.value_or(-1)),
                           q.question.sourceFile + QLatin1Char(':') +
                               QString::number(q.question.sourceLine)}
                   .join(QLatin1Char('\t'));
    for (const CategorySummary &c : *store.questions().categorySummaries())
        out << QStringLiteral("%1/%2: %3").arg(c.bank, c.category).arg(c.questions);
    QSqlQuery q(LibraryInspector::database(store));
    q.exec(QStringLiteral("SELECT identity, position FROM questions ORDER BY id"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('@') + q.value(1).toString();
    // The full-text index's words, each with the questions and times it is found.
    q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING "
                          "fts5vocab(main, questions_fts, 'row')"));
    q.exec(QStringLiteral("SELECT term, doc, cnt FROM temp.words ORDER BY term"));
    while (q.next())
        out << QStringLiteral("word %1 %2 %3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    for (const QString &words : {QStringLiteral("uber"), QStringLiteral("select 12"),
                                 QStringLiteral("repe"), QStringLiteral("hint 5")})
        out << words + QLatin1String(": ") +
                   QString::number(
                       *store.questions().countQuestions(QuestionFilter::matching({}, words)));
    return out;
}

QString journalMode(Library &store)
{
    QSqlQuery q(LibraryInspector::database(store));
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return {};
    return q.value(0).toString();
}

// The same file imported the general way: read whole, then matched.
QStringList importedWhole(const QString &file, const QString &database)
{
    auto store = openStore(database);
    auto read = readBankFile(file);
    if (!read)
        qFatal("%s", qPrintable(read.error().toString()));
    if (!store->imports().importBanks(read->banks, QFileInfo(file).absoluteFilePath(), read->layout,
                                      false))
        qFatal("general import failed");
    return contents(*store);
}

} // namespace

class TestStreamImport : public QObject
{
    Q_OBJECT

private slots:
    void newBanks_streamedGiveTheSameLibraryAsReadWhole()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir.filePath(QStringLiteral("two banks.md")),
                                       writeNativeBanks(banks(300)).toUtf8());
        auto store = openStore(dir.filePath(QStringLiteral("streamed.sqlite")));
        auto streamed = importNativeStream(*store, file, ReadOptions{}, false, {});
        QVERIFY(streamed.has_value()); // it took the streaming path
        auto &report = *streamed;
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->counts.added, 300);
        QCOMPARE(report->questionCount(), 300);
        QCOMPARE(report->banks.size(), 2);
        QCOMPARE(report->banks[0].categories[1].questions, 100);
        QCOMPARE(report->layout, QStringLiteral("prepdeck"));
        QCOMPARE(contents(*store),
                 importedWhole(file, dir.filePath(QStringLiteral("whole.sqlite"))));
        // Written with a rollback journal, then back in WAL mode for everything else.
        QCOMPARE(journalMode(*store), QStringLiteral("wal"));

        // The second time the bank exists: matched, nothing duplicated, ratings kept.
        const qint64 id = store->questions().list()->first().id;
        QVERIFY(
            store->ratings().rate(id, 4, QStringLiteral("study"), QDateTime::currentDateTimeUtc()));
        auto again = importFile(*store, file, ReadOptions{}, false);
        QVERIFY(again);
        QCOMPARE(again->counts.unchanged, 300);
        QCOMPARE(again->counts.added, 0);
        QCOMPARE(store->questions().list()->first().confidence, std::optional<int>(4));
    }

    void libraryOpenElsewhere_importStaysInWalMode()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir.filePath(QStringLiteral("bank.md")),
                                       writeNativeBanks(banks(50)).toUtf8());
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        auto store = openStore(path);
        // Another copy of Prepdeck, reading the library while the import runs.
        auto other = Library::open(path);
        QVERIFY(other);
        QCOMPARE((*other)->questions().list()->size(), 0);
        auto streamed = importNativeStream(*store, file, ReadOptions{}, false, {});
        QVERIFY(streamed.has_value());
        QVERIFY2(*streamed, qPrintable(*streamed ? QString() : streamed->error().toString()));
        QCOMPARE((*streamed)->counts.added, 50);
        QCOMPARE(journalMode(*store), QStringLiteral("wal"));
        QCOMPARE((*other)->questions().list()->size(), 50);
        QCOMPARE(contents(**other),
                 importedWhole(file, dir.filePath(QStringLiteral("whole.sqlite"))));
    }

    void overTheLimits_refusedWholeWithNothingSaved()
    {
        QTemporaryDir dir;
        const QString file = writeFile(dir.filePath(QStringLiteral("bank.md")),
                                       writeNativeBanks(banks(300)).toUtf8());
        auto store = openStore(dir.filePath(QStringLiteral("library.sqlite")));
        ReadOptions options;
        options.maxQuestions = 299;
        auto many = importFile(*store, file, options, false);
        QVERIFY(!many);
        QVERIFY2(many.error().message.contains(QStringLiteral("holds 300 questions")),
                 qPrintable(many.error().message));
        options = ReadOptions{};
        options.maxLineLength = 20;
        auto wide = importFile(*store, file, options, false);
        QVERIFY(!wide);
        QVERIFY2(wide.error().message.contains(QStringLiteral("over the limit of 20")),
                 qPrintable(wide.error().message));
        QCOMPARE(store->questions().list()->size(), 0);
        QCOMPARE(*store->questions().countQuestions(
                     QuestionFilter::matching({}, QStringLiteral("uber"))),
                 0);
    }

    void categoryNamedTwice_isJoinedAsWhenReadWhole()
    {
        QTemporaryDir dir;
        QList<Bank> split = banks(30);
        split[0].categories << Category{QStringLiteral("Caching"), {question(99, "Late one?")}, {}};
        // writeNativeBanks writes the category heading twice: the reader joins them.
        const QString file =
            writeFile(dir.filePath(QStringLiteral("split.md")), writeNativeBanks(split).toUtf8());
        auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(importFile(*store, file, ReadOptions{}, false));
        QCOMPARE(contents(*store), importedWhole(file, dir.filePath(QStringLiteral("b.sqlite"))));
    }

    // A large file whose name says nothing ("000_06dcea8f99e4bbcb.md") and that names no
    // bank is named from its categories, once all are read, as when it is read whole.
    void hashNamedFile_streamedInParts_isNamedFromItsCategories()
    {
        QTemporaryDir dir;
        QByteArray text;
        for (int c = 1; c <= 30; ++c) {
            text += QStringLiteral("## Topic %1\n\n").arg(c).toUtf8();
            for (int i = 1; i <= 8; ++i)
                text += QStringLiteral("### %2. What does topic %1 ask in question %2?\n\nIt "
                                       "asks about topic %1, at some length, number %2.\n\n")
                            .arg(c)
                            .arg(i)
                            .toUtf8();
        }
        const QString file =
            writeFile(dir.filePath(QStringLiteral("000_06dcea8f99e4bbcb.md")), text);
        ReadOptions options;
        options.streamAbove = 1000;
        options.headBytes = 16000;
        options.partBytes = 8000;
        auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
        auto streamed = importLargeStream(*store, file, options, false, {});
        QVERIFY(streamed.has_value()); // read in parts, written as read
        QVERIFY(*streamed);
        QCOMPARE((*streamed)->banks.size(), 1);
        QCOMPARE((*streamed)->banks.first().name, QStringLiteral("Topic 1 and 29 more"));
        const auto categories = *store->questions().categorySummaries();
        QCOMPARE(categories.size(), 30);
        QCOMPARE(categories.first().bank, QStringLiteral("Topic 1 and 29 more"));
        QCOMPARE(contents(*store), importedWhole(file, dir.filePath(QStringLiteral("b.sqlite"))));
    }

    void existingBankName_takesTheGeneralPath()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
        const QByteArray text = writeNativeBanks(banks(20)).toUtf8();
        QVERIFY(importFile(*store, writeFile(dir.filePath(QStringLiteral("one.md")), text),
                           ReadOptions{}, false));
        // Same banks from another file: matched by name, not added again.
        QVERIFY(!importNativeStream(*store, dir.filePath(QStringLiteral("one.md")), ReadOptions{},
                                    false, {})
                     .has_value());
        auto other = importFile(*store, writeFile(dir.filePath(QStringLiteral("two.md")), text),
                                ReadOptions{}, false);
        QVERIFY(other);
        QCOMPARE(other->counts.added, 0);
        QCOMPARE(store->questions().list()->size(), 20);
    }

    void dryRunAndCancel_writeNothing()
    {
        QTemporaryDir dir;
        const QString file =
            writeFile(dir.filePath(QStringLiteral("b.md")), writeNativeBanks(banks(50)).toUtf8());
        auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
        auto dry = importFile(*store, file, ReadOptions{}, true);
        QVERIFY(dry);
        QCOMPARE(dry->counts.added, 50);
        QVERIFY(dry->dryRun);
        QCOMPARE(store->questions().list()->size(), 0);
        auto cancelled = importFile(*store, file, ReadOptions{}, false, [] { return true; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
        QCOMPARE(store->questions().list()->size(), 0);
        QCOMPARE(store->questions().categorySummaries()->size(), 0);
    }

    void notUtf8PastTheFirstMegabyte_isReadWholeWithItsEncoding()
    {
        QTemporaryDir dir;
        QByteArray bytes = writeNativeBanks(banks(6000)).toUtf8();
        QVERIFY(bytes.size() > (1 << 20));
        bytes.replace("Hint 5999", "Hint caf\xe9"); // Windows-1252, far into the file
        const QString file = writeFile(dir.filePath(QStringLiteral("legacy.md")), bytes);
        auto store = openStore(dir.filePath(QStringLiteral("a.sqlite")));
        auto report = importFile(*store, file, ReadOptions{}, false);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
        QCOMPARE(report->counts.added, 6000);
        QCOMPARE(store->questions().list()->size(), 6000); // nothing left over from the first try
        QVERIFY(report->encoding != QStringLiteral("UTF-8"));
        QCOMPARE(*store->questions().countQuestions(
                     QuestionFilter::matching({}, QStringLiteral("café"))),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestStreamImport)
#include "tst_streamimport.moc"
