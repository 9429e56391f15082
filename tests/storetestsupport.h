#pragma once

#include "library.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace prepdeck {

// What only tests may do: read and change the library's file with SQL of their own.
class LibraryInspector
{
public:
    static QSqlDatabase database(const Library &store) { return store.database(); }
};

} // namespace prepdeck

// The first column of the first row of a query on the library, for tests that check what the
// file holds. A query that fails stops the test program: the SQL in a test is fixed.
inline int scalar(prepdeck::Library &store, const QString &sql)
{
    QSqlQuery q(prepdeck::LibraryInspector::database(store));
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0).toInt();
}
