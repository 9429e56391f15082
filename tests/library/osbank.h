// A small bank of our own, imported as if from /banks/os.md, for the tests of the user's
// changes to the library, and a one-value SQL read over it.
#pragma once

#include "library.h"
#include "storetestsupport.h"

#include <QSqlQuery>

namespace prepdeck::testing {

inline Question question(const QString &prompt, const QString &answer)
{
    Question q;
    q.prompt = prompt;
    q.answer = answer;
    q.sourceFile = QStringLiteral("os.md");
    return q;
}

inline Bank osBank(const QString &threadAnswer = QStringLiteral("A path of execution."))
{
    Bank bank{QStringLiteral("Operating systems"), {}};
    Category processes{QStringLiteral("Processes"), {}, {}};
    processes.questions << question(QStringLiteral("What is a process?"),
                                    QStringLiteral("A running program."))
                        << question(QStringLiteral("What is a thread?"), threadAnswer);
    Category memory{QStringLiteral("Memory"), {}, {}};
    memory.questions << question(QStringLiteral("What is virtual memory?"),
                                 QStringLiteral("Each process sees its own addresses."));
    bank.categories << processes << memory;
    return bank;
}

inline QVariant value(Library &library, const QString &sql)
{
    QSqlQuery q(LibraryInspector::database(library));
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0);
}

} // namespace prepdeck::testing
