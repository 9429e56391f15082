#pragma once
// A library in a temporary folder, banks imported into it, and the study window opened on
// it with a clock the test sets: what the window tests start from.
#include "bankfilereader.h"
#include "importer.h"
#include "library.h"
#include "mainwindow.h"

#include <QApplication>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace prepdeck::testing {

// Two categories, three questions, a coaching tip: small enough to check by hand.
inline const QByteArray kSmallBank =
    "# Small bank\n\n## Processes\n\n### What is a process?\n\nA running program with its own "
    "memory.\n\n"
    "**Tip:** Contrast it with a thread.\n\n### What is a thread?\n\nA path of execution inside a "
    "process.\n\n"
    "## Memory\n\n### What is virtual memory?\n\nEach process sees its own address space.\n";

// The relative luminance of a colour (WCAG 2), for contrast checks.
inline double luminance(const QColor &c)
{
    auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

inline double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast of any pixel of `rect` in `image` against `background`.
inline double strongestContrast(const QImage &image, const QRect &rect, const QColor &background)
{
    double best = 1;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    return best;
}

class WindowFixture
{
public:
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Library> library;
    ManualClock clock{QDateTime(QDate(2026, 11, 21), QTime(18, 0), Qt::UTC)};

    // A new, empty library; false (with the test failed) when it cannot be opened.
    bool open()
    {
        QFile::remove(MainWindow::settingsFile());
        dir = std::make_unique<QTemporaryDir>();
        auto opened = Library::open(dir->filePath(QStringLiteral("lib.sqlite")));
        if (!opened)
            return false;
        library = std::move(*opened);
        return true;
    }

    void close()
    {
        library.reset();
        dir.reset();
    }

    bool importBytes(const QByteArray &bytes, const QString &name)
    {
        auto file = readBankData(bytes, name);
        return file && importBankFile(*library, *file, name, false);
    }

    std::unique_ptr<MainWindow> showWindow()
    {
        auto window = std::make_unique<MainWindow>(*library, clock);
        window->setShowImportReports(false);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("the window did not become active");
        return window;
    }

    // A key as a person types it: to the widget that has the focus.
    static void press(QWidget &window, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, static_cast<Qt::Key>(key), mods);
    }
};

} // namespace prepdeck::testing
