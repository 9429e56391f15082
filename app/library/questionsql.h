#pragma once

#include "question.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// SQL the library's readers share.
namespace prepdeck::questionsql {

// A category as lists show it, over categories c: under its nearest heading when it has one
// ("System Questions › Processes").
const QString &categoryLabel();

// A question's own columns, number through source_line, in the order both the insert and
// the update statements bind them.
QVariantList questionColumns(const Question &q);
// The names of those columns in table `table`, in the order questionFrom() reads them.
QString questionColumns(const QString &table);
// A Question from the columns of questionColumns(), starting at column `first`.
Question questionFrom(const QSqlQuery &q, int first);

// A question's study content as JSON, and back: the file's version of a question the user
// edited, kept to compare a new import with.
QString contentJson(const Question &q);
Question contentFromJson(const QString &json);

} // namespace prepdeck::questionsql
