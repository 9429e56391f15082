#include "commandline.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("prepdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PREPDECK_VERSION));
    return prepdeck::cli::run(QCoreApplication::arguments());
}
