#include "libraryfile.h"
#include "translation.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

namespace prepdeck::libraryfile {
namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// An error of the file system, in the kind it is.
Error fileSystemError(int error, const QString &message, const QString &path)
{
    Error::Kind kind = Error::Kind::CannotOpen;
    if (error == ENOSPC || error == EDQUOT)
        kind = Error::Kind::DiskFull;
    else if (error == EROFS || error == EACCES || error == EPERM)
        kind = Error::Kind::ReadOnly;
    else if (error == EIO)
        kind = Error::Kind::DiskError;
    return Error{message, path, 0, kind};
}

bool exists(const QString &path)
{
    struct stat st
    {};
    return ::lstat(native(path).constData(), &st) == 0;
}

// SQLite's lock bytes in the database file: PENDING, RESERVED, then the SHARED range.
constexpr off_t kLockBytes = 0x40000000;
constexpr off_t kLockLength = 2 + 510;
// In the WAL index (-shm): the eight WAL locks and the "a connection is open" byte.
constexpr off_t kShmLocks = 120;
constexpr off_t kShmLockLength = 9;

bool lockedByAnother(const QString &file, off_t start, off_t length)
{
    const int fd = ::open(native(file).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock
    {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = start;
    lock.l_len = length;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

std::atomic<int> g_connections{0};

// The libraries this program has open, by device and inode, with how many Stores.
std::mutex g_openLock;
QHash<QByteArray, int> g_open;

QByteArray fileKey(const QString &path)
{
    struct stat st
    {};
    if (::stat(native(path).constData(), &st) != 0)
        return {};
    return QByteArray::number(qulonglong(st.st_dev)) + ':' +
           QByteArray::number(qulonglong(st.st_ino));
}

} // namespace

const QStringList &companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

Result<Place> examine(const QString &path)
{
    Place place;
    const QByteArray file = native(path);
    struct stat st
    {};
    if (::stat(file.constData(), &st) != 0) {
        const int error = errno;
        if (error == ELOOP)
            return Error{LibraryText::tr("this path is a symbolic link loop: following its links "
                                         "leads back to where they started. Point the link at a "
                                         "library file, or choose another with --database."),
                         path, 0, Error::Kind::CannotOpen};
        if (error == ENOENT) {
            struct stat link
            {};
            if (::lstat(file.constData(), &link) == 0)
                return Error{LibraryText::tr("this is a symbolic link to %1, which does not exist. "
                                             "Point it at a library file, or choose another with "
                                             "--database.")
                                 .arg(QFileInfo(path).symLinkTarget()),
                             path, 0, Error::Kind::CannotOpen};
            return place; // a new library
        }
        return fileSystemError(error,
                               LibraryText::tr("cannot reach the library (%1). Check the "
                                               "permissions of its folders, or choose another "
                                               "place with --database.")
                                   .arg(errnoText(error)),
                               path);
    }
    if (S_ISDIR(st.st_mode))
        return Error{LibraryText::tr("this is a folder. Give a library file name, for example "
                                     "%1/prepdeck.sqlite.")
                         .arg(path),
                     path, 0, Error::Kind::CannotOpen};
    if (!S_ISREG(st.st_mode))
        return Error{LibraryText::tr("this is not a regular file (a device or a pipe?). Choose a "
                                     "library file with --database."),
                     path, 0, Error::Kind::CannotOpen};
    if (::access(file.constData(), R_OK) != 0) {
        const int error = errno;
        return Error{LibraryText::tr("cannot read the library (%1). Check its permissions "
                                     "(chmod u+r) or choose another file with --database.")
                         .arg(errnoText(error)),
                     path, 0, Error::Kind::CannotOpen};
    }
    if (st.st_size == 0)
        return Error{LibraryText::tr("the library is damaged: the file is empty (0 bytes), so "
                                     "whatever it held is gone from it."),
                     path, 0, Error::Kind::Damaged};
    place.exists = true;

    const QByteArray folder = native(QFileInfo(path).absolutePath());
    const bool folderWritable = ::access(folder.constData(), W_OK) == 0;
    const int folderError = folderWritable ? 0 : errno;
    if (::access(file.constData(), W_OK) != 0) {
        place.readOnly = true;
        place.readOnlyReason =
            errno == EROFS ? sqlite::ReadOnlyReason::FileSystem : sqlite::ReadOnlyReason::File;
    } else if ((st.st_mode & (S_IWUSR | S_IWGRP | S_IWOTH)) == 0) {
        // Nobody may write it (chmod a-w): the owner's wish, even where root could.
        place.readOnly = true;
        place.readOnlyReason = sqlite::ReadOnlyReason::File;
    } else if (!folderWritable) {
        place.readOnly = true;
        place.readOnlyReason = folderError == EROFS ? sqlite::ReadOnlyReason::FileSystem
                                                    : sqlite::ReadOnlyReason::Folder;
    }
    if (place.readOnly && !folderWritable) {
        bool quiet = true;
        for (const QString &suffix : companionSuffixes())
            quiet = quiet && !exists(path + suffix);
        place.immutable = quiet;
    }
    return place;
}

Status makeFolder(const QString &folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = absolute; !at.isEmpty() && !exists(at);) {
        missing.prepend(at);
        const QString up = QFileInfo(at).absolutePath();
        if (up == at)
            break;
        at = up;
    }
    for (const QString &dir : missing) {
        if (::mkdir(native(dir).constData(), 0700) != 0 && errno != EEXIST) {
            const int error = errno;
            return fileSystemError(
                error,
                LibraryText::tr("cannot create the folder %1 for the library (%2). Check its "
                                "permissions or choose another place with --database.")
                    .arg(dir, errnoText(error)),
                dir);
        }
    }
    return success();
}

Result<QSqlDatabase> connect(const QString &connection, const QString &path, const Place &place)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sqlite::kBusyTimeoutMs)};
    QString name = path;
    if (place.readOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    if (place.immutable) {
        options << QStringLiteral("QSQLITE_OPEN_URI");
        name =
            QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
            QLatin1String("?immutable=1");
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    db.setDatabaseName(name);
    if (!db.open())
        return sqlite::failure(db.lastError(), LibraryText::tr("Opening the library"), path,
                               place.readOnlyReason);
    if (sqlite3 *handle = sqlite::handleOf(db))
        sqlite3_extended_result_codes(handle, 1);
    return db;
}

namespace {

// A new library's file set up at `temp`: 16 KB pages, WAL, the schema.
Status setUpNewLibrary(const QString &temp, const QString &path, const QList<Migration> &migrations)
{
    const QString connection = QStringLiteral("prepdeck-create-%1").arg(g_connections++);
    Status made = success();
    {
        auto db = connect(connection, temp, Place{true, false, {}, false});
        if (!db) {
            made = db.error();
        } else {
            QSqlQuery q(*db);
            // 16 KB pages: a question with a long answer filled a 4 KB page on its own, so a
            // large library took twice its text on disk and in every read. The library is in
            // WAL mode for all its life: readers never wait for writers, and a crash leaves
            // a log SQLite folds in on the next open.
            if (!q.exec(QStringLiteral("PRAGMA page_size = 16384")) ||
                !q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next() ||
                q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                made =
                    sqlite::failure(q.lastError(), LibraryText::tr("Creating the library"), path);
            q.finish();
            if (made && !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
                made =
                    sqlite::failure(q.lastError(), LibraryText::tr("Creating the library"), path);
            if (made) {
                QSqlDatabase handle = *db;
                made = migrate(handle, migrations);
            }
        }
        if (db)
            db->close();
    }
    QSqlDatabase::removeDatabase(connection);
    return made;
}

// The new library moved from `temp` into place without replacing anything: a library made at
// the same moment by another program is kept, and this one dropped.
Status putInPlace(const QString &temp, const QString &path)
{
    if (::link(native(temp).constData(), native(path).constData()) != 0) {
        const int error = errno;
        if (error != EEXIST) {
            // A file system without hard links: a rename that refuses to replace.
            if (::renameat2(AT_FDCWD, native(temp).constData(), AT_FDCWD, native(path).constData(),
                            RENAME_NOREPLACE) != 0 &&
                errno != EEXIST) {
                const int renameError = errno;
                return fileSystemError(renameError,
                                       LibraryText::tr("cannot put the new library in place (%1). "
                                                       "Check the folder's permissions.")
                                           .arg(errnoText(renameError)),
                                       path);
            }
        }
    }
    return success();
}

} // namespace

Status create(const QString &path, const QList<Migration> &migrations)
{
    const QFileInfo info(path);
    if (Status made = makeFolder(info.absolutePath()); !made)
        return made;
    const QString temp = info.absoluteDir().filePath(
        QStringLiteral(".%1.new-%2-%3")
            .arg(info.fileName())
            .arg(::getpid())
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    auto removeTemp = [&] {
        for (const QString &suffix : QStringList{QString()} + companionSuffixes())
            ::unlink(native(temp + suffix).constData());
    };
    const int fd = ::open(native(temp).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        return fileSystemError(error,
                               LibraryText::tr("cannot create the library (%1). Check the "
                                               "folder's permissions or choose another place "
                                               "with --database.")
                                   .arg(errnoText(error)),
                               path);
    }
    ::close(fd);

    const Status made = setUpNewLibrary(temp, path, migrations);
    if (!made) {
        removeTemp();
        Error e = made.error();
        e.file = path;
        return e;
    }
    if (Status placed = putInPlace(temp, path); !placed) {
        removeTemp();
        return placed;
    }
    removeTemp();
    if (const int dir = ::open(native(info.absolutePath()).constData(), O_RDONLY | O_CLOEXEC);
        dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return success();
}

Result<Identity> identify(const QSqlDatabase &db, const QString &path)
{
    Identity identity;
    QSqlQuery q(db);
    const QString reading = LibraryText::tr("Reading the library");
    // The first read: SQLite takes its locks, recovers a log or rolls back a journal, and
    // says whether this is a database at all.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        Error e = sqlite::failure(q.lastError(), reading, path);
        if (e.kind == Error::Kind::Damaged)
            e.message = sqlite::damageText(q.lastError().nativeErrorCode().toInt(),
                                           q.lastError().databaseText());
        return e;
    }
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return sqlite::failure(q.lastError(), reading, path);
    identity.applicationId = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return sqlite::failure(q.lastError(), reading, path);
    identity.version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('table', "
                               "'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")))
        return sqlite::failure(q.lastError(), reading, path);
    while (q.next())
        (q.value(0).toString() == QLatin1String("table") ? identity.tables : identity.triggers)
            << q.value(1).toString();
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return sqlite::failure(q.lastError(), reading, path);
    identity.journalMode = q.value(0).toString().toLower();
    return identity;
}

QStringList schemaObjects(const QList<Migration> &migrations, int version)
{
    // Made once per version by running the migrations on an empty database: the list can
    // never disagree with the schema.
    static std::mutex lock;
    static QHash<int, QStringList> known;
    std::lock_guard guard(lock);
    if (const auto it = known.constFind(version); it != known.cend())
        return *it;
    QList<Migration> steps;
    for (const Migration &m : migrations)
        if (m.version <= version)
            steps << m;
    QStringList objects;
    const QString connection = QStringLiteral("prepdeck-schema-%1").arg(g_connections++);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open() && migrate(db, steps)) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT type, name FROM sqlite_master WHERE type IN ('table', "
                                  "'trigger') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY "
                                  "type = 'trigger', rowid"));
            while (q.next())
                objects << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    known.insert(version, objects);
    return objects;
}

