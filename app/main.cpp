#include "commandline.h"
#include "firstpaintprobe.h"
#include "library.h"
#include "libraryopening.h"
#include "mainwindow.h"
#include "messagesink.h"
#include "mockinterviewwindow.h"
#include "mocklauncher.h"
#include "preferences.h"
#include "processstart.h"
#include "singleinstance.h"
#include "translation.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <variant>

namespace {

// Drawn where nobody can see it or click a message box away (QT_QPA_PLATFORM=offscreen:
// tests, --startup-time in a script), the windows' messages go to standard error.
void keepMessagesWhenDrawnOffscreen()
{
    static prepdeck::KeptMessages kept;
    if (QGuiApplication::platformName() == QLatin1String("offscreen"))
        prepdeck::setMessageSink(&kept);
}

// The icon the desktop has for Prepdeck, or the one built in; and the desktop file that
// goes with the windows (Wayland shows its icon and name).
void setUpDesktopIdentity()
{
    QIcon builtIn;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/prepdeck/icon/icon-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.prepdeck.Prepdeck"), builtIn));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.prepdeck.Prepdeck"));
}

// The language chosen in Preferences, else the system's (LANGUAGE, LANG); called once the
// application object exists.
void speakTheUsersLanguage()
{
    prepdeck::installTranslations(prepdeck::Preferences::load().language);
}

// Starts Prepdeck again (after the library was moved), with the same options but the
// library: the new one is where Prepdeck looks by itself now.
void restart()
{
    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--database"));
        at >= 0 && at + 1 < arguments.size())
        arguments.remove(at, 2);
    QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    QCoreApplication::quit();
}

// The study window, on the library given with --database or the usual one. With
// --startup-time it prints how long it took to show the library, and quits.
int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    keepMessagesWhenDrawnOffscreen();
    speakTheUsersLanguage();
    setUpDesktopIdentity();
    prepdeck::applyTheme(prepdeck::Preferences::load().theme);
    const auto options = prepdeck::cli::parseWindowOptions(QApplication::arguments());

    // One window per library: a second start brings the first to the front.
    prepdeck::SingleInstance instance(options.database);
    if (!options.startupTime && instance.askRunningToShow()) {
        const QString message =
            QCoreApplication::translate(
                "Main", "Prepdeck is already open on %1; its window was brought to the front.")
                .arg(options.database);
        std::printf("%s\n", qPrintable(message));
        return prepdeck::cli::Success;
    }
    // Nobody is there to close a message box when measuring start-up.
    auto store = prepdeck::openLibraryForWindow(options.database, options.startupTime);
    if (!store)
        return prepdeck::cli::BadInput;
    prepdeck::SystemClock clock;
    prepdeck::MainWindow window(*store, clock);
    QObject::connect(&window, &prepdeck::MainWindow::restartRequested, &app, &restart);
    if (!options.startupTime) {
        instance.listen();
        QObject::connect(&instance, &prepdeck::SingleInstance::showRequested, &window, [&window] {
            window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
            window.show();
            window.raise();
            window.activateWindow();
        });
    }
    if (options.startupTime) {
        auto *probe = new prepdeck::FirstPaintProbe(&window);
        QObject::connect(probe, &prepdeck::FirstPaintProbe::painted, &app, [&](qint64 ms) {
            prepdeck::cli::printStartupTime(ms, options.json);
            QCoreApplication::exit(prepdeck::cli::Success);
        });
        // A display that never draws the window must not leave the command hanging.
        QTimer::singleShot(60000, &app, [] {
            const QString message =
                QCoreApplication::translate(
                    "Main", "the window was not drawn within %1 seconds; check the display "
                            "(DISPLAY, or QT_QPA_PLATFORM=offscreen).")
                    .arg(60);
            std::fprintf(stderr, "prepdeck: %s\n", qPrintable(message));
            QCoreApplication::exit(prepdeck::cli::BadInput);
        });
    }
    window.show();
    // Keys work from the start, even where no window manager hands out focus.
    window.raise();
    window.activateWindow();
    if (!options.startupTime)
        prepdeck::backUpInBackground(&window, options.database);
    return QApplication::exec();
}

// `prepdeck mock …`: the interview window straight away.
int runMock(int argc, char *argv[], const prepdeck::cli::MockInvocation &run)
{
    QApplication app(argc, argv);
    keepMessagesWhenDrawnOffscreen();
    speakTheUsersLanguage();
    setUpDesktopIdentity();
    prepdeck::applyTheme(prepdeck::Preferences::load().theme);
    auto store = prepdeck::openLibraryForWindow(run.database, false);
    if (!store)
        return prepdeck::cli::BadInput;
    prepdeck::SystemClock clock;
    prepdeck::SteadyClock steady;
    prepdeck::MockLauncher launcher(*store, clock, steady);
    QObject::connect(&launcher, &prepdeck::MockLauncher::failed, [](const QString &message) {
        std::fprintf(stderr, "prepdeck: %s\n", qPrintable(message));
    });
    if (const prepdeck::Status started = launcher.start(run.settings); !started) {
        std::fprintf(stderr, "prepdeck: %s\n", qPrintable(started.error().toString()));
        return prepdeck::cli::BadInput;
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    prepdeck::markMainEntered(); // for --startup-time, where the system keeps no start time
    QCoreApplication::setApplicationName(QStringLiteral("prepdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREPDECK_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (prepdeck::cli::isMockCommand(arguments)) {
        std::variant<prepdeck::cli::MockInvocation, int> parsed;
        {
            QCoreApplication parsing(argc, argv); // for --help and messages; no display needed
            speakTheUsersLanguage();
            parsed = prepdeck::cli::parseMockCommand(QCoreApplication::arguments());
        }
        if (const int *exitCode = std::get_if<int>(&parsed))
            return *exitCode;
        return runMock(argc, argv, std::get<prepdeck::cli::MockInvocation>(parsed));
    }
    if (!prepdeck::cli::wantsCommandLine(arguments))
        return runWindow(argc, argv);
    if (prepdeck::cli::needsGui(arguments)) {
        // Drawing a PDF needs fonts, not a screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        speakTheUsersLanguage();
        return prepdeck::cli::run(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    speakTheUsersLanguage();
    return prepdeck::cli::run(QCoreApplication::arguments());
}
