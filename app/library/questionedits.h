#pragma once

#include "librarydatabase.h"
#include "question.h"
#include "result.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

namespace prepdeck {

// A category as a place to put a question: every one, empty ones too.
struct CategoryRef
{
    qint64 id = 0;
    qint64 bankId = 0;
    QString bank;
    QString name;
};

// The user's own changes to the library: a question's text corrected, a question written
// by hand, one put away (suspended) or deleted, a bank renamed. Each change is one
// transaction, and each is what a later import of the same file keeps: an edited question
// keeps the user's text (the file's version is kept beside it, to tell whether the file
// changed too), a deleted one stays deleted, a renamed bank keeps its name.
class QuestionEdits final
{
public:
    explicit QuestionEdits(LibraryDatabase &db) : m_db(db) {}

    // Replaces the question's study content (prompt, context, answer, hint, follow-ups,
    // tips, tags) and moves it to `categoryId` (0: where it is; a category of its bank).
    // Nothing changes, and it is not marked edited, when the content and category are the same.
    Status edit(qint64 questionId, const Question &content, qint64 categoryId = 0);
    // A question written by the user, at the end of the category; its id.
    Result<qint64> add(qint64 categoryId, const Question &content);
    // A bank of the user's own, for what they write (with one category); the category's id.
    Result<qint64> addBank(const QString &name, const QString &category);
    // Suspended questions stay with their history but are out of study, mocks and sheets.
    Status setSuspended(const QList<qint64> &questionIds, bool suspended);
    // Deleted questions leave every list, count and search; their ratings are kept (the
    // history of past days stays true, and restore() brings a question back whole). An
    // import of their file does not bring them back.
    Status remove(const QList<qint64> &questionIds);
    Status restore(const QList<qint64> &questionIds);
    // Names the bank; an import of its file again keeps this name. `byUser` false gives
    // the file its say over the name again (the undo of a rename).
    Status renameBank(qint64 bankId, const QString &name, bool byUser = true);
    // Takes the file's version of an edited question back, dropping the user's text.
    Status takeFileVersion(qint64 questionId);

    // Every category of the library in library order, and the banks (id, name).
    Result<QList<CategoryRef>> categories() const;

private:
    // Every one of the ids is a question meeting `condition`; else which is not there.
    Status allThere(QSqlQuery &q, const QList<qint64> &questionIds, const QString &condition,
                    const QString &doing) const;
    Status setRetired(const QList<qint64> &questionIds, int from, int to, const QString &doing);

    LibraryDatabase &m_db;
};

} // namespace prepdeck
