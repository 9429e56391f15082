#include "markdownrenderer.h"
#include "plaintextmarkdown.h"

#include <QString>
#include <QStringList>
#include <QTest>

using prepdeck::renderMarkdown;
using prepdeck::plaintext::escapeLine;
using prepdeck::plaintext::looksLikeCode;
using prepdeck::plaintext::toMarkdown;

class TestPlainTextMarkdown : public QObject
{
    Q_OBJECT

private slots:
    void indentedProse_staysProse_indentedCodeAfterColonIsCode()
    {
        const QString prose = prepdeck::plaintext::toMarkdown(
            {QStringLiteral("Caching helps when reads dominate and data changes rarely,"),
             QStringLiteral("   so a short TTL is usually enough for most pages.")});
        QVERIFY2(!prose.contains(QStringLiteral("```")), qPrintable(prose));
        const QString code = prepdeck::plaintext::toMarkdown(
            {QStringLiteral("for item in items:"), QStringLiteral("    total += item.price")});
        QVERIFY2(code.startsWith(
                     QStringLiteral("```python\nfor item in items:\n    total += item.price\n```")),
                 qPrintable(code));
    }

    void escapeLine_escapesOnlyWhatMarkdownWouldInterpret_data();
    void escapeLine_escapesOnlyWhatMarkdownWouldInterpret();
    void escapedLine_rendersAsTheSameCharacters_data();
    void escapedLine_rendersAsTheSameCharacters();
    void urlInPlainText_staysAsWrittenAndClickable_data();
    void urlInPlainText_staysAsWrittenAndClickable();
    void looksLikeCode_data();
    void looksLikeCode();
    void singleLineBreaks_becomeHardBreaks();
    void blankLines_separateParagraphs();
    void pythonFunction_becomesOneFencedBlockWithIndentation();
    void sqlRun_becomesOneSqlBlock();
    void cssRule_becomesCssBlock();
    void proseStartingWithCodeWord_staysProse_data();
    void proseStartingWithCodeWord_staysProse();
    void indentedBulletLines_areProseNotCode();
    void htmlAndStarsInProse_renderLiterally();
};

void TestPlainTextMarkdown::escapeLine_escapesOnlyWhatMarkdownWouldInterpret_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain words") << QStringLiteral("just some words")
                                 << QStringLiteral("just some words");
    QTest::newRow("snake_case stays readable")
        << QStringLiteral("call user_id and max_retry_count")
        << QStringLiteral("call user_id and max_retry_count");
    QTest::newRow("leading underscore escaped")
        << QStringLiteral("_private name") << QStringLiteral("\\_private name");
    QTest::newRow("star") << QStringLiteral("a * b") << QStringLiteral("a \\* b");
    QTest::newRow("emphasis stars") << QStringLiteral("*stars*") << QStringLiteral("\\*stars\\*");
    QTest::newRow("html tag") << QStringLiteral("<div>") << QStringLiteral("\\<div>");
    QTest::newRow("brackets") << QStringLiteral("[x]") << QStringLiteral("\\[x\\]");
    QTest::newRow("backtick") << QStringLiteral("use `ls`") << QStringLiteral("use \\`ls\\`");
    QTest::newRow("leading hash") << QStringLiteral("# not a heading")
                                  << QStringLiteral("\\# not a heading");
    QTest::newRow("hash inside stays") << QStringLiteral("C# rocks") << QStringLiteral("C# rocks");
    QTest::newRow("leading dash") << QStringLiteral("- not a list")
                                  << QStringLiteral("\\- not a list");
    QTest::newRow("leading ordered list")
        << QStringLiteral("1. not a list") << QStringLiteral("1\\. not a list");
    QTest::newRow("leading quote marker")
        << QStringLiteral("> not a quote") << QStringLiteral("\\> not a quote");
    QTest::newRow("decimal number stays")
        << QStringLiteral("3.14 is pi") << QStringLiteral("3.14 is pi");
    QTest::newRow("surrounding spaces trimmed")
        << QStringLiteral("   padded   ") << QStringLiteral("padded");
}

void TestPlainTextMarkdown::escapeLine_escapesOnlyWhatMarkdownWouldInterpret()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(escapeLine(line), expected);
}

