#pragma once

#include "librarydatabase.h"
#include "result.h"

#include <QString>

namespace prepdeck {

// The triggers that keep questions_fts in step with the questions' text (schema 10).
namespace fulltext {
QString insertTrigger();
QString updateTrigger();
QString deleteTrigger();
} // namespace fulltext

// Many questions written in one transaction, indexed in one statement at its end.
//
// FTS5 writes out the words it has gathered whenever a statement that writes to it begins
// (its savepoint), so a trigger firing for each question of an import wrote 100,000 tiny
// segments and merged them over and over: 18 s for the bench's 100,000 questions, against
// 4 s for the same words in one statement. Inside the caller's transaction the insert and
// update triggers are dropped (another program never sees them gone: it sees the
// transaction whole, or not at all, and a rollback brings them back), the questions whose
// text changes are remembered, and finish() indexes them and puts the triggers back.
class FullTextBatch
{
public:
    explicit FullTextBatch(LibraryDatabase &db) : m_db(db) {}
    Status begin();
    // Before a question's text changes: its words as they are now leave the index. (Questions
    // added meanwhile need nothing: every question from the first new id is indexed.)
    Status changing(qint64 id);
    Status finish();

private:
    Status exec(const QString &sql);
    LibraryDatabase &m_db;
    bool m_begun = false;
    qint64 m_firstNew = 0; // the questions from this id on were added in the batch
};

} // namespace prepdeck
