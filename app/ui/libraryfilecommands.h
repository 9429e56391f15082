#pragma once

#include "library.h"
#include "preferences.h"
#include "result.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <functional>

class QWidget;

class QLabel;

namespace prepdeck {

// The commands about the library's file rather than its questions: Preferences (which can
// move the file, after which Prepdeck starts again) and Restore from Backup.
class LibraryFileCommands final : public QObject
{
    Q_OBJECT

public:
    // The status bar's notice that the library cannot be written; null when it can.
    static QLabel *readOnlyNotice(const Library &library, QWidget *parent);
    LibraryFileCommands(Library &library, QWidget *window);

    // Edit → Preferences…: saved when accepted, and announced.
    void editPreferences();
    // The backup the user chose and confirmed to restore; empty when cancelled.
    QString askForBackup();
    // Puts the backup in the library's place without holding the GUI thread: once no read
    // is pending (reads on workers hold the file open), the library's connection is closed,
    // the backup restored and checked on a worker, and the library opened again here. `done`
    // gets where the replaced library was kept, or why the restore failed (the library is
    // then open again as it was).
    void restore(const QString &backup, const QDateTime &now,
                 const std::function<bool()> &readsPending,
                 const std::function<void(const Result<QString> &)> &done);

signals:
    void preferencesChanged(const prepdeck::Preferences &preferences);
    // The library was moved to another file: Prepdeck starts again to open it there.
    void restartRequested();

private:
    Library &m_library;
    QWidget *m_window;
};

} // namespace prepdeck
