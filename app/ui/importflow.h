#pragma once

#include "importservice.h"
#include "library.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

class QWidget;

namespace prepdeck {

// Importing from the study window: choosing files, the import on a worker with a progress
// dialog and Cancel, the report afterwards, and the built-in starter bank (read and saved
// on the worker too). The window hears what changed and what to say in its status bar.
class ImportFlow final : public QObject
{
    Q_OBJECT

public:
    ImportFlow(Library &library, QWidget *window);
    ~ImportFlow() override; // an import still running is cancelled and waited for

    // The file dialog; the files chosen are shown in the import preview first.
    void chooseFiles();
    void importFiles(const QStringList &files);
    // The import preview of one file: how it reads, the readings to choose from, its
    // categories and first questions, its bank's name; Import saves it as chosen there.
    void previewFile(const QString &file);
    // Several files, each previewed in turn (Skip leaves one out, Cancel All every one);
    // those let through are imported together, each as chosen.
    void previewFiles(const QStringList &files);
    void loadStarterBank();
    // Until the outcome has been shown, not only while the worker runs.
    bool isImporting() const;
    // Reports in a dialog (default), or only in the status bar (tests).
    void setShowReports(bool show) { m_showReports = show; }

signals:
    void libraryChanged();
    void status(const QString &message);
    void failed(const QString &message);
    void finished();
    // The report's Open link: the window shows this question.
    void openQuestion(qint64 questionId);

private:
    void start(const QStringList &files, const ReadOptions &options = {});
    void start(const QStringList &files, const QList<ReadOptions> &options);
    void finish(const ImportOutcome &outcome);

    Library &m_library;
    QWidget *m_window;
    ImportService *m_service;
    bool m_showReports = true;
    bool m_starter = false;               // the import under way is the starter bank
    QPointer<QProgressDialog> m_progress; // the import under way's
};

} // namespace prepdeck
