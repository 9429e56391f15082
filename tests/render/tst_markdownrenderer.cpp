#include "markdownrenderer.h"

#include <QRegularExpression>
#include <QString>
#include <QTest>

using prepdeck::renderMarkdown;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void emptyInput_rendersNothing();
    void paragraph_rendersAsParagraph();
    void table_rendersTable();
    void doubleTilde_rendersStrikethrough();
    void bareHttpsUrl_becomesLink();
    void taskList_rendersCheckboxes();
    void inlineHtml_isShownAsTextNotInterpreted();
    void htmlBlock_isShownAsEscapedTextNotDropped();
    void scriptTag_isNeverEmitted_data();
    void scriptTag_isNeverEmitted();
    void disallowedLink_keepsTextButLosesHref_data();
    void disallowedLink_keepsTextButLosesHref();
    void allowedLink_keepsHref_data();
    void allowedLink_keepsHref();
    void image_becomesLinkAndIsNeverLoaded();
    void imageWithDisallowedUrl_becomesPlainText();
    void imageInsideDisallowedLink_isSafe();
    void fencedCode_keepsLanguageClass();
    void sameInput_rendersIdentically();
    void deepNesting_isFlattenedWithANotice_data();
    void deepNesting_isFlattenedWithANotice();
    void usualNesting_isKept();
    void hugeAnswer_isCutWithANotice();
    void inlinePrompt_rendersItsMarkdown_data();
    void inlinePrompt_rendersItsMarkdown();
};

namespace {

// How deeply lists and block quotes nest in rendered HTML.
int nestingOf(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)(ul|ol|blockquote)\\b"));
    int depth = 0, deepest = 0;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        depth += m.captured(1).isEmpty() ? 1 : -1;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

} // namespace

void TestMarkdownRenderer::emptyInput_rendersNothing()
{
    QCOMPARE(renderMarkdown(QString()), QString());
}

void TestMarkdownRenderer::paragraph_rendersAsParagraph()
{
    QCOMPARE(renderMarkdown(QStringLiteral("Hello **world**")),
             QStringLiteral("<p>Hello <strong>world</strong></p>\n"));
}

