#pragma once

#include "result.h"

#include <QString>

class QSqlDatabase;
class QSqlError;
struct sqlite3;

// What SQLite's result codes mean for the library, and how a failure is told to the user.
// Only SQLite decides that a library is damaged (SQLITE_CORRUPT, SQLITE_NOTADB); a busy,
// locked, read-only, full or failing disk is never damage.
namespace prepdeck::sqlite {

// The kind of a result code, primary or extended.
Error::Kind kindOf(int code);

// Why a library cannot be written, for the words of a message.
enum class ReadOnlyReason
{
    None,
    File,       // the file has no write permission
    Folder,     // its folder cannot be written (SQLite keeps its log beside the file)
    FileSystem, // the file system is mounted read-only
};

// A failed library operation as the user reads it: what failed ("Saving the rating"), in
// the words of its kind, with SQLite's own (why) where they help, and what to do.
Error failure(int code, const QString &doing, const QString &why, const QString &path,
              ReadOnlyReason readOnly = ReadOnlyReason::None);
// The same from what Qt's driver reported.
Error failure(const QSqlError &error, const QString &doing, const QString &path,
              ReadOnlyReason readOnly = ReadOnlyReason::None);

// "the library is damaged: it is not an SQLite database (…)", or "…: SQLite cannot read it
// (…)", for a damage SQLite reported with this code and these words.
QString damageText(int code, const QString &why);

// The SQLite connection behind a QSQLITE connection; null for another driver.
sqlite3 *handleOf(const QSqlDatabase &db);

// True when the file system holding path has (almost) no space left: an I/O error there
// is told as a full disk.
bool diskFull(const QString &path);

// How long SQLite waits for another program's write before it reports busy.
constexpr int kBusyTimeoutMs = 5000;

} // namespace prepdeck::sqlite
