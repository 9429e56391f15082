#include "command.h"
#include "translation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {

int runRate(const QStringList &arguments)
{
    Command cmd(QStringLiteral("rate"),
                CommandLine::tr("Record how confident you are with a question (1-5)."),
                QStringLiteral("rate QUESTION_ID CONFIDENCE"));
    cmd.parser().addPositionalArgument(QStringLiteral("QUESTION_ID"),
                                       CommandLine::tr("The id shown by 'prepdeck list'."));
    cmd.parser().addPositionalArgument(QStringLiteral("CONFIDENCE"),
                                       CommandLine::tr("1 (blank) to 5 (nailed it)."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    if (args.size() != 2)
        return cmd.usage(CommandLine::tr("give a question id and a confidence from 1 to 5."));
    bool idOk = false, confidenceOk = false;
    const qint64 id = args[0].toLongLong(&idOk);
    const int confidence = args[1].toInt(&confidenceOk);
    if (!idOk || id <= 0)
        return cmd.usage(
            CommandLine::tr("'%1' is not a question id (a positive whole number).").arg(args[0]));
    if (!confidenceOk || confidence < 1 || confidence > 5)
        return cmd.usage(
            CommandLine::tr("confidence must be 1, 2, 3, 4 or 5, not '%1'.").arg(args[1]));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto event = (*store)->ratings().rate(id, confidence, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc());
    if (!event)
        return failed(event.error());
    out(CommandLine::tr("Rated question %1: confidence %2/5 at %3.")
            .arg(id)
            .arg(confidence)
            .arg(QLocale().toString(event->ratedAt.toLocalTime(), QLocale::ShortFormat)));
    return Success;
}

} // namespace prepdeck::cli