void TestMarkdownRenderer::table_rendersTable()
{
    const QString html =
        renderMarkdown(QStringLiteral("| key | value |\n|-----|-------|\n| a | 1 |\n"));
    QVERIFY2(html.contains(QLatin1String("<table>")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<th>key</th>")));
    QVERIFY(html.contains(QLatin1String("<td>1</td>")));
}

void TestMarkdownRenderer::doubleTilde_rendersStrikethrough()
{
    const QString html = renderMarkdown(QStringLiteral("keep ~~drop~~ keep"));
    QCOMPARE(html, QStringLiteral("<p>keep <del>drop</del> keep</p>\n"));
}

void TestMarkdownRenderer::bareHttpsUrl_becomesLink()
{
    const QString html = renderMarkdown(QStringLiteral("See https://example.org/docs for more."));
    QVERIFY2(html.contains(QLatin1String(
                 "<a href=\"https://example.org/docs\">https://example.org/docs</a>")),
             qPrintable(html));
}

void TestMarkdownRenderer::taskList_rendersCheckboxes()
{
    const QString html = renderMarkdown(QStringLiteral("- [ ] task\n- [x] done\n"));
    QCOMPARE(html.count(QLatin1String("checkbox")), 2);
    QCOMPARE(html.count(QLatin1String("checked")), 1);
    QVERIFY(html.contains(QLatin1String("task")));
    QVERIFY(html.contains(QLatin1String("done")));
    QVERIFY2(!html.contains(QLatin1String("[x]")) && !html.contains(QLatin1String("[ ]")),
             qPrintable(html));
}

void TestMarkdownRenderer::inlineHtml_isShownAsTextNotInterpreted()
{
    const QString html = renderMarkdown(QStringLiteral("a <b>bold</b> word"));
    QCOMPARE(html, QStringLiteral("<p>a &lt;b&gt;bold&lt;/b&gt; word</p>\n"));
}

void TestMarkdownRenderer::htmlBlock_isShownAsEscapedTextNotDropped()
{
    const QString html = renderMarkdown(QStringLiteral("<div class=\"x\">\nhello\n</div>\n"));
    QVERIFY2(!html.contains(QLatin1String("<div")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&lt;div class=&quot;x&quot;&gt;")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("hello")));
    QVERIFY(html.contains(QLatin1String("&lt;/div&gt;")));
    // The block keeps its line breaks.
    QCOMPARE(html.count(QLatin1String("<br />")), 2);
}

void TestMarkdownRenderer::scriptTag_isNeverEmitted_data()
{
    QTest::addColumn<QString>("markdown");

    QTest::newRow("script block") << QStringLiteral("<script>alert(1)</script>\n");
    QTest::newRow("script inline") << QStringLiteral("before <script>alert(1)</script> after");
    QTest::newRow("upper case") << QStringLiteral(
        "<SCRIPT src=\"https://evil.example/x.js\"></SCRIPT>\n");
    QTest::newRow("inside list") << QStringLiteral("- item <script>x()</script>\n");
    QTest::newRow("event handler") << QStringLiteral("<img src=x onerror=alert(1)>\n");
}

void TestMarkdownRenderer::scriptTag_isNeverEmitted()
{
    QFETCH(QString, markdown);
    const QString html = renderMarkdown(markdown);
    QVERIFY2(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&lt;"), Qt::CaseInsensitive),
             qPrintable(html)); // shown, not dropped
}

void TestMarkdownRenderer::disallowedLink_keepsTextButLosesHref_data()
{
    QTest::addColumn<QString>("markdown");

    QTest::newRow("javascript") << QStringLiteral("[x](javascript:alert(1))");
    QTest::newRow("javascript mixed case") << QStringLiteral("[x](JavaScript:alert(1))");
    QTest::newRow("javascript angle brackets") << QStringLiteral("[x](<javascript:alert(1)>)");
    QTest::newRow("vbscript") << QStringLiteral("[x](vbscript:msgbox)");
    QTest::newRow("data url") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)");
    QTest::newRow("file url") << QStringLiteral("[x](file:///etc/passwd)");
    QTest::newRow("reference link") << QStringLiteral("[x][r]\n\n[r]: javascript:alert(1)");
}

void TestMarkdownRenderer::disallowedLink_keepsTextButLosesHref()
{
    QFETCH(QString, markdown);
    const QString html = renderMarkdown(markdown);
    QVERIFY2(!html.contains(QLatin1String("href")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<a")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("javascript"), Qt::CaseInsensitive), qPrintable(html));
    QCOMPARE(html, QStringLiteral("<p>x</p>\n"));
}

void TestMarkdownRenderer::allowedLink_keepsHref_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");

    QTest::newRow("mailto") << QStringLiteral("[m](mailto:a@b.c)")
                            << QStringLiteral("<p><a href=\"mailto:a@b.c\">m</a></p>\n");
    QTest::newRow("https") << QStringLiteral("[h](https://example.org)")
                           << QStringLiteral("<p><a href=\"https://example.org\">h</a></p>\n");
    QTest::newRow("http") << QStringLiteral("[h](http://example.org/a?b=c)")
                          << QStringLiteral("<p><a href=\"http://example.org/a?b=c\">h</a></p>\n");
}

void TestMarkdownRenderer::allowedLink_keepsHref()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(renderMarkdown(markdown), expected);
}

void TestMarkdownRenderer::image_becomesLinkAndIsNeverLoaded()
{
    const QString html = renderMarkdown(QStringLiteral("![alt text](https://example.org/a.png)"));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<a href=\"https://example.org/a.png\">")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("alt text")));
}

void TestMarkdownRenderer::imageWithDisallowedUrl_becomesPlainText()
{
    const QString html = renderMarkdown(QStringLiteral("![pic](javascript:alert(1))"));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<a")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("javascript"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("pic")));
}

void TestMarkdownRenderer::imageInsideDisallowedLink_isSafe()
{
    const QString html =
        renderMarkdown(QStringLiteral("[![pic](https://example.org/p.png)](javascript:alert(1))"));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("javascript"), Qt::CaseInsensitive), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("pic")));
}

void TestMarkdownRenderer::fencedCode_keepsLanguageClass()
{
    const QString html =
        renderMarkdown(QStringLiteral("```python\ndef f():\n    return 1 < 2\n```\n"));
    QVERIFY2(html.contains(QLatin1String("class=\"language-python\"")), qPrintable(html));
    QVERIFY(html.contains(QLatin1String("    return 1 &lt; 2")));
}

void TestMarkdownRenderer::sameInput_rendersIdentically()
{
    const QString markdown = QStringLiteral(
        "# Title\n\nSome *text* with <b>html</b> and https://example.org.\n\n"
        "| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n"
        "![img](https://example.org/i.png) [bad](javascript:x)\n\n<div>\nblock\n</div>\n\n"
        "```sql\nSELECT 1;\n```\n");
    const QString first = renderMarkdown(markdown);
    const QString second = renderMarkdown(markdown);
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
}

