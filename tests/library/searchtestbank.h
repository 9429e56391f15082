#pragma once
// What the search tests share: a bank of our own for ranking, and ways to ask the library.
#include "importer.h"
#include "layouts.h"
#include "library.h"
#include "migrations.h"
#include "storetestsupport.h"

#include <QSqlError>
#include <QSqlQuery>

namespace prepdeck::searchtest {

inline Question makeQuestion(const QString &prompt, const QString &answer, const QString &hint = {})
{
    Question q;
    q.prompt = prompt;
    q.answer = answer;
    q.hint = hint;
    q.sourceFile = QStringLiteral("t.md");
    q.sourceLine = 1;
    return q;
}

// A bank of our own for ranking: words of one question's topic appear in the answers of
// others, as they do in real banks.
inline Bank rankingBank()
{
    auto q = [](const char *prompt, const char *answer) {
        return makeQuestion(QString::fromUtf8(prompt), QString::fromUtf8(answer));
    };
    return Bank{
        QStringLiteral("Ranking"),
        {Category{QStringLiteral("Storage"),
                  {q("How does a B-tree index speed up lookups?",
                     "Keys sorted in pages; a lookup reads a few pages instead of the table."),
                   q("When would you denormalise a schema?",
                     "To save joins on hot reads; an index alone does not remove the join."),
                   q("What is write amplification in an LSM tree?",
                     "Compaction rewrites data many times; unlike a B-tree, writes are "
                     "sequential."),
                   q("Explain the write-ahead log.",
                     "Changes go to the log before the pages: a crash replays the log.")},
                  {}},
         Category{QStringLiteral("Concurrency"),
                  {q("What is a mutex and how does it differ from a semaphore?",
                     "A mutex has an owner; a semaphore counts. Both can deadlock."),
                   q("How do you detect and avoid deadlocks?",
                     "Order the locks; time out; a deadlock needs a cycle of waits."),
                   q("What is a race condition?",
                     "Two threads touch shared state without order; use a mutex or atomics."),
                   q("Describe the actor model.",
                     "Actors own their state and exchange messages; no locks, no shared "
                     "memory.")},
                  {}},
         Category{QStringLiteral("Networking"),
                  {q("What happens during a TLS handshake?",
                     "Client hello, server certificate, key exchange, then symmetric keys."),
                   q("Why is TCP slow start needed?",
                     "It probes the network's capacity so that a new connection does not "
                     "flood it; TLS runs on top of TCP."),
                   q("What is head-of-line blocking?",
                     "One lost packet holds up every stream behind it; HTTP/3 over QUIC "
                     "avoids it."),
                   q("Erklären Sie den Unterschied zwischen TCP und UDP.",
                     "TCP ist verbindungsorientiert und zuverlässig; UDP schickt Datagramme "
                     "ohne Zusage."),
                   q("¿Qué es la latencia de red?",
                     "El tiempo que tarda un paquete en llegar; se mide en milisegundos.")},
                  {}}}};
}

inline Bank sampleBank()
{
    auto numbered = [](const char *prompt, const char *answer, int number) {
        Question q = makeQuestion(QString::fromUtf8(prompt), QString::fromUtf8(answer));
        q.number = number;
        return q;
    };
    return Bank{QStringLiteral("Sample"),
                {Category{QStringLiteral("Databases"),
                          {numbered("What is an index?", "A sorted lookup structure.", 1),
                           numbered("What is MVCC?", "Versions instead of read locks.", 2)},
                          {}},
                 Category{QStringLiteral("Networks"),
                          {numbered("What is a socket?", "An endpoint.", 3)},
                          {}}}};
}

inline std::unique_ptr<Library> openOrDie(const QString &path,
                                          const QList<Migration> &migrations = schemaMigrations())
{
    auto store = Library::open(path, migrations);
    if (!store)
        qFatal("%s", qPrintable(store.error().toString()));
    return std::move(*store);
}

inline QList<qint64> found(Library &store, const QString &words,
                           QuestionOrder order = QuestionOrder::Relevance)
{
    auto ids = store.questions().questionIds(QuestionFilter::matching({}, words), order,
                                             Qt::AscendingOrder);
    if (!ids)
        qFatal("%s", qPrintable(ids.error().toString()));
    return *ids;
}

inline QString firstPrompt(Library &store, const QString &words)
{
    const QList<qint64> ids = found(store, words);
    return ids.isEmpty() ? QString() : store.questions().find(ids.first())->question.prompt;
}

// FTS5's own check that the index holds exactly the words of the questions table.
inline bool indexMatchesQuestions(Library &store)
{
    QSqlQuery q(LibraryInspector::database(store));
    const bool ok = q.exec(QStringLiteral(
        "INSERT INTO questions_fts (questions_fts, rank) VALUES ('integrity-check', 1)"));
    if (!ok)
        qWarning("%s", qPrintable(q.lastError().text()));
    return ok;
}

inline int triggerCount(Library &store)
{
    QSqlQuery q(LibraryInspector::database(store));
    q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
                          "'questions_fts%'"));
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace prepdeck::searchtest
