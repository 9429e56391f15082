#include "librarycare.h"
#include "librarycarefiles.h"

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

namespace prepdeck::care {

using namespace files;

std::optional<Error> checkFile(const QString &path, bool thorough)
{
    Connection c;
    if (!openRaw(c, path, SQLITE_OPEN_READONLY))
        return sqlite::failure(c.code(), LibraryText::tr("Opening the library"), c.error(), path);
    int code = SQLITE_OK;
    QString error;
    if (!firstValue(c.db, "SELECT count(*) FROM sqlite_master", &code, &error)) {
        Error e = sqlite::failure(code, LibraryText::tr("Reading the library"), error, path);
        if (e.kind == Error::Kind::Damaged)
            e.message = sqlite::damageText(code, error);
        return e;
    }
    if (!thorough)
        return std::nullopt;
    const auto check = firstValue(c.db, "PRAGMA quick_check(5)", &code, &error);
    if (!check) {
        Error e = sqlite::failure(code, LibraryText::tr("Checking the library"), error, path);
        if (e.kind == Error::Kind::Damaged)
            e.message = LibraryText::tr("the library is damaged: the check of its pages failed "
                                        "(%1).")
                            .arg(error);
        return e;
    }
    if (*check != QLatin1String("ok"))
        return Error{LibraryText::tr("the library is damaged: the check of its pages found damage "
                                     "(%1).")
                         .arg(check->left(300)),
                     path, 0, Error::Kind::Damaged};
    return std::nullopt;
}

void markForCheck(const QString &path)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QStringList marked = markedPaths(settings);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!marked.contains(absolute)) {
        marked << absolute;
        settings.setValue(QStringLiteral("library/check"), marked);
    }
}

bool markedForCheck(const QString &path)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    return markedPaths(settings).contains(QFileInfo(path).absoluteFilePath());
}

namespace {

void clearMarkForCheck(const QString &path)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    QStringList marked = markedPaths(settings);
    if (marked.removeAll(QFileInfo(path).absoluteFilePath()) > 0)
        settings.setValue(QStringLiteral("library/check"), marked);
}

} // namespace

Result<QString> moveAside(const QString &path, const QDateTime &now)
{
    std::unique_lock lock(fileLock());
    return moveAsideLocked(path, now);
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
    struct Listed
    {
        Backup backup;
        QDateTime written; // two backups of the same second: the later one first
    };
    QList<Listed> out;
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = backupName().match(name);
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        Listed l;
        Backup &b = l.backup;
        b.path = dir.filePath(name);
        const QDate day = QDate::fromString(m.captured(2), QStringLiteral("yyyy-MM-dd"));
        const QTime time = m.captured(3).isEmpty()
                               ? QFileInfo(b.path).lastModified().time()
                               : QTime::fromString(m.captured(3), QStringLiteral("HHmmss"));
        b.taken = QDateTime(day, time);
        const QString label = m.captured(4);
        l.written = QFileInfo(b.path).lastModified();
        b.kind = label.isEmpty() ? QStringLiteral("daily")
                 : label.startsWith(QLatin1String("before-restore"))
                     ? QStringLiteral("before restore")
                     : QStringLiteral("before upgrade");
        Connection c;
        if (openRaw(c, b.path, SQLITE_OPEN_READONLY, quiet(b.path))) {
            b.questions = countOf(c.db, "SELECT count(*) FROM questions WHERE retired = 0");
            b.ratings = countOf(c.db, "SELECT count(*) FROM ratings");
        }
        out << l;
    }
    std::sort(out.begin(), out.end(), [](const Listed &a, const Listed &b) {
        return a.backup.taken != b.backup.taken ? a.backup.taken > b.backup.taken
                                                : a.written > b.written;
    });
    QList<Backup> backups;
    for (const Listed &l : out)
        backups << l.backup;
    return backups;
}

