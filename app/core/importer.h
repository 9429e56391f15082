#pragma once

#include "bankfilereader.h"
#include "result.h"
#include "store.h"

#include <QJsonObject>
#include <QString>

namespace prepdeck {

// What importing one file did: the layout found, what is in it, what changed in the
// library, what was repaired and what looked wrong.
struct ImportReport
{
    QString file;
    QString layout;
    QString encoding;
    QList<Bank> banks; // as read (for the per-category counts)
    MergeCounts counts;
    QStringList repairs;
    QList<ImportWarning> warnings;
    bool dryRun = false;

    qsizetype questionCount() const;
    QJsonObject toJson() const;
    QString toText() const; // several lines for a terminal
};

// Reads a question bank file and stores it in one transaction (nothing with dryRun).
Result<ImportReport> importFile(Store &store, const QString &path, const ReadOptions &options,
                                bool dryRun);

// The same for a bank already read, e.g. the built-in starter bank.
Result<ImportReport> importBankFile(Store &store, const BankFile &file, const QString &sourcePath,
                                    bool dryRun);

// The starter bank that ships inside the program.
Result<BankFile> readStarterBank();
// The source path recorded for the starter bank.
QString starterBankSource();

} // namespace prepdeck
