#pragma once

#include <QScreen>
#include <QSize>
#include <QWidget>

namespace prepdeck {

// Gives a window or dialog the size it would like, but never more than the screen it opens
// on has room for (a little less, for the desktop's panels and the window's frame).
inline void resizeWithinScreen(QWidget &window, QSize wanted)
{
    if (const QScreen *screen = window.screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.95);
    window.resize(wanted);
}

} // namespace prepdeck
