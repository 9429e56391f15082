#pragma once

#include "question.h"

#include <QList>
#include <QString>

namespace prepdeck {

// A question of the bank being imported again, as the library holds it.
struct ExistingQuestion
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString identity; // unique within the bank: the prompt's key, "#n" when it repeats
    Question question;
    QString note;
    bool retired = false;
    bool deleted = false; // by the user: matched, so the file's copy does not come back
    bool edited = false;  // by the user: `question` is then the file's version, for matching
    bool placed = false;  // moved by the user to another category: it stays there
    Question userText;    // an edited question's text as the user left it
};

// A question of the file, in file order, with the category it is going to.
struct IncomingQuestion
{
    const Question *question = nullptr;
    qint64 categoryId = 0;
};

// How a file's questions meet the bank's: which stored question each one updates (so its
// ratings and notes stay), and the identities they take.
struct MergePlan
{
    QStringList identities;   // per incoming question
    QList<qsizetype> matches; // per incoming question: an index into existing, or -1 (new)
    QList<bool> matched;      // per existing question: taken by an incoming one
    // Existing questions whose identity an incoming question other than their match takes
    // (a repeated prompt renumbered, a retired question): they step aside first, as
    // "identity~id", since identities are unique.
    QList<qsizetype> stepAside;
};

// Matches in order of certainty: the same prompt in the same category; the same identity
// anywhere in the bank (a question moved); then, for an edited prompt, the same category
// with the same number, or the same answer. Each stored question is matched once at most.
// Hash lookups keep this linear however much of the file changed. No SQL: the caller reads
// and writes the rows.
MergePlan planMerge(const QList<ExistingQuestion> &existing,
                    const QList<IncomingQuestion> &incoming);

} // namespace prepdeck
