#pragma once

#include "library.h"
#include "result.h"
#include "translation.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace prepdeck {

// Reads the library off the calling thread: `read` runs on a thread of Qt's pool with a
// connection of its own to the library's file, opened and closed there (a connection
// belongs to one thread), and its result comes back as a future; the window hands it to
// whenReady() to be told on its own thread. SQLite
// in WAL mode lets the read see everything committed before it began while the window goes
// on. A library in memory has no file to share: it is read at once, on this thread.
template<typename T>
QFuture<Result<T>> readInBackground(const Library &library,
                                    std::function<Result<T>(const Library &)> read)
{
    if (library.path() == QLatin1String(":memory:"))
        return QtFuture::makeReadyFuture(read(library));
    return QtConcurrent::run([path = library.path(), read = std::move(read)]() -> Result<T> {
        LibraryOpenOptions options;
        options.mustExist = true;
        options.beforeUpgrade = [path](int, int) -> Status {
            return Error{LibraryText::tr("the library was changed by a newer Prepdeck while it "
                                         "was open here; open it again."),
                         path, 0, Error::Kind::Newer};
        };
        auto opened = Library::open(path, schemaMigrations(), options);
        if (!opened)
            return opened.error();
        return read(**opened);
    });
}

// Calls `handle` with the future's result on `context`'s thread once it is ready, unless
// `context` is gone by then. (Qt 6.4's QFuture::then with a context object asserts when the
// context is destroyed first; a watcher owned by the context goes with it.)
template<typename T, typename Handle>
void whenReady(QObject *context, QFuture<T> future, Handle handle)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, handle = std::move(handle)] {
                         watcher->deleteLater();
                         handle(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace prepdeck
