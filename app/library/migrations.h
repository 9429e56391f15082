#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace prepdeck {

// One step of the schema. Step N takes a database from user_version N-1 to N.
struct Migration
{
    int version = 0;
    QString description;
    QStringList statements;
    // Work SQL alone cannot do, run after the statements in the same transaction.
    std::function<Status(QSqlDatabase &)> code;
    // The step rebuilds a table others refer to: foreign keys are off while it runs (a
    // dropped table would take the rows that point to it along), and checked before it
    // commits.
    bool rebuildsTables = false;
};

// Prepdeck's schema, oldest step first. Add new steps at the end; never edit old ones.
const QList<Migration> &schemaMigrations();

// Brings db up to the last step of `migrations`, each step in its own transaction with
// PRAGMA user_version. A database newer than the list is refused, untouched.
Status migrate(QSqlDatabase &db, const QList<Migration> &migrations);

} // namespace prepdeck
