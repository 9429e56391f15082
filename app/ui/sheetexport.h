#pragma once

#include "library.h"
#include "sheetdocument.h"

#include <QString>

#include <functional>

class QWidget;

namespace prepdeck {

// One PDF to write: its questions, how they are laid out, and where it goes.
struct SheetJob
{
    QList<StoredQuestion> questions;
    SheetOptions options;
    QString path;
};

// Writes the PDFs off the GUI thread behind a progress dialog with Cancel; a cancelled or
// failed file is not left half-written. `done` (if given) runs on the GUI thread after.
void exportSheets(QWidget *parent, const QList<SheetJob> &jobs,
                  const std::function<void(const QStringList &errors, bool cancelled)> &done = {});

// Where a sheet goes: a PDF file, a printer, or the print preview.
enum class SheetOutput
{
    Pdf,
    Printer,
    Preview
};

// Sends a sheet where the user asked: a PDF file chosen in a save dialog (written off the GUI
// thread), the printer chosen in the print dialog, or the print preview. `report` is given a
// line for the status bar, or an error to show.
// The file name a sheet titled so is offered under: "Study sheet — HTTP & APIs 2026-12-07.pdf".
QString suggestedPdfName(const QString &title, const QDate &date);

void deliverSheet(QWidget *parent, SheetOutput output, const QList<StoredQuestion> &questions,
                  const SheetOptions &options,
                  const std::function<void(const QString &status, const QString &error)> &report);

// File → Export PDF / Print / Print Preview of the questions of a list: asks for the
// sheet's options (the weakest only, due only, with a progress report), reads the
// questions and sends the sheet where the user asked. `listName` names the list ("Python").
void studySheet(QWidget *parent, Library &library, const QDateTime &now, QuestionFilter filter,
                const QString &listName, int listed, SheetOutput output,
                const std::function<void(const QString &status, const QString &error)> &report);

// Asks where to save, then writes the interviewer's and the candidate's copies of these
// questions (in this order) as a matched pair: NAME.pdf and NAME-candidate.pdf.
void exportMockSheets(QWidget *parent, Library &store, const QList<qint64> &questionIds,
                      int secondsPerQuestion);

} // namespace prepdeck
