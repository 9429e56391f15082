// The five real question banks import exactly as counted by hand, with every trap handled.
#include "bankfilereader.h"
#include "markdownrenderer.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace prepdeck;

namespace {

struct Expected
{
    const char *file;
    int questions;
    QList<std::pair<QString, int>> categories;
};

QList<Expected> expectedSeeds()
{
    auto s = [](const char *t) {
        return QString::fromUtf8(t);
    };
    return {
        {"000_06dcea8f99e4bbcb.txt",
         61,
         {{s("Backend — Python & FastAPI"), 10},
          {s("Backend — Database & PostgreSQL"), 10},
          {s("Frontend — Next.js & React"), 10},
          {s("System Design & Architecture"), 10},
          {s("Odoo & ERP — Your Differentiator"), 10},
          {s("Production Debugging & Scaling"), 11}}},
        {"001_79b4473ff4b728d8.txt",
         80,
         {{s("FastAPI scenarios"), 8},
          {s("PostgreSQL scenarios"), 8},
          {s("FastAPI + PostgreSQL combined scenarios"), 7},
          {s("FastAPI advanced scenarios"), 8},
          {s("PostgreSQL advanced scenarios"), 8},
          {s("FastAPI + PostgreSQL combined scenarios (second set)"), 8},
          {s("FastAPI challenge-oriented questions"), 10},
          {s("PostgreSQL challenge-oriented questions"), 8},
          {s("Combined FastAPI + PostgreSQL challenge questions"), 7},
          {s("Final set: FastAPI + PostgreSQL combined scenarios"), 8}}},
        {"002_b38047a052e90f89.txt",
         77,
         {{s("Backend SWE"), 30},
          {s("Frontend SWE"), 14},
          {s("UI Developer"), 8},
          {s("UI/UX Design"), 6},
          {s("ML / Data Science"), 4},
          {s("Django"), 13},
          {s("Full-Stack"), 2}}},
        {"003_352fdf505b1f7fb7.txt",
         100,
         {{s("Python Core & Advanced"), 20},
          {s("FastAPI & Web APIs"), 20},
          {s("PostgreSQL & Persistence"), 20},
          {s("Microservices & System Design"), 20},
          {s("Coding & Logic Challenges"), 20}}},
        {"004_41514f06f0e341f6.txt",
         59,
         {{s("Most Asked Topics"), 3},
          {s("Performance & Optimization"), 3},
          {s("Security Fundamentals"), 2},
          {s("System Design Concepts"), 3},
          {s("Concurrency & Threading"), 2},
          {s("HTTP & REST APIs"), 2},
          {s("Monitoring & Observability"), 1},
          {s("Message Queues & Event Streaming"), 2},
          {s("Instant Knockout Questions"), 10},
          {s("Red Flags"), 2},
          {s("Language-Specific Extras"), 3},
          {s("Critical Topics Often Overlooked"), 10},
          {s("Bonus: Trick Questions"), 4},
          {s("Final Critical Gaps"), 9},
          {s("Production Debugging Scenarios"), 3}}},
    };
}

QList<Question> allQuestions(const BankFile &file)
{
    QList<Question> out;
    for (const Bank &b : file.banks)
        for (const Category &c : b.categories)
            out << c.questions;
    return out;
}

const Question *findQuestion(const BankFile &file, const QString &promptPart)
{
    for (const Bank &b : file.banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions)
                if (q.prompt.contains(promptPart))
                    return &q;
    return nullptr;
}

} // namespace

