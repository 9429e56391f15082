#include "libraryopening.h"
#include "messagesink.h"

#include "library.h"
#include "librarycare.h"
#include "translation.h"

#include <QDateTime>
#include <QDir>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace prepdeck {

std::unique_ptr<Library> openLibraryForWindow(const QString &path, bool quiet)
{
    for (;;) {
        // The day's backup waits until the window is up (backUpInBackground).
        auto opened = care::openLibrary(path, QDateTime::currentDateTime(), false);
        if (auto *ok = std::get_if<care::Opened>(&opened))
            return std::move(ok->store);
        const care::OpenFailure failure = std::get<care::OpenFailure>(std::move(opened));
        // Only a library SQLite calls damaged, and that was moved aside, offers a way on;
        // anything else (busy, read-only, a full disk, another program's file) was left
        // exactly as it was and says what to do.
        if (quiet || !failure.damaged || failure.inUse) {
            if (quiet)
                std::fprintf(stderr, "prepdeck: %s\n", qPrintable(failure.error.toString()));
            else
                QMessageBox::critical(nullptr, QObject::tr("Prepdeck"), failure.error.toString());
            return nullptr;
        }
        QMessageBox box(QMessageBox::Warning, QObject::tr("The library is damaged"),
                        QObject::tr("The library %1 is damaged and cannot be opened.")
                            .arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(
            QObject::tr("It was moved to %1; nothing was deleted.")
                .arg(QDir::toNativeSeparators(failure.movedTo)) +
            QLatin1Char('\n') +
            (failure.newestBackup
                 ? QObject::tr("The newest backup is from %1, with %2 and %3.")
                       .arg(QLocale().toString(failure.newestBackup->taken, QLocale::LongFormat),
                            questionCount(failure.newestBackup->questions),
                            ratingCount(failure.newestBackup->ratings))
                 : QObject::tr("There is no backup of it.")));
        box.setDetailedText(failure.error.toString());
        QPushButton *restore = nullptr;
        if (failure.newestBackup)
            restore = box.addButton(QObject::tr("Restore the Backup"), QMessageBox::AcceptRole);
        QPushButton *empty =
            box.addButton(QObject::tr("Start with an Empty Library"), QMessageBox::DestructiveRole);
        box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(restore ? restore : empty);
        box.exec();
        if (box.clickedButton() == restore && restore) {
            auto restored =
                care::restoreBackup(path, failure.newestBackup->path, QDateTime::currentDateTime());
            if (!restored) {
                QMessageBox::critical(nullptr, QObject::tr("Prepdeck"),
                                      restored.error().toString());
                return nullptr;
            }
            continue;
        }
        if (box.clickedButton() == empty)
            continue; // the damaged file is gone from its place: a new library is made
        return nullptr;
    }
}

void backUpInBackground(QWidget *window, const QString &path)
{
    if (!care::dailyBackupDue(path, QDateTime::currentDateTime()))
        return;
    auto *watcher = new QFutureWatcher<Result<std::optional<QString>>>(window);
    QPointer<QWidget> parent(window);
    QObject::connect(watcher, &QFutureWatcherBase::finished, window, [watcher, parent] {
        const auto result = watcher->result();
        watcher->deleteLater();
        if (!result && parent)
            messageSink().warn(parent, QObject::tr("Backup"), result.error().toString());
    });
    // Raw connections of its own: safe beside the window's.
    watcher->setFuture(QtConcurrent::run(
        [path] { return care::takeDailyBackupIfDue(path, QDateTime::currentDateTime()); }));
}

} // namespace prepdeck