void TestMarkdownRenderer::deepNesting_isFlattenedWithANotice_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("innermost");
    QTest::newRow("10,000 nested list items")
        << QString(QStringLiteral("- ")).repeated(10000) + QStringLiteral("deepest")
        << QStringLiteral("deepest");
    QTest::newRow("10,000 nested quotes")
        << QString(QStringLiteral("> ")).repeated(10000) + QStringLiteral("quoted")
        << QStringLiteral("quoted");
    QTest::newRow("ordered, one per line") << [] {
        QString text;
        for (int i = 0; i < 300; ++i)
            text += QString(i * 3, QLatin1Char(' ')) + QStringLiteral("1. level %1\n").arg(i);
        return text;
    }() << QStringLiteral("level 299");
    QTest::newRow("quotes and lists mixed")
        << QString(QStringLiteral("> - ")).repeated(5000) + QStringLiteral("bottom")
        << QStringLiteral("bottom");
}

void TestMarkdownRenderer::deepNesting_isFlattenedWithANotice()
{
    QFETCH(QString, markdown);
    QFETCH(QString, innermost);
    const QString html = renderMarkdown(markdown);
    QVERIFY2(nestingOf(html) <= 8, qPrintable(QString::number(nestingOf(html))));
    // Nothing is dropped: the innermost text is still there, and a notice says what changed.
    QVERIFY(html.contains(innermost));
    QVERIFY2(html.contains(QStringLiteral("nested more than 8 levels deep")),
             qPrintable(html.left(300)));
}

void TestMarkdownRenderer::usualNesting_isKept()
{
    const QString markdown = QStringLiteral("- a\n  - b\n    - c\n      > d\n      > - e\n");
    const QString html = renderMarkdown(markdown);
    QCOMPARE(nestingOf(html), 5);
    QVERIFY(!html.contains(QStringLiteral("levels deep")));
}

void TestMarkdownRenderer::hugeAnswer_isCutWithANotice()
{
    QString markdown;
    for (int i = 0; markdown.size() < 2'000'000; ++i)
        markdown += QStringLiteral("Paragraph %1 of a very long answer.\n\n").arg(i);
    const QString html = renderMarkdown(markdown);
    QVERIFY2(html.size() < 600'000, qPrintable(QString::number(html.size())));
    QVERIFY(html.contains(QStringLiteral("Paragraph 0 of")));
    QVERIFY(!html.contains(QStringLiteral("Paragraph 50000 of")));
    QVERIFY2(html.contains(QStringLiteral("The rest of this answer is not shown")),
             qPrintable(html.right(400)));
}

void TestMarkdownRenderer::inlinePrompt_rendersItsMarkdown_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("code span") << "Slots (`__slots__`)"
                               << "Slots (<code>__slots__</code>)"
                               << "Slots (__slots__)";
    QTest::newRow("escaped markup") << "Slots (\\`\\_\\_slots\\_\\_\\`)"
                                    << "Slots (`__slots__`)"
                                    << "Slots (`__slots__`)";
    QTest::newRow("asterisks stay") << "What are *args and **kwargs in `def f(*a)`?"
                                    << "What are *args and **kwargs in <code>def f(*a)</code>?"
                                    << "What are *args and **kwargs in def f(*a)?";
    QTest::newRow("dunder stays") << "Slots (__slots__) and `x`"
                                  << "Slots (__slots__) and <code>x</code>"
                                  << "Slots (__slots__) and x";
    QTest::newRow("plain stays") << "What is a mutex?"
                                 << "What is a mutex?"
                                 << "What is a mutex?";
    QTest::newRow("html shown as text") << "What does <script> do & why?"
                                        << "What does &lt;script&gt; do &amp; why?"
                                        << "What does <script> do & why?";
    QTest::newRow("not one paragraph") << "1. What is `x`?"
                                       << "1. What is `x`?"
                                       << "1. What is `x`?";
    QTest::newRow("bad link dropped") << "See [this](javascript:alert(1))"
                                      << "See this"
                                      << "See this";
}

void TestMarkdownRenderer::inlinePrompt_rendersItsMarkdown()
{
    QFETCH(QString, prompt);
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(prepdeck::renderInlineMarkdown(prompt), html);
    QCOMPARE(prepdeck::inlineMarkdownText(prompt), text);
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
