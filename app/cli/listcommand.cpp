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

int runList(const QStringList &arguments)
{
    Command cmd(QStringLiteral("list"),
                CommandLine::tr("List the questions of the library in order."),
                QStringLiteral("list [--category TEXT] [--search TEXT] [--json]"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption category(QStringLiteral("category"),
                                      CommandLine::tr("Only categories whose name contains TEXT."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        CommandLine::tr("Only questions whose prompt, answer or hint has these words."),
        QStringLiteral("TEXT"));
    const QCommandLineOption asJson(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    p.addOptions({category, search, asJson});
    if (auto done = cmd.parse(arguments))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return cmd.usage(
            CommandLine::tr("unexpected argument '%1'.").arg(p.positionalArguments().first()));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto questions =
        (*store)->questions().list(QuestionFilter::matching(p.value(category), p.value(search)));
    if (!questions)
        return failed(questions.error());

    if (p.isSet(asJson)) {
        QJsonArray list;
        for (const StoredQuestion &s : *questions)
            list.append(toJson(s));
        out(json(QJsonDocument(list)));
        return Success;
    }
    for (const StoredQuestion &s : *questions) {
        const QString number =
            s.question.number ? QStringLiteral("%1. ").arg(*s.question.number) : QString();
        const QString confidence =
            s.confidence ? QStringLiteral("  [%1/5]").arg(*s.confidence) : QString();
        out(QStringLiteral("%1\t%2 / %3\t%4%5%6")
                .arg(s.id)
                .arg(s.bank, s.category, number, s.question.prompt, confidence));
    }
    if (questions->isEmpty())
        print(stderr,
              CommandLine::tr("No questions match. Import a bank with 'prepdeck import FILE'."));
    return Success;
}

} // namespace prepdeck::cli