Verdict verdictOf(const Identity &identity, const QList<Migration> &migrations)
{
    if (identity.tables.isEmpty() && identity.triggers.isEmpty() && identity.version == 0 &&
        (identity.applicationId == 0 || identity.applicationId == kApplicationId))
        return Verdict::Empty;
    if (identity.applicationId == kApplicationId)
        return Verdict::Prepdeck;
    if (identity.applicationId != 0 || identity.version <= 0 || migrations.isEmpty())
        return Verdict::Foreign;
    // Libraries from before the application id: known by their tables.
    const int version = std::min(identity.version, migrations.last().version);
    int expected = 0, present = 0;
    for (const QString &object : schemaObjects(migrations, version)) {
        if (!object.startsWith(QLatin1String("table ")))
            continue;
        ++expected;
        present += identity.tables.contains(object.mid(6));
    }
    return present >= 2 && present * 2 >= expected ? Verdict::Prepdeck : Verdict::Foreign;
}

QString missingObject(const Identity &identity, const QList<Migration> &migrations)
{
    if (migrations.isEmpty() || identity.version > migrations.last().version)
        return {};
    for (const QString &object : schemaObjects(migrations, identity.version)) {
        const qsizetype space = object.indexOf(QLatin1Char(' '));
        const QString kind = object.left(space), name = object.mid(space + 1);
        const QStringList &have =
            kind == QLatin1String("table") ? identity.tables : identity.triggers;
        if (!have.contains(name))
            return kind == QLatin1String("table")
                       ? LibraryText::tr("table `%1` is missing").arg(name)
                       : LibraryText::tr("trigger `%1` is missing").arg(name);
    }
    return {};
}

