#pragma once

#include <QJsonObject>
#include <QString>

namespace prepdeck::bench {

// gui_stall_max_ms: the longest the study window's event loop is held, in milliseconds,
// while a user searches (typing key by key), restores a backup and opens the progress view,
// on the library at `database` (which it changes: the restore puts a backup of it back).
// Each part's longest hold is given too (gui_stall_search_ms, …).
QJsonObject measureGuiStall(const QString &database);

} // namespace prepdeck::bench
