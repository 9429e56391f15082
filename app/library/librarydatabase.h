#pragma once

#include "libraryfile.h"
#include "result.h"
#include "sqlitestatus.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>

#include <memory>
#include <optional>
#include <unordered_map>

namespace prepdeck {

// The open connection to a library file and how to write through it: transactions that
// take the write lock at once and are retried when another program holds it, and SQLite's
// failures turned into errors that say what was being done and what to do.
class LibraryDatabase final
{
public:
    // Takes over the Qt SQL connection of that name (already opened on `path`); removes it
    // when destroyed.
    LibraryDatabase(QString connection, QString path);
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    bool isInMemory() const { return m_path == QLatin1String(":memory:"); }

    // The file could not be written (no write permission on it or its folder, or a
    // read-only file system): every change fails with a message saying so.
    bool isReadOnly() const { return m_readOnly; }
    sqlite::ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(bool readOnly, sqlite::ReadOnlyReason reason);
    // A write that finds the library busy past the timeout is tried this many times more.
    void setBusyRetries(int retries) { m_busyRetries = retries; }
    // This program has the file open (see libraryfile::OpenMark).
    void holdOpenMark(libraryfile::OpenMark &mark) { m_openMark.swap(mark); }

    // An error for a failed statement while `doing`; damage met in use has the next open
    // check every page.
    Error sqlError(const QString &doing, const QSqlError &error) const;
    Error sqlError(const QString &doing, int code, const QString &why) const;

    // BEGIN IMMEDIATE: the write lock now, waiting up to the busy timeout; and its end.
    Status beginWrite(const QString &doing);
    Status commitWrite(const QString &doing);
    void rollbackWrite();
    // Runs work in a transaction: committed if it succeeds, rolled back otherwise; begun
    // again when another program kept the library busy, up to the busy retries.
    Status inTransaction(const QString &doing, const std::function<Status(QSqlQuery &)> &work);

    // A statement prepared once on this connection and kept for the next call with the same
    // SQL (the paths taken on every key press: a question, its history, a rating). It is
    // reset when the Statement goes, so no read stays open; never nest two of the same SQL.
    class Statement
    {
    public:
        explicit Statement(QSqlQuery &query) : m_query(query) {}
        explicit Statement(std::unique_ptr<QSqlQuery> failed)
            : m_query(*failed), m_failed(std::move(failed))
        {}
        ~Statement() { m_query.finish(); }
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;
        QSqlQuery &operator*() { return m_query; }
        QSqlQuery *operator->() { return &m_query; }
        // Why it could not be prepared (then it is not kept, and the next call tries again).
        std::optional<QSqlError> prepareError() const
        {
            return m_failed ? std::optional<QSqlError>(m_failed->lastError()) : std::nullopt;
        }

    private:
        QSqlQuery &m_query;
        std::unique_ptr<QSqlQuery> m_failed;
    };
    // Prepared on first use and kept; see prepareError() for SQL that cannot be.
    Statement statement(const QString &sql) const;

    // A read transaction for as long as it lives: every query on this connection sees the
    // library as it was at the first one, however other connections write meanwhile (WAL).
    // Nothing happens when a transaction is open already.
    class ReadSnapshot
    {
    public:
        explicit ReadSnapshot(const LibraryDatabase &db);
        ~ReadSnapshot();
        ReadSnapshot(const ReadSnapshot &) = delete;
        ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    private:
        QSqlDatabase m_connection;
        bool m_begun = false;
    };

    // SQLite's count of changes made by other connections.
    qint64 outsideChanges() const;
    // Libraries are in WAL mode all their life; one in another mode is switched when
    // nobody else has it open, trying for as long as the busy timeout.
    void switchToWal();
    // Closes the connection (before the file is replaced underneath, by a restore).
    void close();
    // Closes this connection and takes over another's, with its state (the library opened
    // again after a restore).
    void adopt(LibraryDatabase &other);

private:
    void noteSuspect() const;

    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    sqlite::ReadOnlyReason m_readOnlyReason = sqlite::ReadOnlyReason::None;
    int m_busyRetries = 0;
    libraryfile::OpenMark m_openMark;
    // Held statements by SQL; dropped before the connection closes (they belong to it).
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace prepdeck
