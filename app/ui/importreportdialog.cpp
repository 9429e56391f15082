#include "importreportdialog.h"
#include "answerbrowser.h"
#include "windowsize.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QScrollBar>
#include <QUrl>
#include <QVBoxLayout>

namespace prepdeck {

namespace {

// What the import left of the user's own changes: edits kept, edited questions whose file
// text changed too (each with Open and Take the file's version), deleted ones left deleted.
QString keptHtml(const MergeCounts &counts, const QHash<qint64, QString> &prompts,
                 const QSet<qint64> &taken)
{
    QString html;
    if (counts.editedKept > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ImportReportDialog::tr("%Ln question(s) you edited: kept as you wrote "
                                                "them.",
                                                nullptr, counts.editedKept)
                             .toHtmlEscaped());
    if (!counts.editedChangedInFile.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>")
                    .arg(ImportReportDialog::tr("%Ln question(s) you edited changed in the file "
                                                "too: kept yours.",
                                                nullptr, int(counts.editedChangedInFile.size()))
                             .toHtmlEscaped());
        for (const qint64 id : counts.editedChangedInFile) {
            const QString prompt =
                prompts.value(id, ImportReportDialog::tr("Question %1").arg(id)).toHtmlEscaped();
            const QString open = QStringLiteral("<a href=\"prepdeck-open:%1\">%2</a>")
                                     .arg(id)
                                     .arg(ImportReportDialog::tr("Open").toHtmlEscaped());
            const QString take =
                taken.contains(id)
                    ? ImportReportDialog::tr("took the file's version").toHtmlEscaped()
                    : QStringLiteral("<a href=\"prepdeck-take:%1\">%2</a>")
                          .arg(id)
                          .arg(ImportReportDialog::tr("Take the file's version").toHtmlEscaped());
            html += QStringLiteral("<li>%1 — %2 · %3</li>").arg(prompt, open, take);
        }
        html += QStringLiteral("</ul>");
    }
    if (counts.deletedKept > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(ImportReportDialog::tr(
                             "%Ln question(s) you deleted: left deleted "
                             "(the list's filter lists them under Deleted, to restore).",
                             nullptr, counts.deletedKept)
                             .toHtmlEscaped());
    return html;
}

} // namespace

ImportReportDialog::ImportReportDialog(const QList<ImportReport> &reports,
                                       const QList<Error> &errors,
                                       const QHash<qint64, QString> &prompts, QWidget *parent)
    : QDialog(parent), m_reports(reports), m_errors(errors), m_prompts(prompts)
{
    setWindowTitle(errors.isEmpty() ? tr("Import finished") : tr("Import finished with problems"));
    auto *layout = new QVBoxLayout(this);
    auto *view = m_view = new AnswerBrowser(this);
    view->setObjectName(QStringLiteral("importReport"));
    view->setOpenLinks(false);
    connect(view, &QTextBrowser::anchorClicked, this, &ImportReportDialog::linkClicked);
    view->setHtml(toHtml(reports, errors, prompts));
    layout->addWidget(view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, {620, 480});
}

void ImportReportDialog::linkClicked(const QUrl &url)
{
    const qint64 id = url.path().toLongLong();
    if (url.scheme() == QLatin1String("prepdeck-take") && id > 0)
        emit takeFileVersion(id);
    else if (url.scheme() == QLatin1String("prepdeck-open") && id > 0)
        emit openQuestion(id);
}

void ImportReportDialog::markTaken(qint64 questionId)
{
    m_taken.insert(questionId);
    const int scrolled = m_view->verticalScrollBar()->value();
    m_view->setHtml(toHtml(m_reports, m_errors, m_prompts, m_taken));
    m_view->verticalScrollBar()->setValue(scrolled);
}

QString ImportReportDialog::toHtml(const QList<ImportReport> &reports, const QList<Error> &errors,
                                   const QHash<qint64, QString> &prompts, const QSet<qint64> &taken)
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
        html += keptHtml(r.counts, prompts, taken);
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
