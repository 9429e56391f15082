#include "librarydatabase.h"
#include "librarycare.h"

#include <QElapsedTimer>
#include <QThread>

namespace prepdeck {

LibraryDatabase::LibraryDatabase(QString connection, QString path)
    : m_connection(std::move(connection)), m_path(std::move(path))
{}

LibraryDatabase::~LibraryDatabase()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase LibraryDatabase::connection() const
{
    return QSqlDatabase::database(m_connection, false);
}

void LibraryDatabase::setReadOnly(bool readOnly, sqlite::ReadOnlyReason reason)
{
    m_readOnly = readOnly;
    m_readOnlyReason = reason;
}

Error LibraryDatabase::sqlError(const QString &doing, const QSqlError &error) const
{
    Error e = sqlite::failure(error, doing, m_path,
                              m_readOnly ? m_readOnlyReason : sqlite::ReadOnlyReason::None);
    if (e.kind == Error::Kind::Damaged)
        noteSuspect();
    return e;
}

Error LibraryDatabase::sqlError(const QString &doing, int code, const QString &why) const
{
    Error e = sqlite::failure(code, doing, why, m_path,
                              m_readOnly ? m_readOnlyReason : sqlite::ReadOnlyReason::None);
    if (e.kind == Error::Kind::Damaged)
        noteSuspect();
    return e;
}

void LibraryDatabase::noteSuspect() const
{
    // SQLite met damage while the library was in use: the next open checks every page,
    // whatever the library's size.
    if (!isInMemory())
        care::markForCheck(m_path);
}

Status LibraryDatabase::beginWrite(const QString &doing)
{
    QSqlQuery q(connection());
    // IMMEDIATE: the write lock is taken now, waiting up to the busy timeout for another
    // program's write, rather than failing at once when a read has to become a write.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlError(doing, q.lastError());
    return success();
}

Status LibraryDatabase::commitWrite(const QString &doing)
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = sqlError(doing, q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return success();
}

LibraryDatabase::ReadSnapshot::ReadSnapshot(const LibraryDatabase &db)
    : m_connection(db.connection())
{
    QSqlQuery q(m_connection);
    m_begun = q.exec(QStringLiteral("BEGIN DEFERRED"));
}

LibraryDatabase::ReadSnapshot::~ReadSnapshot()
{
    if (!m_begun)
        return;
    QSqlQuery q(m_connection);
    q.exec(QStringLiteral("COMMIT"));
}

void LibraryDatabase::rollbackWrite()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

Status LibraryDatabase::inTransaction(const QString &doing,
                                      const std::function<Status(QSqlQuery &)> &work)
{
    for (int attempt = 0;; ++attempt) {
        Status done = beginWrite(doing);
        if (done) {
            QSqlQuery q(connection());
            done = work(q);
            q.finish();
            if (done)
                done = commitWrite(doing);
            else
                rollbackWrite();
        }
        // Another program kept the library busy past the timeout: a window tries again, so
        // that what it shows as saved is saved.
        if (done || done.error().kind != Error::Kind::Busy || attempt >= m_busyRetries)
            return done;
    }
}

qint64 LibraryDatabase::outsideChanges() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void LibraryDatabase::switchToWal()
{
    // Changing the journal mode needs the library to itself, and SQLite does not wait for
    // that: try for as long as the busy timeout, then go on in the old mode.
    QSqlQuery q(connection());
    QElapsedTimer waited;
    waited.start();
    do {
        if (q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && q.next() &&
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) == 0)
            return;
        q.finish();
        QThread::msleep(50);
    } while (waited.elapsed() < sqlite::kBusyTimeoutMs);
}

LibraryDatabase::Statement LibraryDatabase::statement(const QString &sql) const
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(connection());
        if (!query->prepare(sql))
            return Statement(std::move(query)); // not kept: the next call tries again
        found = m_statements.emplace(sql, std::move(query)).first;
    }
    return Statement(*found->second);
}

void LibraryDatabase::close()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    m_openMark.release();
}

void LibraryDatabase::adopt(LibraryDatabase &other)
{
    close();
    other.m_statements.clear();
    QSqlDatabase::removeDatabase(m_connection);
    std::swap(m_connection, other.m_connection);
    std::swap(m_path, other.m_path);
    std::swap(m_readOnly, other.m_readOnly);
    std::swap(m_readOnlyReason, other.m_readOnlyReason);
    m_openMark.swap(other.m_openMark);
}

} // namespace prepdeck
