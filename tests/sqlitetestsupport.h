#pragma once
// Reading and writing a library file with SQLite directly, as another program would, for
// tests that check what the file holds without going through Prepdeck.

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

// The first column of the first row of sql on the file at path (a null string when the
// query fails), read with a connection of its own that waits for locks like Prepdeck does.
inline QString sqliteValue(const QString &path, const QString &sql, bool readWrite = false)
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db,
                        readWrite ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY,
                        nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 5000);
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_text(stmt, 0))
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

// Runs SQL on the file (creating it if needed), optionally switching its journal mode first.
inline bool sqliteExec(const QString &path, const QString &sql, const char *journalMode = nullptr)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db,
                              SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
    if (ok && journalMode)
        ok = sqlite3_exec(db, (QByteArray("PRAGMA journal_mode = ") + journalMode).constData(),
                          nullptr, nullptr, nullptr) == SQLITE_OK;
    char *error = nullptr;
    ok = ok && sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error) == SQLITE_OK;
    if (error) {
        qWarning("%s", error);
        sqlite3_free(error);
    }
    sqlite3_close(db);
    return ok;
}
