// Every layout the importer knows, on small banks written for these tests, and the
// errors a person gets for files that are not question banks.
#include "bankfilereader.h"
#include "layouts.h"
#include "markdownrenderer.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace prepdeck;

namespace {

QList<Question> questionsOf(const BankFile &f)
{
    QList<Question> out;
    for (const Bank &b : f.banks)
        for (const Category &c : b.categories)
            out << c.questions;
    return out;
}

BankFile mustRead(const QByteArray &bytes, const QString &name, const ReadOptions &options = {})
{
    auto r = readBankData(bytes, name, options);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *r;
}

Question richQuestion()
{
    Question q;
    q.number = 7;
    q.prompt = QStringLiteral("What does \"idempotent\" mean for PUT?");
    q.answer = QStringLiteral(
        "Repeating it leaves the same state.\n\n## A heading inside\n\n```sql\n# not a "
        "heading\nSELECT 1;\n```\n\n<!-- /answer -->\n| a | b |\n|---|---|\n| 1 | 2 |");
    q.hint = QStringLiteral("Think of retries.");
    q.followUps = {QStringLiteral("Is POST idempotent?"),
                   QStringLiteral("Two lines\nof follow-up")};
    q.tips = {QStringLiteral("Mention **retries**."), QStringLiteral("A tip\n\nwith a blank line")};
    q.tags = {QStringLiteral("http"), QStringLiteral("rest api"),
              QStringLiteral("Behavioral, Leadership"), QStringLiteral("C:\\temp")};
    q.frequency = 42;
    q.sourceFile = QStringLiteral("notes \"v2\".md");
    q.sourceLine = 12;
    return q;
}

} // namespace

