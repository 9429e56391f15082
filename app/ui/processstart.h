#pragma once

#include <QtGlobal>

namespace prepdeck {

// How long this process has been running, to measure how long the program takes to start.
// Call markMainEntered() first thing in main(): where the operating system does not say when
// the process began, the time since then is used instead.
void markMainEntered();
qint64 msSinceProcessStart();

} // namespace prepdeck
