// Banks a person could have written that are a step away from a layout the importer knows:
// a heading level skipped, a numbered list that restarts with its answers on the next line,
// bold questions with no bank title, "Sample answer:" for "A:", a solution behind another
// <details> label, a CSV with semicolons and other column names, Anki's settings lines, a
// Quizlet export with no header. Each must read whole, as its writer meant it.
#include "bankfilereader.h"

#include <QTest>

using namespace prepdeck;

namespace {

struct Expected
{
    QString bank;
    QStringList categories; // in order
    QStringList prompts;    // in order
    QStringList answers;    // the start of each answer, in order
};

QString describe(const BankFile &f)
{
    QStringList out;
    for (const Bank &b : f.banks) {
        out << QStringLiteral("bank %1").arg(b.name);
        for (const Category &c : b.categories) {
            out << QStringLiteral("  %1").arg(c.name);
            for (const Question &q : c.questions)
                out << QStringLiteral("    %1 | %2").arg(q.prompt, q.answer.left(40));
        }
    }
    return out.join(u'\n');
}

} // namespace

class TestNearMiss : public QObject
{
    Q_OBJECT

private slots:
    void readsAsMeant_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("bank");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<QStringList>("prompts");
        QTest::addColumn<QStringList>("answers");

        QTest::newRow("heading level skipped")
            << "notes.md"
            << "# Backend interview notes\n\n### Networking\n\n"
               "#### 1. What happens when one side of a TCP connection closes?\n\n"
               "The other side can still send until it closes its own half.\n\n"
               "#### 2. Why does TIME_WAIT exist?\n\n"
               "Late segments of the old connection must not reach a new one.\n\n"
               "### Storage\n\n#### 3. What does fsync guarantee?\n\n"
               "The data reached stable storage before it returns.\n"
            << "Backend interview notes" << QStringList{"Networking", "Storage"}
            << QStringList{"What happens when one side of a TCP connection closes?",
                           "Why does TIME_WAIT exist?", "What does fsync guarantee?"}
            << QStringList{"The other side can still send", "Late segments", "The data reached"};

        QTest::newRow("numbered list restarts, answer on the next line")
            << "systems.md"
            << "# Systems questions\n\n## Processes\n\n"
               "1. What is a zombie process?\n"
               "   A child that exited before its parent read its status.\n"
               "2. How does a process become a daemon?\n"
               "   It forks, lets the parent exit and calls setsid.\n\n"
               "## Memory\n\n"
               "1. What is a page fault?\n"
               "   The trap taken when a touched page is not mapped.\n"
            << "Systems questions" << QStringList{"Processes", "Memory"}
            << QStringList{"What is a zombie process?", "How does a process become a daemon?",
                           "What is a page fault?"}
            << QStringList{"A child that exited", "It forks", "The trap taken"};

        QTest::newRow("bold questions, no bank title")
            << "locks.md"
            << "## Concurrency\n\n**What is the difference between a mutex and a semaphore?**\n\n"
               "A mutex has an owner; a semaphore counts permits.\n\n"
               "**When is a read-write lock worth it?**\n\n"
               "When reads far outnumber writes.\n"
            << "Concurrency" << QStringList{"Concurrency"}
            << QStringList{"What is the difference between a mutex and a semaphore?",
                           "When is a read-write lock worth it?"}
            << QStringList{"A mutex has an owner", "When reads far outnumber"};

        QTest::newRow("Sample answer for A")
            << "frontend.md"
            << "# Frontend\n\n## Browsers\n\n"
               "Q: What is a reflow?\nSample answer: Recomputing the geometry of elements.\n\n"
               "Q: Why is reading offsetHeight after a style change slow?\n"
               "Sample answer: It forces a layout to make the value current.\n"
            << "Frontend" << QStringList{"Browsers"}
            << QStringList{"What is a reflow?",
                           "Why is reading offsetHeight after a style change slow?"}
            << QStringList{"Recomputing the geometry", "It forces a layout"};

        QTest::newRow("solution behind another details label")
            << "cloud.md"
            << "# Cloud quiz\n\n### What is the difference between horizontal and vertical "
               "scaling?\n\n<details>\n<summary>Reveal solution</summary>\n\n"
               "Horizontal adds machines; vertical makes one larger.\n\n</details>\n\n"
               "### What is an availability zone?\n\n<details>\n<summary>Reveal "
               "solution</summary>\n\nAn isolated location inside a region.\n\n</details>\n"
            << "Cloud quiz" << QStringList{"General"}
            << QStringList{"What is the difference between horizontal and vertical scaling?",
                           "What is an availability zone?"}
            << QStringList{"Horizontal adds machines", "An isolated location"};

        QTest::newRow("CSV with semicolons and other column names")
            << "threads.csv"
            << "No.;Prompt;Response;Level\n"
               "1;What is a race condition?;The result depends on timing.;medium\n"
               "2;What is a deadlock?;Two threads wait for each other's locks.;easy\n"
            << "Threads" << QStringList{"General"}
            << QStringList{"What is a race condition?", "What is a deadlock?"}
            << QStringList{"The result depends", "Two threads wait"};

