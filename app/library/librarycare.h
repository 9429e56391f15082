#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace prepdeck {

class Library;

// Looking after the library file: checking it at open, moving a damaged one aside, and
// backups (daily, before each schema upgrade, before each restore) in the folder
// "backups" beside it. Nothing here ever deletes or overwrites a library: a damaged file
// is renamed, and a restore first keeps the file it replaces.
namespace care {

// Above this size the full structural check (PRAGMA quick_check) is left to the daily
// backup, which runs it before copying: at 300 MB it takes longer than opening should.
constexpr qint64 kCheckAtOpenBytes = 64LL * 1024 * 1024;

// What SQLite finds wrong with the library or backup at path, read under its locks: an
// error of kind Damaged (not a database, a failed quick_check when thorough), or of another
// kind when it could not be read at all (busy, a disk error, unreadable). Nothing when it
// is whole. Never judges by the file's bytes or size.
std::optional<Error> checkFile(const QString &path, bool thorough);

// A library SQLite met damage in, while it was in use: its next open runs quick_check,
// whatever its size. (Kept in the settings file.)
void markForCheck(const QString &path);
bool markedForCheck(const QString &path);

// Renames a damaged library together with its -wal, -shm and -journal (so SQLite finds
// them beside it still) to "<name>.damaged-YYYY-MM-DD-HHMMSS". Refused (InUse) while
// another program has the library open. Gives the new path.
Result<QString> moveAside(const QString &path, const QDateTime &now);

// The folder of the library's backups.
QString backupFolder(const QString &libraryPath);

struct Backup
{
    QString path;
    QDateTime taken;       // from the name, local time
    QString kind;          // "daily", "before upgrade", "before restore"
    qint64 questions = -1; // active questions; -1 when the file cannot be read
    qint64 ratings = -1;

    QString kindName() const; // the kind in the user's words: "Daily", "Before an upgrade"
};

// The library's backups, newest first, with their counts.
QList<Backup> listBackups(const QString &libraryPath);

// A consistent copy through SQLite's online backup API (safe while the library is in
// use), written under a temporary name, owner-only (0600), then renamed into place.
// label goes into the name: empty for the daily one, else e.g. "before-schema-5"; a name
// already taken gets a counter ("-2"), so backups never overwrite each other.
Result<QString> takeBackup(const QString &libraryPath, const QString &label, const QDateTime &now);

// The daily backup, at most once a day (by local date), after checking the library with
// quick_check; then thins the backups out: the newest 7 daily ones, the newest of each of
// the 4 weeks before them, and the newest 4 taken before an upgrade or a restore. Nothing
// when today's exists or the library does not. A damaged library is reported, not copied.
Result<std::optional<QString>>
takeDailyBackupIfDue(const QString &libraryPath, const QDateTime &now, bool alreadyChecked = false);
bool dailyBackupDue(const QString &libraryPath, const QDateTime &now);
void pruneBackups(const QString &libraryPath);

// Whether a file can be restored: a whole Prepdeck library (application id, or older
// Prepdeck's tables), with every table its schema needs, not from a newer Prepdeck.
Status checkBackup(const QString &backupPath);

// Puts the backup in the library's place. Before anything changes the backup is checked
// (checkBackup) and nobody else may have the library open (InUse). The current library is
// kept as a "before restore" backup (or, if damaged, moved aside with its log), the
// backup's copy is made beside it in WAL mode, and one rename() puts it in place: a crash
// at any moment leaves the old library or the new one. Gives the path the current library
// was kept at (empty when there was none); restoring that path undoes the restore.
Result<QString> restoreBackup(const QString &libraryPath, const QString &backupPath,
                              const QDateTime &now);

// The part of a restore that takes time, for a worker thread, with every connection of
// this program to the library closed by the caller: restoreBackup(), then the restored
// library opened once as at start (a schema upgrade done, checks run) and closed again,
// so that the caller's own open is quick. Gives what restoreBackup() gives.
Result<QString> restoreClosed(const QString &libraryPath, const QString &backupPath,
                              const QDateTime &now);

// All of it on this thread for a library this program has open: its connection is
// closed, restoreClosed(), and the library opened again in the same Library (as it was,
// if the restore failed). The window does the middle part on a worker instead.
Result<QString> restoreInto(Library &store, const QString &backupPath, const QDateTime &now);

// Prepdeck's settings file (AppConfigLocation/prepdeck.ini), shared by the window and the
// command line.
QString settingsFile();

// Moves the library to target, safely: a consistent copy through the backup API (while
// the library stays in use), checked with quick_check and by its question and rating
// counts, owner-only; then target becomes the library Prepdeck opens when no --database
// is given (Library::defaultPath()). The old file is removed by the next openLibrary() of
// target, once that has succeeded; until then both are there. Refuses an existing target.
Status moveLibrary(const QString &libraryPath, const QString &target);

// Why a library could not be opened, with what the user can do.
struct OpenFailure
{
    Error error;
    bool damaged = false;               // error.kind == Damaged
    bool inUse = false;                 // damaged, but open elsewhere: not moved
    QString movedTo;                    // where the damaged file went
    std::optional<Backup> newestBackup; // the one to offer
};

struct Opened
{
    std::unique_ptr<Library> store;
    QString notice; // something to tell without stopping, e.g. the daily backup failed
};

// Opens the library as the program does at start: SQLite reads it under its locks (a hot
// journal or log is recovered by that), quick_check runs when the file is small, marked,
// or the daily backup is due. A file SQLite calls damaged is moved aside with its log and
// the newest backup named, unless another program has it open; every other failure (busy,
// read-only, full, a disk error, another program's file, a newer library) changes nothing
// on disk. A library that needs a schema upgrade is backed up first; then the daily backup
// is taken if due. dailyBackup false leaves that to the caller (the window does it after
// it is shown).
std::variant<Opened, OpenFailure> openLibrary(const QString &path, const QDateTime &now,
                                              bool dailyBackup = true);

} // namespace care
} // namespace prepdeck
