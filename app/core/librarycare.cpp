#include "librarycare.h"

#include "migrations.h"
#include "store.h"
#include "translation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <map>

namespace prepdeck::care {

namespace {

// One raw SQLite connection, closed when it goes.
struct Connection
{
    sqlite3 *db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
    QString error() const { return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory"); }
};

bool openRaw(Connection &c, const QString &path, int flags)
{
    return sqlite3_open_v2(path.toUtf8().constData(), &c.db, flags, nullptr) == SQLITE_OK;
}

// The first column of the first row of sql, or nothing.
std::optional<QString> firstValue(sqlite3 *db, const char *sql, QString *error = nullptr)
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<QString> value;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        else if (rc != SQLITE_DONE && error)
            *error = QString::fromUtf8(sqlite3_errmsg(db));
    } else if (error) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    return value;
}

bool createOwnerOnly(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QString stamp(const QDateTime &now)
{
    return now.toLocalTime().toString(QStringLiteral("yyyy-MM-dd-HHmmss"));
}

// <base>-YYYY-MM-DD.sqlite (daily) or <base>-YYYY-MM-DD-HHMMSS-<label>.sqlite
const QRegularExpression &backupName()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(.+)-(\d{4}-\d{2}-\d{2})(?:-(\d{6})-([a-z0-9-]+))?\.sqlite$)"));
    return re;
}

// Copies src's main database into dest through the online backup API.
bool copyDatabase(sqlite3 *src, sqlite3 *dest, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(dest, "main", src, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        return false;
    }
    int rc;
    while ((rc = sqlite3_backup_step(backup, 1024)) == SQLITE_OK || rc == SQLITE_BUSY ||
           rc == SQLITE_LOCKED)
        if (rc != SQLITE_OK)
            sqlite3_sleep(20);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    return true;
}

// Writes a self-contained copy of the library at source into target (0600), through a
// temporary file renamed into place at the end.
Status writeCopy(const QString &source, const QString &target)
{
    Connection src;
    if (!openRaw(src, source, SQLITE_OPEN_READONLY))
        return Error{LibraryText::tr("cannot read the library for a backup: %1").arg(src.error()),
                     source, 0};
    sqlite3_busy_timeout(src.db, Store::kBusyTimeoutMs);
    const QString partial = target + QLatin1String(".partial");
    if (!createOwnerOnly(partial))
        return Error{LibraryText::tr("cannot write a backup here. Check the folder's permissions "
                                     "and free space."),
                     partial, 0};
    QString error;
    {
        Connection dest;
        bool ok =
            openRaw(dest, partial, SQLITE_OPEN_READWRITE) && copyDatabase(src.db, dest.db, &error);
        // A backup is one file: no log beside it.
        ok = ok && sqlite3_exec(dest.db, "PRAGMA journal_mode = DELETE", nullptr, nullptr,
                                nullptr) == SQLITE_OK;
        if (!ok && error.isEmpty())
            error = dest.error();
        if (!ok) {
            QFile::remove(partial);
            return Error{LibraryText::tr("the backup failed (%1). Check the free space; the "
                                         "library itself is untouched.")
                             .arg(error),
                         target, 0};
        }
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error{LibraryText::tr("cannot put the backup in place. Check the folder's "
                                     "permissions."),
                     target, 0};
    }
    return success();
}

qint64 countOf(sqlite3 *db, const char *sql)
{
    const auto v = firstValue(db, sql);
    bool ok = false;
    const qint64 n = v ? v->toLongLong(&ok) : -1;
    return ok ? n : -1;
}

} // namespace

