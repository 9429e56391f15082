#pragma once

#include "bankfilereader.h"
#include "library.h"
#include "result.h"

#include <QJsonObject>
#include <QString>

namespace prepdeck {

// A bank's categories and how many questions each brought, for reports.
struct CategoryOutline
{
    QString name;
    qsizetype questions = 0;
    QStringList parents;
};
struct BankOutline
{
    QString name;
    QList<CategoryOutline> categories;
};
QList<BankOutline> outlineOf(const QList<Bank> &banks);

// What importing one file did: the layout found, what is in it, what changed in the
// library, what was repaired and what looked wrong.
struct ImportReport
{
    QString file;
    QString layout;
    QString layoutId; // a stable name of the reading, what --layout takes
    QString reason;   // why the file was read so
    QString runnerUpId;
    double runnerUpScore = 0;
    QStringList readings; // every layout id the file reads in, best first
    QString encoding;
    QList<BankOutline> banks; // as read
    MergeCounts counts;
    QStringList repairs;
    QList<ImportWarning> warnings;
    bool dryRun = false;

    qsizetype questionCount() const;
    QJsonObject toJson() const;
    QString toText() const; // several lines for a terminal
};

// The layout as the user reads it, in the user's language ("markdown: headings, Q/A pairs"
// is "Markdown: Überschriften, F/A-Paare" in German). The report's layout field keeps the
// English name the JSON output and the library hold.
QString layoutName(const QString &layout);
// What a layout id's reading expects of a file, one line in the user's language.
QString layoutDescription(const QString &layoutId);

// Reads a question bank file and stores it in one transaction (nothing with dryRun).
// A file in Prepdeck's own format that brings only new banks is written while it is read,
// so its size is not limited by memory; others are read whole, then matched.
// `cancelled` is asked now and then; when it says yes nothing is written.
Result<ImportReport> importFile(Library &store, const QString &path, const ReadOptions &options,
                                bool dryRun, const std::function<bool()> &cancelled = {});

// importFile() for a file in Prepdeck's format that brings only new banks, written while
// it is read; nothing when the file is not such a file (importFile() then reads it whole).
std::optional<Result<ImportReport>> importNativeStream(Library &store, const QString &path,
                                                       const ReadOptions &options, bool dryRun,
                                                       const std::function<bool()> &cancelled);

// importFile() for a file over options.streamAbove in another layout: the reading its
// first part shows is done part by part as the file is read, and written as it goes.
// Nothing when the file must be read whole (not strict UTF-8, a reading that needs the
// whole file, a bank the library has).
std::optional<Result<ImportReport>> importLargeStream(Library &store, const QString &path,
                                                      const ReadOptions &options, bool dryRun,
                                                      const std::function<bool()> &cancelled);

// The same for a bank already read, e.g. the built-in starter bank.
Result<ImportReport> importBankFile(Library &store, const BankFile &file, const QString &sourcePath,
                                    bool dryRun);

// A file read as an import would read it, and what the import would change, with nothing
// saved: for a look before the import lands (`prepdeck import --preview`, the import
// preview). The file's questions are there to show the first of them.
struct ImportPreview
{
    BankFile file;
    ImportReport report;
};
Result<ImportPreview> previewImport(Library &store, const QString &path,
                                    const ReadOptions &options);

// The starter bank that ships inside the program.
Result<BankFile> readStarterBank();
// The source path recorded for the starter bank; ImportService takes it as a file name.
QString starterBankSource();
// Reads the starter bank and imports it (as importBankFile()).
Result<ImportReport> importStarterBank(Library &store, bool dryRun);

} // namespace prepdeck
