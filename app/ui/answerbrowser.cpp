#include "answerbrowser.h"
#include "answerstyle.h"

#include <QDesktopServices>
#include <QEvent>
#include <QTextCursor>
#include <QTextDocument>

namespace prepdeck {

AnswerBrowser::AnswerBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    connect(this, &QTextBrowser::anchorClicked, this, &AnswerBrowser::openLink);
}

// An empty answer, not none: given none, QTextDocument goes on to read local files itself.
QVariant AnswerBrowser::loadResource(int, const QUrl &)
{
    return QVariant(QByteArray());
}

void AnswerBrowser::openLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

namespace {

// Marks the words in a document; the position of the first mark, or -1.
int markWords(QTextDocument *document, const QStringList &words, const QPalette &palette)
{
    QTextCharFormat mark;
    mark.setBackground(
        blend(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.45));
    int first = -1;
    for (const QString &word : words) {
        if (word.size() < 2)
            continue;
        QTextCursor cursor(document);
        while (!(cursor = document->find(word, cursor)).isNull()) {
            cursor.mergeCharFormat(mark);
            if (first < 0 || cursor.selectionStart() < first)
                first = cursor.selectionStart();
        }
    }
    return first;
}

} // namespace

void AnswerBrowser::highlight(const QStringList &words)
{
    const int first = markWords(document(), words, palette());
    if (first < 0)
        return;
    // The answer opens where the search words are, not at its top.
    QTextCursor at(document());
    at.setPosition(first);
    setTextCursor(at);
    ensureCursorVisible();
}

QString AnswerBrowser::highlightedHtml(const QString &html, const QStringList &words,
                                       const QPalette &palette, const QFont &font)
{
    if (words.isEmpty())
        return html;
    QTextDocument document;
    document.setDefaultFont(font); // written into the HTML: the label's own font
    document.setHtml(html);
    if (markWords(&document, words, palette) < 0)
        return html;
    return document.toHtml();
}

void AnswerBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    QTextBrowser::changeEvent(event);
}

} // namespace prepdeck
