#pragma once

#include <QTextBrowser>

namespace prepdeck {

// Shows rendered answers. It never loads anything (no image, stylesheet or other
// resource, local or remote) and opens only http and https links, in the system browser.
class AnswerBrowser final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit AnswerBrowser(QWidget *parent = nullptr);

    // Marks every place the words occur, for a search, and scrolls to the first.
    void highlight(const QStringList &words);
    // Rich text with every place the words occur marked as highlight() marks them (for
    // the prompt above the answer).
    static QString highlightedHtml(const QString &html, const QStringList &words,
                                   const QPalette &palette, const QFont &font);

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void openLink(const QUrl &url);
};

} // namespace prepdeck