class TestLayouts : public QObject
{
    Q_OBJECT

private slots:
    void qaPairs_markdownBold_eachPairIsAQuestion()
    {
        const QByteArray md =
            "# Bank of pairs\n\n## Networking\n\n**Q: What is TCP?**\n**A:** A reliable stream.\n\n"
            "**Q: What is UDP?**\n**A:** Datagrams.\nNo ordering.\n\n## Storage\n\nQ: What is "
            "RAID?\nA: Disks together.\n";
        const BankFile f = mustRead(md, QStringLiteral("pairs.md"));
        QCOMPARE(f.banks.first().name, QStringLiteral("Bank of pairs"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 3);
        QCOMPARE(qs[0].prompt, QStringLiteral("What is TCP?"));
        QCOMPARE(qs[0].answer, QStringLiteral("A reliable stream."));
        QCOMPARE(qs[1].answer, QStringLiteral("Datagrams.\nNo ordering."));
        QCOMPARE(qs[2].prompt, QStringLiteral("What is RAID?"));
        QCOMPARE(f.banks.first().categories.size(), 2);
        QCOMPARE(qs[1].sourceLine, 8);
        QVERIFY(f.layout.contains(QStringLiteral("Q/A pairs")));
    }

    void qaPairs_plainText_answersAreEscapedPlainText()
    {
        const QByteArray txt =
            "Q: What does *args do?\nA: Collects extra positional arguments into a tuple.\n"
            "Use it with <care>.\n\nQ: And **kwargs?\nA: Keyword arguments into a dict.\n";
        const BankFile f = mustRead(txt, QStringLiteral("pairs.txt"));
        QVERIFY(f.layout.startsWith(QStringLiteral("plain text")));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].prompt, QStringLiteral("What does *args do?"));
        const QString html = renderMarkdown(qs[0].answer);
        QVERIFY2(html.contains(QStringLiteral("a tuple.<br />\nUse it with &lt;care&gt;.")),
                 qPrintable(html));
        QCOMPARE(f.banks.first().categories.first().name, QStringLiteral("General"));
        QCOMPARE(f.banks.first().name, QStringLiteral("Pairs"));
    }

    void questionWithoutAnswer_isKeptWithWarningAndLine()
    {
        const QByteArray md = "## Topics\n\n**Q: First?**\n**A:** Yes.\n\n**Q: Second, no "
                              "answer?**\n\n**Q: Third?**\n**A:** Fine.\n";
        const BankFile f = mustRead(md, QStringLiteral("gaps.md"));
        QCOMPARE(questionsOf(f).size(), 3);
        QCOMPARE(f.warnings.size(), 1);
        QCOMPARE(f.warnings.first().line, 6);
        QVERIFY(f.warnings.first().message.contains(QStringLiteral("Second, no answer?")));
    }

    void headingQuestions_answerIsSectionAndLabelsBecomeFields()
    {
        const QByteArray md = "# Systems\n\n## Caching\n\n### 1. What is a cache "
                              "stampede?\n\n**Asked in 40% of interviews**\n\n"
                              "Many clients miss at once.\n\n#### Fixes\n\n- Locks\n- **Hint:** "
                              "think about expiry\n\n"
                              "**Follow-up:** How does jitter help?\n**Tip:** Draw the "
                              "timeline.\n\n```python\n# comment, not a heading\nx = 1\n```\n\n"
                              "### 2. What is write-through?\n\nWrites go to both.\n\n---\n";
        const BankFile f = mustRead(md, QStringLiteral("sys.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].number, std::optional<int>(1));
        QCOMPARE(qs[0].prompt, QStringLiteral("What is a cache stampede?"));
        QCOMPARE(qs[0].frequency, std::optional<int>(40));
        QCOMPARE(qs[0].hint, QStringLiteral("think about expiry"));
        QCOMPARE(qs[0].followUps, QStringList{QStringLiteral("How does jitter help?")});
        QCOMPARE(qs[0].tips, QStringList{QStringLiteral("Draw the timeline.")});
        QVERIFY(qs[0].answer.startsWith(QStringLiteral("Many clients miss at once.")));
        QVERIFY(qs[0].answer.contains(QStringLiteral("#### Fixes")));
        QVERIFY(qs[0].answer.contains(QStringLiteral("# comment, not a heading")));
        QVERIFY(!qs[0].answer.contains(QStringLiteral("Asked in")));
        QCOMPARE(qs[1].answer, QStringLiteral("Writes go to both."));
        QCOMPARE(f.banks.first().categories.first().name, QStringLiteral("Caching"));
    }

    // A label standing alone, its items in a list below: "Good to hear" and "Additional
    // links" are tips, "Follow-up questions" follow-ups; the list leaves the answer.
    void labelAboveList_itemsGoToTheField()
    {
        const QByteArray md = "# Interview questions\n\n## Design\n\n### How would you shard "
                              "a user table?\n\nBy a key that spreads writes.\n\n"
                              "**Good to hear:**\n\n- consistent hashing\n- resharding "
                              "plan\n\n#### Additional links\n\n- [Sharding](https://"
                              "example.org/sharding)\n\nFollow-up questions:\n1. What about "
                              "hot keys?\n\nA closing remark.\n\n"
                              "### What is a hot partition?\n\nOne shard takes most load.\n\n"
                              "#### Tips\n\nMeasure before you split.\n";
        const BankFile f = mustRead(md, QStringLiteral("design.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(
            qs[0].tips,
            (QStringList{QStringLiteral("consistent hashing"), QStringLiteral("resharding plan"),
                         QStringLiteral("[Sharding](https://example.org/sharding)")}));
        QCOMPARE(qs[0].followUps, QStringList{QStringLiteral("What about hot keys?")});
        QCOMPARE(qs[0].answer,
                 QStringLiteral("By a key that spreads writes.\n\nA closing remark."));
        // A label with no list below is the answer's own text.
        QCOMPARE(qs[1].answer, QStringLiteral("One shard takes most load.\n\n#### Tips\n\n"
                                              "Measure before you split."));
        QVERIFY(qs[1].tips.isEmpty());
    }

    // "[[src](…)]" leaves the prompt and is kept as its link; a difficulty beside the
    // prompt becomes a tag.
    void citationAndDifficulty_leaveThePrompt()
    {
        const QByteArray md = "# Interview questions\n\n## Basics\n\n### What is a closure? "
                              "[[src](https://example.org/closures)]\n\nA function with its "
                              "scope.\n\n### What is hoisting? \xF0\x9F\x9F\xA2 Easy\n\n"
                              "Declarations move up.\n\n### What is a promise? "
                              "\xF0\x9F\x94\xB4\n\nA future value.\n\n### What is an event "
                              "loop? (Medium)\n\nIt runs tasks.\n";
        const auto qs = questionsOf(mustRead(md, QStringLiteral("js.md")));
        QCOMPARE(qs.size(), 4);
        QCOMPARE(qs[0].prompt, QStringLiteral("What is a closure?"));
        QCOMPARE(qs[0].link, QStringLiteral("https://example.org/closures"));
        QCOMPARE(qs[1].prompt, QStringLiteral("What is hoisting?"));
        QCOMPARE(qs[1].tags, QStringList{QStringLiteral("easy")});
        QCOMPARE(qs[2].prompt, QStringLiteral("What is a promise?"));
        QCOMPARE(qs[2].tags, QStringList{QStringLiteral("hard")});
        QCOMPARE(qs[3].prompt, QStringLiteral("What is an event loop?"));
        QCOMPARE(qs[3].tags, QStringList{QStringLiteral("medium")});
    }

    // Obsidian's spaced-repetition cards: "front::back" lines, and question lines, a "?"
    // line, answer lines; the headings above are their categories. C++'s "::" inside code
    // is not a card.
    void obsidianCards_eachCardIsAQuestion()
    {
        const QByteArray md =
            "# JavaScript\n\n#flashcards\n\n## Basics\n\nWhat is a "
            "closure::A function that keeps its scope.\nWhat does `===` "
            "check::Value and type.\n\nWhat is hoisting?\n?\nDeclarations "
            "move to the top\nof their scope.\n\n## Async\n\nWhat is a "
            "promise?:::A value that arrives later.\nWhat is await::It waits for a "
            "promise.\n\nCall "
            "`std::move` when you give a value away.\n";
        const BankFile f = mustRead(md, QStringLiteral("js.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 5);
        QCOMPARE(qs[0].prompt, QStringLiteral("What is a closure"));
        QCOMPARE(qs[0].answer, QStringLiteral("A function that keeps its scope."));
        QCOMPARE(qs[1].prompt, QStringLiteral("What does === check"));
        QCOMPARE(qs[2].prompt, QStringLiteral("What is hoisting?"));
        QCOMPARE(qs[2].answer, QStringLiteral("Declarations move to the top\nof their scope."));
        QCOMPARE(qs[2].sourceLine, 10);
        QCOMPARE(qs[3].prompt, QStringLiteral("What is a promise?"));
        QCOMPARE(f.banks.first().categories.size(), 2);
        QCOMPARE(f.banks.first().categories.last().name, QStringLiteral("Async"));
        QVERIFY(f.layout.contains(QLatin1String("cards")));
    }

    void headingQuestionWithoutAnswer_warnsWithLine()
    {
        const QByteArray md = "## Q\n\n### One?\n\nYes.\n\n### Two?\n\n### Three?\n\nSure.\n";
        const BankFile f = mustRead(md, QStringLiteral("h.md"));
        QCOMPARE(questionsOf(f).size(), 3);
        QCOMPARE(f.warnings.size(), 1);
        QCOMPARE(f.warnings.first().line, 7);
        QVERIFY(f.warnings.first().message.contains(QStringLiteral("Two?")));
    }

    void singleLevelHeadings_withoutItems_areQuestions()
    {
        const QByteArray md = "## What is a mutex?\n\nA lock for one owner.\n\n## What is a "
                              "semaphore?\n\nA counter of permits.\n";
        const BankFile f = mustRead(md, QStringLiteral("locks.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[1].prompt, QStringLiteral("What is a semaphore?"));
        QCOMPARE(qs[1].answer, QStringLiteral("A counter of permits."));
    }

    void detailsBlocks_summaryIsPromptBodyIsAnswer()
    {
        const QByteArray md =
            "## Git\n\n<details>\n<summary><b>What does rebase do?</b></summary>\n\nReplays "
            "commits on a new base.\n\n</details>\n\n"
            "<details><summary>What is a detached HEAD?</summary>\nHEAD points at a "
            "commit.\n</details>\n";
        const BankFile f = mustRead(md, QStringLiteral("git.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].prompt, QStringLiteral("What does rebase do?"));
        QCOMPARE(qs[0].answer, QStringLiteral("Replays commits on a new base."));
        QCOMPARE(qs[1].answer, QStringLiteral("HEAD points at a commit."));
        QVERIFY(f.layout.contains(QStringLiteral("details")));
    }

    void tableAndNumberedList_restartedListContinuesNumbering()
    {
        const QByteArray md =
            "## Part one (2 Questions)\n\n| # | Question | Answer |\n|---|---|---|\n| 1 | **Ping** "
            "| ICMP echo |\n| 2 | Traceroute | TTL tricks |\n\n"
            "## 2. Part two\n\n1. **Ports:** what a port is\n2. **Sockets:** endpoints\n";
        const BankFile f = mustRead(md, QStringLiteral("net.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 4);
        QCOMPARE(f.banks.first().categories.first().name, QStringLiteral("Part one"));
        QCOMPARE(f.banks.first().categories.last().name, QStringLiteral("Part two"));
        QCOMPARE(qs[0].prompt, QStringLiteral("Ping"));
        QCOMPARE(qs[0].answer, QStringLiteral("ICMP echo"));
        QCOMPARE(qs[2].number, std::optional<int>(3));
        QCOMPARE(qs[3].number, std::optional<int>(4));
        QCOMPARE(qs[3].hint, QStringLiteral("endpoints"));
    }

    void csv_headerInAnyOrder_quotedFieldsAndNewlines()
    {
        const QByteArray csv = "tags,answer,question,category\n"
                               "\"sql, joins\",\"Rows that match,\nin both tables\",What does an "
                               "inner join return?,Databases\n"
                               "os,Kernel picks,Who schedules threads?,Systems\n"
                               ",Empty row skipped below,,Systems\n";
        const BankFile f = mustRead(csv, QStringLiteral("deck.csv"));
        QCOMPARE(f.layout, QStringLiteral("csv"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].answer, QStringLiteral("Rows that match,\nin both tables"));
        QCOMPARE(qs[0].tags, (QStringList{QStringLiteral("sql"), QStringLiteral("joins")}));
        QCOMPARE(qs[1].sourceLine, 4);
        QCOMPARE(f.banks.first().categories.size(), 2);
        QCOMPARE(f.warnings.size(), 1);
        QCOMPARE(f.warnings.first().line, 5);
    }

    void tsv_ankiHeaderLinesSkipped()
    {
        const QByteArray tsv =
            "#separator:tab\n#html:false\nfront\tback\tdeck\nWhat is DNS?\tName to address\tNet\n";
        const BankFile f = mustRead(tsv, QStringLiteral("anki.txt"));
        QCOMPARE(f.layout, QStringLiteral("tsv"));
        QCOMPARE(questionsOf(f).first().answer, QStringLiteral("Name to address"));
        QCOMPARE(f.banks.first().categories.first().name, QStringLiteral("Net"));
    }

    void csvWithoutHeader_isRefusedWithAdvice()
    {
        auto r = readBankData("one,two\nthree,four\n", QStringLiteral("nohead.csv"));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QStringLiteral("header row")));
        QCOMPARE(r.error().file, QStringLiteral("nohead.csv"));
    }

    void nativeFormat_roundTripsEveryField()
    {
        Bank first{QStringLiteral("First bank"), {}};
        Category cat{QStringLiteral("HTTP"), {richQuestion()}, {}};
        Question bare;
        bare.prompt = QStringLiteral("12. Starts like a number but is not numbered");
        bare.sourceFile = QStringLiteral("x.md");
        bare.sourceLine = 3;
        cat.questions << bare;
        first.categories << cat;
        Bank second{QStringLiteral("Second bank"),
                    {Category{QStringLiteral("Misc"), {richQuestion()}, {}}}};
        second.categories.first().questions.first().number.reset();
        second.categories.first().questions.first().frequency.reset();
        second.categories.first().questions.first().answer.clear();

        const QString text = writeNativeBanks({first, second});
        const BankFile f = mustRead(text.toUtf8(), QStringLiteral("export.md"));
        QCOMPARE(f.layout, QStringLiteral("prepdeck"));
        QCOMPARE(f.banks.size(), 2);
        QCOMPARE(f.banks[0].name, first.name);
        QCOMPARE(f.banks[1].name, second.name);
        const QList<Question> expected = {first.categories[0].questions[0],
                                          first.categories[0].questions[1],
                                          second.categories[0].questions[0]};
        const auto actual = questionsOf(f);
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(actual[i].sameContent(expected[i]),
                     qPrintable(QString::number(i) + actual[i].answer));
            QCOMPARE(actual[i].sourceFile, expected[i].sourceFile);
            QCOMPARE(actual[i].sourceLine, expected[i].sourceLine);
        }
        // Writing what was read gives the same text again.
        QCOMPARE(writeNativeBanks(f.banks), text);
    }

    void nativeFormat_handWrittenWithoutMarkers()
    {
        const QByteArray md =
            "<!-- prepdeck-bank-format 1 -->\n\n# Mine\n\n## Go\n\n### 3. What is a goroutine?\n\n"
            "**Hint:** cheap threads\n\nA function running concurrently.\n\n**Tip:** Mention the "
            "scheduler.\n";
        const auto qs = questionsOf(mustRead(md, QStringLiteral("mine.md")));
        QCOMPARE(qs.size(), 1);
        QCOMPARE(qs[0].number, std::optional<int>(3));
        QCOMPARE(qs[0].prompt, QStringLiteral("What is a goroutine?"));
        QCOMPARE(qs[0].hint, QStringLiteral("cheap threads"));
        QCOMPARE(qs[0].answer, QStringLiteral("A function running concurrently."));
        QCOMPARE(qs[0].tips, QStringList{QStringLiteral("Mention the scheduler.")});
    }

    void nativeFormat_codeInHandWrittenAnswerIsNotStructure()
    {
        const QByteArray md = "<!-- prepdeck-bank-format 1 -->\n\n# Ops\n\n## Shell\n\n### How do "
                              "you list the biggest files?\n\n"
                              "```bash\n# biggest first\ndu -ah . | sort -rh | head\n## not a "
                              "category\n```\n\nThen read the top lines.\n";
        const BankFile f = mustRead(md, QStringLiteral("ops.md"));
        QCOMPARE(f.banks.size(), 1);
        QCOMPARE(f.banks.first().categories.size(), 1);
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 1);
        QVERIFY(qs[0].answer.contains(QStringLiteral("# biggest first\ndu -ah")));
        QVERIFY(qs[0].answer.endsWith(QStringLiteral("Then read the top lines.")));
    }

    void nativeFormat_sameBankNamedTwice_isOneBank()
    {
        const QByteArray md = "<!-- prepdeck-bank-format 1 -->\n\n# Backend\n\n## DB\n\n### What "
                              "is an index?\n\nA.\n\n"
                              "# Frontend\n\n## CSS\n\n### What is flexbox?\n\nB.\n\n# "
                              "Backend\n\n## Queues\n\n### What is a DLQ?\n\nC.\n";
        const BankFile f = mustRead(md, QStringLiteral("two.md"));
        QCOMPARE(f.banks.size(), 2);
        QCOMPARE(f.banks[0].name, QStringLiteral("Backend"));
        QCOMPARE(f.banks[0].questionCount(), 2);
        QCOMPARE(f.banks[1].questionCount(), 1);
    }

    void nativeFormat_badMetadataNumbers_warn()
    {
        const QByteArray md = "<!-- prepdeck-bank-format 1 -->\n\n# B\n\n## C\n\n### Q?\n<!-- "
                              "question number=x asked=150 -->\n\nA.\n";
        const BankFile f = mustRead(md, QStringLiteral("meta.md"));
        QCOMPARE(questionsOf(f).first().number, std::nullopt);
        QCOMPARE(questionsOf(f).first().frequency, std::nullopt);
        QCOMPARE(f.warnings.size(), 2);
        QCOMPARE(f.warnings.first().line, 8);
    }

    void questionWithSubheading_keepsItInTheAnswer()
    {
        const QByteArray md =
            "# My notes\n\n## What is a list?\n\nAn ordered collection.\n\n## What is a tuple?\n\n"
            "An immutable sequence.\n\n### Example\n\n```python\nt = (1, 2)\n```\n";
        const auto qs = questionsOf(mustRead(md, QStringLiteral("sub.md")));
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[1].prompt, QStringLiteral("What is a tuple?"));
        QVERIFY(qs[1].answer.contains(QStringLiteral("### Example")));
    }

    void nestedCategoriesOfQuestions_useTheNearestCategory()
    {
        const QByteArray md = "# Prep\n\n## Introduction\n\nRead this first.\n\n### Python\n\n#### "
                              "What is a list?\n\nA sequence.\n\n"
                              "#### What is a dict?\n\nA mapping.\n\n### SQL\n\n#### What is a "
                              "join?\n\nCombining rows.\n";
        const BankFile f = mustRead(md, QStringLiteral("nest.md"));
        QCOMPARE(questionsOf(f).size(), 3);
        QCOMPARE(f.banks.first().categories.first().name, QStringLiteral("Python"));
        QCOMPARE(f.banks.first().categories.last().name, QStringLiteral("SQL"));
    }

    void mixedSections_pairsAndProseHeadingsBothKept()
    {
        const QByteArray md =
            "## JavaScript\n\n**Q: What is hoisting?**\n**A:** Declarations move up.\n\n"
            "**Q: What is a closure?**\n**A:** A function and its scope.\n\n## What is the event "
            "loop?\n\nIt runs callbacks.\n";
        const auto qs = questionsOf(mustRead(md, QStringLiteral("mixed.md")));
        QCOMPARE(qs.size(), 3);
        QCOMPARE(qs[2].prompt, QStringLiteral("What is the event loop?"));
    }

    void qInsideProseAnswer_doesNotSwallowTheQuestion()
    {
        const QByteArray md =
            "## Design\n\n### How would you design a URL shortener?\nStart with the API.\n\n"
            "Question: what about collisions? Use a counter.\n\n### What is a CDN?\nEdge caches.\n";
        const BankFile f = mustRead(md, QStringLiteral("q.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QVERIFY(qs[0].answer.contains(QStringLiteral("collisions")));
        QVERIFY(f.warnings.isEmpty());
    }

    void headingInsideDetails_belongsToTheAnswer_entitiesDecoded()
    {
        const QByteArray md =
            "## HTML\n\n<details>\n<summary>What does &lt;div&gt; do?</summary>\n\n### Short "
            "answer\n\nGroups content.\n\n</details>\n\n"
            "<details><summary>What does &lt;span&gt; do?</summary>\nInline "
            "grouping.\n</details>\n";
        const BankFile f = mustRead(md, QStringLiteral("d.md"));
        const auto qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].prompt, QStringLiteral("What does <div> do?"));
        QVERIFY(qs[0].answer.startsWith(QStringLiteral("### Short answer")));
        QVERIFY(f.warnings.isEmpty());
    }

    void numberedQuestionsWithAnswersBelow_plainAndMarkdown_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain text")
            << QByteArray("Interview questions\n\n1. What is a closure?\nA function with its "
                          "scope.\nUseful for callbacks.\n\n"
                          "2. What is hoisting?\nDeclarations move up.\n")
            << QStringLiteral("plain.txt");
        QTest::newRow("markdown")
            << QByteArray("## JavaScript\n\n1. What is a closure?\n\n   A function with **its** "
                          "scope.\n\n2. What is hoisting?\n\n   Declarations move up.\n")
            << QStringLiteral("list.md");
    }
    void numberedQuestionsWithAnswersBelow_plainAndMarkdown()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        const auto qs = questionsOf(mustRead(bytes, name));
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].number, std::optional<int>(1));
        QCOMPARE(qs[0].prompt, QStringLiteral("What is a closure?"));
        QVERIFY2(qs[0].answer.startsWith(QStringLiteral("A function with")),
                 qPrintable(qs[0].answer));
        QVERIFY(!qs[1].answer.isEmpty());
    }

    void unclosedCodeFence_warnsWithItsLine()
    {
        const QByteArray md = "## Python\n\n### What is a generator?\n\n```python\ndef g():\n    "
                              "yield 1\n\n### What is a decorator?\n\nA wrapper.\n";
        const BankFile f = mustRead(md, QStringLiteral("fence.md"));
        QCOMPARE(f.warnings.size(), 1);
        QCOMPARE(f.warnings.first().line, 5);
        QVERIFY(f.warnings.first().message.contains(QStringLiteral("never closed")));
    }

    void csv_hashColumnAndExcelSeparatorLine()
    {
        const BankFile hash = mustRead("#,question,answer\n1,What is DNS?,Names to addresses\n",
                                       QStringLiteral("h.csv"));
        QCOMPARE(questionsOf(hash).first().number, std::optional<int>(1));
        const BankFile excel =
            mustRead("sep=;\nquestion;answer\nWhat is TLS?;Encryption in transit\n",
                     QStringLiteral("e.csv"));
        QCOMPARE(questionsOf(excel).first().answer, QStringLiteral("Encryption in transit"));
    }

    void csv_unclosedQuote_isAnErrorAtItsRow()
    {
        auto r = readBankData(
            "question,answer\nWhat is A?,\"first\nWhat is B?,second\nWhat is C?,third\n",
            QStringLiteral("u.csv"));
        QVERIFY(!r);
        QCOMPARE(r.error().line, 2);
        QVERIFY(r.error().message.contains(QStringLiteral("never closed")));
    }

    // A heading quoted in an answer is part of the quote, not a question or a category.
    void headingInsideAQuote_staysInTheAnswer()
    {
        const BankFile f = mustRead("# Caching notes\n\n## Write policies\n\n"
                                    "### What is a write-through cache?\n\n"
                                    "Every write goes to the store at once. The guide puts it:\n\n"
                                    "> ## Consistency first\n"
                                    "> A write is acknowledged once the database has it.\n\n"
                                    "### What is a write-back cache?\n\n"
                                    "Writes stay in the cache and reach the store later.\n",
                                    QStringLiteral("caching.md"));
        const QList<Question> qs = questionsOf(f);
        QCOMPARE(qs.size(), 2);
        QCOMPARE(f.banks.first().categories.size(), 1);
        QCOMPARE(f.banks.first().categories.first().name, QStringLiteral("Write policies"));
        QVERIFY2(qs.first().answer.contains(QStringLiteral("> ## Consistency first")),
                 qPrintable(qs.first().answer));
        QCOMPARE(qs.last().prompt, QStringLiteral("What is a write-back cache?"));
    }

    void bankOption_overridesTheFilesOwnName()
    {
        ReadOptions options;
        options.bankName = QStringLiteral("Chosen");
        const BankFile f =
            mustRead("# Title\n\n## C\n\n### Q?\n\nA.\n", QStringLiteral("t.md"), options);
        QCOMPARE(f.banks.first().name, QStringLiteral("Chosen"));
    }

    void badInput_givesClearErrorNamingTheFile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("whitespace only") << QByteArray("  \n\n\t\n") << QStringLiteral("empty");
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\x01\x00\x00\x00",
                                              10)
                                << QStringLiteral("not a text file");
        QTest::newRow("prose without questions")
            << QByteArray("Just a shopping list.\nMilk and eggs.\n")
            << QStringLiteral("no questions found");
    }
    void badInput_givesClearErrorNamingTheFile()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, needle);
        auto r = readBankData(bytes, QStringLiteral("bad.md"));
        QVERIFY(!r);
        QCOMPARE(r.error().file, QStringLiteral("bad.md"));
        QVERIFY2(r.error().message.contains(needle), qPrintable(r.error().message));
        if (needle == QLatin1String("no questions found"))
            QCOMPARE(r.error().kind, Error::Kind::Format);
    }

    void files_missingDirectoryTooLargeUnreadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto missing = readBankFile(dir.filePath(QStringLiteral("nope.md")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("no such file")));
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);

        auto folder = readBankFile(dir.path());
        QVERIFY(!folder);
        QVERIFY(folder.error().message.contains(QStringLiteral("folder")));

        QFile big(dir.filePath(QStringLiteral("big.md")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(3 * 1024 * 1024)); // sparse: costs no disk
        big.close();
        ReadOptions small;
        small.maxBytes = 2 * 1024 * 1024;
        auto tooLarge = readBankFile(big.fileName(), small);
        QVERIFY(!tooLarge);
        QVERIFY2(tooLarge.error().message.contains(QStringLiteral("over the 2 MB limit")),
                 qPrintable(tooLarge.error().message));
    }

    void files_overTheDefault64MegabyteLimit_areRefused()
    {
        QTemporaryDir dir;
        QFile big(dir.filePath(QStringLiteral("huge.md")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(65LL * 1024 * 1024)); // sparse
        big.close();
        auto r = readBankFile(big.fileName());
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QStringLiteral("over the 64 MB limit")),
                 qPrintable(r.error().message));
    }

    void csvCellsOverSeveralLines_giveOneLineNamesAndPrompts()
    {
        const QByteArray bytes =
            "question,answer,category\n"
            "\"What is\na cache?\",\"A fast copy.\n\nKept near.\",\"Sys\ntems\"\n";
        auto r = readBankData(bytes, QStringLiteral("cards.csv"));
        QVERIFY(r);
        QCOMPARE(r->banks[0].categories[0].name, QStringLiteral("Sys tems"));
        const Question &q = r->banks[0].categories[0].questions[0];
        QCOMPARE(q.prompt, QStringLiteral("What is a cache?"));
        QCOMPARE(q.answer, QStringLiteral("A fast copy.\n\nKept near.")); // answers keep theirs
        // And what is written in our format reads back the same.
        auto again = readBankData(writeNativeBanks(r->banks).toUtf8(), QStringLiteral("x.md"));
        QVERIFY(again);
        QCOMPARE(again->banks[0].categories[0].name, QStringLiteral("Sys tems"));
        QVERIFY(again->banks[0].categories[0].questions[0].sameContent(q));
    }

    void lineOverTheLimit_isRefusedNamingTheLine()
    {
        ReadOptions options;
        options.maxLineLength = 100;
        const QByteArray bytes =
            "## Caching\n\n### What is a cache?\n\nA fast copy.\n\n### Long?\n\n" +
            QByteArray(101, 'x') + "\n";
        auto r = readBankData(bytes, QStringLiteral("long.md"), options);
        QVERIFY(!r);
        QCOMPARE(r.error().line, 9);
        QVERIFY2(r.error().message.contains(QStringLiteral("line 9 is 101 characters long")),
                 qPrintable(r.error().message));
        options.maxLineLength = 101;
        QVERIFY(readBankData(bytes, QStringLiteral("long.md"), options));
    }

    void questionsOverTheLimit_areRefused()
    {
        QByteArray bytes = "## Caching\n\n";
        for (int i = 1; i <= 6; ++i)
            bytes += "### Question " + QByteArray::number(i) + "?\n\nAnswer.\n\n";
        ReadOptions options;
        options.maxQuestions = 5;
        auto r = readBankData(bytes, QStringLiteral("many.md"), options);
        QVERIFY(!r);
        QVERIFY2(
            r.error().message.contains(QStringLiteral("holds 6 questions, over the limit of 5")),
            qPrintable(r.error().message));
        options.maxQuestions = 6;
        auto ok = readBankData(bytes, QStringLiteral("many.md"), options);
        QVERIFY(ok);
        QCOMPARE(ok->questionCount(), 6);
    }

    void files_unreadable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile locked(dir.filePath(QStringLiteral("locked.md")));
        QVERIFY(locked.open(QIODevice::WriteOnly));
        locked.write("**Q: x?**\n**A:** y\n");
        locked.close();
        QVERIFY(locked.setPermissions(QFileDevice::Permissions{}));
        QFile probe(locked.fileName());
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as a user who can read any file (root)");
        auto unreadable = readBankFile(locked.fileName());
        QVERIFY(!unreadable);
        QVERIFY(unreadable.error().message.contains(QStringLiteral("cannot be read")));
    }

    void legacyEncodings_areDecodedAndReported()
    {
        // "Café?" in Windows-1252 with curly quotes (0x93/0x94).
        const QByteArray cp1252 = "**Q: What is a \x93"
                                  "caf\xe9\x94 queue?**\n**A:** One that serves lattes.\n";
        const BankFile f = mustRead(cp1252, QStringLiteral("old.md"));
        QCOMPARE(f.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(questionsOf(f).first().prompt, QStringLiteral("What is a “café” queue?"));
        QVERIFY(!f.repairs.isEmpty());
    }

    // The metadata line is read by hand for speed; it must find exactly what the pattern
    // of the format's description finds, on whatever a file may hold.
    void metadataPairs_matchThePattern()
    {
        const QRegularExpression pattern(
            QStringLiteral("(\\w+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(\\S+))"));
        auto expected = [&](const QString &text) {
            QList<std::pair<QString, QString>> out;
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                QString value = m.capturedStart(2) >= 0 ? m.captured(2) : m.captured(3);
                if (m.capturedStart(2) >= 0) { // unescaped: each "\x" is "x"
                    QString plain;
                    for (qsizetype i = 0; i < value.size(); ++i) {
                        if (value.at(i) == u'\\' && i + 1 < value.size())
                            ++i;
                        plain += value.at(i);
                    }
                    value = plain;
                }
                out.append({m.captured(1), value});
            }
            return out;
        };
        const QStringList fixed{
            QStringLiteral(" number=12 tags=\"a, b\\, c\" source=\"x.md:3\" asked=40 "),
            QStringLiteral("k=\"open k2=v"),
            QStringLiteral("a=\"x\\\" b=1"),
            QStringLiteral("a=\"ends in \\"),
            QStringLiteral("a= b=\t c=d\u00a0e f=\u0085g"),
            QStringLiteral("caf\u00e9=1 _x=2 ==3 x==4 \"q\"=5"),
        };
        for (const QString &text : fixed)
            QCOMPARE(metadataPairs(text), expected(text));
        // And thousands of strings made of the characters that matter.
        QStringList alphabet;
        for (const QChar c : QStringLiteral("ab_9=\"\\ \t\v\f\r,.-:\u00e9\u00a0\u0085\u2028"))
            alphabet << QString(c);
        alphabet << QStringLiteral("\U0001F600"); // a pair of surrogates, never one alone
        std::mt19937 random(7);
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = static_cast<int>(random() % 24);
            for (int i = 0; i < length; ++i)
                text += alphabet.at(static_cast<qsizetype>(random() % alphabet.size()));
            const auto got = metadataPairs(text);
            const auto want = expected(text);
            if (got != want)
                QFAIL(qPrintable(QStringLiteral("differs on \"%1\"").arg(text)));
        }
    }
};

QTEST_GUILESS_MAIN(TestLayouts)
#include "tst_layouts.moc"
