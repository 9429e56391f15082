#pragma once

#include "background.h"
#include "library.h"
#include "result.h"
#include "translation.h"

#include <functional>

namespace prepdeck {

// Reads the library off the GUI thread: `read` runs on a thread of its own with a
// connection of its own to the library's file, opened and closed there (a connection
// belongs to one thread), and `done` gets the result on the receiver's thread. SQLite in
// WAL mode lets the read see everything committed before it began while the window goes
// on. A library in memory has no file to share: it is read at once, on this thread.
template<typename T>
void readInBackground(QObject *receiver, const Library &library,
                      std::function<Result<T>(const Library &)> read,
                      std::function<void(const Result<T> &)> done)
{
    if (library.path() == QLatin1String(":memory:")) {
        done(read(library));
        return;
    }
    runInBackground<Result<T>>(
        receiver,
        [path = library.path(), read = std::move(read)]() -> Result<T> {
            LibraryOpenOptions options;
            options.mustExist = true;
            options.beforeUpgrade = [path](int, int) -> Status {
                return Error{LibraryText::tr("the library was changed by a newer Prepdeck while "
                                             "it was open here; open it again."),
                             path, 0, Error::Kind::Newer};
            };
            auto opened = Library::open(path, schemaMigrations(), options);
            if (!opened)
                return opened.error();
            return read(**opened);
        },
        std::move(done));
}

} // namespace prepdeck