        QTest::newRow("Anki settings lines")
            << "dns.txt"
            << "#separator:tab\n#html:true\n#columns:Front\tBack\tTags\n"
               "What does DNS resolve?\tNames to <b>addresses</b>.\tnetworking\n"
               "What is a CNAME record?\tAn alias from one name to another.\tdns\n"
            << "Dns" << QStringList{"General"}
            << QStringList{"What does DNS resolve?", "What is a CNAME record?"}
            << QStringList{"Names to **addresses**", "An alias"};

        // A table of contents is neither a category over the questions below its level…
        QTest::newRow("contents heading above the questions' level")
            << "sql.md"
            << "# SQL basics\n\n### Table of Contents\n\n* [Keys](#keys)\n* [Joins](#joins)\n\n"
               "#### Q. What is a primary key?\n\nA column that identifies each row.\n\n"
               "#### Q. What is a join?\n\nA query that combines rows of two tables.\n"
            << "SQL basics" << QStringList{"General"}
            << QStringList{"What is a primary key?", "What is a join?"}
            << QStringList{"A column that", "A query that"};

        // …nor a question whose answer is the table.
        QTest::newRow("contents table beside the questions")
            << "java.md"
            << "# Java questions\n\n### Contents\n\n| No. | Question |\n| --- | --- |\n"
               "| 1 | [What is the JVM?](#what-is-the-jvm) |\n"
               "| 2 | [What is the JRE?](#what-is-the-jre) |\n\n"
               "1. ### What is the JVM?\n\n   The virtual machine that runs bytecode.\n\n"
               "   **[⬆ Back to Top](#contents)**\n\n"
               "2. ### What is the JRE?\n\n   The JVM with the class library.\n"
            << "Java questions" << QStringList{"General"}
            << QStringList{"What is the JVM?", "What is the JRE?"}
            << QStringList{"The virtual machine", "The JVM with"};

        // A bank's own marks after its prompts, and answers that say they are answers.
        QTest::newRow("emoji marks and answer labels")
            << "ml.md"
            << "# ML questions\n\n## Basics\n\n**What is supervised learning? 👶**\n\n"
               "**Answer:** Learning from labelled examples.\n\n"
               "**What is bagging? ⭐️**\n\n__Answer:__ Training models on bootstrap "
               "samples.\n\n"
               "**What is new in C♯ 12?**\n\nPrimary constructors for classes.\n"
            << "ML questions" << QStringList{"Basics"}
            << QStringList{"What is supervised learning?", "What is bagging?",
                           "What is new in C♯ 12?"}
            << QStringList{"Learning from", "Training models", "Primary constructors"};

        // A numbered heading that asks stays a question when its answer is steps under bold
        // labels (which read like questions of a category).
        QTest::newRow("numbered question over bold steps")
            << "devops.md"
            << "# DevOps questions\n\n## Troubleshooting\n\n"
               "### **1. How do you debug a pod that keeps restarting?**\n\n**Answer:**\n\n"
               "1. **Check the logs:**\n\n   ```sh\n   kubectl logs my-pod\n   ```\n\n"
               "2. **Describe the pod:**\n\n   ```sh\n   kubectl describe pod my-pod\n   ```\n\n"
               "### **2. What is a liveness probe?**\n\n"
               "**Answer:** A check that restarts a container when it fails.\n"
            << "DevOps questions" << QStringList{"Troubleshooting"}
            << QStringList{"How do you debug a pod that keeps restarting?",
                           "What is a liveness probe?"}
            << QStringList{"1. **Check the logs:**", "A check that"};

        // "Q." marks a question even when it neither asks nor is answered yet.
        QTest::newRow("marked question without an answer")
            << "strings.md"
            << "# SQL questions\n\n## Strings\n\n#### Q. What is CHAR?\n\nFixed length.\n\n"
               "#### Q. Define REGEXP\n\n#### Q. What is VARCHAR?\n\nVariable length.\n"
            << "SQL questions" << QStringList{"Strings"}
            << QStringList{"What is CHAR?", "Define REGEXP", "What is VARCHAR?"}
            << QStringList{"Fixed length.", "", "Variable length."};

        // A "#### Q." among "## Q." questions is a question of its own, not the end of the
        // answer above it.
        QTest::newRow("marked question a level too deep")
            << "js.md"
            << "# JavaScript questions\n\n## Q. What is a closure?\n\nA function with its "
               "scope.\n\n"
               "## Q. What is hoisting?\n\nDeclarations move to the top of their scope.\n\n"
               "#### Q. What is the temporal dead zone?\n\nThe time before a let is set.\n\n"
               "## Q. What is an iterator?\n\nAn object with next().\n"
            << "JavaScript questions" << QStringList{"General"}
            << QStringList{"What is a closure?", "What is hoisting?",
                           "What is the temporal dead zone?", "What is an iterator?"}
            << QStringList{"A function", "Declarations move to the top of their scope.",
                           "The time before", "An object"};

