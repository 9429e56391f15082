#include "answerbrowser.h"
#include "markdownrenderer.h"

#include <QImage>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace prepdeck;

class TestAnswerBrowser : public QObject
{
    Q_OBJECT

private slots:
    void neverLoadsAResource_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("remote image") << QUrl(QStringLiteral("https://example.org/tracker.png"));
        QTest::newRow("local file") << QUrl(QStringLiteral("file:///etc/passwd"));
        QTest::newRow("relative") << QUrl(QStringLiteral("images/diagram.png"));
        QTest::newRow("resource") << QUrl(QStringLiteral("qrc:/prepdeck/starter/starter-bank.md"));
    }
    void neverLoadsAResource()
    {
        QFETCH(QUrl, url);
        AnswerBrowser browser;
        for (int type : {int(QTextDocument::ImageResource), int(QTextDocument::StyleSheetResource),
                         int(QTextDocument::HtmlResource)})
            QVERIFY(browser.loadResource(type, url).toByteArray().isEmpty());
    }

    void imgTagInHtml_readsNothingFromDisk()
    {
        AnswerBrowser browser;
        const QUrl logo(QStringLiteral("file:///usr/share/pixmaps/debian-logo.png"));
        browser.setHtml(
            QStringLiteral("<p>before</p><img src=\"%1\"><p>after</p>").arg(logo.toString()));
        const QVariant image = browser.document()->resource(QTextDocument::ImageResource, logo);
        QVERIFY(image.toByteArray().isEmpty());
        QVERIFY(image.value<QImage>().isNull());
    }

    void highlight_marksEveryOccurrence()
    {
        AnswerBrowser browser;
        browser.setHtml(
            renderMarkdown(QStringLiteral("An index speeds reads. Every index costs writes.")));
        browser.highlight({QStringLiteral("index")});
        int marked = 0;
        for (QTextBlock b = browser.document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().hasProperty(QTextFormat::BackgroundBrush))
                    marked +=
                        it.fragment().text().count(QStringLiteral("index"), Qt::CaseInsensitive);
        QCOMPARE(marked, 2);
    }
};

QTEST_MAIN(TestAnswerBrowser)
#include "tst_answerbrowser.moc"
