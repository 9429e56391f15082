#include "sqlitestatus.h"
#include "translation.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>
#include <sys/statvfs.h>

namespace prepdeck::sqlite {

Error::Kind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Error::Kind::Busy;
    case SQLITE_READONLY:
        return Error::Kind::ReadOnly;
    case SQLITE_FULL:
        return Error::Kind::DiskFull;
    case SQLITE_IOERR:
        return code == SQLITE_IOERR_NOMEM ? Error::Kind::Other : Error::Kind::DiskError;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Error::Kind::Damaged;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Error::Kind::CannotOpen;
    default:
        return Error::Kind::Other;
    }
}

bool diskFull(const QString &path)
{
    struct statvfs fs
    {};
    const QString where = QFileInfo(path).absolutePath();
    if (statvfs(where.toLocal8Bit().constData(), &fs) != 0)
        return false;
    // Less than a megabyte, or less than a page or two for SQLite to write.
    const quint64 free = quint64(fs.f_bavail) * fs.f_frsize;
    return free < 1024 * 1024;
}

Error failure(int code, const QString &doing, const QString &why, const QString &path,
              ReadOnlyReason readOnly)
{
    Error::Kind kind = kindOf(code);
    if (kind == Error::Kind::DiskError && diskFull(path))
        kind = Error::Kind::DiskFull;
    if (kind == Error::Kind::Other && readOnly != ReadOnlyReason::None &&
        why.contains(QLatin1String("readonly")))
        kind = Error::Kind::ReadOnly;
    QString message;
    switch (kind) {
    case Error::Kind::DiskFull:
        message = LibraryText::tr("%1 failed: the disk is full. Nothing of it was saved; the "
                                  "library is as it was. Free some space and try again.")
                      .arg(doing);
        break;
    case Error::Kind::ReadOnly:
        switch (readOnly) {
        case ReadOnlyReason::File:
        case ReadOnlyReason::None:
            message = LibraryText::tr("%1 failed: the library is read-only, so nothing can be "
                                      "saved. Make the file writable (chmod u+w) and open it "
                                      "again.")
                          .arg(doing);
            break;
        case ReadOnlyReason::Folder:
            message = LibraryText::tr("%1 failed: the library's folder cannot be written, so "
                                      "nothing can be saved (SQLite keeps its log beside the "
                                      "file). Make the folder writable and open the library "
                                      "again.")
                          .arg(doing);
            break;
        case ReadOnlyReason::FileSystem:
            message = LibraryText::tr("%1 failed: the library is on a read-only file system, so "
                                      "nothing can be saved. Mount the disk writable, or copy "
                                      "the library to a disk that is, and open it there.")
                          .arg(doing);
            break;
        }
        break;
    case Error::Kind::Busy:
        message = LibraryText::tr("%1 failed: another Prepdeck window or command kept the library "
                                  "busy for more than %2 seconds. Nothing of it was saved; try "
                                  "again once it has finished.")
                      .arg(doing)
                      .arg(kBusyTimeoutMs / 1000);
        break;
    case Error::Kind::DiskError:
        message = LibraryText::tr("%1 failed: the disk reported an error (%2). Nothing of it was "
                                  "saved; the library is as it was. Check the disk (is it full, "
                                  "failing or unplugged?) and try again.")
                      .arg(doing, why);
        break;
    case Error::Kind::CannotOpen:
        message = LibraryText::tr("%1 failed: SQLite cannot open the library's files (%2). Check "
                                  "that the folder exists and can be written, and that the disk "
                                  "has space.")
                      .arg(doing, why);
        break;
    case Error::Kind::Damaged:
        message = LibraryText::tr("%1 failed: SQLite found the library damaged (%2). Close "
                                  "Prepdeck: when it opens the library again it checks it and "
                                  "offers the newest backup.")
                      .arg(doing, why);
        break;
    default:
        message = LibraryText::tr("%1 failed: %2").arg(doing, why);
        break;
    }
    return Error{message, path, 0, kind};
}

Error failure(const QSqlError &error, const QString &doing, const QString &path,
              ReadOnlyReason readOnly)
{
    bool ok = false;
    int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        code = SQLITE_ERROR;
    // Qt's words ("Unable to fetch row") add nothing to SQLite's.
    const QString why = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return failure(code, doing, why, path, readOnly);
}

QString damageText(int code, const QString &why)
{
    if ((code & 0xff) == SQLITE_NOTADB)
        return LibraryText::tr("the library is damaged: it is not an SQLite database (SQLite "
                               "says: %1).")
            .arg(why);
    return LibraryText::tr("the library is damaged: SQLite cannot read it (%1).").arg(why);
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace prepdeck::sqlite