        // A heading that names a set of questions is their category, not a question whose
        // answer holds them (here each is a list of its own, cut by its code).
        QTest::newRow("questions only, a section named for them")
            << "frontend.md"
            << "* Explain event bubbling.\n* What is a closure?\n* What is hoisting?\n\n"
               "## Coding questions\n* Make this work:\n```js\ntwice([1,2]); // [1,2,1,2]\n```\n"
               "* Write a function that reverses a string.\n"
            << "Frontend" << QStringList{"General", "Coding questions"}
            << QStringList{"Explain event bubbling.", "What is a closure?", "What is hoisting?",
                           "Make this work:", "Write a function that reverses a string."}
            << QStringList{"", "", "", "", ""};

        // A page of a documentation site: its title is in the front matter, not a heading.
        QTest::newRow("front matter names the bank")
            << "hooks.md"
            << "---\ntitle: \"React questions\"\nsidebar_position: 2\n---\n\n## Hooks\n\n"
               "### What is useEffect for?\n\nRunning effects after render.\n\n"
               "### What is useMemo for?\n\nKeeping a computed value between renders.\n\n"
               "## State\n\n### What is lifting state up?\n\nMoving it to a common parent.\n"
            << "React questions" << QStringList{"Hooks", "State"}
            << QStringList{"What is useEffect for?", "What is useMemo for?",
                           "What is lifting state up?"}
            << QStringList{"Running effects", "Keeping a computed", "Moving it"};

        // Questions on lines of their own, each answered by the paragraphs below it with no
        // marker: numbered "Q1.", "Question 2:", a list number, or only a question mark.
        const auto asked = [](const char *q1, const char *q2, const char *q3) {
            return QStringLiteral("# Shell notes\n\n%1 What does `set -e` change?\n\n"
                                  "The script stops at the first command that fails.\n\n"
                                  "%2 Why quote \"$@\"?\n\nEach argument stays whole:\n\n"
                                  "- spaces survive\n- empty ones too\n\n"
                                  "%3 How do you read a file line by line?\n\n"
                                  "```\nwhile IFS= read -r line; do :; done < f\n```\n")
                .arg(QLatin1String(q1), QLatin1String(q2), QLatin1String(q3))
                .replace(QLatin1String("\n\n "), QLatin1String("\n\n"));
        };
        const QStringList askedPrompts{"What does set -e change?", "Why quote \"$@\"?",
                                       "How do you read a file line by line?"};
        const QStringList askedAnswers{"The script stops", "Each argument stays whole:\n\n- spaces",
                                       "```\nwhile IFS="};
        QTest::newRow("question lines, Q-numbered")
            << "shell.md" << asked("Q1.", "Q2.", "Q3.") << "Shell notes"
            << QStringList{"Shell notes"} << askedPrompts << askedAnswers;
        QTest::newRow("question lines, Question N:")
            << "shell.md" << asked("Question 1:", "Question 2:", "Question 3:") << "Shell notes"
            << QStringList{"Shell notes"} << askedPrompts << askedAnswers;
        QTest::newRow("question lines, list numbers, answers not indented")
            << "shell.md" << asked("1.", "2.", "3.") << "Shell notes" << QStringList{"Shell notes"}
            << askedPrompts << askedAnswers;
        QTest::newRow("question lines, only question marks")
            << "shell.md" << asked("", "", "") << "Shell notes" << QStringList{"Shell notes"}
            << askedPrompts << askedAnswers;
        // A pasted document: numbered lines, an answer marker under each, answers running on
        // below without indentation; later "Question N" alone, a label, then the question.
        QTest::newRow("question lines over answer markers, then numbered scenarios")
            << "ops.txt"
            << "1) Explain how you would roll out a schema change\nSample answer\n"
               "Expand first, then migrate the readers.\n\n"
               "2) A deploy passed but users see errors. What do you check?\nSample answer\n"
               "Whether the new pods are ready:\n\nprobe status\nendpoint list\n\n"
               "Then the logs of one pod.\n\n3) Describe a rollback you ran\nSample answer\n"
               "We pinned the previous image.\n\n====================\n\n"
               "Question 1\n\nScenario\n\nThe disk of the database host fills up at night.\n\n"
               "Resolution\n\nRotate the logs and add an alert.\n\n"
               "Question 2\n\nScenario\n\nA certificate expires on a Sunday.\n\n"
               "Resolution\n\nRenew it automatically.\n"
            << "Ops" << QStringList{"General"}
            << QStringList{"Explain how you would roll out a schema change",
                           "A deploy passed but users see errors. What do you check?",
                           "Describe a rollback you ran",
                           "The disk of the database host fills up at night.",
                           "A certificate expires on a Sunday."}
            << QStringList{"Expand first", "Whether the new pods are ready:\n\nprobe status",
                           "We pinned the previous image.", "Resolution\n\nRotate",
                           "Resolution\n\nRenew it automatically."};
        // Markdown lets only "1." break into a paragraph: "2. …" right under an answer's last
        // line is still the second question.
        QTest::newRow("numbered question under the last line of an answer")
            << "os.md"
            << "# OS\n\n1. What does a semaphore offer?\n\nTwo operations:\nwait()\nsignal()\n"
               "2. What is a bootstrap program?\n\nThe first code run at start-up.\n\n"
               "3. What is thrashing?\n\nPaging more than working.\n"
            << "OS" << QStringList{"OS"}
            << QStringList{"What does a semaphore offer?", "What is a bootstrap program?",
                           "What is thrashing?"}
            << QStringList{"Two operations:\nwait()\nsignal()", "The first code", "Paging more"};
        // Under a heading that asks, lines ending in a question mark are its answer's.
        QTest::newRow("heading questions whose answers ask")
            << "git.md"
            << "# Git\n\n## What does rebase do?\n\nIt replays commits on a new base.\n\n"
               "Why would you?\n\nA straight history.\n\nWhen not to?\n\nOn shared branches.\n\n"
               "## What is a detached HEAD?\n\nHEAD names a commit, not a branch.\n"
            << "Git" << QStringList{"General"}
            << QStringList{"What does rebase do?", "What is a detached HEAD?"}
            << QStringList{"It replays commits on a new base.\n\nWhy would you?", "HEAD names"};

