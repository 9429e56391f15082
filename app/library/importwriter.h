#pragma once

#include "bank.h"
#include "bulkimport.h"
#include "librarydatabase.h"
#include "librarystats.h"
#include "result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>

namespace prepdeck {

// Banks read from a file, written into the library: matched against what it holds (a
// re-import), or new ones streamed in row by row (BulkImport).
class ImportWriter final
{
public:
    explicit ImportWriter(LibraryDatabase &db) : m_db(db) {}

    // Stores the banks read from one file as one transaction. Banks are matched to stored
    // ones by source path (one-bank files) or name; questions by their prompt, or, when the
    // prompt was edited, by category plus number or answer. Matched questions are updated in
    // place, so ratings stay; questions no longer in the file are retired, not deleted.
    // With dryRun nothing is written, but the counts are the same.
    // `cancelled` is asked now and then; when it says yes the import stops and nothing is
    // written. `namedByUser`: the bank's name was chosen for this import (--bank, the
    // preview), and later imports of the file keep it as a rename.
    Result<MergeCounts> importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                    const QString &layout, bool dryRun,
                                    const std::function<bool()> &cancelled = {},
                                    bool namedByUser = false);

    // Begins writing banks that are new to the library as their questions arrive, for files
    // too large to hold in memory. Null when a bank of this source path exists (a re-import,
    // which needs importBanks()).
    Result<std::unique_ptr<BulkImport>> beginBulkImport(const QString &sourcePath,
                                                        const QString &layout);

private:
    // Counts a bank's categories again from its questions (after an import).
    Status refreshCategoryStats(QSqlQuery &q, qint64 bankId);

    LibraryDatabase &m_db;
};

} // namespace prepdeck