Result<QString> takeBackup(const QString &libraryPath, const QString &label, const QDateTime &now)
{
    std::shared_lock lock(fileLock());
    return takeBackupLocked(libraryPath, label, now);
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
    if (const auto problem = alreadyChecked ? std::nullopt : checkFile(libraryPath, true)) {
        if (problem->kind != Error::Kind::Damaged)
            return *problem;
        markForCheck(libraryPath);
        return Error{LibraryText::tr("%1 No backup was taken; restore the newest one (prepdeck "
                                     "backups, prepdeck restore FILE).")
                         .arg(problem->message),
                     libraryPath, 0, Error::Kind::Damaged};
    }
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

Status checkBackup(const QString &backupPath)
{
    if (!QFileInfo(backupPath).isFile())
        return Error{LibraryText::tr("no such backup. Run 'prepdeck backups' to see them."),
                     backupPath, 0, Error::Kind::CannotOpen};
    auto place = libraryfile::examine(backupPath);
    if (!place) {
        Error e = place.error();
        if (e.kind == Error::Kind::Damaged)
            e.message = LibraryText::tr("this backup cannot be used: %1 Choose another one "
                                        "('prepdeck backups').")
                            .arg(e.message);
        return e;
    }
    libraryfile::Place readOnly = *place;
    readOnly.readOnly = true;
    readOnly.immutable = quiet(backupPath);
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("prepdeck-check-%1").arg(counter++);
    Status verdict = success();
    {
        auto db = libraryfile::connect(connection, backupPath, readOnly);
        if (!db) {
            verdict = db.error();
        } else {
            const QList<Migration> &migrations = schemaMigrations();
            auto identity = libraryfile::identify(*db, backupPath);
            if (!identity) {
                verdict = identity.error();
                if (verdict.error().kind == Error::Kind::Damaged)
                    verdict = Error{LibraryText::tr("this backup cannot be used: %1 Choose "
                                                    "another one ('prepdeck backups').")
                                        .arg(identity.error().message),
                                    backupPath, 0, Error::Kind::Damaged};
            } else if (libraryfile::verdictOf(*identity, migrations) !=
                       libraryfile::Verdict::Prepdeck) {
                verdict = Error{LibraryText::tr("this is not a Prepdeck library. Choose one of the "
                                                "files 'prepdeck backups' lists."),
                                backupPath, 0, Error::Kind::NotALibrary};
            } else if (identity->version > migrations.last().version) {
                verdict = Error{LibraryText::tr("this backup was made by a newer version of "
                                                "Prepdeck (schema %1; this version knows up to "
                                                "%2), so it cannot be restored here. Update "
                                                "Prepdeck, or choose another backup.")
                                    .arg(identity->version)
                                    .arg(migrations.last().version),
                                backupPath, 0, Error::Kind::Newer};
            } else if (const QString missing = libraryfile::missingObject(*identity, migrations);
                       !missing.isEmpty()) {
                verdict = Error{LibraryText::tr("this backup cannot be used: it is damaged (%1). "
                                                "Choose another one ('prepdeck backups').")
                                    .arg(missing),
                                backupPath, 0, Error::Kind::Damaged};
            } else {
                QSqlQuery q(*db);
                if (!q.exec(QStringLiteral("PRAGMA quick_check(5)")) || !q.next() ||
                    q.value(0).toString() != QLatin1String("ok")) {
                    const QString found = q.isActive() && q.isValid()
                                              ? q.value(0).toString().left(300)
                                              : q.lastError().databaseText();
                    verdict = Error{LibraryText::tr("this backup cannot be used: the check of its "
                                                    "pages found damage (%1). Choose another one "
                                                    "('prepdeck backups').")
                                        .arg(found),
                                    backupPath, 0, Error::Kind::Damaged};
                }
            }
            db->close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return verdict;
}

Result<QString> restoreBackup(const QString &libraryPath, const QString &backupPath,
                              const QDateTime &now)
{
    if (Status usable = checkBackup(backupPath); !usable)
        return usable.error();
    std::unique_lock lock(fileLock());
    QString kept;
    if (exists(libraryPath)) {
        // Nobody else may have the library open: their next write would undo the restore.
        if (libraryfile::openElsewhere(libraryPath))
            return Error{LibraryText::tr("the library is open in another Prepdeck window or "
                                         "command. Close it, or restore from the window (File → "
                                         "Restore from Backup…)."),
                         libraryPath, 0, Error::Kind::InUse};
        auto place = libraryfile::examine(libraryPath);
        Status state = place ? settle(libraryPath) : Status(place.error());
        if (state) {
            auto backup = takeBackupLocked(libraryPath, QStringLiteral("before-restore"), now);
            if (!backup)
                return backup.error();
            kept = *backup;
        } else if (state.error().kind == Error::Kind::Damaged) {
            auto moved = moveAsideLocked(libraryPath, now);
            if (!moved)
                return moved.error();
            kept = *moved;
        } else {
            return state.error(); // busy, a disk error…: nothing was changed
        }
    }
    // The backup's copy is made beside the library, in WAL mode, and closed (its log folded
    // in); then one rename puts it in the library's place.
    const QFileInfo info(libraryPath);
    const QString incoming = info.absoluteDir().filePath(
        QStringLiteral(".%1.restoring-%2-%3")
            .arg(info.fileName())
            .arg(::getpid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    if (Status copied = writeCopy(backupPath, incoming, true, CopyKind::Library); !copied) {
        Error e = copied.error();
        if (!kept.isEmpty())
            e.message += QLatin1Char(' ') +
                         LibraryText::tr("Your library is still in its place; it was also kept "
                                         "at %1.")
                             .arg(kept);
        return e;
    }
    // The file in place had its log folded in (or went aside with it): what is left beside
    // it belongs to nobody, and must not meet the restored file. Logs without a library
    // (its file was removed by hand) are kept aside, not deleted.
    const bool settled = exists(libraryPath);
    for (const QString &suffix : libraryfile::companionSuffixes()) {
        const QString file = libraryPath + suffix;
        if (!exists(file))
            continue;
        if (settled)
            QFile::remove(file);
        else
            ::rename(native(file).constData(),
                     native(file + QLatin1String(".orphaned-") + stamp(now)).constData());
    }
    if (::rename(native(incoming).constData(), native(libraryPath).constData()) != 0) {
        const int error = errno;
        QFile::remove(incoming);
        return Error{LibraryText::tr("the restored copy could not be put in place (%1); the "
                                     "library is as it was.")
                         .arg(QString::fromLocal8Bit(std::strerror(error))),
                     libraryPath, 0,
                     error == ENOSPC ? Error::Kind::DiskFull : Error::Kind::ReadOnly};
    }
    syncFolder(libraryPath);
    return kept;
}

Result<QString> restoreClosed(const QString &libraryPath, const QString &backupPath,
                              const QDateTime &now)
{
    auto kept = restoreBackup(libraryPath, backupPath, now);
    if (!kept)
        return kept;
    auto opened = openLibrary(libraryPath, now, false);
    if (auto *failure = std::get_if<OpenFailure>(&opened))
        return Error{LibraryText::tr("the restored library cannot be opened: %1")
                         .arg(failure->error.message),
                     libraryPath, 0, failure->error.kind};
    std::get<Opened>(opened).store.reset(); // its connection is closed on this thread
    return kept;
}

Result<QString> restoreInto(Library &store, const QString &backupPath, const QDateTime &now)
{
    const QString path = store.path();
    store.close();
    auto kept = restoreClosed(path, backupPath, now);
    auto reopened = Library::open(path);
    if (!reopened)
        return Error{LibraryText::tr("the library could not be opened again after the restore: "
                                     "%1")
                         .arg(reopened.error().message),
                     path, 0, reopened.error().kind};
    store.adopt(std::move(**reopened));
    return kept;
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
    if (Status made = libraryfile::makeFolder(QFileInfo(to).absolutePath()); !made)
        return Error{LibraryText::tr("cannot create the folder. Check its permissions."), to, 0,
                     made.error().kind};
    {
        std::shared_lock lock(fileLock());
        if (Status copied = writeCopy(libraryPath, to, false, CopyKind::Library); !copied)
            return copied;
    }
    // The copy must hold what the library holds before anything points to it.
    auto same = [&]() -> std::optional<QString> {
        if (const auto problem = checkFile(to, true))
            return LibraryText::tr("the copy cannot be used (%1)").arg(problem->message);
        Connection from, copy;
        if (!openRaw(from, libraryPath, SQLITE_OPEN_READONLY) ||
            !openRaw(copy, to, SQLITE_OPEN_READONLY))
            return LibraryText::tr("cannot read the library and its copy");
        for (const char *sql : {"SELECT COUNT(*) FROM questions", "SELECT COUNT(*) FROM ratings"})
            if (countOf(from.db, sql) != countOf(copy.db, sql))
                return LibraryText::tr("the copy does not hold the same questions and ratings");
        return std::nullopt;
    }();
    if (same) {
        for (const QString &suffix : QStringList{QString()} + libraryfile::companionSuffixes())
            QFile::remove(to + suffix);
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

// After a move: the new library has opened, so the old file can go, once nobody else has
// it open.
void finishMove(const QString &openedPath)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const QString from = settings.value(QStringLiteral("library/movedFrom")).toString();
    if (from.isEmpty() ||
        QFileInfo(settings.value(QStringLiteral("library/path")).toString()) !=
            QFileInfo(openedPath) ||
        QFileInfo(from) == QFileInfo(openedPath) || libraryfile::openElsewhere(from))
        return;
    for (const QString &suffix : QStringList{QString()} + libraryfile::companionSuffixes())
        QFile::remove(from + suffix);
    settings.remove(QStringLiteral("library/movedFrom"));
}

} // namespace

std::variant<Opened, OpenFailure> openLibrary(const QString &path, const QDateTime &now,
                                              bool dailyBackup)
{
    // The usual data folder holds a person's study history: owner-only, even when an older
    // Prepdeck made it readable by others.
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (QFileInfo(path).absolutePath() == QFileInfo(dataFolder).absoluteFilePath() &&
        QFileInfo(dataFolder).isDir())
        QFile::setPermissions(dataFolder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner);

    const QFileInfo info(path);
    const bool backupDue = dailyBackup && dailyBackupDue(path, now);
    // Every open reads the schema under SQLite's locks; quick_check runs when the file is
    // small enough for it not to be felt, when SQLite met damage in it while in use, and
    // always before the daily backup.
    Library::OpenOptions options;
    options.checkPages =
        (info.isFile() && info.size() <= kCheckAtOpenBytes) || backupDue || markedForCheck(path);
    // An upgrade rewrites tables: the library as it was is kept first.
    options.beforeUpgrade = [&](int, int to) -> Status {
        auto kept = takeBackup(path, QStringLiteral("before-schema-%1").arg(to), now);
        if (!kept)
            return Error{LibraryText::tr("the library needs an upgrade, and the backup before it "
                                         "failed: %1")
                             .arg(kept.error().message),
                         path, 0, kept.error().kind};
        return success();
    };
    auto store = Library::open(path, schemaMigrations(), options);
    if (!store) {
        OpenFailure failure{store.error(), false, false, {}, {}};
        if (failure.error.kind != Error::Kind::Damaged)
            return failure; // nothing on disk was changed
        failure.damaged = true;
        markForCheck(path);
        auto moved = moveAside(path, now);
        if (moved) {
            failure.movedTo = *moved;
            failure.error.message +=
                QLatin1Char(' ') +
                LibraryText::tr("It was moved to %1 (nothing was deleted).").arg(*moved);
            clearMarkForCheck(path);
        } else {
            failure.inUse = moved.error().kind == Error::Kind::InUse;
            failure.error.message += QLatin1Char(' ') + moved.error().message;
        }
        // The newest backup that can really be restored: offering one that cannot would
        // only bring the user back here.
        for (const Backup &b : listBackups(path))
            if (b.questions >= 0 && checkBackup(b.path)) {
                failure.newestBackup = b;
                break;
            }
        return failure;
    }
    if (options.checkPages)
        clearMarkForCheck(path);
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
