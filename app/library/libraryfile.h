#pragma once

#include "migrations.h"
#include "result.h"
#include "sqlitestatus.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The library's file as SQLite and the file system see it: where it stands before it is
// opened, making a new one in one step, telling a Prepdeck library from another program's
// SQLite file, and whether another program has it open. Nothing here reads the file's bytes
// itself: a file is judged only through SQLite, under its locks.
namespace prepdeck::libraryfile {

// PRAGMA application_id of Prepdeck's libraries and backups ("Prep").
constexpr int kApplicationId = 0x50726570;

// Where the file stands, before SQLite opens it.
struct Place
{
    bool exists = false;
    bool readOnly = false;
    sqlite::ReadOnlyReason readOnlyReason = sqlite::ReadOnlyReason::None;
    // Read-only in a folder nobody can write, with no log or journal beside it: nobody can
    // be writing it, and SQLite could not make its WAL index there, so it is opened with
    // immutable=1 (SQLite's rule for read-only media).
    bool immutable = false;
};

// Looks at the path: a symbolic link loop, a folder, an empty (zero-byte) file, a file
// that cannot be read are errors; a file, folder or file system that cannot be written
// makes a read-only place.
Result<Place> examine(const QString &path);

// Makes the folder and any missing parents, owner-only (0700): they hold a person's study
// history.
Status makeFolder(const QString &folder);

// Opens a QSQLITE connection for the place, waiting up to the busy timeout for locks. The
// caller removes the connection (QSqlDatabase::removeDatabase) when done.
Result<QSqlDatabase> connect(const QString &connection, const QString &path, const Place &place);

// A new library at path, made under a temporary name (page size, WAL, schema, application
// id) and linked into place in one step, so that a library is never seen half made. When
// another program made one there meanwhile, theirs is kept and this succeeds.
Status create(const QString &path, const QList<Migration> &migrations);

// What an open SQLite file holds, read under SQLite's locks.
struct Identity
{
    int applicationId = 0;
    int version = 0;    // PRAGMA user_version
    QStringList tables; // and virtual tables
    QStringList triggers;
    QString journalMode; // "wal", "delete", …
};
Result<Identity> identify(const QSqlDatabase &db, const QString &path);

enum class Verdict
{
    Empty,    // no tables at all: a new library to set up
    Prepdeck, // Prepdeck's id, or (older libraries) Prepdeck's tables
    Foreign,  // another program's database
};
Verdict verdictOf(const Identity &identity, const QList<Migration> &migrations);

// The tables and triggers a library of this schema version must have.
QStringList schemaObjects(const QList<Migration> &migrations, int version);

// The first table (else trigger) a Prepdeck library lacks, or an empty string.
QString missingObject(const Identity &identity, const QList<Migration> &migrations);

// Whether the library is open elsewhere: in a Library of this program (see OpenMark), or in
// another process (SQLite's locks on the file or on its WAL index). Opening and closing a
// file drops all of this process's locks on it, so the locks are only probed when no Library
// of this program has it open.
bool openElsewhere(const QString &path);

// Marks a library as open in this program for as long as it lives (a Library holds one).
class OpenMark
{
public:
    OpenMark() = default;
    explicit OpenMark(const QString &path);
    ~OpenMark();
    OpenMark(const OpenMark &) = delete;
    OpenMark &operator=(const OpenMark &) = delete;
    void swap(OpenMark &other) noexcept { std::swap(m_key, other.m_key); }
    void release();

private:
    QByteArray m_key; // device and inode; empty when nothing is marked
};

// The files SQLite keeps beside a database.
const QStringList &companionSuffixes(); // "-wal", "-shm", "-journal"

// The message for a library that is not a Prepdeck library (left untouched).
Error notALibrary(const QString &path, const QString &detail);

} // namespace prepdeck::libraryfile