bool openElsewhere(const QString &path)
{
    if (const QByteArray key = fileKey(path); !key.isEmpty()) {
        std::lock_guard guard(g_openLock);
        if (g_open.value(key) > 0)
            return true;
    }
    return lockedByAnother(path, kLockBytes, kLockLength) ||
           lockedByAnother(path + QLatin1String("-shm"), kShmLocks, kShmLockLength);
}

OpenMark::OpenMark(const QString &path) : m_key(fileKey(path))
{
    if (m_key.isEmpty())
        return;
    std::lock_guard guard(g_openLock);
    ++g_open[m_key];
}

OpenMark::~OpenMark()
{
    release();
}

void OpenMark::release()
{
    if (m_key.isEmpty())
        return;
    std::lock_guard guard(g_openLock);
    if (--g_open[m_key] <= 0)
        g_open.remove(m_key);
    m_key.clear();
}

Error notALibrary(const QString &path, const QString &detail)
{
    return Error{LibraryText::tr("this is not a Prepdeck library but another program's SQLite "
                                 "database (%1). It was left untouched. Open a Prepdeck library "
                                 "with --database, or give a new file name to start one.")
                     .arg(detail),
                 path, 0, Error::Kind::NotALibrary};
}

} // namespace prepdeck::libraryfile
