#include "commandline.h"
#include "mainwindow.h"
#include "store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

#include <memory>

namespace {

// The study window, on the library given with --database or the usual one.
int runWindow(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("The library file."), QStringLiteral("FILE"));
    parser.addOption(database);
    parser.parse(QApplication::arguments());
    const QString path =
        parser.isSet(database) ? parser.value(database) : prepdeck::Store::defaultPath();

    auto store = prepdeck::Store::open(path);
    if (!store) {
        QMessageBox::critical(nullptr, QObject::tr("Prepdeck"), store.error().toString());
        return prepdeck::cli::BadInput;
    }
    prepdeck::SystemClock clock;
    prepdeck::MainWindow window(**store, clock);
    window.show();
    // Keys work from the start, even where no window manager hands out focus.
    window.raise();
    window.activateWindow();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("prepdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREPDECK_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (!prepdeck::cli::wantsCommandLine(arguments))
        return runWindow(argc, argv);
    QCoreApplication app(argc, argv);
    return prepdeck::cli::run(QCoreApplication::arguments());
}