        // A table of topics with links to exercises elsewhere is an index, not questions.
        QTest::newRow("index table of topics")
            << "k8s.md"
            << "# Kubernetes\n\n## Exercises\n\n|Name|Topic|Instructions|Solution|\n"
               "|---|---|---|---|\n| My first pod | Pods | [Exercise](pods.md) | "
               "[Solution](pods_solution.md) |\n| A service | Service | [Exercise](svc.md) | "
               "[Solution](svc_solution.md) |\n\n## Basics\n\n### What is a Pod?\n\n"
               "The smallest deployable unit.\n\n### What is a Service?\n\n"
               "A stable address for pods.\n"
            << "Kubernetes" << QStringList{"Basics"}
            << QStringList{"What is a Pod?", "What is a Service?"}
            << QStringList{"The smallest", "A stable"};

        QTest::newRow("Quizlet terms, no header")
            << "terms.tsv"
            << "idempotent\tgiving the same result when applied again\n"
               "latency\tthe time one request takes\n"
               "throughput\trequests handled per second\n"
            << "Terms" << QStringList{"General"}
            << QStringList{"idempotent", "latency", "throughput"}
            << QStringList{"giving the same result", "the time one", "requests handled"};
    }

    void readsAsMeant()
    {
        QFETCH(QString, name);
        QFETCH(QString, text);
        QFETCH(QString, bank);
        QFETCH(QStringList, categories);
        QFETCH(QStringList, prompts);
        QFETCH(QStringList, answers);
        auto read = readBankData(text.toUtf8(), name);
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        const QString got = describe(*read);
        QCOMPARE(read->banks.size(), 1);
        QCOMPARE(read->banks.first().name, bank);
        QStringList gotCategories, gotPrompts, gotAnswers;
        for (const Category &c : read->banks.first().categories) {
            gotCategories << c.name;
            for (const Question &q : c.questions) {
                gotPrompts << q.prompt;
                gotAnswers << q.answer;
            }
        }
        QVERIFY2(gotCategories == categories, qPrintable(got));
        QVERIFY2(gotPrompts == prompts, qPrintable(got));
        for (qsizetype i = 0; i < answers.size(); ++i)
            QVERIFY2(answers[i].isEmpty() ? gotAnswers[i].isEmpty()
                                          : gotAnswers[i].startsWith(answers[i]),
                     qPrintable(got));
    }

    // Lines drawn to part a pasted document ("=====", "⸻") are not an answer's text.
    void separatorLines_leaveTheAnswers()
    {
        const QString text = QStringLiteral(
            "Q1. What is a zombie process?\n\nA child whose exit status nobody read yet.\n\n"
            "⸻\n\nQ2. How do you find one?\n\nLook for state Z in ps.\n\n"
            "=========================\n\nQ3. How do you get rid of it?\n\n"
            "Make its parent wait for it, or end the parent.\n\n───────\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("unix.txt"));
        QVERIFY(bool(read));
        QCOMPARE(read->questionCount(), 3);
        const QList<Question> qs = read->banks.first().categories.first().questions;
        QCOMPARE(qs[0].answer, QStringLiteral("A child whose exit status nobody read yet."));
        QCOMPARE(qs[1].answer, QStringLiteral("Look for state Z in ps."));
        QCOMPARE(qs[2].answer, QStringLiteral("Make its parent wait for it, or end the parent."));
    }

    // A hand-kept list of questions: answers indented with tabs, one answer that lost its
    // indentation (a line and code at the margin), one whose points sit a space short of
    // nesting, and a line naming the next questions. Each question keeps its own answer.
    void handKeptList_answersStayWithTheirQuestions()
    {
        const QString text = QStringLiteral(
            "## Browser\n\n- What is a reflow?\n\n\t\tRecomputing where elements go.\n\n"
            "- How do you avoid layout thrashing?\n\nRead first, then write:\n\n"
            "\t\tconst h = el.offsetHeight;\n\n"
            "-  What does `this` refer to?\n  - the object a method was called on;\n"
            "  - the new object under `new`;\n\n"
            "Harder browser questions\n\n- What is a compositor layer?\n\n"
            "\t\tA surface the GPU moves on its own.\n\n"
            "## Network\n\n- What is a preflight request?\n\n\t\tAn OPTIONS request first.\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("fe.md"));
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        QStringList prompts, answers;
        for (const Category &c : read->banks.first().categories)
            for (const Question &q : c.questions) {
                prompts << c.name + QLatin1String(": ") + q.prompt;
                answers << q.answer;
            }
        QCOMPARE(prompts, (QStringList{"Browser: What is a reflow?",
                                       "Browser: How do you avoid layout thrashing?",
                                       "Browser: What does this refer to?",
                                       "Browser: What is a compositor layer?",
                                       "Network: What is a preflight request?"}));
        QCOMPARE(answers,
                 (QStringList{"Recomputing where elements go.",
                              "Read first, then write:\n\n\t\tconst h = el.offsetHeight;",
                              "- the object a method was called on;\n- the new object under `new`;",
                              "A surface the GPU moves on its own.", "An OPTIONS request first."}));
    }

    // Questions about HTML name tags: those are their text, in a CSV cell, a Markdown prompt
    // and an answer's example; a deck that writes its cells as HTML is still read as HTML.
    void tagsAQuestionNames_stay()
    {
        auto csv = readBankData(
            QByteArrayLiteral("question,answer\n"
                              "Where do <link>s go in <head></head>?,Before the body.\n"
                              "Why use <em> over <i>?,It says what it means.\n"),
            QStringLiteral("fe.csv"));
        QVERIFY(bool(csv));
        const QList<Question> rows = csv->banks.first().categories.first().questions;
        QCOMPARE(rows[0].prompt, QStringLiteral("Where do <link>s go in <head></head>?"));
        QCOMPARE(rows[1].prompt, QStringLiteral("Why use <em> over <i>?"));

        auto deck = readBankData(QByteArrayLiteral("front,back\n"
                                                   "What is <b>DNS</b>?,Names<br>to addresses\n"
                                                   "What is a &lt;div&gt;?,A <b>block</b>\n"),
                                 QStringLiteral("deck.csv"));
        QVERIFY(bool(deck));
        const QList<Question> cards = deck->banks.first().categories.first().questions;
        QCOMPARE(cards[0].prompt, QStringLiteral("What is **DNS**?"));
        QCOMPARE(cards[1].prompt, QStringLiteral("What is a <div>?"));

        auto md = readBankData(
            QStringLiteral("# HTML\n\n## Why does HTML5 need only <!DOCTYPE html>?\n\n"
                           "It is not based on SGML.\n\n"
                           "## How do you draw a 1px line without a border?\n\n"
                           "<div style=\"height:1px;background:red\"></div>\n\n"
                           "## How did old IE learn the new tags?\n\n"
                           "<!--[if lt IE 9]>\n<script src=\"html5shiv.js\"></script>\n"
                           "<![endif]-->\n")
                .toUtf8(),
            QStringLiteral("html.md"));
        QVERIFY(bool(md));
        const QList<Question> qs = md->banks.first().categories.first().questions;
        QCOMPARE(qs[0].prompt, QStringLiteral("Why does HTML5 need only <!DOCTYPE html>?"));
        QCOMPARE(qs[1].answer, QStringLiteral("<div style=\"height:1px;background:red\"></div>"));
        QVERIFY2(qs[2].answer.startsWith(QLatin1String("<!--[if lt IE 9]>\n<script")),
                 qPrintable(qs[2].answer));
    }

    // Flashcards under "Card N" headings, marked "**Q:**"/"**A:**", one showing code between
    // its question and answer, with a how-to section of numbered tips above them.
    void markedCards_underLabels()
    {
        QString text = QStringLiteral(
            "# Shell flashcards\n\n## Using these cards\n\n"
            "1. **Daily review:** ten cards a day\n2. **Say it aloud:** then check\n\n"
            "### Pacing\n\nOne section a week.\n\n## Section 1: Files\n\n");
        for (int n = 1; n <= 15; ++n) {
            text += QStringLiteral("### Card %1\n").arg(n);
            if (n == 5)
                text += QStringLiteral("**Q:** What do these two lines differ in?\n"
                                       "```sh\ncp -r a b\ncp -r a/ b\n```\n"
                                       "**A:** The second copies what is inside a.\n\n");
            else
                text += QStringLiteral("**Q:** What does flag %1 do?\n**A:** Thing %1.\n\n").arg(n);
        }
        auto read = readBankData(text.toUtf8(), QStringLiteral("cards.md"));
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->questionCount(), 15);
        const Bank &bank = read->banks.first();
        QCOMPARE(bank.categories.size(), 1);
        QCOMPARE(bank.categories.first().name, QStringLiteral("Section 1: Files"));
        const Question &code = bank.categories.first().questions[4];
        QCOMPARE(code.prompt, QStringLiteral("What do these two lines differ in?"));
        QCOMPARE(code.context, QStringLiteral("```sh\ncp -r a b\ncp -r a/ b\n```"));
        QCOMPARE(code.answer, QStringLiteral("The second copies what is inside a."));
    }

    // A README grown by hand: a preface above its title, numbered questions at whatever
    // heading level each was written, a line repeated after each answer, "4.What" without
    // its space, and "## Question 6" over the heading that asks.
    void handGrownReadme_numberedQuestionsAtAnyLevel()
    {
        QString text = QStringLiteral("## The printed edition is coming in May\n\n"
                                      "## Any question for me?\n\n[Book a call](https://x.y)\n\n"
                                      "# Python questions\n\n");
        const QStringList levels{"##", "##", "###", "####", "####"};
        for (int n = 1; n <= 5; ++n) {
            text += levels[n - 1] + (n == 4 ? QStringLiteral(" %1.What does item %1 do?\n\n")
                                            : QStringLiteral(" %1. What does item %1 do?\n\n"))
                                        .arg(n);
            text += QStringLiteral("It does thing %1.\n\n").arg(n);
            if (n == 3)
                text += QStringLiteral("### Method A\n\nOne way.\n\n### Method B\n\nAnother.\n\n");
            text += QStringLiteral("## Stuck on this one??\n\n[Ask me](https://x.y)\n\n");
        }
        text += QStringLiteral("## Question 6\n### Why is the GIL there?\n\nReference counts.\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("py.md"));
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        QStringList prompts, answers;
        for (const Category &c : read->banks.first().categories)
            for (const Question &q : c.questions) {
                prompts << q.prompt;
                answers << q.answer;
            }
        QCOMPARE(prompts, (QStringList{"What does item 1 do?", "What does item 2 do?",
                                       "What does item 3 do?", "What does item 4 do?",
                                       "What does item 5 do?", "Why is the GIL there?"}));
        QCOMPARE(answers[0], QStringLiteral("It does thing 1."));
        QVERIFY2(answers[2].startsWith(QLatin1String("It does thing 3.\n\n### Method A")),
                 qPrintable(answers[2]));
        QCOMPARE(answers[5], QStringLiteral("Reference counts."));
    }

    // A deck exported as comma-separated front,back with no header, a quoted back over
    // lines, and a list written a row per line with only the back filled in.
    void headerlessCsvDeck_readsAsNotes()
    {
        auto read = readBankData(
            QByteArrayLiteral("Abstract class,Cannot be instantiated.\n"
                              "\"Does finally always run?\",\"No:\n  System.exit(1) stops it\"\n"
                              "Access modifiers,public: visible everywhere\n"
                              ",private: only the class\n"
                              ",protected: the package and subclasses\n"
                              "Singleton,One instance only\n"),
            QStringLiteral("java.csv"));
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        QCOMPARE(read->layoutId, QStringLiteral("anki-notes"));
        const QList<Question> qs = read->banks.first().categories.first().questions;
        QCOMPARE(qs.size(), 4);
        QCOMPARE(qs[1].answer, QStringLiteral("No:\n  System.exit(1) stops it"));
        QCOMPARE(qs[2].answer, QStringLiteral("public: visible everywhere\nprivate: only the "
                                              "class\nprotected: the package and subclasses"));
        QCOMPARE(qs[3].prompt, QStringLiteral("Singleton"));

        // Three columns of figures is not a deck.
        QVERIFY(!readBankData(QByteArrayLiteral("2024,3,1.5\n2025,4,2.5\n2026,5,3.5\n"),
                              QStringLiteral("figures.csv")));
    }

    // A documentation site's pages put answers in boxes: MkDocs' "??? success" (indented
    // body) and Docusaurus' ":::tip"; the answer is what is in the box.
    void documentationBoxes_leaveTheAnswers()
    {
        const QString text = QStringLiteral(
            "# Docker\n\n**1. What is an image?**\n\n??? success \"Reveal answer\"\n"
            "    A read-only template for containers.\n\n    ```\n    docker images\n    ```\n\n"
            "**2. What is a volume?**\n\n:::tip Remember\nData that outlives the container.\n"
            ":::\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("docker.md"));
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        const QList<Question> qs = read->banks.first().categories.first().questions;
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].answer,
                 QStringLiteral("A read-only template for containers.\n\n```\ndocker images\n```"));
        QCOMPARE(qs[1].answer, QStringLiteral("Data that outlives the container."));
    }

    // A question table with more to say than its answer column: nothing is dropped.
    void questionTable_keepsEveryColumn()
    {
        auto read = readBankData(
            QByteArrayLiteral("# Queues\n\n| # | Question | Short answer | Deep dive |\n"
                              "|---|---|---|---|\n"
                              "| 1 | Log or queue? | A log keeps messages | Replay, ordering |\n"
                              "| 2 | What is a partition? | A shard of a topic | |\n"),
            QStringLiteral("queues.md"));
        QVERIFY2(bool(read), read ? "" : qPrintable(read.error().toString()));
        const QList<Question> qs = read->banks.first().categories.first().questions;
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].answer,
                 QStringLiteral("A log keeps messages\n\n**Deep dive:** Replay, ordering"));
        QCOMPARE(qs[1].answer, QStringLiteral("A shard of a topic"));
    }

    // Colons belong to the code and selectors a question names; only an emoji's name, apart
    // from the words around it, leaves a prompt.
    void colonsInPrompts_stay()
    {
        const QString text = QStringLiteral(
            "# Go and CSS\n\n## What does `s[low:high:max]` give?\n\nA slice with a capacity.\n\n"
            "## What is ::before for?\n\nContent before the element's own.\n\n"
            "## :rocket: Why is 1:2:3 not a time?\n\nIt has no unit.\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("mixed.md"));
        QVERIFY(bool(read));
        QStringList prompts;
        for (const Question &q : read->banks.first().categories.first().questions)
            prompts << q.prompt;
        QCOMPARE(prompts, (QStringList{"What does s[low:high:max] give?", "What is ::before for?",
                                       "Why is 1:2:3 not a time?"}));
    }

    // An MDX page: front matter, import lines and the site's components around the answers.
    void mdxComponents_leaveTheAnswers()
    {
        const QString text = QStringLiteral(
            "---\ntitle: Python questions\n---\nimport Tabs from '@theme/Tabs';\n\n"
            "# Python questions\n\n## Basics\n\n### How do you reverse a list in place?\n\n"
            "<Tabs>\n<TabItem value=\"method\" label=\"Method\">\n\n"
            "Call `items.reverse()`; it returns `None`.\n\n</TabItem>\n"
            "<TabItem value=\"slice\" label=\"Slice\">\n\n"
            "`items[::-1]` makes a reversed copy.\n\n</TabItem>\n</Tabs>\n\n"
            "### What does `is` compare?\n\n<Callout type=\"info\">\n"
            "Identity: whether two names refer to the same object.\n</Callout>\n\n"
            "<YouTube id=\"abc\" />\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("python.mdx"));
        QVERIFY(bool(read));
        QCOMPARE(read->questionCount(), 2);
        const QList<Question> qs = read->banks.first().categories.first().questions;
        QCOMPARE(qs[0].answer, QStringLiteral("Call `items.reverse()`; it returns `None`.\n\n"
                                              "`items[::-1]` makes a reversed copy."));
        QCOMPARE(qs[1].answer,
                 QStringLiteral("Identity: whether two names refer to the same object."));
    }

    // What follows the last answer of a file or chapter speaks to the reader of the
    // repository: it leaves that answer, with or without a rule above it. An answer that
    // only mentions subscribers stays whole.
    void promotionAfterTheLastAnswer_leavesIt()
    {
        const QString text = QStringLiteral(
            "# Backend questions\n\n## Messaging\n\n### What is publish-subscribe?\n\n"
            "Publishers send to a topic; every subscriber to it gets a copy.\n\n"
            "Subscribe to the topic to receive them.\n\n"
            "### What is a dead-letter queue?\n\n"
            "Where messages go that could not be delivered.\n\n---\n\n"
            "If this helped you, please ⭐ star the repo and share it with a friend!\n\n"
            "Follow me on [Mastodon](https://example.org/@me) for more.\n\n"
            "## Storage\n\n### What does fsync guarantee?\n\n"
            "The data reached stable storage before it returns.\n\n"
            "<p align=\"center\">Thanks for reading! Buy me a coffee ☕</p>\n\n"
            "## License\n\nMIT\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("backend.md"));
        QVERIFY(bool(read));
        QCOMPARE(read->questionCount(), 3);
        const Bank &bank = read->banks.first();
        QCOMPARE(bank.categories.size(), 2);
        QCOMPARE(bank.categories[0].questions[0].answer,
                 QStringLiteral("Publishers send to a topic; every subscriber to it gets a copy."
                                "\n\nSubscribe to the topic to receive them."));
        QCOMPARE(bank.categories[0].questions[1].answer,
                 QStringLiteral("Where messages go that could not be delivered."));
        QCOMPARE(bank.categories[1].questions[0].answer,
                 QStringLiteral("The data reached stable storage before it returns."));
    }

    // "..." stands for an answer not written yet, but in code it is a line of the example.
    void ellipsisInCode_staysInTheAnswer()
    {
        const QString text = QStringLiteral(
            "# JavaScript questions\n\n## Functions\n\n### What is a rest parameter?\n\n"
            "It gathers the remaining arguments into an array.\n\n"
            "```js\nfunction f(a, ...rest) {\n  // ...\n}\n...\n```\n\n"
            "    indented(...)\n    ...\n\n"
            "### What is a generator?\n\n...\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("js.md"));
        QVERIFY(bool(read));
        const QList<Question> qs = read->banks.first().categories.first().questions;
        QCOMPARE(qs.size(), 2);
        QCOMPARE(qs[0].answer,
                 QStringLiteral("It gathers the remaining arguments into an array.\n\n"
                                "```js\nfunction f(a, ...rest) {\n  // ...\n}\n...\n```\n\n"
                                "    indented(...)\n    ..."));
        QVERIFY2(qs[1].answer.isEmpty(), qPrintable(qs[1].answer)); // a placeholder
    }

    // <details> blocks whose answer has blank lines around it and closes with
    // "</b></details>": to Markdown that closing line is text in a paragraph, and each block
    // still ends there, not at the next heading.
    void detailsClosedInsideText_endTheirAnswer()
    {
        const QString text = QStringLiteral(
            "## Kubernetes\n\n<details>\n<summary>What is a Pod?</summary><br><b>\n\n"
            "The smallest unit that is deployed.\n\n</b></details>\n\n"
            "<details>\n<summary>What is a ReplicaSet?</summary><br><b>\n\n"
            "It keeps identical pods running.\n\n```\nkubectl get rs\n```\n</b></details>\n\n"
            "#### Services\n\n<details>\n<summary>What is a Service?</summary><br><b>\n\n"
            "A stable address in front of pods.\n</b></details>\n");
        auto read = readBankData(text.toUtf8(), QStringLiteral("k8s.md"));
        QVERIFY(bool(read));
        QStringList prompts, answers;
        for (const Category &c : read->banks.first().categories)
            for (const Question &q : c.questions) {
                prompts << q.prompt;
                answers << q.answer;
            }
        QCOMPARE(prompts,
                 (QStringList{"What is a Pod?", "What is a ReplicaSet?", "What is a Service?"}));
        QCOMPARE(answers, (QStringList{"The smallest unit that is deployed.",
                                       "It keeps identical pods running.\n\n```\nkubectl get "
                                       "rs\n```",
                                       "A stable address in front of pods."}));
    }

    // A heading that holds questions of its own is a category beside the deeper headings
    // after its questions, not their parent: the levels slipped.
    void categoryWithQuestions_isNoParent()
    {
        const auto details = [](const char *q, const char *a) {
            return QStringLiteral("<details>\n<summary>%1</summary><br><b>\n%2\n</b></details>\n\n")
                .arg(QLatin1String(q), QLatin1String(a));
        };
        const QString text = QStringLiteral("# Kubernetes\n\n### Services\n\n") +
                             details("What is a Service?", "A stable address for pods.") +
                             QStringLiteral("### ReplicaSets\n\n") +
                             details("What is a ReplicaSet?", "It keeps pods running.") +
                             details("How do you scale a ReplicaSet?", "With kubectl scale.") +
                             QStringLiteral("#### Storage\n\n") +
                             details("What is a PersistentVolume?", "Storage that outlives pods.") +
                             QStringLiteral("#### Secrets\n\n") +
                             details("What is a Secret?", "A small object for sensitive data.");
        auto read = readBankData(text.toUtf8(), QStringLiteral("k8s.md"));
        QVERIFY(bool(read));
        QStringList categories;
        for (const Category &c : read->banks.first().categories)
            categories << (c.parents + QStringList{c.name}).join(QStringLiteral(" › "));
        QCOMPARE(categories, (QStringList{"Services", "ReplicaSets", "Storage", "Secrets"}));
    }

    // Named columns without an answer among them: the questions come in, and the user is
    // told which names an answer column may have.
    void csvWithoutAnAnswerColumn_warns()
    {
        auto read = readBankData("No.;Prompt;Reply\n1;What is a mutex?;A lock.\n",
                                 QStringLiteral("reply.csv"));
        QVERIFY(bool(read));
        QCOMPARE(read->questionCount(), 1);
        bool warned = false;
        for (const ImportWarning &w : read->warnings)
            warned = warned || (w.line == 1 && w.message.contains(QLatin1String("answer")));
        QVERIFY(warned);
    }
};

QTEST_GUILESS_MAIN(TestNearMiss)
#include "tst_nearmiss.moc"
