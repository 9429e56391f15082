#pragma once

// The file work librarycare.cpp is built on, shared by its backups, restores, checks and
// moves: SQLite opened raw (no Qt connection, any thread), consistent copies through the
// online backup API, owner-only files, backup names, the lock that keeps a backup and a
// replacement of the file apart within this program. Not for use outside library/.

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QRegularExpression>
#include <QSettings>
#include <QString>

#include <sqlite3.h>

#include <optional>
#include <shared_mutex>

namespace prepdeck::care::files {

// One raw SQLite connection, closed when it goes.
struct Connection
{
    sqlite3 *db = nullptr;
    Connection() = default;
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    ~Connection() { close(); }
    void close()
    {
        sqlite3_close_v2(db);
        db = nullptr;
    }
    QString error() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"); }
    int code() const { return db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM; }
};

enum class CopyKind
{
    Backup,  // one file, rollback journal: nothing beside it
    Library, // WAL, as every library is for its whole life
};

// Within this program: backups read the library (shared); a restore or moving a damaged
// file aside replaces it (exclusive), so they never meet a backup half-way.
std::shared_mutex &fileLock();

QByteArray native(const QString &path);

bool exists(const QString &path);

// No log, WAL index or journal beside the file.
bool quiet(const QString &path);

void syncFolder(const QString &path);

// A file Prepdeck never writes again (a backup) with nothing beside it is opened with
// immutable=1, so that reading it leaves no -wal or -shm behind. A library in use never is.
bool openRaw(Connection &c, const QString &path, int flags, bool immutable = false);

// The first column of the first row of sql, or nothing (and SQLite's code and words).
std::optional<QString> firstValue(sqlite3 *db, const char *sql, int *code = nullptr,
                                  QString *error = nullptr);

bool createOwnerOnly(const QString &path);

QString stamp(const QDateTime &now);

// <base>-YYYY-MM-DD.sqlite (daily) or <base>-YYYY-MM-DD-HHMMSS-<label>[-N].sqlite
const QRegularExpression &backupName();

// Copies src's main database into dest through the online backup API, in one step: one
// read transaction on the source, so that writes going on meanwhile never restart it.
bool copyDatabase(sqlite3 *src, sqlite3 *dest, int *code, QString *error);

// Writes a self-contained copy of the database at source into target (0600), through a
// temporary file renamed into place at the end.
Status writeCopy(const QString &source, const QString &target, bool sourceIsBackup, CopyKind kind);

qint64 countOf(sqlite3 *db, const char *sql);

// A name in the backup folder that is not taken yet: a counter is added when it is.
QString freeName(const QDir &folder, const QString &base);

Result<QString> takeBackupLocked(const QString &libraryPath, const QString &label,
                                 const QDateTime &now);

// Opens the library read-write and lets SQLite settle it: a hot journal rolled back, a log
// recovered and folded into the file. Afterwards nothing but the file is needed.
Status settle(const QString &path);

Result<QString> moveAsideLocked(const QString &path, const QDateTime &now);

QStringList markedPaths(QSettings &settings);

} // namespace prepdeck::care::files
