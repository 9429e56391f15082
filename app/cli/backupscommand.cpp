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

int runBackups(const QStringList &arguments)
{
    Command cmd(QStringLiteral("backups"),
                CommandLine::tr("List the library's backups, newest first: taken every day the "
                                "library is opened, before an upgrade and before a restore."),
                QStringLiteral("backups [--json]"));
    const QCommandLineOption asJson(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    cmd.parser().addOption(asJson);
    if (auto done = cmd.parse(arguments))
        return *done;
    const QString path = cmd.databasePath();
    const QList<care::Backup> backups = care::listBackups(path);
    if (cmd.parser().isSet(asJson)) {
        QJsonArray list;
        for (const care::Backup &b : backups)
            list.append(QJsonObject{{QStringLiteral("file"), b.path},
                                    {QStringLiteral("taken"), b.taken.toString(Qt::ISODate)},
                                    {QStringLiteral("kind"), b.kind},
                                    {QStringLiteral("questions"), b.questions},
                                    {QStringLiteral("ratings"), b.ratings}});
        out(json(QJsonDocument(QJsonObject{{QStringLiteral("library"), path},
                                           {QStringLiteral("folder"), care::backupFolder(path)},
                                           {QStringLiteral("backups"), list}})));
        return Success;
    }
    if (backups.isEmpty()) {
        out(CommandLine::tr("No backups of %1 yet. One is taken the first time the library is "
                            "opened each day, in %2.")
                .arg(path, care::backupFolder(path)));
        return Success;
    }
    QStringList lines{CommandLine::tr("Backups of %1, newest first:").arg(path)};
    qsizetype kindWidth = 0;
    for (const care::Backup &b : backups)
        kindWidth = std::max(kindWidth, b.kindName().size());
    for (const care::Backup &b : backups)
        lines << QStringLiteral("  %1  %2  %3  %4")
                     .arg(QLocale().toString(b.taken, QLocale::ShortFormat),
                          b.kindName().leftJustified(kindWidth),
                          b.questions < 0 ? CommandLine::tr("(cannot be read)")
                                          : CommandLine::tr("%1, %2").arg(
                                                questionCount(b.questions), ratingCount(b.ratings)),
                          b.path);
    lines << CommandLine::tr("Restore one with: prepdeck restore FILE");
    out(lines.join(QLatin1Char('\n')));
    return Success;
}

} // namespace prepdeck::cli
