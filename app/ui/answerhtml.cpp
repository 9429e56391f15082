#include "answerhtml.h"
#include "markdownrenderer.h"

#include <QCoreApplication>

namespace prepdeck {

// The words keep the study pane's translation context, where they were first written.
QString answerHtml(const Question &q, const QString &note)
{
    auto box = [](const QString &cls, const QString &label, const QString &html) {
        return QStringLiteral("<table class=\"%1\" width=\"100%\" cellpadding=\"8\"><tr><td>"
                              "<p class=\"label\">%2</p>%3</td></tr></table><p></p>")
            .arg(cls, label.toHtmlEscaped(), html);
    };
    QString html;
    if (!q.answer.isEmpty())
        html = renderMarkdown(q.answer);
    else if (!q.hint.isEmpty()) // the bank gives only the key concept: that is the answer
        html = box(QStringLiteral("followup"),
                   QCoreApplication::translate("prepdeck::StudyPane", "Key concept to mention"),
                   renderMarkdown(q.hint));
    else
        html = QStringLiteral("<p class=\"label\">%1</p>")
                   .arg(QCoreApplication::translate(
                            "prepdeck::StudyPane",
                            "This bank has no suggested answer for this question.")
                            .toHtmlEscaped());
    html += QStringLiteral("<p></p>");
    for (const QString &tip : q.tips)
        html += box(QStringLiteral("tip"),
                    QCoreApplication::translate("prepdeck::StudyPane", "Coaching tip"),
                    renderMarkdown(tip));
    for (const QString &f : q.followUps)
        html += box(QStringLiteral("followup"),
                    QCoreApplication::translate("prepdeck::StudyPane", "Follow-up question"),
                    renderMarkdown(f));
    if (!note.isEmpty())
        html += box(QStringLiteral("note"),
                    QCoreApplication::translate("prepdeck::StudyPane", "My notes"),
                    renderMarkdown(note));
    return html;
}

} // namespace prepdeck
