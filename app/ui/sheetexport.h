#pragma once

#include "sheetdocument.h"
#include "store.h"

#include <QString>

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

// Asks where to save, then writes the interviewer's and the candidate's copies of these
// questions (in this order) as a matched pair: NAME.pdf and NAME-candidate.pdf.
void exportMockSheets(QWidget *parent, Store &store, const QList<qint64> &questionIds,
                      int secondsPerQuestion);

} // namespace prepdeck
