#include "librarycarefiles.h"
#include "librarycare.h"

#include "library.h"
#include "libraryfile.h"
#include "migrations.h"
#include "sqlitestatus.h"
#include "translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <shared_mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace prepdeck::care::files {

// Within this program: backups read the library (shared); a restore or moving a damaged
// file aside replaces it (exclusive), so they never meet a backup half-way.
std::shared_mutex &fileLock()
{
    static std::shared_mutex lock;
    return lock;
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

bool exists(const QString &path)
{
    struct stat st
    {};
    return ::lstat(native(path).constData(), &st) == 0;
}

// No log, WAL index or journal beside the file.
bool quiet(const QString &path)
{
    for (const QString &suffix : libraryfile::companionSuffixes())
        if (exists(path + suffix))
            return false;
    return true;
}

void syncFolder(const QString &path)
{
    if (const int dir =
            ::open(native(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

// A file Prepdeck never writes again (a backup) with nothing beside it is opened with
// immutable=1, so that reading it leaves no -wal or -shm behind. A library in use never is.
bool openRaw(Connection &c, const QString &path, int flags, bool immutable)
{
    QByteArray name = native(path);
    if (immutable) {
        flags |= SQLITE_OPEN_URI;
        name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())
                   .toString(QUrl::FullyEncoded)
                   .toUtf8() +
               "?immutable=1";
    }
    const int rc = sqlite3_open_v2(name.constData(), &c.db, flags, nullptr);
    if (c.db) {
        sqlite3_extended_result_codes(c.db, 1);
        sqlite3_busy_timeout(c.db, sqlite::kBusyTimeoutMs);
    }
    return rc == SQLITE_OK;
}

// The first column of the first row of sql, or nothing (and SQLite's code and words).
std::optional<QString> firstValue(sqlite3 *db, const char *sql, int *code, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<QString> value;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    }
    if (!value) {
        if (code)
            *code = rc == SQLITE_DONE ? SQLITE_ERROR : sqlite3_extended_errcode(db);
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return value;
}

bool createOwnerOnly(const QString &path)
{
    const int fd = ::open(native(path).constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    ::fchmod(fd, 0600);
    ::close(fd);
    return true;
}

QString stamp(const QDateTime &now)
{
    return now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

// <base>-YYYY-MM-DD.sqlite (daily) or <base>-YYYY-MM-DD-HHMMSS-<label>[-N].sqlite
const QRegularExpression &backupName()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.+)-(\d{4}-\d{2}-\d{2})(?:-(\d{6})-([a-z0-9-]+))?\.sqlite$)"));
    return re;
}

// Copies src's main database into dest through the online backup API, in one step: one
// read transaction on the source, so that writes going on meanwhile never restart it.
bool copyDatabase(sqlite3 *src, sqlite3 *dest, int *code, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup) {
        *code = sqlite3_extended_errcode(dest);
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        return false;
    }
    int rc;
    int waited = 0;
    while ((rc = sqlite3_backup_step(backup, -1)) == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (waited >= sqlite::kBusyTimeoutMs)
            break;
        sqlite3_sleep(50);
        waited += 50;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *code = rc;
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

// Writes a self-contained copy of the database at source into target (0600), through a
// temporary file renamed into place at the end.
Status writeCopy(const QString &source, const QString &target, bool sourceIsBackup, CopyKind kind)
{
    Connection src;
    if (!openRaw(src, source, SQLITE_OPEN_READONLY, sourceIsBackup && quiet(source)))
        return sqlite::failure(src.code(), LibraryText::tr("Reading the library for a copy"),
                               src.error(), source);
    const QString partial = target + QLatin1String(".partial");
    if (!createOwnerOnly(partial)) {
        const int error = errno;
        return Error{LibraryText::tr("cannot write a backup here (%1). Check the folder's "
                                     "permissions and free space.")
                         .arg(QString::fromLocal8Bit(std::strerror(error))),
                     partial, 0, error == ENOSPC ? Error::Kind::DiskFull : Error::Kind::ReadOnly};
    }
    int code = SQLITE_OK;
    QString error;
    {
        Connection dest;
        bool ok = openRaw(dest, partial, SQLITE_OPEN_READWRITE) &&
                  copyDatabase(src.db, dest.db, &code, &error);
        if (ok) {
            const char *mode = kind == CopyKind::Backup ? "PRAGMA journal_mode = DELETE"
                                                        : "PRAGMA journal_mode = WAL";
            ok = firstValue(dest.db, mode, &code, &error).has_value();
        }
        if (!ok && error.isEmpty()) {
            code = dest.code();
            error = dest.error();
        }
        if (!ok) {
            dest.close();
            for (const QString &suffix : QStringList{QString()} + libraryfile::companionSuffixes())
                QFile::remove(partial + suffix);
            Error e = sqlite::failure(code, LibraryText::tr("The copy"), error, target);
            if (e.kind != Error::Kind::DiskFull)
                e.message = LibraryText::tr("the backup failed (%1). Check the free space; the "
                                            "library itself is untouched.")
                                .arg(error);
            return e;
        }
    }
    // The copy's own log was folded in when it closed.
    for (const QString &suffix : libraryfile::companionSuffixes())
        QFile::remove(partial + suffix);
    QFile::remove(target);
    if (::rename(native(partial).constData(), native(target).constData()) != 0) {
        QFile::remove(partial);
        return Error{LibraryText::tr("cannot put the backup in place. Check the folder's "
                                     "permissions."),
                     target, 0, Error::Kind::ReadOnly};
    }
    syncFolder(target);
    return success();
}

qint64 countOf(sqlite3 *db, const char *sql)
{
    const auto v = firstValue(db, sql);
    bool ok = false;
    const qint64 n = v ? v->toLongLong(&ok) : -1;
    return ok ? n : -1;
}

// A name in the backup folder that is not taken yet: a counter is added when it is.
QString freeName(const QDir &folder, const QString &base)
{
    QString name = base + QLatin1String(".sqlite");
    for (int n = 2;
         exists(folder.filePath(name)) || exists(folder.filePath(name + QLatin1String(".partial")));
         ++n)
        name = QStringLiteral("%1-%2.sqlite").arg(base).arg(n);
    return folder.filePath(name);
}

Result<QString> takeBackupLocked(const QString &libraryPath, const QString &label,
                                 const QDateTime &now)
{
    const QString folder = backupFolder(libraryPath);
    if (Status made = libraryfile::makeFolder(folder); !made)
        return Error{LibraryText::tr("cannot create the backup folder. Check the permissions of "
                                     "the library's folder."),
                     folder, 0, made.error().kind};
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString base = QFileInfo(libraryPath).completeBaseName();
    const QDateTime local = now.toLocalTime();
    const QString target =
        label.isEmpty()
            ? QDir(folder).filePath(QStringLiteral("%1-%2.sqlite")
                                        .arg(base, local.toString(QStringLiteral("yyyy-MM-dd"))))
            : freeName(QDir(folder), QStringLiteral("%1-%2-%3").arg(base, stamp(now), label));
    if (Status copied = writeCopy(libraryPath, target, false, CopyKind::Backup); !copied)
        return copied.error();
    return target;
}

// Opens the library read-write and lets SQLite settle it: a hot journal rolled back, a log
// recovered and folded into the file. Afterwards nothing but the file is needed.
Status settle(const QString &path)
{
    Connection c;
    if (!openRaw(c, path, SQLITE_OPEN_READWRITE))
        return sqlite::failure(c.code(), LibraryText::tr("Opening the library"), c.error(), path);
    int code = SQLITE_OK;
    QString error;
    if (!firstValue(c.db, "SELECT count(*) FROM sqlite_master", &code, &error))
        return sqlite::failure(code, LibraryText::tr("Reading the library"), error, path);
    if (!firstValue(c.db, "PRAGMA wal_checkpoint(TRUNCATE)", &code, &error))
        return sqlite::failure(code, LibraryText::tr("Folding the log into the library"), error,
                               path);
    return success();
}

Result<QString> moveAsideLocked(const QString &path, const QDateTime &now)
{
    if (libraryfile::openElsewhere(path))
        return Error{LibraryText::tr("another Prepdeck window or command has it open, so it was "
                                     "left where it is. Close them and open it again: it is then "
                                     "moved aside and the newest backup offered."),
                     path, 0, Error::Kind::InUse};
    const QString target = path + QLatin1String(".damaged-") + stamp(now);
    QString unique = target;
    for (int i = 2; exists(unique); ++i)
        unique = target + QLatin1Char('-') + QString::number(i);
    // Its log and journal first: a file must never meet another file's log under its name.
    for (const QString &suffix : libraryfile::companionSuffixes())
        if (exists(path + suffix))
            ::rename(native(path + suffix).constData(), native(unique + suffix).constData());
    if (exists(path) && ::rename(native(path).constData(), native(unique).constData()) != 0)
        return Error{LibraryText::tr("the library is damaged and could not be moved aside. Move "
                                     "it yourself (it is not deleted) and start Prepdeck again."),
                     path, 0, Error::Kind::Damaged};
    syncFolder(path);
    return unique;
}

QStringList markedPaths(QSettings &settings)
{
    return settings.value(QStringLiteral("library/check")).toStringList();
}

} // namespace prepdeck::care::files
