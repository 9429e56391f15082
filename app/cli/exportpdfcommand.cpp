#include "command.h"
#include "mockquestions.h"
#include "sheetdocument.h"
#include "translation.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {

int runExportPdf(const QStringList &arguments)
{
    Command cmd(
        QStringLiteral("export-pdf"),
        CommandLine::tr("Print a study sheet or a mock-interview sheet to a PDF. With the same "
                        "--seed, --count and categories the interviewer and candidate sheets "
                        "hold the questions 'prepdeck mock' would ask, in the same order."),
        QStringLiteral("export-pdf --sheet study|interviewer|candidate [--category TEXT]... "
                       "[--max-confidence N] [--due] [--count N] [--seed N] "
                       "[--page-size a4|letter] [--no-answers] --output FILE"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   CommandLine::tr("study, interviewer or candidate."),
                                   QStringLiteral("KIND"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        CommandLine::tr("Categories whose name contains TEXT (repeatable)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption maxConfidence(
        QStringLiteral("max-confidence"),
        CommandLine::tr("Study sheet: only questions rated at most N."), QStringLiteral("N"));
    const QCommandLineOption due(QStringLiteral("due"),
                                 CommandLine::tr("Study sheet: only questions due now."));
    const QCommandLineOption count(QStringLiteral("count"),
                                   CommandLine::tr("How many questions (mock sheets: default 8)."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Mock sheets: the seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      CommandLine::tr("a4 or letter (default from the locale)."),
                                      QStringLiteral("SIZE"));
    const QCommandLineOption noAnswers(QStringLiteral("no-answers"),
                                       CommandLine::tr("Study sheet: questions only."));
    const QCommandLineOption progressPage(
        QStringLiteral("progress"), CommandLine::tr("Study sheet: a page of progress first."));
    const QCommandLineOption output(QStringLiteral("output"), CommandLine::tr("The PDF to write."),
                                    QStringLiteral("FILE"));
    p.addOptions({sheet, category, maxConfidence, due, count, seed, pageSize, noAnswers,
                  progressPage, output});
    if (auto done = cmd.parse(arguments))
        return *done;

    SheetOptions options;
    const QString kind = p.value(sheet).toLower();
    if (kind == QLatin1String("study"))
        options.kind = SheetKind::Study;
    else if (kind == QLatin1String("interviewer"))
        options.kind = SheetKind::Interviewer;
    else if (kind == QLatin1String("candidate"))
        options.kind = SheetKind::Candidate;
    else
        return cmd.usage(CommandLine::tr("--sheet must be study, interviewer or candidate."));
    const QString path = p.value(output);
    if (path.isEmpty())
        return cmd.usage(CommandLine::tr("--output FILE is required."));
    if (p.isSet(pageSize)) {
        const QString size = p.value(pageSize).toLower();
        if (size == QLatin1String("a4"))
            options.pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            options.pageSize = QPageSize::Letter;
        else
            return cmd.usage(CommandLine::tr("--page-size must be a4 or letter."));
    }
    options.answers = !p.isSet(noAnswers);
    const bool withProgress = p.isSet(progressPage) && options.kind == SheetKind::Study;
    bool ok = true;
    const int limit = p.isSet(count) ? p.value(count).toInt(&ok) : 0;
    if (!ok || limit < 0)
        return cmd.usage(CommandLine::tr("--count needs a positive number."));
    std::optional<int> confidence;
    if (p.isSet(maxConfidence)) {
        confidence = p.value(maxConfidence).toInt(&ok);
        if (!ok || *confidence < 1 || *confidence > 5)
            return cmd.usage(CommandLine::tr("--max-confidence must be 1 to 5."));
    }
    const quint64 seedValue = p.value(seed).toULongLong(&ok);
    if (!ok)
        return cmd.usage(CommandLine::tr("--seed needs a whole number."));

    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    QList<StoredQuestion> questions;
    if (options.kind == SheetKind::Study) {
        QuestionFilter filter;
        filter.maxConfidence = confidence;
        if (p.isSet(due))
            filter.dueBy = QDateTime::currentDateTimeUtc();
        if (!p.values(category).isEmpty()) {
            // The same category matching as mock interviews.
            auto matching = categoriesMatching(**store, p.values(category));
            if (!matching)
                return failed(matching.error());
            filter.categoryIds = *matching;
        }
        auto all = (*store)->questions().list(filter);
        if (!all)
            return failed(all.error());
        questions = *all;
        if (limit > 0 && questions.size() > limit)
            questions.resize(limit);
    } else {
        MockSettings settings;
        settings.categoryTexts = p.values(category);
        settings.count = limit > 0 ? limit : 8;
        settings.seed = seedValue;
        options.secondsPerQuestion = settings.limitSeconds();
        auto plan = planMockInterview(**store, settings, QDateTime::currentDateTimeUtc());
        if (!plan)
            return failed(plan.error());
        for (const qint64 id : *plan) {
            auto q = (*store)->questions().find(id);
            if (!q)
                return failed(q.error());
            questions << *q;
        }
    }
    if (questions.isEmpty())
        return failed(
            Error{CommandLine::tr("no questions match, so there is nothing to print."), {}, 0});

    if (withProgress) {
        auto readiness = (*store)->progress().readiness();
        if (!readiness)
            return failed(readiness.error());
        options.progressReport = *readiness;
        options.progressSummary = progressSummary(**store, QDateTime::currentDateTimeUtc());
    }
    QElapsedTimer timer;
    timer.start();
    if (Status written = writeSheetPdf(questions, options, path); !written)
        return failed(written.error());
    out(CommandLine::tr("Wrote %1 to %2 in %3 s.")
            .arg(questionCount(questions.size()), path,
                 QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 2)));
    return Success;
}

} // namespace prepdeck::cli
