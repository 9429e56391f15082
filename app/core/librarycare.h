#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

namespace prepdeck {

class Store;

// Looking after the library file: checking it at open, moving a damaged one aside, and
// backups (daily, before each schema upgrade, before each restore) in the folder
// "backups" beside it. Nothing here ever deletes or overwrites a library: a damaged file
// is renamed, and a restore first keeps the file it replaces.
namespace care {

// Above this size the full structural check (PRAGMA quick_check) is left to the daily
// backup, which runs it before copying: at 300 MB it takes longer than opening should.
constexpr qint64 kCheckAtOpenBytes = 64LL * 1024 * 1024;

// What is wrong with the SQLite file at path, if anything: not an SQLite file at all,
// cut short, garbage in its pages, an index or table that fails quick_check. thorough
// runs quick_check; without it only the header, the size and the schema are read.
std::optional<QString> damageOf(const QString &path, bool thorough);

// Renames a damaged library (and its -wal/-shm files) to
// "<name>.damaged-YYYY-MM-DD-HHMMSS" beside it. Gives the new path.
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
// label goes into the name: empty for the daily one, else e.g. "before-schema-5".
Result<QString> takeBackup(const QString &libraryPath, const QString &label, const QDateTime &now);

// The daily backup, at most once a day (by local date), after checking the library with
// quick_check; then thins the backups out: the newest 7 daily ones, the newest of each of
// the 4 weeks before them, and the newest 4 taken before an upgrade or a restore. Nothing
// when today's exists or the library does not. A damaged library is reported, not copied.
Result<std::optional<QString>>
takeDailyBackupIfDue(const QString &libraryPath, const QDateTime &now, bool alreadyChecked = false);
bool dailyBackupDue(const QString &libraryPath, const QDateTime &now);
void pruneBackups(const QString &libraryPath);

// Puts the backup in the library's place. The backup is checked first; the current
// library is kept as a "before restore" backup (or moved aside if damaged). Refused while
// another program has the library open. Gives the path the current library was kept at
// (empty when there was none).
Result<QString> restoreBackup(const QString &libraryPath, const QString &backupPath,
                              const QDateTime &now);

// The same for a library that is open in this program: the backup's content is copied
// into the open connection (so the window stays), then brought up to the current schema.
Result<QString> restoreInto(Store &store, const QString &backupPath, const QDateTime &now);

// Prepdeck's settings file (AppConfigLocation/prepdeck.ini), shared by the window and the
// command line.
QString settingsFile();

// Moves the library to target, safely: a consistent copy through the backup API (while
// the library stays in use), checked with quick_check and by its question and rating
// counts, owner-only; then target becomes the library Prepdeck opens when no --database
// is given (Store::defaultPath()). The old file is removed by the next openLibrary() of
// target, once that has succeeded; until then both are there. Refuses an existing target.
Status moveLibrary(const QString &libraryPath, const QString &target);

// Why a library could not be opened, with what the user can do.
struct OpenFailure
{
    Error error;
    bool damaged = false;
    QString movedTo;                    // where the damaged file went
    std::optional<Backup> newestBackup; // the one to offer
};

struct Opened
{
    std::unique_ptr<Store> store;
    QString notice; // something to tell without stopping, e.g. the daily backup failed
};

// Opens the library as the program does at start: a file that is damaged is moved aside
// (and the newest backup named); one that needs a schema upgrade is backed up first
// (Store::open does the upgrade); then the daily backup is taken if due. dailyBackup
// false leaves that to the caller (the window does it after it is shown).
std::variant<Opened, OpenFailure> openLibrary(const QString &path, const QDateTime &now,
                                              bool dailyBackup = true);

} // namespace care
} // namespace prepdeck
