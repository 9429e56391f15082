// Search: the query language, the full-text index kept in step with every write, passages
// and did-you-mean, the upgrade from the word index. (Ranking on real banks:
// tst_searchrelevance.cpp.)
#include "ftsquery.h"
#include "searchpassage.h"
#include "searchsuggestions.h"
#include "searchtestbank.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;
using namespace prepdeck::searchtest;

class TestSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void translate_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("match");
        QTest::addColumn<QString>("excluded");
        auto row = [](const char *typed, const char *match, const char *excluded = "") {
            QTest::newRow(typed) << QString::fromUtf8(typed) << QString::fromUtf8(match)
                                 << QString::fromUtf8(excluded);
        };
        row("cache", R"("cache"*)");
        row("cache ", R"("cache")");
        row("connection pool", R"(("connection" OR "connect"*) AND "pool"*)");
        row("a", R"("a")"); // one letter is a word, not a prefix
        row("\"event loop\"", R"("event loop")");
        row("\"event lo", R"("event lo")"); // "lo": two letters, a word
        row("\"event loo", R"("event loo"*)");
        row("sql*", R"("sql"*)");
        row("python OR java interview", R"(("python" OR "java") AND "interview"*)");
        row("mutex -semaphore", R"("mutex")", R"("semaphore")");
        row("-\"two words\" x12", R"("x12"*)", R"("two words")");
        row("OR tcp", R"("OR" AND "tcp"*)");
        row("tcp OR", R"("tcp")"); // waits for the term after it
        row("or tcp", R"("or" AND "tcp"*)");
        row("node.js", R"("node.js")");
        row("node.jsx", R"("node.jsx"*)");
        row("say \"hi", R"("say" AND "hi")");
        row("c++ +++ ---", R"("c++")");
        row("a\"b", R"("a""b")");
        row("NEAR(a b) AND {prompt}: ^x",
            R"q("NEAR(a" AND "b)" AND "AND" AND "{prompt}:" AND "^x")q");
        row("-only", "", R"("only")");
        row("indexes ", R"(("indexes" OR "index"*))");
        row("Über", R"("Über"*)");
        row("server ", R"("server")"); // "serv" would begin service: no stem under five letters
        row("-a OR b", R"("b")", R"("a")");
        QTest::newRow("NUL") << QStringLiteral("py") + QChar(0) + QStringLiteral("thon")
                             << QStringLiteral(R"("py" AND "thon"*)") << QString();
    }
    void translate()
    {
        QFETCH(QString, typed);
        QFETCH(QString, match);
        QFETCH(QString, excluded);
        const fts::Query q = fts::translate(typed);
        QCOMPARE(q.match, match);
        QCOMPARE(q.excluded, excluded);
    }

    void search_findsPromptAnswerAndHint_andFollowsUpdates()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        Bank bank = sampleBank();
        bank.categories[1].questions[0].hint = QStringLiteral("Think of Berkeley");
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/b.md"), {}, false));
        QCOMPARE(
            store->questions().list(QuestionFilter::matching({}, QStringLiteral("index")))->size(),
            1);
        QCOMPARE(store->questions()
                     .list(QuestionFilter::matching({}, QStringLiteral("read locks")))
                     ->size(),
                 1);
        QCOMPARE(
            store->questions().list(QuestionFilter::matching({}, QStringLiteral("berkel")))->size(),
            1); // prefix of the last word
        QCOMPARE(store->questions()
                     .list(QuestionFilter::matching({}, QStringLiteral("\"unbalanced (")))
                     ->size(),
                 0);
        QCOMPARE(
            store->questions().list(QuestionFilter::matching(QStringLiteral("netw"), {}))->size(),
            1);
        QCOMPARE(store->questions().list(QuestionFilter::matching(QStringLiteral("%"), {}))->size(),
                 0);

        bank.categories[0].questions[0].answer = QStringLiteral("A B-tree over the column.");
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/b.md"), {}, false));
        QCOMPARE(store->questions()
                     .list(QuestionFilter::matching({}, QStringLiteral("sorted lookup")))
                     ->size(),
                 0);
        QCOMPARE(
            store->questions().list(QuestionFilter::matching({}, QStringLiteral("b-tree")))->size(),
            1);
        // The words that left the answer left the index.
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM questions_fts WHERE "
                                               "questions_fts MATCH 'sorted'")),
                 0);
    }

    void search_foldsCaseAndAccents_andFollowsNotes()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        Bank bank = sampleBank();
        bank.categories[0].questions[0].answer = QStringLiteral("Über-schnelle CAFÉ naïve");
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/b.md"), {}, false));
        auto count = [&](const QString &words) {
            return store->questions().list(QuestionFilter::matching({}, words))->size();
        };
        QCOMPARE(count(QStringLiteral("uber")), 1);
        QCOMPARE(count(QStringLiteral("cafe naive")), 1);
        QCOMPARE(count(QStringLiteral("SCHNELL")), 1);
        QCOMPARE(count(QStringLiteral("schnellex")), 0);
        // The word being typed is a prefix from three letters on; fewer is a word.
        QCOMPARE(count(QStringLiteral("caf")), 1);
        QCOMPARE(count(QStringLiteral("ca")), 0);
        QCOMPARE(count(QStringLiteral("c")), 0);
        const qint64 id = store->questions().list()->at(1).id;
        QVERIFY(store->questions().setNote(id, QStringLiteral("Remember the write-ahead log")));
        QCOMPARE(count(QStringLiteral("write ahead")), 1);
        QVERIFY(store->questions().setNote(id, QStringLiteral("Remember the journal")));
        QCOMPARE(count(QStringLiteral("write ahead")), 0);
        QCOMPARE(count(QStringLiteral("journal")), 1);
        QCOMPARE(*store->questions().countQuestions(
                     QuestionFilter::matching({}, QStringLiteral("remember"))),
                 1);
    }

    void search_firstScreenOfACommonWord_equalsTheStartOfTheWholeList()
    {
        // A list's first screen is the start of the whole list, in every order.
        auto store = openOrDie(QStringLiteral(":memory:"));
        Bank bank{
            QStringLiteral("Big"),
            {Category{QStringLiteral("One"), {}, {}}, Category{QStringLiteral("Two"), {}, {}}}};
        for (int i = 0; i < 12000; ++i)
            bank.categories[i % 2].questions
                << makeQuestion(QStringLiteral("Question %1 about caching?").arg(i),
                                QStringLiteral("A cache entry %1 with word%2 and note%3.")
                                    .arg(i)
                                    .arg(i % 50)
                                    .arg(i % 7));
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/big.md"), {}, false));
        for (const QString &words :
             {QStringLiteral("cache"), QStringLiteral("cach"), QStringLiteral("about word3"),
              QStringLiteral("note2 ca"), QStringLiteral("cache word49 note6"),
              QStringLiteral("cache nothere")}) {
            const auto filter = QuestionFilter::matching({}, words);
            const QList<qint64> all =
                *store->questions().questionIds(filter, QuestionOrder::Library, Qt::AscendingOrder);
            const QList<qint64> first = *store->questions().questionIds(
                filter, QuestionOrder::Library, Qt::DescendingOrder, 64);
            QList<qint64> reversed = all;
            std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(first, reversed.mid(0, 64));
            QCOMPARE(*store->questions().questionIds(filter, QuestionOrder::Library,
                                                     Qt::AscendingOrder, 64),
                     all.mid(0, 64));
            QCOMPARE(*store->questions().countQuestions(filter), all.size());
            const QList<qint64> ranked = *store->questions().questionIds(
                filter, QuestionOrder::Relevance, Qt::AscendingOrder);
            QCOMPARE(ranked.size(), all.size());
            QCOMPARE(*store->questions().questionIds(filter, QuestionOrder::Relevance,
                                                     Qt::AscendingOrder, 64),
                     ranked.mid(0, 64));
        }
    }

    void anythingTyped_isNeverAnError()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
        const QStringList inputs{QStringLiteral("\""),
                                 QStringLiteral("\"\""),
                                 QStringLiteral("*"),
                                 QStringLiteral("-"),
                                 QStringLiteral("OR"),
                                 QStringLiteral("OR OR"),
                                 QStringLiteral("NOT"),
                                 QStringLiteral("a NOT b"),
                                 QStringLiteral("NEAR(a b, 2)"),
                                 QStringLiteral("(tcp"),
                                 QStringLiteral("tcp)"),
                                 QStringLiteral("prompt:tcp"),
                                 QStringLiteral("{answer}:"),
                                 QStringLiteral("^tcp"),
                                 QStringLiteral("tcp^"),
                                 QStringLiteral("-\"\""),
                                 QStringLiteral("\"a\" \"b"),
                                 QStringLiteral("AND AND"),
                                 QStringLiteral("'; DROP"),
                                 QStringLiteral("\\"),
                                 QStringLiteral("**tcp**"),
                                 QStringLiteral("+tcp"),
                                 QStringLiteral("tcp -tcp"),
                                 QStringLiteral("\x01\x02"),
                                 QStringLiteral("中文"),
                                 QStringLiteral("e\u0301t\u00e9"),
                                 QStringLiteral(" - - ")};
        for (const QString &typed : inputs)
            for (const QuestionOrder order : {QuestionOrder::Relevance, QuestionOrder::Library}) {
                auto ids = store->questions().questionIds(QuestionFilter::matching({}, typed),
                                                          order, Qt::AscendingOrder, 40);
                QVERIFY2(ids, qPrintable(typed + QLatin1String(": ") +
                                         (ids ? QString() : ids.error().toString())));
                auto count = store->questions().countQuestions(QuestionFilter::matching({}, typed));
                QVERIFY2(count, qPrintable(typed));
                QCOMPARE(qsizetype(*count), store->questions()
                                                .questionIds(QuestionFilter::matching({}, typed),
                                                             order, Qt::AscendingOrder)
                                                ->size());
            }
        QCOMPARE(found(*store, QStringLiteral("tcp -tcp")).size(), 0);
        QCOMPARE(found(*store, QStringLiteral("-tcp")).size(), 11); // all but two
    }

    void queryLanguage_findsWhatItSays()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
        auto count = [&](const char *words) {
            return found(*store, QString::fromUtf8(words)).size();
        };
        QCOMPARE(count("\"write-ahead log\""), 1);
        QCOMPARE(count("\"log write-ahead\""), 0); // a phrase keeps its order
        QCOMPARE(count("log write-ahead"), 1);     // words do not
        QCOMPARE(count("deadlock"), 2);            // the last word is a prefix: deadlocks too
        QCOMPARE(count("semaph"), 1);
        QCOMPARE(count("semaph "), 0); // a whole word once a space follows
        QCOMPARE(count("deadl*"), 2);
        QCOMPARE(count("mutex OR actor"), 3);
        QCOMPARE(count("mutex -semaphore"), 1);
        QCOMPARE(count("latencia"), 1);
        QCOMPARE(count("zuverlassig"), 1); // accents folded
        QCOMPARE(count("TCP udp"), 1);
    }

    void searchHits_sayWhereAndShowTheWords()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
        const QList<qint64> ids = found(*store, QStringLiteral("mutex"));
        QCOMPARE(ids.size(), 2);
        auto hits = store->questions().searchHits(ids, QStringLiteral("mutex"));
        QVERIFY(hits);
        QCOMPARE(hits->size(), 2);
        QCOMPARE(hits->at(0).column, QStringLiteral("prompt"));
        QCOMPARE(hits->at(0).id, ids.at(0)); // in the order asked
        QCOMPARE(hits->at(1).column, QStringLiteral("answer"));
        const QString marked = QString(SearchHit::kMatchStart) + QStringLiteral("mutex") +
                               QString(SearchHit::kMatchEnd);
        QVERIFY2(hits->at(1).snippet.contains(marked), qPrintable(hits->at(1).snippet));
    }

    void didYouMean_offersTheNearestWordsTheLibraryHolds()
    {
        QCOMPARE(fts::editDistance(u"conection", u"connection", 2), 1);
        QCOMPARE(fts::editDistance(u"deadlcok", u"deadlock", 2), 1); // neighbours swapped
        QCOMPARE(fts::editDistance(u"abc", u"xyz", 2), 3);           // past the limit
        QCOMPARE(fts::folded(u"Über"), QStringLiteral("uber"));
        auto store = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(store->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
        auto near = store->questions().suggestedSearches(QStringLiteral("deadlok "));
        QVERIFY(near);
        QVERIFY2(!near->isEmpty() && near->first() == QStringLiteral("deadlock"),
                 qPrintable(near->join(QLatin1Char(','))));
        near = store->questions().suggestedSearches(QStringLiteral("mutex semaphre"));
        QVERIFY(near && !near->isEmpty());
        QCOMPARE(near->first(), QStringLiteral("mutex semaphore"));
        // Words in any script, replaced where they were typed.
        near = store->questions().suggestedSearches(QStringLiteral("TCP zuverläsig "));
        QVERIFY(near && !near->isEmpty());
        QCOMPARE(near->first(), QStringLiteral("TCP zuverlassig"));
        near = store->questions().suggestedSearches(QStringLiteral("mutex")); // found: none
        QVERIFY(near && near->isEmpty());
        near = store->questions().suggestedSearches(QStringLiteral("qqqzzzxx"));
        QVERIFY(near && near->isEmpty()); // nothing near
    }

    void passages_markWhereTheWordsBegin()
    {
        const QChar s = SearchHit::kMatchStart, e = SearchHit::kMatchEnd;
        QCOMPARE(fts::markedText(QStringLiteral("Über-schnelle Café"),
                                 {QStringLiteral("uber"), QStringLiteral("cafe")}, s, e),
                 QString(s) + QStringLiteral("Über") + e + QStringLiteral("-schnelle ") + s +
                     QStringLiteral("Café") + e);
        // Inside a word is not a match; the start of one is (the word being typed).
        QVERIFY(fts::markedText(QStringLiteral("A deadlock"), {QStringLiteral("lock")}, s, e)
                    .isEmpty());
        QCOMPARE(fts::markedText(QStringLiteral("Pooling"), {QStringLiteral("pool")}, s, e),
                 QString(s) + QStringLiteral("Pool") + e + QStringLiteral("ing"));
        const QString longText = QStringLiteral("word ").repeated(60) + QStringLiteral("needle ") +
                                 QStringLiteral("word ").repeated(60);
        const QString p = fts::passage(longText, {QStringLiteral("needle")}, s, e);
        QVERIFY2(p.startsWith(QStringLiteral("…")) && p.endsWith(QStringLiteral("…")),
                 qPrintable(p));
        QVERIFY(p.contains(QString(s) + QStringLiteral("needle") + e));
        QVERIFY(p.size() < 200);
        // Never half an emoji at a cut.
        const QString emoji = QStringLiteral("🎯").repeated(40) + QStringLiteral(" needle ") +
                              QStringLiteral("🎯").repeated(80);
        const QString cut = fts::passage(emoji, {QStringLiteral("needle")}, s, e);
        for (qsizetype i = 0; i < cut.size(); ++i) {
            QVERIFY(!cut[i].isLowSurrogate() || (i > 0 && cut[i - 1].isHighSurrogate()));
            QVERIFY(!cut[i].isHighSurrogate() ||
                    (i + 1 < cut.size() && cut[i + 1].isLowSurrogate()));
        }
    }

    void index_followsEveryWrite()
    {
        QTemporaryDir dir;
        auto store = openOrDie(dir.filePath(QStringLiteral("lib.sqlite")));
        Bank bank = rankingBank();
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/r.md"), {}, false));
        QVERIFY(indexMatchesQuestions(*store));
        QCOMPARE(triggerCount(*store), 3);
        // A re-import that changes answers, adds and drops questions.
        bank.categories[0].questions[0].answer = QStringLiteral("Pages of sorted keys: quokka.");
        bank.categories[1].questions.removeLast();
        bank.categories[2].questions
            << makeQuestion(QStringLiteral("What is QUIC?"), QStringLiteral("Streams over UDP."));
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/r.md"), {}, false));
        QVERIFY(indexMatchesQuestions(*store));
        QCOMPARE(triggerCount(*store), 3);
        QCOMPARE(found(*store, QStringLiteral("quokka")).size(), 1);
        QCOMPARE(found(*store, QStringLiteral("instead of the table")).size(), 0);
        QCOMPARE(found(*store, QStringLiteral("QUIC")).size(), 2);
        // A dry run changes nothing and leaves the triggers.
        bank.categories[0].questions[0].answer = QStringLiteral("Wombat.");
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/r.md"), {}, true));
        QCOMPARE(found(*store, QStringLiteral("wombat")).size(), 0);
        QCOMPARE(triggerCount(*store), 3);
        // Edits, notes, a question added by hand, a bank deleted.
        const qint64 id = found(*store, QStringLiteral("quokka")).first();
        QVERIFY(store->questions().setNote(id, QStringLiteral("remember the platypus")));
        QCOMPARE(found(*store, QStringLiteral("platypus")), QList<qint64>{id});
        Question edited = store->questions().find(id)->question;
        edited.prompt = QStringLiteral("How does an echidna index work?");
        QVERIFY(store->edits().edit(id, edited));
        QCOMPARE(found(*store, QStringLiteral("echidna")), QList<qint64>{id});
        QVERIFY(indexMatchesQuestions(*store));
        // Through a file as the streamed import reads it: indexed in one go at its end.
        Bank other = rankingBank();
        other.name = QStringLiteral("Streamed");
        other.categories[0].questions[0].prompt = QStringLiteral("What is a wallaby tree?");
        const QString path = dir.filePath(QStringLiteral("streamed.md"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeNativeBanks({other}).toUtf8());
        f.close();
        QVERIFY(importFile(*store, path, ReadOptions{}, false));
        QCOMPARE(found(*store, QStringLiteral("wallaby")).size(), 1);
        QVERIFY(indexMatchesQuestions(*store));
        QCOMPARE(triggerCount(*store), 3);
        auto banks = store->questions().categorySummaries();
        QVERIFY(banks);
        QVERIFY(store->banks().deleteBank(banks->first().bankId));
        QCOMPARE(found(*store, QStringLiteral("quokka")).size(), 0);
        QCOMPARE(found(*store, QStringLiteral("wallaby")).size(), 1);
        QVERIFY(indexMatchesQuestions(*store));
    }

    void upgrade_fromTheWordIndex_keepsRatingsAndFindsTheSame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QList<Migration> v9 = schemaMigrations().mid(0, 9);
        QCOMPARE(v9.last().version, 9);
        QList<qint64> rated;
        {
            auto old = openOrDie(path, v9);
            QVERIFY(
                old->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
            auto all = old->questions().list();
            QVERIFY(all);
            const QDateTime t(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
            for (int i = 0; i < all->size(); i += 2) {
                QVERIFY(old->ratings().rate(all->at(i).id, 1 + i % 5, QStringLiteral("study"), t));
                rated << all->at(i).id;
            }
        }
        auto store = openOrDie(path);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM ratings")), int(rated.size()));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = "
                                               "'search_terms'")),
                 0);
        QVERIFY(indexMatchesQuestions(*store));
        auto fresh = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(fresh->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
        for (const QString &words :
             {QStringLiteral("mutex"), QStringLiteral("tcp"), QStringLiteral("\"a lookup\""),
              QStringLiteral("deadl"), QStringLiteral("latencia OR actor")})
            QCOMPARE(found(*store, words), found(*fresh, words));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
