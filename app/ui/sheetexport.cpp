#include "sheetexport.h"
#include "messagesink.h"
#include "sheetoptionsdialog.h"
#include "windowsize.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPointer>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace prepdeck {

namespace {

struct Outcome
{
    QStringList errors;
    bool cancelled = false;
};

} // namespace

void exportSheets(QWidget *parent, const QList<SheetJob> &jobs,
                  const std::function<void(const QStringList &, bool)> &done)
{
    auto *progress =
        new QProgressDialog(QObject::tr("Writing the PDF…"), QObject::tr("Cancel"), 0, 100, parent);
    progress->setObjectName(QStringLiteral("sheetProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(200);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QObject::connect(progress, &QProgressDialog::canceled, progress,
                     [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> view(progress);

    auto *watcher = new QFutureWatcher<Outcome>(progress);
    QObject::connect(watcher, &QFutureWatcher<Outcome>::finished, progress,
                     [watcher, progress, done] {
                         const Outcome outcome = watcher->result();
                         progress->close();
                         progress->deleteLater();
                         if (done)
                             done(outcome.errors, outcome.cancelled);
                     });
    watcher->setFuture(QtConcurrent::run([jobs, cancel, view]() {
        Outcome outcome;
        for (qsizetype j = 0; j < jobs.size(); ++j) {
            const SheetJob &job = jobs[j];
            auto report = [&](int page, int pages) {
                const int percent =
                    static_cast<int>((j * 100 + page * 100 / std::max(1, pages)) / jobs.size());
                QMetaObject::invokeMethod(view, [view, percent, page, pages] {
                    if (view) {
                        view->setValue(percent);
                        view->setLabelText(
                            QObject::tr("Writing page %1 of %2…").arg(page).arg(pages));
                    }
                });
                return !cancel->load();
            };
            if (Status written = writeSheetPdf(job.questions, job.options, job.path, report);
                !written) {
                if (written.error().kind == Error::Kind::Cancelled) {
                    outcome.cancelled = true;
                    break;
                }
                outcome.errors << written.error().toString();
            }
        }
        return outcome;
    }));
}

void exportMockSheets(QWidget *parent, Library &store, const QList<qint64> &questionIds,
                      int secondsPerQuestion)
{
    QList<StoredQuestion> questions;
    for (const qint64 id : questionIds) {
        auto q = store.questions().find(id);
        if (q)
            questions << *q;
    }
    if (questions.isEmpty())
        return;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Save the interviewer's copy"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggestedPdfName(QObject::tr("Mock interview"), QDate::currentDate())),
        QObject::tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    const QString candidatePath = path.left(path.size() - 4) + QLatin1String("-candidate.pdf");
    SheetOptions interviewer;
    interviewer.kind = SheetKind::Interviewer;
    interviewer.secondsPerQuestion = secondsPerQuestion;
    SheetOptions candidate = interviewer;
    candidate.kind = SheetKind::Candidate;
    exportSheets(parent, {{questions, interviewer, path}, {questions, candidate, candidatePath}},
                 [parent, path, candidatePath](const QStringList &errors, bool cancelled) {
                     if (cancelled)
                         return;
                     if (!errors.isEmpty())
                         messageSink().warn(parent, QObject::tr("Prepdeck"),
                                            errors.join(QLatin1Char('\n')));
                     else
                         messageSink().inform(parent, QObject::tr("Sheets saved"),
                                              QObject::tr("The interviewer's copy is in %1 and the "
                                                          "candidate's copy in %2.")
                                                  .arg(QFileInfo(path).fileName(),
                                                       QFileInfo(candidatePath).fileName()));
                 });
}

QString suggestedPdfName(const QString &title, const QDate &date)
{
    // Characters no file system takes, and runs of spaces, out; the date in ISO order, so
    // the files of a topic sort by day.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]+"));
    QString name = QString(title).replace(unsafe, QStringLiteral("-")).simplified();
    if (name.isEmpty())
        name = QObject::tr("Study sheet");
    return QStringLiteral("%1 %2.pdf").arg(name.left(120), date.toString(Qt::ISODate));
}

void deliverSheet(QWidget *parent, SheetOutput output, const QList<StoredQuestion> &questions,
                  const SheetOptions &options,
                  const std::function<void(const QString &status, const QString &error)> &report)
{
    switch (output) {
    case SheetOutput::Pdf: {
        QString path = QFileDialog::getSaveFileName(
            parent, QObject::tr("Export PDF"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(suggestedPdfName(options.title, QDate::currentDate())),
            QObject::tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QLatin1String(".pdf");
        exportSheets(parent, {{questions, options, path}},
                     [report, path](const QStringList &errors, bool cancelled) {
                         if (cancelled)
                             report(QObject::tr("Export cancelled; nothing was written."), {});
                         else if (!errors.isEmpty())
                             report({}, errors.join(QLatin1Char('\n')));
                         else
                             report(QObject::tr("Saved %1.").arg(QDir::toNativeSeparators(path)),
                                    {});
                     });
        return;
    }
    case SheetOutput::Printer: {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(options.pageSize));
        printer.setDocName(options.effectiveTitle());
        QPrintDialog print(&printer, parent);
        if (print.exec() != QDialog::Accepted)
            return;
        SheetDocument sheet(questions, options);
        sheet.layOutFor(printer, false);
        if (Status done = sheet.paint(printer); !done)
            report({}, done.error().toString());
        return;
    }
    case SheetOutput::Preview: {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(options.pageSize));
        QPrintPreviewDialog preview(&printer, parent);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                         [questions, options](QPrinter *p) {
                             SheetDocument sheet(questions, options);
                             sheet.layOutFor(*p, false);
                             (void)sheet.paint(*p);
                         });
        resizeWithinScreen(preview, {900, 1000});
        preview.exec();
        return;
    }
    }
}

void studySheet(QWidget *parent, Library &library, const QDateTime &now, QuestionFilter filter,
                const QString &listName, int listed, SheetOutput output,
                const std::function<void(const QString &status, const QString &error)> &report)
{
    SheetOptionsDialog dialog(QObject::tr("the %1 listed now (%2)").arg(listed).arg(listName),
                              parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    filter.queueAt = {};
    if (const auto c = dialog.maxConfidence())
        filter.maxConfidence = filter.maxConfidence ? std::min(*filter.maxConfidence, *c) : *c;
    if (dialog.dueOnly())
        filter.dueBy = now;
    auto questions = library.questions().list(filter);
    if (!questions) {
        report({}, questions.error().toString());
        return;
    }
    if (questions->isEmpty()) {
        report({}, QObject::tr("No questions match, so there is nothing to print."));
        return;
    }
    SheetOptions options = dialog.options();
    options.title = QObject::tr("Study sheet — %1").arg(listName);
    if (dialog.progressReport()) {
        auto readiness = library.progress().readiness();
        if (!readiness) {
            report({}, readiness.error().toString());
            return;
        }
        options.progressReport = *readiness;
        options.progressSummary = progressSummary(library, now);
    }
    deliverSheet(parent, output, *questions, options, report);
}

} // namespace prepdeck
