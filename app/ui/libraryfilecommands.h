#pragma once

#include "library.h"
#include "preferences.h"
#include "result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace prepdeck {

// The commands about the library's file rather than its questions: Preferences (which can
// move the file, after which Prepdeck starts again) and Restore from Backup.
class LibraryFileCommands final : public QObject
{
    Q_OBJECT

public:
    LibraryFileCommands(Library &library, QWidget *window);

    // Edit → Preferences…: saved when accepted, and announced.
    void editPreferences();
    // The backup the user chose and confirmed to restore; empty when cancelled.
    QString askForBackup();

signals:
    void preferencesChanged(const prepdeck::Preferences &preferences);
    // The library was moved to another file: Prepdeck starts again to open it there.
    void restartRequested();

private:
    Library &m_library;
    QWidget *m_window;
};

} // namespace prepdeck
