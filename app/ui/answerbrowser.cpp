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

void AnswerBrowser::highlight(const QStringList &words)
{
    QTextCharFormat mark;
    mark.setBackground(
        blend(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.45));
    for (const QString &word : words) {
        if (word.size() < 2)
            continue;
        QTextCursor cursor(document());
        while (!(cursor = document()->find(word, cursor)).isNull())
            cursor.mergeCharFormat(mark);
    }
}

void AnswerBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    QTextBrowser::changeEvent(event);
}

} // namespace prepdeck
