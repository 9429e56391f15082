#pragma once

#include "librarydatabase.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace prepdeck {

// What deleting a bank takes with it, for the question asked before.
struct BankFootprint
{
    QString name;
    int questions = 0; // every question of the bank, suspended and deleted ones too
    int ratings = 0;
    int mockInterviews = 0;   // mock interviews that asked one of them
    bool namedByUser = false; // renamed by the user (an import keeps the name)
};

// Where a question was before a move, to put it back (undo).
struct QuestionPlace
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString placedAt; // as stored; empty: where its file put it
};

// The user's arrangement of the library: categories renamed, merged and questions moved
// between them, banks put in another order or deleted. Each change is one transaction.
// A later import of a bank's file keeps the arrangement: a renamed category keeps the
// file's name beside the user's (categories.file_name), the file's name of a merged one
// leads to the category it went into (category_aliases), and a moved question is placed
// (questions.placed_at): the import brings the file's changes to its text but leaves it
// in the category the user chose.
class BankEdits final
{
public:
    explicit BankEdits(LibraryDatabase &db) : m_db(db) {}

    Status renameCategory(qint64 categoryId, const QString &name);
    // Every question of `fromId` goes to `intoId` (a category of the same bank), in file
    // order among those already there; `fromId` is removed.
    Status mergeCategories(qint64 fromId, qint64 intoId);
    // Moves questions (not deleted ones) to a category of their own bank; where those that
    // moved were, for moveBack() (empty: all were there already).
    Result<QList<QuestionPlace>> moveQuestions(const QList<qint64> &questionIds, qint64 categoryId);
    Status moveBack(const QList<QuestionPlace> &places);
    // Puts the bank at `index` in the library's order (0 first; past the end: last).
    Status moveBank(qint64 bankId, int index);
    // The banks' ids in library order.
    Result<QList<qint64>> bankOrder() const;
    Result<BankFootprint> footprint(qint64 bankId) const;
    // The bank with its categories, questions, their ratings and notes: gone for good.
    Status deleteBank(qint64 bankId);

private:
    LibraryDatabase &m_db;
};

} // namespace prepdeck
