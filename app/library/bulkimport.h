#pragma once

#include "fulltextbatch.h"

#include "librarydatabase.h"
#include "librarystats.h"
#include "question.h"
#include "result.h"
#include "writeback.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace prepdeck {

namespace search {
class IndexWriter;
}

// New banks written question by question inside one transaction; see
// Library::beginBulkImport(). Rolled back unless finish() commits it.
class BulkImport
{
public:
    ~BulkImport();
    BulkImport(const BulkImport &) = delete;
    BulkImport &operator=(const BulkImport &) = delete;

    // The id the first question added will get; the next ones count up from it.
    qint64 firstId() const { return m_firstId; }
    // The file starts a bank or a category. False when this path cannot take it: the
    // library holds a bank of that name, or the file names the bank or category a second
    // time further on. The caller then drops this import and uses Library::importBanks().
    Result<bool> startBank(const QString &name);
    Result<bool> startCategory(const QString &name, const QStringList &parents = {});
    // The current bank is named so instead (once its categories are known). False, as for
    // startBank(), when the library or this file holds a bank of that name.
    Result<bool> renameBank(const QString &name);
    // The next question of the current category, with id firstId() + questions so far.
    Status add(const Question &question, qint64 id);
    qsizetype added() const { return m_added; }
    // The bank name the user chose for this import (--bank): a bank of that name is kept
    // under it by later imports of the file, as a rename.
    void setChosenName(const QString &name) { m_chosenName = name; }
    // Writes the counts and commits (nothing with dryRun).
    Result<MergeCounts> finish(bool dryRun);

private:
    friend class ImportWriter;
    BulkImport(LibraryDatabase &db, QString sourcePath, QString layout);
    Status begin();
    Status createPending();
    // No bank of that name in the library or earlier in this file.
    Result<bool> nameIsFree(const QString &name) const;

    LibraryDatabase &m_db;
    QString m_sourcePath;
    QString m_layout;
    QString m_chosenName;
    QString m_now;
    QByteArray m_nowUtf8;
    bool m_open = false;
    void *m_sqlite = nullptr; // sqlite3
    void *m_insert = nullptr; // sqlite3_stmt
    qint64 m_firstId = 1;
    qsizetype m_added = 0;
    QStringList m_bankNames;     // banks of this file so far
    QStringList m_categoryNames; // categories of the current bank so far
    QString m_pendingBank;       // created with its first question
    QString m_pendingCategory;   // likewise
    QStringList m_pendingParents;
    qint64 m_bankId = 0;
    qint64 m_categoryId = 0;
    int m_categoryPosition = 0;
    int m_position = 0;
    QHash<qint64, int> m_categoryCounts;
    QHash<QString, int> m_seen; // identities of the current bank
    struct Scratch;
    std::unique_ptr<Scratch> m_scratch;
    std::optional<WritebackHint> m_logWriteback; // the write-ahead log the pages spill into
    FullTextBatch m_fullText{m_db}; // the questions indexed at finish(), in one statement
};

} // namespace prepdeck