std::optional<QString> damageOf(const QString &path, bool thorough)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt; // missing or unreadable: not a damage, Store::open says why
    const qint64 size = file.size();
    if (size == 0)
        return std::nullopt; // a new, empty library
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return LibraryText::tr("it is not an SQLite database (its first bytes are not SQLite's)");
    if (header.size() < 100)
        // Fewer than the 100 bytes of the header: an int.
        return LibraryText::tr("it is cut short (%Ln byte(s), less than SQLite's header)", nullptr,
                               int(size));
    const auto byteAt = [&](int i) {
        return static_cast<quint32>(static_cast<uchar>(header[i]));
    };
    quint32 pageSize = byteAt(16) << 8 | byteAt(17);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = byteAt(28) << 24 | byteAt(29) << 16 | byteAt(30) << 8 | byteAt(31);
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return LibraryText::tr("its header is damaged (page size %1)").arg(pageSize);
    if (size % pageSize != 0 || (pages > 0 && qint64(pages) * pageSize > size))
        // At least the header's 100 bytes here, so always "bytes".
        return LibraryText::tr("it is cut short (%L1 bytes, its header says %L2)")
            .arg(size)
            .arg(qint64(pages) * pageSize);

    Connection c;
    if (!openRaw(c, path, SQLITE_OPEN_READONLY))
        return LibraryText::tr("SQLite cannot open it (%1)").arg(c.error());
    sqlite3_busy_timeout(c.db, Store::kBusyTimeoutMs);
    QString error;
    if (!firstValue(c.db, "SELECT count(*) FROM sqlite_master", &error))
        return LibraryText::tr("its table of contents cannot be read (%1)").arg(error);
    if (!thorough)
        return std::nullopt;
    const auto check = firstValue(c.db, "PRAGMA quick_check(5)", &error);
    if (!check)
        return LibraryText::tr("the check of its pages failed (%1)").arg(error);
    if (*check != QLatin1String("ok"))
        return LibraryText::tr("the check of its pages found damage (%1)").arg(check->left(300));
    return std::nullopt;
}

Result<QString> moveAside(const QString &path, const QDateTime &now)
{
    const QString target = path + QLatin1String(".damaged-") + stamp(now);
    QString unique = target;
    for (int i = 2; QFileInfo::exists(unique); ++i)
        unique = target + QLatin1Char('-') + QString::number(i);
    if (!QFile::rename(path, unique))
        return Error{LibraryText::tr("the library is damaged and could not be moved aside. Move "
                                     "it yourself (it is not deleted) and start Prepdeck again."),
                     path, 0};
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, unique + suffix);
    return unique;
}

