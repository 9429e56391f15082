#pragma once

#include <QString>

#include <memory>

class QWidget;

namespace prepdeck {

class Library;

// Opens the library for the study window (see care::openLibrary). A damaged library is
// moved aside and the user chooses: restore the newest backup, start with an empty
// library, or quit. quiet (for --startup-time) prints the problem instead of asking.
// Null when there is no library to show.
std::unique_ptr<Library> openLibraryForWindow(const QString &path, bool quiet);

// After the window is shown: the day's backup in the background; a problem found on the
// way (a damaged library) is shown to the user. Returns at once.
void backUpInBackground(QWidget *window, const QString &path);

} // namespace prepdeck