void TestPlainTextMarkdown::escapedLine_rendersAsTheSameCharacters_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("snake_case") << QStringLiteral("user_id and _x_ and a_b_c");
    QTest::newRow("stars") << QStringLiteral("*stars* and **bold**");
    QTest::newRow("html") << QStringLiteral("<div> and <b>x</b>");
    QTest::newRow("link syntax") << QStringLiteral("[x](y \"t\")");
    QTest::newRow("heading") << QStringLiteral("# title");
    QTest::newRow("bullet") << QStringLiteral("- item");
    QTest::newRow("plus bullet") << QStringLiteral("+ item");
    QTest::newRow("ordered") << QStringLiteral("1. item");
    QTest::newRow("ordered paren") << QStringLiteral("2) item");
    QTest::newRow("blockquote") << QStringLiteral("> quoted");
    QTest::newRow("strikethrough") << QStringLiteral("~~gone~~");
    QTest::newRow("table pipe") << QStringLiteral("a | b");
    QTest::newRow("ampersand entity") << QStringLiteral("&amp; and &lt;");
    QTest::newRow("backslash") << QStringLiteral("C:\\path\\*");
    QTest::newRow("setext underline") << QStringLiteral("===");
}

void TestPlainTextMarkdown::escapedLine_rendersAsTheSameCharacters()
{
    QFETCH(QString, line);
    const QString html = renderMarkdown(escapeLine(line));
    QCOMPARE(html, QLatin1String("<p>") + line.toHtmlEscaped() + QLatin1String("</p>\n"));
}

void TestPlainTextMarkdown::urlInPlainText_staysAsWrittenAndClickable_data()
{
    QTest::addColumn<QString>("url");

    QTest::newRow("plain path") << QStringLiteral("https://example.org/docs/intro");
    QTest::newRow("underscore inside word") << QStringLiteral("https://example.org/a_b_c");
    QTest::newRow("ampersand in query") << QStringLiteral("https://example.org/s?q=a&b=c");
    QTest::newRow("tilde") << QStringLiteral("https://example.org/~user");
    QTest::newRow("underscore after slash") << QStringLiteral("https://example.org/_private");
}

// The renderer turns bare URLs into links (autolink), so a URL in a plain-text answer must
// come out with the same characters as text and as the link target.
void TestPlainTextMarkdown::urlInPlainText_staysAsWrittenAndClickable()
{
    QFETCH(QString, url);
    const QString html =
        renderMarkdown(escapeLine(QStringLiteral("see ") + url + QStringLiteral(" now")));
    const QString u = url.toHtmlEscaped();
    QCOMPARE(html, QLatin1String("<p>see <a href=\"") + u + QLatin1String("\">") + u +
                       QLatin1String("</a> now</p>\n"));
}

void TestPlainTextMarkdown::looksLikeCode_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("code");

    QTest::newRow("python def") << QStringLiteral("def add(a, b):") << true;
    QTest::newRow("python return") << QStringLiteral("return total") << true;
    QTest::newRow("assignment") << QStringLiteral("total = a + b") << true;
    QTest::newRow("sql select") << QStringLiteral("SELECT name FROM users") << true;
    QTest::newRow("sql comment") << QStringLiteral("-- Schema") << true;
    QTest::newRow("css rule") << QStringLiteral(".box { display: flex; }") << true;
    QTest::newRow("css declaration") << QStringLiteral("display: flex;") << true;
    QTest::newRow("javascript const") << QStringLiteral("const x = 1;") << true;
    QTest::newRow("shell git") << QStringLiteral("git commit -m fix") << true;
    QTest::newRow("shell prompt") << QStringLiteral("$ ls -la") << true;
    QTest::newRow("json pair") << QStringLiteral("\"name\": \"x\",") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("plain sentence") << QStringLiteral("A closure captures its scope.") << false;
    QTest::newRow("sentence starting with return")
        << QStringLiteral("return the cached value when the key is already present.") << false;
    QTest::newRow("sentence starting with git")
        << QStringLiteral("git makes it easy to branch and merge your work.") << false;
    QTest::newRow("capitalised Select in prose")
        << QStringLiteral("Select the option that fits best.") << false;
    QTest::newRow("bullet") << QStringLiteral("\u2022 first point") << false;
}

void TestPlainTextMarkdown::looksLikeCode()
{
    QFETCH(QString, line);
    QFETCH(bool, code);
    QCOMPARE(prepdeck::plaintext::looksLikeCode(line), code);
}

void TestPlainTextMarkdown::singleLineBreaks_becomeHardBreaks()
{
    const QStringList lines = {QStringLiteral("first line"), QStringLiteral("second line"),
                               QStringLiteral("third line")};
    const QString md = toMarkdown(lines);
    QCOMPARE(md, QStringLiteral("first line\\\nsecond line\\\nthird line"));

    const QString html = renderMarkdown(md);
    QCOMPARE(html, QStringLiteral("<p>first line<br />\nsecond line<br />\nthird line</p>\n"));
}

void TestPlainTextMarkdown::blankLines_separateParagraphs()
{
    const QStringList lines = {QStringLiteral("para one"), QStringLiteral("still one"), QString(),
                               QString(), QStringLiteral("para two")};
    const QString md = toMarkdown(lines);
    QCOMPARE(md, QStringLiteral("para one\\\nstill one\n\npara two"));

    const QString html = renderMarkdown(md);
    QCOMPARE(html.count(QLatin1String("<p>")), 2);
    QCOMPARE(html, QStringLiteral("<p>para one<br />\nstill one</p>\n<p>para two</p>\n"));
}

