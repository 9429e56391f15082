#include "command.h"
#include "libraryjson.h"
#include "translation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {
namespace {

QString statsText(const LibraryStats &stats)
{
    QStringList lines{CommandLine::tr("%1 in %2 across %3; %4 (%5).")
                          .arg(questionCount(stats.questions), categoryCount(stats.categories),
                               bankCount(stats.banks), ratedCount(stats.rated),
                               ratingCount(stats.ratings))};
    QString bank;
    for (const CategoryStats &c : stats.byCategory) {
        if (c.bank != bank)
            lines << (bank = c.bank);
        lines << (c.meanConfidence
                      ? CommandLine::tr("  %1: %2, %3, %4")
                            .arg(c.category, questionCount(c.questions), ratedCount(c.rated),
                                 meanConfidence(*c.meanConfidence))
                      : CommandLine::tr("  %1: %2, %3")
                            .arg(c.category, questionCount(c.questions), ratedCount(c.rated)));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runStats(const QStringList &arguments)
{
    Command cmd(QStringLiteral("stats"),
                CommandLine::tr("Count banks, categories, questions and ratings."),
                QStringLiteral("stats [--json]"));
    const QCommandLineOption asJson(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    cmd.parser().addOption(asJson);
    if (auto done = cmd.parse(arguments))
        return *done;
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto stats = (*store)->questions().stats();
    if (!stats)
        return failed(stats.error());
    out(cmd.parser().isSet(asJson) ? json(QJsonDocument(toJson(*stats))) : statsText(*stats));
    return Success;
}

} // namespace prepdeck::cli
