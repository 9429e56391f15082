// The prepdeck command line with the fault-injecting VFS under it: the same commands, the
// same code, but the disk fails (or the process dies) where PREPDECK_FAULT says. Used by
// the tests that kill an import, a restore or a backup at its N-th write.
#include "commandline.h"
#include "faultvfs.h"
#include "translation.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("prepdeck"));
    QCoreApplication app(argc, argv);
    faultvfs::installFromEnvironment();
    prepdeck::installTranslations({});
    return prepdeck::cli::run(QCoreApplication::arguments());
}