void TestPlainTextMarkdown::pythonFunction_becomesOneFencedBlockWithIndentation()
{
    const QStringList lines = {
        QStringLiteral("Here is a helper:"), QStringLiteral("def add(a, b):"),
        QStringLiteral("    total = a + b"), QString(),
        QStringLiteral("    return total"),  QStringLiteral("That is all."),
    };
    const QString md = toMarkdown(lines);
    QCOMPARE(md, QStringLiteral("Here is a helper:\n\n"
                                "```python\n"
                                "def add(a, b):\n"
                                "    total = a + b\n"
                                "\n"
                                "    return total\n"
                                "```\n\n"
                                "That is all."));
    QCOMPARE(md.count(QLatin1String("```")), 2);

    const QString html = renderMarkdown(md);
    QCOMPARE(html.count(QLatin1String("<pre>")), 1);
    QVERIFY(html.contains(QLatin1String("class=\"language-python\"")));
    QVERIFY(html.contains(QLatin1String("\n    return total\n")));
    QVERIFY(html.contains(QLatin1String("<p>Here is a helper:</p>")));
    QVERIFY(html.contains(QLatin1String("<p>That is all.</p>")));
}

void TestPlainTextMarkdown::sqlRun_becomesOneSqlBlock()
{
    const QStringList lines = {
        QStringLiteral("The query:"),
        QStringLiteral("-- Schema"),
        QStringLiteral("SELECT name, COUNT(*) AS n"),
        QStringLiteral("FROM users"),
        QStringLiteral("GROUP BY name;"),
        QString(),
        QStringLiteral("It counts users per name."),
    };
    const QString md = toMarkdown(lines);
    QCOMPARE(md, QStringLiteral("The query:\n\n"
                                "```sql\n"
                                "-- Schema\n"
                                "SELECT name, COUNT(*) AS n\n"
                                "FROM users\n"
                                "GROUP BY name;\n"
                                "```\n\n"
                                "It counts users per name."));
    QCOMPARE(md.count(QLatin1String("```")), 2);
}

void TestPlainTextMarkdown::cssRule_becomesCssBlock()
{
    QVERIFY(prepdeck::plaintext::looksLikeCode(QStringLiteral(".box { display: flex; }")));
    const QString md = toMarkdown(
        {QStringLiteral("Centre it like this:"), QStringLiteral(".box { display: flex; }")});
    QCOMPARE(md, QStringLiteral("Centre it like this:\n\n```css\n.box { display: flex; }\n```"));
}

void TestPlainTextMarkdown::proseStartingWithCodeWord_staysProse_data()
{
    QTest::addColumn<QString>("line");

    QTest::newRow("return") << QStringLiteral(
        "return the cached value when the key is already present.");
    QTest::newRow("git") << QStringLiteral("git makes it easy to branch and merge your work.");
}

void TestPlainTextMarkdown::proseStartingWithCodeWord_staysProse()
{
    QFETCH(QString, line);
    const QString md = toMarkdown({QStringLiteral("First point."), line});
    QVERIFY2(!md.contains(QLatin1String("```")), qPrintable(md));
    QCOMPARE(md, QStringLiteral("First point.\\\n") + line);
}

void TestPlainTextMarkdown::indentedBulletLines_areProseNotCode()
{
    const QStringList lines = {
        QStringLiteral("Key points:"),
        QStringLiteral("  \u2022 caching cuts latency"),
        QStringLiteral("    \u2022 but needs invalidation"),
    };
    const QString md = toMarkdown(lines);
    QVERIFY2(!md.contains(QLatin1String("```")), qPrintable(md));
    QCOMPARE(md,
             QStringLiteral(
                 "Key points:\\\n\u2022 caching cuts latency\\\n\u2022 but needs invalidation"));

    const QString html = renderMarkdown(md);
    QVERIFY(!html.contains(QLatin1String("<pre")));
    QVERIFY(html.contains(QStringLiteral("\u2022 caching cuts latency")));
}

void TestPlainTextMarkdown::htmlAndStarsInProse_renderLiterally()
{
    const QString html =
        renderMarkdown(toMarkdown({QStringLiteral("Wrap it in a <div> and mark *stars* too")}));
    QVERIFY2(html.contains(QLatin1String("&lt;div&gt;")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<div")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<em>")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("*stars*")), qPrintable(html));
    QCOMPARE(html, QStringLiteral("<p>Wrap it in a &lt;div&gt; and mark *stars* too</p>\n"));
}

QTEST_GUILESS_MAIN(TestPlainTextMarkdown)
#include "tst_plaintextmarkdown.moc"
