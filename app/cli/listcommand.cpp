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
                QStringLiteral("list [--category TEXT] [--search TEXT] [--no-suspended] [--json]"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption category(QStringLiteral("category"),
                                      CommandLine::tr("Only categories whose name contains TEXT."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        CommandLine::tr("Only questions whose prompt, answer or hint has these words."),
        QStringLiteral("TEXT"));
    const QCommandLineOption asJson(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption noSuspended(
        QStringLiteral("no-suspended"),
        CommandLine::tr("Leave out suspended questions (listed, and marked, by default)."));
    p.addOptions({category, search, noSuspended, asJson});
    if (auto done = cmd.parse(arguments))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return cmd.usage(
            CommandLine::tr("unexpected argument '%1'.").arg(p.positionalArguments().first()));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    QuestionFilter filter = QuestionFilter::matching(p.value(category), p.value(search));
    filter.suspended = p.isSet(noSuspended) ? QuestionFilter::Suspended::Hidden
                                            : QuestionFilter::Suspended::Included;
    auto questions = (*store)->questions().list(filter);
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
        QString marks = confidence;
        if (s.suspended)
            marks += QLatin1String("  ") + CommandLine::tr("(suspended)");
        if (s.edited.isValid())
            marks += QLatin1String("  ") + CommandLine::tr("(edited)");
        out(QStringLiteral("%1\t%2 / %3\t%4%5%6")
                .arg(s.id)
                .arg(s.bank, s.category, number, s.question.prompt, marks));
    }
    if (questions->isEmpty())
        print(stderr,
              CommandLine::tr("No questions match. Import a bank with 'prepdeck import FILE'."));
    return Success;
}

} // namespace prepdeck::cli