QString backupFolder(const QString &libraryPath)
{
    return QFileInfo(libraryPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::kindName() const
{
    if (kind == QLatin1String("daily"))
        return LibraryText::tr("Daily");
    if (kind == QLatin1String("before upgrade"))
        return LibraryText::tr("Before an upgrade");
    if (kind == QLatin1String("before restore"))
        return LibraryText::tr("Before a restore");
    return kind;
}

QList<Backup> listBackups(const QString &libraryPath)
{
    const QString base = QFileInfo(libraryPath).completeBaseName();
    const QDir dir(backupFolder(libraryPath));
    QList<Backup> out;
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = backupName().match(name);
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        Backup b;
        b.path = dir.filePath(name);
        const QDate day = QDate::fromString(m.captured(2), QStringLiteral("yyyy-MM-dd"));
        const QTime time = m.captured(3).isEmpty()
                               ? QFileInfo(b.path).lastModified().time()
                               : QTime::fromString(m.captured(3), QStringLiteral("HHmmss"));
        b.taken = QDateTime(day, time);
        const QString label = m.captured(4);
        b.kind = label.isEmpty() ? QStringLiteral("daily")
                 : label.startsWith(QLatin1String("before-restore"))
                     ? QStringLiteral("before restore")
                     : QStringLiteral("before upgrade");
        Connection c;
        if (openRaw(c, b.path, SQLITE_OPEN_READONLY)) {
            b.questions = countOf(c.db, "SELECT count(*) FROM questions WHERE retired = 0");
            b.ratings = countOf(c.db, "SELECT count(*) FROM ratings");
        }
        out << b;
    }
    std::sort(out.begin(), out.end(),
              [](const Backup &a, const Backup &b) { return a.taken > b.taken; });
    return out;
}

Result<QString> takeBackup(const QString &libraryPath, const QString &label, const QDateTime &now)
{
    const QString folder = backupFolder(libraryPath);
    if (!QDir().mkpath(folder))
        return Error{LibraryText::tr("cannot create the backup folder. Check the permissions of "
                                     "the library's folder."),
                     folder, 0};
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString base = QFileInfo(libraryPath).completeBaseName();
    const QDateTime local = now.toLocalTime();
    const QString name =
        label.isEmpty()
            ? QStringLiteral("%1-%2.sqlite").arg(base, local.toString(QStringLiteral("yyyy-MM-dd")))
            : QStringLiteral("%1-%2-%3.sqlite").arg(base, stamp(now), label);
    const QString target = QDir(folder).filePath(name);
    if (Status copied = writeCopy(libraryPath, target); !copied)
        return copied.error();
    return target;
}

bool dailyBackupDue(const QString &libraryPath, const QDateTime &now)
{
    if (!QFileInfo(libraryPath).isFile() || QFileInfo(libraryPath).size() == 0)
        return false;
    const QString today = QFileInfo(libraryPath).completeBaseName() + QLatin1Char('-') +
                          now.toLocalTime().date().toString(QStringLiteral("yyyy-MM-dd")) +
                          QLatin1String(".sqlite");
    return !QFileInfo::exists(QDir(backupFolder(libraryPath)).filePath(today));
}

Result<std::optional<QString>> takeDailyBackupIfDue(const QString &libraryPath,
                                                    const QDateTime &now, bool alreadyChecked)
{
    if (!dailyBackupDue(libraryPath, now))
        return std::optional<QString>{};
    if (const auto damage = alreadyChecked ? std::nullopt : damageOf(libraryPath, true))
        return Error{LibraryText::tr("the library is damaged: %1. No backup was taken; restore "
                                     "the newest one (prepdeck backups, prepdeck restore FILE).")
                         .arg(*damage),
                     libraryPath, 0};
    auto taken = takeBackup(libraryPath, {}, now);
    if (!taken)
        return taken.error();
    pruneBackups(libraryPath);
    return std::optional<QString>(*taken);
}

void pruneBackups(const QString &libraryPath)
{
    QList<Backup> daily, before;
    for (const Backup &b : listBackups(libraryPath)) // newest first
        (b.kind == QLatin1String("daily") ? daily : before) << b;
    QStringList keep;
    std::map<int, QString> weekly; // year * 100 + week → the newest backup of that week
    for (qsizetype i = 0; i < daily.size(); ++i) {
        if (i < 7) {
            keep << daily[i].path;
            continue;
        }
        int year = 0;
        const int week = daily[i].taken.date().weekNumber(&year);
        weekly.try_emplace(year * 100 + week, daily[i].path);
    }
    int weeks = 0;
    for (auto it = weekly.rbegin(); it != weekly.rend() && weeks < 4; ++it, ++weeks)
        keep << it->second;
    for (qsizetype i = 0; i < before.size() && i < 4; ++i)
        keep << before[i].path;
    for (const Backup &b : daily + before)
        if (!keep.contains(b.path))
            QFile::remove(b.path);
}

Status usableBackup(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Error{LibraryText::tr("no such backup. Run 'prepdeck backups' to see them."),
                     backupPath, 0};
    if (const auto damage = damageOf(backupPath, true))
        return Error{LibraryText::tr("this backup cannot be used: %1. Choose another one "
                                     "('prepdeck backups').")
                         .arg(*damage),
                     backupPath, 0};
    {
        Connection c;
        QString error;
        if (!openRaw(c, backupPath, SQLITE_OPEN_READONLY) ||
            !firstValue(c.db, "SELECT count(*) FROM questions", &error))
            return Error{LibraryText::tr("this is not a Prepdeck library. Choose one of the files "
                                         "'prepdeck backups' lists."),
                         backupPath, 0};
    }
    return success();
}

Result<QString> restoreBackup(const QString &libraryPath, const QString &backupPath,
                              const QDateTime &now)
{
    if (Status usable = usableBackup(backupPath); !usable)
        return usable.error();
    // Nobody else may have the library open: their next write would undo the restore.
    QString kept;
    if (QFileInfo(libraryPath).isFile() && QFileInfo(libraryPath).size() > 0) {
        if (damageOf(libraryPath, false)) {
            auto moved = moveAside(libraryPath, now);
            if (!moved)
                return moved.error();
            kept = *moved;
        } else {
            Connection c;
            if (openRaw(c, libraryPath, SQLITE_OPEN_READWRITE)) {
                sqlite3_busy_timeout(c.db, 0);
                const auto mode = firstValue(c.db, "PRAGMA journal_mode = DELETE");
                if (!mode || mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
                    return Error{LibraryText::tr("the library is open in another Prepdeck window "
                                                 "or command. Close it, or restore from the "
                                                 "window (File → Restore from backup…)."),
                                 libraryPath, 0};
            }
            auto backup = takeBackup(libraryPath, QStringLiteral("before-restore"), now);
            if (!backup)
                return backup.error();
            kept = *backup;
        }
    }
    // The backup's copy goes in under a temporary name and replaces the library at once.
    const QString incoming = libraryPath + QLatin1String(".restoring");
    if (Status copied = writeCopy(backupPath, incoming); !copied)
        return copied.error();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(libraryPath + suffix);
    QFile::remove(libraryPath);
    if (!QFile::rename(incoming, libraryPath))
        return Error{LibraryText::tr("the restored copy could not be put in place; it is at %1 "
                                     "and your previous library at %2.")
                         .arg(incoming, kept),
                     libraryPath, 0};
    return kept;
}

Result<QString> restoreInto(Store &store, const QString &backupPath, const QDateTime &now)
{
    if (Status usable = usableBackup(backupPath); !usable)
        return usable.error();
    auto kept = takeBackup(store.path(), QStringLiteral("before-restore"), now);
    if (!kept)
        return kept.error();
    QSqlDatabase db = store.database();
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid())
        return Error{LibraryText::tr("the library is not an SQLite database."), store.path(), 0};
    sqlite3 *dest = *static_cast<sqlite3 *const *>(handle.constData());
    Connection src;
    QString error;
    if (!openRaw(src, backupPath, SQLITE_OPEN_READONLY) || !copyDatabase(src.db, dest, &error))
        return Error{LibraryText::tr("the restore failed (%1); the library is as it was.")
                         .arg(error.isEmpty() ? src.error() : error),
                     store.path(), 0};
    store.forgetCaches();
    // The copy carries the backup's journal mode and schema: back to ours.
    sqlite3_exec(dest, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    if (Status migrated = migrate(db, schemaMigrations()); !migrated)
        return migrated.error();
    return *kept;
}

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QLatin1String("/prepdeck.ini");
}

Status moveLibrary(const QString &libraryPath, const QString &target)
{
    const QString to = QFileInfo(target).absoluteFilePath();
    if (QFileInfo(to) == QFileInfo(libraryPath))
        return Error{LibraryText::tr("the library is already there."), to, 0};
    if (QFileInfo::exists(to))
        return Error{LibraryText::tr("a file of that name is already there; choose another name "
                                     "(nothing was overwritten)."),
                     to, 0};
    if (!QDir().mkpath(QFileInfo(to).absolutePath()))
        return Error{LibraryText::tr("cannot create the folder. Check its permissions."), to, 0};
    if (Status copied = writeCopy(libraryPath, to); !copied)
        return copied;
    // The copy must hold what the library holds before anything points to it.
    auto same = [&]() -> std::optional<QString> {
        if (const auto damage = damageOf(to, true))
            return LibraryText::tr("the copy is damaged (%1)").arg(*damage);
        Connection from, copy;
        if (!openRaw(from, libraryPath, SQLITE_OPEN_READONLY) ||
            !openRaw(copy, to, SQLITE_OPEN_READONLY))
            return LibraryText::tr("cannot read the library and its copy");
        sqlite3_busy_timeout(from.db, Store::kBusyTimeoutMs);
        for (const char *sql : {"SELECT COUNT(*) FROM questions", "SELECT COUNT(*) FROM ratings"})
            if (countOf(from.db, sql) != countOf(copy.db, sql))
                return LibraryText::tr("the copy does not hold the same questions and ratings");
        return std::nullopt;
    }();
    if (same) {
        QFile::remove(to);
        return Error{LibraryText::tr("%1; the library stays where it was.").arg(*same), to, 0};
    }
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("library/path"), to);
    settings.setValue(QStringLiteral("library/movedFrom"),
                      QFileInfo(libraryPath).absoluteFilePath());
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        QFile::remove(to);
        return Error{LibraryText::tr("cannot save the new place in the settings; the library "
                                     "stays where it was."),
                     settingsFile(), 0};
    }
    return success();
}

