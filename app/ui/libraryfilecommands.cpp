#include "libraryfilecommands.h"
#include "backgroundread.h"
#include "librarycare.h"
#include "messagesink.h"
#include "preferencesdialog.h"
#include "restoredialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QTimer>

namespace prepdeck {

QLabel *LibraryFileCommands::readOnlyNotice(const Library &library, QWidget *parent)
{
    if (!library.isReadOnly())
        return nullptr;
    auto *notice = new QLabel(tr("Read-only: this library's file cannot be written, so "
                                 "ratings, notes and imports are not saved."),
                              parent);
    notice->setObjectName(QStringLiteral("readOnlyNotice"));
    notice->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #664d03; "
                                         "padding: 2px 8px; border-radius: 3px; }"));
    return notice;
}

LibraryFileCommands::LibraryFileCommands(Library &library, QWidget *window)
    : QObject(window), m_library(library), m_window(window)
{}

void LibraryFileCommands::editPreferences()
{
    const Preferences before = Preferences::load();
    PreferencesDialog dialog(before, m_library.path(), m_window);
    QString movedTo;
    connect(&dialog, &PreferencesDialog::libraryMoved, this,
            [&movedTo](const QString &path) { movedTo = path; });
    if (dialog.exec() == QDialog::Accepted) {
        const Preferences chosen = dialog.preferences();
        chosen.save();
        emit preferencesChanged(chosen);
        // A new language is used from the next start: offered now, or left for later.
        if (chosen.language != before.language && movedTo.isEmpty() &&
            messageSink().confirm(m_window, tr("Language"),
                                  tr("The new language is used from the next start. Start "
                                     "Prepdeck again now?"),
                                  tr("Restart Now"))) {
            emit restartRequested();
            return;
        }
    }
    if (!movedTo.isEmpty()) {
        messageSink().inform(
            m_window, tr("Library moved"),
            tr("The library was copied to %1 and checked. Prepdeck starts again now to "
               "open it there; the old file is removed once it has.")
                .arg(QDir::toNativeSeparators(movedTo)));
        emit restartRequested();
    }
}

QString LibraryFileCommands::askForBackup()
{
    RestoreDialog dialog(m_library.path(), m_window);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return {};
    const QString backup = dialog.chosenBackup();
    if (!messageSink().confirm(
            m_window, tr("Restore from Backup"),
            tr("Put the backup %1 in the library's place? The library as it is now is kept as "
               "a backup first.")
                .arg(QFileInfo(backup).fileName()),
            tr("Restore")))
        return {};
    return backup;
}

void LibraryFileCommands::restore(const QString &backup, const QDateTime &now,
                                  const std::function<bool()> &readsPending,
                                  const std::function<void(const Result<QString> &)> &done)
{
    if (readsPending()) { // they take a few milliseconds: try again in a moment
        QTimer::singleShot(20, this, [=, this] { restore(backup, now, readsPending, done); });
        return;
    }
    const QString path = m_library.path();
    m_library.close();
    runInBackground<Result<QString>>(
        this, [path, backup, now] { return care::restoreClosed(path, backup, now); },
        [this, path, done](const Result<QString> &kept) {
            // restoreClosed() opened it once already (a schema upgrade was done there, after
            // a backup): this open must find it, and finds nothing left to upgrade.
            LibraryOpenOptions options;
            options.mustExist = true;
            options.beforeUpgrade = [path](int, int) -> Status {
                return Error{tr("the restored library needs an upgrade it did not get; open "
                                "Prepdeck again."),
                             path, 0, Error::Kind::Newer};
            };
            auto reopened = Library::open(path, schemaMigrations(), options);
            if (!reopened) {
                done(Error{LibraryText::tr("the library could not be opened again after the "
                                           "restore: %1")
                               .arg(reopened.error().message),
                           path, 0, reopened.error().kind});
                return;
            }
            m_library.adopt(std::move(**reopened));
            done(kept);
        });
}

} // namespace prepdeck
