#include "importflow.h"
#include "importpreviewdialog.h"
#include "importreportdialog.h"

#include <QFileDialog>
#include <QProgressDialog>

namespace prepdeck {

ImportFlow::ImportFlow(Library &library, QWidget *window)
    : QObject(window), m_library(library), m_window(window), m_service(new ImportService(this))
{
    connect(m_service, &ImportService::finished, this, &ImportFlow::finish);
}

ImportFlow::~ImportFlow()
{
    delete m_service;
}

bool ImportFlow::isImporting() const
{
    return m_service->isRunning();
}

void ImportFlow::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import question banks"), QString(),
        tr("Question banks (*.md *.markdown *.txt *.csv *.tsv);;All files (*)"));
    previewFiles(files);
}

void ImportFlow::previewFile(const QString &file)
{
    previewFiles({file});
}

void ImportFlow::previewFiles(const QStringList &files)
{
    if (files.isEmpty() || isImporting())
        return;
    // Each file is shown as it would be read; the ones the user lets through are imported
    // together, each read as chosen in its preview.
    QStringList chosen;
    QList<ReadOptions> options;
    for (qsizetype i = 0; i < files.size(); ++i) {
        ImportPreviewDialog preview(files[i], m_window);
        if (files.size() > 1)
            preview.setPlace(int(i), int(files.size()));
        const int answer = preview.exec();
        if (answer == QDialog::Rejected)
            return; // Cancel: nothing is imported
        if (answer == ImportPreviewDialog::Skipped)
            continue;
        chosen << files[i];
        options << preview.options();
    }
    if (chosen.isEmpty())
        return;
    m_starter = false;
    start(chosen, options);
}

void ImportFlow::importFiles(const QStringList &files)
{
    if (files.isEmpty() || isImporting())
        return;
    m_starter = false;
    start(files);
}

void ImportFlow::loadStarterBank()
{
    if (isImporting())
        return;
    m_starter = true;
    start({starterBankSource()});
}

void ImportFlow::start(const QStringList &files, const ReadOptions &options)
{
    start(files, QList<ReadOptions>(files.size(), options));
}

void ImportFlow::start(const QStringList &files, const QList<ReadOptions> &options)
{
    auto *progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0,
                                         static_cast<int>(files.size()), m_window);
    m_progress = progress;
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    connect(progress, &QProgressDialog::canceled, m_service, &ImportService::cancel);
    connect(m_service, &ImportService::progressed, progress,
            [progress](int index, int count, const QString &fileName) {
                progress->setValue(index);
                progress->setLabelText(
                    tr("Importing %1 (%2 of %3)…").arg(fileName).arg(index + 1).arg(count));
            });
    m_service->start(files, m_library.path(), options);
}

void ImportFlow::finish(const ImportOutcome &outcome)
{
    // Gone before the report opens: its delayed showing would otherwise come up over the
    // report, stuck at 0 %.
    if (m_progress) {
        m_progress->close();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    emit libraryChanged();
    int questions = 0;
    for (const ImportReport &r : outcome.reports)
        questions += static_cast<int>(r.questionCount());
    if (m_starter) {
        if (!outcome.errors.isEmpty())
            emit failed(outcome.errors.first().toString());
        else if (!outcome.cancelled)
            emit status(tr("Starter bank loaded: %Ln question(s).", nullptr, questions));
        emit finished();
        return;
    }
    if (outcome.cancelled) {
        emit status(tr("Import cancelled; the file being imported was not saved."));
        if (outcome.reports.isEmpty())
            return;
    }
    emit status(tr("Imported %Ln question(s).", nullptr, questions));
    if (m_showReports) {
        // The prompts of edited questions the file changed too, as the user wrote them.
        QHash<qint64, QString> prompts;
        for (const ImportReport &r : outcome.reports)
            for (const qint64 id : r.counts.editedChangedInFile)
                if (auto q = m_library.questions().find(id))
                    prompts.insert(id, q->question.prompt);
        ImportReportDialog dialog(outcome.reports, outcome.errors, prompts, m_window);
        connect(&dialog, &ImportReportDialog::takeFileVersion, this, [this, &dialog](qint64 id) {
            if (Status s = m_library.edits().takeFileVersion(id); !s) {
                emit failed(s.error().toString());
                return;
            }
            dialog.markTaken(id);
            emit libraryChanged();
        });
        connect(&dialog, &ImportReportDialog::openQuestion, this, [this, &dialog](qint64 id) {
            dialog.accept();
            emit openQuestion(id);
        });
        dialog.exec();
    }
    emit finished();
}

} // namespace prepdeck