namespace {

// After a move: the new library has opened, so the old file can go.
void finishMove(const QString &openedPath)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const QString from = settings.value(QStringLiteral("library/movedFrom")).toString();
    if (from.isEmpty() ||
        QFileInfo(settings.value(QStringLiteral("library/path")).toString()) !=
            QFileInfo(openedPath) ||
        QFileInfo(from) == QFileInfo(openedPath))
        return;
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(from + QLatin1String(suffix));
    settings.remove(QStringLiteral("library/movedFrom"));
}

} // namespace

std::variant<Opened, OpenFailure> openLibrary(const QString &path, const QDateTime &now,
                                              bool dailyBackup)
{
    const QFileInfo info(path);
    const bool backupDue = dailyBackup && dailyBackupDue(path, now);
    if (info.isFile() && info.size() > 0) {
        // Every open reads the header and the schema; quick_check runs when the file is
        // small enough for it not to be felt, and always before the daily backup.
        const bool thorough = info.size() <= kCheckAtOpenBytes || backupDue;
        if (const auto damage = damageOf(path, thorough)) {
            OpenFailure failure;
            failure.damaged = true;
            auto moved = moveAside(path, now);
            if (!moved) {
                failure.error = moved.error();
                return failure;
            }
            failure.movedTo = *moved;
            for (const Backup &b : listBackups(path))
                if (b.questions >= 0) {
                    failure.newestBackup = b;
                    break;
                }
            failure.error = Error{LibraryText::tr("the library is damaged: %1. It was moved to %2 "
                                                  "(nothing was deleted).")
                                      .arg(*damage, *moved),
                                  path, 0};
            return failure;
        }
        // An upgrade rewrites tables: the library as it was is kept first.
        const int latest = schemaMigrations().isEmpty() ? 0 : schemaMigrations().last().version;
        int version = 0;
        {
            Connection c;
            if (openRaw(c, path, SQLITE_OPEN_READONLY))
                version = firstValue(c.db, "PRAGMA user_version").value_or(QString()).toInt();
        }
        if (version > 0 && version < latest) {
            auto kept = takeBackup(path, QStringLiteral("before-schema-%1").arg(latest), now);
            if (!kept)
                return OpenFailure{Error{LibraryText::tr("the library needs an upgrade, and the "
                                                         "backup before it failed: %1")
                                             .arg(kept.error().message),
                                         path, 0},
                                   false,
                                   {},
                                   {}};
        }
    }
    auto store = Store::open(path);
    if (!store)
        return OpenFailure{store.error(), false, {}, {}};
    Opened opened{std::move(*store), {}};
    finishMove(path);
    if (backupDue && !opened.store->isReadOnly()) {
        auto daily = takeDailyBackupIfDue(path, now, true);
        if (!daily)
            opened.notice = daily.error().toString();
    }
    return opened;
}

} // namespace prepdeck::care
