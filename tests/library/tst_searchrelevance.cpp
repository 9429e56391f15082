// Search judged on real banks: whether the question a person means comes first, and
// Chinese and Japanese found inside their runs of text (the seed banks, the corpus, and a
// bank of our own).
#include "searchtestbank.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace prepdeck;
using namespace prepdeck::searchtest;

namespace {

struct Case
{
    const char *query;
    const char *firstPrompt; // a pattern the first question's prompt must match
};

} // namespace

class TestSearchRelevance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void chineseAndJapanese_foundInsideTheirRunsOfText()
    {
        auto store = openOrDie(QStringLiteral(":memory:"));
        auto q = [](const char *prompt, const char *answer) {
            return makeQuestion(QString::fromUtf8(prompt), QString::fromUtf8(answer));
        };
        const Bank bank{
            QStringLiteral("多语言"),
            {Category{QStringLiteral("缓存"),
                      {q("什么是缓存穿透？", "查询不存在的数据，请求直达数据库。"),
                       q("如何设计分布式缓存？", "一致性哈希与过期策略。"),
                       q("数据库索引是什么？", "加速查询的数据结构，和缓存不同。"),
                       q("キャッシュとは何ですか？", "データを一時的に保存する仕組み。"),
                       q("What is a cache?", "Fast storage; 缓存 in Chinese.")},
                      {}}}};
        QVERIFY(store->imports().importBanks({bank}, QStringLiteral("/zh.md"), {}, false));
        auto prompts = [&](const char *words) {
            QStringList out;
            for (const qint64 id : found(*store, QString::fromUtf8(words)))
                out << store->questions().find(id)->question.prompt;
            return out;
        };
        const QStringList cache = prompts("缓存");
        QCOMPARE(cache.size(), 4);
        QVERIFY(cache.at(0).contains(QString::fromUtf8("缓存"))); // in the prompt first
        QVERIFY(cache.at(1).contains(QString::fromUtf8("缓存")));
        QCOMPARE(prompts("缓存 -穿透").size(), 3);
        QCOMPARE(prompts("索引").size(), 1);
        QCOMPARE(prompts("キャッシュ").size(), 1);
        QCOMPARE(prompts("cache 缓存"), QStringList{QStringLiteral("What is a cache?")});
        const QList<qint64> ids = found(*store, QString::fromUtf8("穿透"));
        auto hits = store->questions().searchHits(ids, QString::fromUtf8("穿透"));
        QVERIFY(hits && hits->size() == 1);
        QVERIFY2(hits->first().markedPrompt.contains(QString(SearchHit::kMatchStart) +
                                                     QString::fromUtf8("穿透")),
                 qPrintable(hits->first().markedPrompt));

        // A real Chinese bank: every question with the word in its prompt is found.
        const QString corpus = QString::fromLocal8Bit(qgetenv("PREPDECK_CORPUS_DIR"));
        const QString file =
            corpus + QStringLiteral("/Snailclimb__JavaGuide__docs__database__redis__redis-"
                                    "questions-01.md");
        if (corpus.isEmpty() || !QFile::exists(file)) {
            if (qgetenv("PREPDECK_REQUIRE_SEEDS") == "1")
                QFAIL("PREPDECK_REQUIRE_SEEDS=1 but the corpus is not in PREPDECK_CORPUS_DIR");
            QSKIP("The corpus is not here (set PREPDECK_CORPUS_DIR to ../shared/corpus)");
        }
        auto real = openOrDie(QStringLiteral(":memory:"));
        QVERIFY(importFile(*real, file, ReadOptions{}, false));
        for (const char *word : {"缓存", "分布式", "过期", "线程"}) {
            const QString w = QString::fromUtf8(word);
            QSet<qint64> inPrompt;
            for (const StoredQuestion &s : *real->questions().list())
                if (s.question.prompt.contains(w))
                    inPrompt.insert(s.id);
            QVERIFY2(!inPrompt.isEmpty(), word);
            const QList<qint64> matches = found(*real, w);
            for (const qint64 id : std::as_const(inPrompt))
                QVERIFY2(matches.contains(id), word);
            QVERIFY(inPrompt.contains(matches.first()));
        }
    }

    void relevance_firstQuestionIsAboutTheTopic()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        auto store = openOrDie(QStringLiteral(":memory:"));
        for (const QString &name : QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files))
            QVERIFY(importFile(*store, QDir(seeds).filePath(name), ReadOptions{}, false));
        QVERIFY(store->imports().importBanks({rankingBank()}, QStringLiteral("/r.md"), {}, false));
        // What a person would type, and what the question that comes first must be about.
        const Case cases[] = {
            {"connection pool", "connection pool"},
            {"\"event loop\"", "event loop"},
            {"GIL", "GIL"},
            {"dependency injection", "dependency injection"},
            {"CAP theorem", "CAP"},
            {"rate limiting", "rate limit"},
            {"database index", "index"},
            {"transaction isolation", "isolation"},
            {"N+1", "N\\+1"},
            {"deadlock", "deadlock"},
            {"message queue", "message queue"},
            {"JWT", "JWT"},
            {"cache invalidation", "cache invalidation"},
            {"websocket", "websocket"},
            {"generators", "generator"},
            {"decorators", "decorator"},
            {"CORS", "CORS"},
            {"garbage collection", "garbage collection|memory management"},
            {"circuit breaker", "circuit breaker"},
            {"SQL injection", "SQL injection"},
            {"vacuum", "vacuum"},
            {"replication", "replication"},
            {"load balancing", "load balanc"},
            {"idempotency", "idempoten"},
            {"dockerize", "docker"},
            {"b-tree index", "B-tree index"},
            {"write ahead log", "write.ahead log"},
            {"mutex semaphore", "mutex"},
            {"race condition", "race condition"},
            {"TLS handshake", "TLS handshake"},
            {"slow start", "slow start"},
            {"head of line blocking", "head-of-line"},
            {"tcp udp", "TCP (und|and) UDP"},
            {"latencia", "latencia"},
        };
        int passed = 0;
        QStringList failures;
        for (const Case &c : cases) {
            const QString first = firstPrompt(*store, QString::fromUtf8(c.query));
            const QRegularExpression about(QString::fromUtf8(c.firstPrompt),
                                           QRegularExpression::CaseInsensitiveOption);
            if (about.match(first).hasMatch())
                ++passed;
            else
                failures << QStringLiteral("%1 → %2").arg(QString::fromUtf8(c.query), first);
        }
        const int total = int(std::size(cases));
        qInfo("relevance: %d of %d queries bring a question about their topic first (%.0f %%)",
              passed, total, 100.0 * passed / total);
        for (const QString &f : std::as_const(failures))
            qInfo("  missed: %s", qPrintable(f));
        QVERIFY(total >= 25);
        QVERIFY2(passed * 10 >= total * 9, qPrintable(failures.join(QLatin1String("; "))));
        QVERIFY2(firstPrompt(*store, QStringLiteral("connection pool"))
                     .contains(QLatin1String("connection pool"), Qt::CaseInsensitive),
                 "connection pooling comes first");
    }
};

QTEST_GUILESS_MAIN(TestSearchRelevance)
#include "tst_searchrelevance.moc"
