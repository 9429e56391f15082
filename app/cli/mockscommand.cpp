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

int runMocks(const QStringList &arguments)
{
    Command cmd(QStringLiteral("mocks"),
                CommandLine::tr("List past mock interviews with their questions."),
                QStringLiteral("mocks [--json]"));
    const QCommandLineOption asJson(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    cmd.parser().addOption(asJson);
    if (auto done = cmd.parse(arguments))
        return *done;
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto mocks = (*store)->mocks().all();
    if (!mocks)
        return failed(mocks.error());
    if (cmd.parser().isSet(asJson)) {
        QJsonArray list;
        for (const MockRecord &m : *mocks)
            list.append(toJson(m));
        out(json(QJsonDocument(list)));
        return Success;
    }
    for (const MockRecord &m : *mocks) {
        int rated = 0;
        double sum = 0;
        for (const MockItem &i : m.items)
            if (i.confidence) {
                ++rated;
                sum += *i.confidence;
            }
        out(QStringLiteral("%1\t%2\t%3\t%4")
                .arg(m.id)
                .arg(QLocale().toString(m.started.toLocalTime(), QLocale::ShortFormat),
                     questionCount(m.items.size()),
                     rated ? meanConfidence(sum / rated) : CommandLine::tr("nothing rated")));
    }
    if (mocks->isEmpty())
        print(stderr, CommandLine::tr("No mock interviews yet. Start one with 'prepdeck mock'."));
    return Success;
}

} // namespace prepdeck::cli
