#pragma once

#include <QJsonObject>
#include <QString>

namespace prepdeck::bench {

// gui_stall_max_ms: the longest the study window's event loop is held, in milliseconds,
// while a user searches (typing key by key), restores a backup and opens the progress view,
// on the library at `database` (which it changes: the restore puts a backup of it back).
// Each part is done `runs` times: gui_stall_search_ms, _restore_ms and _progress_ms are the
// medians of each run's longest hold, gui_stall_max_ms the largest of those, and
// gui_stall_worst_ms the longest hold of any run.
QJsonObject measureGuiStall(const QString &database, int runs);

} // namespace prepdeck::bench