class TestSeeds : public QObject
{
    Q_OBJECT

private:
    BankFile read(const char *name)
    {
        const QString dir = QString::fromLocal8Bit(qgetenv("PREPDECK_SEEDS_DIR"));
        auto file = readBankFile(QDir(dir).filePath(QString::fromLatin1(name)));
        if (!file)
            qFatal("%s", qPrintable(file.error().toString()));
        return *file;
    }

private slots:
    void eachSeed_hasExactCountsAndCategoriesInFileOrder_data()
    {
        QTest::addColumn<int>("index");
        const auto seeds = expectedSeeds();
        for (int i = 0; i < seeds.size(); ++i)
            QTest::newRow(seeds[i].file) << i;
    }
    void eachSeed_hasExactCountsAndCategoriesInFileOrder()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        QFETCH(int, index);
        const Expected expected = expectedSeeds().at(index);
        const BankFile file = read(expected.file);
        QCOMPARE(file.banks.size(), 1);
        QCOMPARE(file.questionCount(), expected.questions);
        QList<std::pair<QString, int>> actual;
        for (const Category &c : file.banks.first().categories)
            actual.append({c.name, static_cast<int>(c.questions.size())});
        QCOMPARE(actual, expected.categories);
        for (const Question &q : allQuestions(file)) {
            QVERIFY2(!q.prompt.isEmpty(), qPrintable(q.sourceFile + QString::number(q.sourceLine)));
            QVERIFY2(q.sourceLine > 0, qPrintable(q.prompt));
            QCOMPARE(q.sourceFile, QString::fromLatin1(expected.file));
        }
    }

    void allSeeds_total377In43Categories()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        qsizetype questions = 0, categories = 0;
        for (const Expected &e : expectedSeeds()) {
            const BankFile file = read(e.file);
            questions += file.questionCount();
            categories += file.banks.first().categories.size();
        }
        QCOMPARE(questions, 377);
        QCOMPARE(categories, 43);
    }

    void seed000_everyQuestionHasTipTagAndAnswer_noQuotesLeft()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("000_06dcea8f99e4bbcb.txt");
        const QStringList tags = {QStringLiteral("Backend"), QStringLiteral("Database"),
                                  QStringLiteral("Frontend"), QStringLiteral("Design"),
                                  QStringLiteral("Odoo")};
        for (const Question &q : allQuestions(file)) {
            QCOMPARE(q.tips.size(), 1);
            QVERIFY(!q.tips.first().startsWith(QStringLiteral("→")) &&
                    !q.tips.first().startsWith(QStringLiteral("✓")));
            QVERIFY2(!q.answer.contains(QStringLiteral("→ ")) || !q.answer.endsWith(q.tips.first()),
                     "the coaching line must not stay in the answer");
            QVERIFY(!q.answer.isEmpty());
            QCOMPARE(q.tags.size(), 1);
            QVERIFY(tags.contains(q.tags.first()));
            QVERIFY(!q.prompt.startsWith(u'"') && !q.prompt.endsWith(u'"'));
            QVERIFY(!q.answer.startsWith(QStringLiteral("Suggested Answer")));
        }
        // The section title is never swallowed into the previous answer.
        for (const Question &q : allQuestions(file))
            QVERIFY(!q.answer.contains(QStringLiteral("System Design & Architecture")) ||
                    q.answer.size() > 200);
    }

    void seed000_plainTextKeepsLineBreaksAndShowsTagsLiterally()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("000_06dcea8f99e4bbcb.txt");
        const Question *q = findQuestion(file, QStringLiteral("Pydantic and how does it work"));
        QVERIFY(q);
        const QString html = renderMarkdown(q->answer);
        // Three roles listed on consecutive lines stay on their own lines.
        QVERIFY2(html.contains(QStringLiteral("<br />\nResponse serialization")), qPrintable(html));
        const QString all = [&] {
            QString s;
            for (const Question &x : allQuestions(file))
                s += renderMarkdown(x.answer);
            return s;
        }();
        QVERIFY(all.contains(QStringLiteral("&lt;div&gt;")));
        QVERIFY(!all.contains(QStringLiteral("<div")));
        QVERIFY(!all.contains(QStringLiteral("<h1")));
    }

    void seed001_everyQuestionHasNumberAndFollowUp()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("001_79b4473ff4b728d8.txt");
        int expectedNumber = 1;
        for (const Question &q : allQuestions(file)) {
            QCOMPARE(q.number, std::optional<int>(expectedNumber++));
            QCOMPARE(q.followUps.size(), 1);
            QVERIFY(!q.followUps.first().contains(QStringLiteral("Follow-up question")));
            QVERIFY(!q.answer.contains(QStringLiteral("Follow-up question")));
            QVERIFY(!q.answer.isEmpty());
            QVERIFY(!q.answer.endsWith(QStringLiteral("---")));
        }
        const Question *first =
            findQuestion(file, QStringLiteral("Handle 10k concurrent requests"));
        QVERIFY(first);
        QCOMPARE(first->prompt, QStringLiteral("Handle 10k concurrent requests efficiently"));
        QVERIFY(
            renderMarkdown(first->answer).contains(QStringLiteral("<strong>Approach:</strong>")));
    }

    void seed002_codeWithoutFencesBecomesOneBlock()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("002_b38047a052e90f89.txt");
        const Question *q = findQuestion(file, QStringLiteral("What are generators?"));
        QVERIFY(q);
        const QString html = renderMarkdown(q->answer);
        static const QRegularExpression pre(QStringLiteral("<pre><code[^>]*>(.*?)</code></pre>"),
                                            QRegularExpression::DotMatchesEverythingOption);
        const auto m = pre.match(html);
        QVERIFY2(m.hasMatch(), qPrintable(html));
        const QString code = m.captured(1);
        QVERIFY(code.startsWith(QStringLiteral(
            "def large_range(n):\n    i = 0\n    while i &lt; n:\n        yield i; i += 1")));
        QCOMPARE(html.count(QStringLiteral("<pre>")), 1);
        // The prose after the code is not code.
        QVERIFY(!code.contains(QStringLiteral("instead of a list")));
        QVERIFY(html.contains(QStringLiteral("<p>Use (x*2 for x in range(1_000_000))")));
    }

    void seed002_sqlAndCssRunsAreCode_htmlQuestionShowsTags()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("002_b38047a052e90f89.txt");
        const Question *sql = findQuestion(file, QStringLiteral("posts+comments schema"));
        QVERIFY(sql);
        const QString sqlHtml = renderMarkdown(sql->answer);
        QCOMPARE(sqlHtml.count(QStringLiteral("<pre>")), 1);
        QVERIFY(
            sqlHtml.contains(QStringLiteral("-- Schema\nusers(id, username, email, created_at)")));
        QVERIFY(sqlHtml.contains(
            QStringLiteral("HAVING COUNT(*) &gt;= 50\nORDER BY avg_score DESC\nLIMIT 1;")));

        const Question *html =
            findQuestion(file, QStringLiteral("Difference between <div> and <span>"));
        QVERIFY(html);
        QCOMPARE(html->prompt,
                 QStringLiteral("Difference between <div> and <span>. Explain semantic HTML."));
        const QString rendered = renderMarkdown(html->answer);
        QVERIFY2(rendered.contains(QStringLiteral("&lt;div&gt; = block-level")),
                 qPrintable(rendered));
        QVERIFY(rendered.contains(QStringLiteral("&lt;header&gt;")));
        QVERIFY(!rendered.contains(QStringLiteral("<header")));
        QVERIFY(!rendered.contains(QStringLiteral("<span")));

        bool css = false;
        for (const Question &q : allQuestions(file))
            css = css || q.answer.contains(
                             QStringLiteral("```css\n/* Flexbox */\n.parent { display: flex;"));
        QVERIFY(css);
        for (const Question &q : allQuestions(file)) {
            QCOMPARE(q.tags.size(), 1);
            QVERIFY(q.number.has_value());
        }
    }

    void seed003_numbersContinueAndHintsAreKeyConcepts()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("003_352fdf505b1f7fb7.txt");
        const QList<Question> all = allQuestions(file);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].number, std::optional<int>(i + 1));
            QVERIFY(!all[i].hint.isEmpty());
            QVERIFY(all[i].answer.isEmpty());
            QVERIFY(!all[i].prompt.contains(QStringLiteral("**")));
        }
        QCOMPARE(all[20].prompt, QStringLiteral("Dependency Injection"));
        QCOMPARE(all[20].hint, QStringLiteral("How does it improve testability and code reuse?"));
        QCOMPARE(all[0].prompt, QStringLiteral("GIL (Global Interpreter Lock)"));
        QCOMPARE(all[16].prompt,
                 QStringLiteral("Slots (__slots__)")); // plain text: no code markers
    }

    void seed004_mojibakeRepairedAndFrequencyKept()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("004_41514f06f0e341f6.txt");
        QCOMPARE(file.repairs.size(), 1);
        QVERIFY(file.repairs.first().contains(QStringLiteral("Mac OS Roman")));
        const QStringList mojibake = {QStringLiteral("üéØ"), QStringLiteral("‚Üí"),
                                      QStringLiteral("‚úÖ"), QStringLiteral("‚ùå"),
                                      QStringLiteral("üî•")};
        int arrows = 0;
        for (const Question &q : allQuestions(file)) {
            for (const QString &m : mojibake) {
                QVERIFY2(!q.answer.contains(m), qPrintable(q.prompt));
                QVERIFY2(!q.prompt.contains(m), qPrintable(q.prompt));
            }
            arrows += q.answer.count(QStringLiteral("→"));
        }
        QVERIFY(arrows > 0);
        const Question *pool = findQuestion(file, QStringLiteral("Database Connections & Pooling"));
        QVERIFY(pool);
        QCOMPARE(pool->prompt, QStringLiteral("Database Connections & Pooling"));
        QCOMPARE(pool->frequency, std::optional<int>(85));
        QVERIFY(!pool->answer.contains(QStringLiteral("Asked in")));
        QVERIFY(pool->answer.contains(QStringLiteral("#### ❌ Wrong Approach")));
        // '#' lines in code fences are code, not headings.
        QVERIFY(pool->answer.contains(QStringLiteral("# Initialize once at app startup")));
    }

    void seed004_quickFireAndTrickQuestionsAreOwnQuestions()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const BankFile file = read("004_41514f06f0e341f6.txt");
        const Question *sqlInjection = findQuestion(file, QStringLiteral("prevent SQL injection"));
        QVERIFY(sqlInjection);
        QCOMPARE(sqlInjection->prompt, QStringLiteral("How do you prevent SQL injection?"));
        QVERIFY(sqlInjection->answer.startsWith(QStringLiteral("Use parameterized queries")));
        QVERIFY(!findQuestion(file, QStringLiteral("Quick Fire Round")));
        const Question *trick = findQuestion(file, QStringLiteral("1 million requests per second"));
        QVERIFY(trick);
        QVERIFY(!trick->prompt.startsWith(u'"'));
        const Question *debugging =
            findQuestion(file, QStringLiteral("suddenly returning 500 errors"));
        QVERIFY(debugging);
        QVERIFY(debugging->answer.size() > 100); // the multi-line answer below "A:"
    }
};

QTEST_GUILESS_MAIN(TestSeeds)
#include "tst_seeds.moc"
