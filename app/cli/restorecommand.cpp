#include "command.h"
#include "librarycare.h"
#include "translation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {

int runRestore(const QStringList &arguments)
{
    Command cmd(QStringLiteral("restore"),
                CommandLine::tr("Put a backup in the library's place. The current library is "
                                "kept as a backup first."),
                QStringLiteral("restore FILE"));
    cmd.parser().addPositionalArgument(QStringLiteral("FILE"),
                                       CommandLine::tr("A backup, as 'prepdeck backups' lists."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    if (args.size() != 1)
        return cmd.usage(CommandLine::tr("give the backup file to restore."));
    const QString path = cmd.databasePath();
    auto kept = care::restoreBackup(path, args[0], QDateTime::currentDateTime());
    if (!kept)
        return failed(kept.error());
    out(kept->isEmpty()
            ? CommandLine::tr("Restored %1 as the library %2.").arg(args[0], path)
            : CommandLine::tr("Restored %1 as the library %2. The library it replaced was kept "
                              "at %3.")
                  .arg(args[0], path, *kept));
    return Success;
}

} // namespace prepdeck::cli
