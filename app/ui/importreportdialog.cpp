#include "importreportdialog.h"
#include "answerbrowser.h"
#include "windowsize.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QVBoxLayout>

namespace prepdeck {

ImportReportDialog::ImportReportDialog(const QList<ImportReport> &reports,
                                       const QList<Error> &errors, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(errors.isEmpty() ? tr("Import finished") : tr("Import finished with problems"));
    auto *layout = new QVBoxLayout(this);
    auto *view = new AnswerBrowser(this);
    view->setObjectName(QStringLiteral("importReport"));
    view->setHtml(toHtml(reports, errors));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, {620, 480});
}

QString ImportReportDialog::toHtml(const QList<ImportReport> &reports, const QList<Error> &errors)
{
    QString html;
    for (const Error &e : errors)
        html += QStringLiteral("<h3>%1</h3><p><b>%2</b> %3</p>")
                    .arg(QFileInfo(e.file).fileName().toHtmlEscaped(),
                         tr("Not imported:").toHtmlEscaped(),
                         (e.line > 0 ? tr("line %1: ").arg(e.line) : QString()).toHtmlEscaped() +
                             e.message.toHtmlEscaped());
    for (const ImportReport &r : reports) {
        html += QStringLiteral("<h3>%1</h3>").arg(QFileInfo(r.file).fileName().toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%Ln question(s), layout: %1, encoding: %2", nullptr,
                            static_cast<int>(r.questionCount()))
                             .arg(layoutName(r.layout), r.encoding)
                             .toHtmlEscaped());
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("%L1 added, %L2 updated, %L3 unchanged, %L4 retired")
                             .arg(r.counts.added)
                             .arg(r.counts.updated)
                             .arg(r.counts.unchanged)
                             .arg(r.counts.retired)
                             .toHtmlEscaped());
        html += QStringLiteral("<table cellpadding=\"2\">");
        for (const BankOutline &b : r.banks)
            for (const CategoryOutline &c : b.categories)
                html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                            .arg(c.name.toHtmlEscaped())
                            .arg(c.questions);
        html += QStringLiteral("</table>");
        // Each repair says what it did ("Repaired broken encoding: …"): listed under one
        // heading, not each behind a label repeating it.
        if (!r.repairs.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Repairs:").toHtmlEscaped());
            for (const QString &repair : r.repairs)
                html += QStringLiteral("<li>%1</li>").arg(repair.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        if (!r.warnings.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Warnings:").toHtmlEscaped());
            for (const ImportWarning &w : r.warnings)
                html +=
                    QStringLiteral("<li>%1%2</li>")
                        .arg(w.line > 0 ? tr("line %1: ").arg(w.line).toHtmlEscaped() : QString(),
                             w.message.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

} // namespace prepdeck
