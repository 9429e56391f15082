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
#include <optional>
#include <variant>

namespace prepdeck::cli {

namespace {

// The command's options.
struct PdfOptions
{
    QCommandLineOption sheet{QStringLiteral("sheet"),
                             CommandLine::tr("study, interviewer or candidate."),
                             QStringLiteral("KIND")};
    QCommandLineOption category{
        QStringLiteral("category"),
        CommandLine::tr("Categories whose name contains TEXT (repeatable)."),
        QStringLiteral("TEXT")};
    QCommandLineOption maxConfidence{
        QStringLiteral("max-confidence"),
        CommandLine::tr("Study sheet: only questions rated at most N."), QStringLiteral("N")};
    QCommandLineOption due{QStringLiteral("due"),
                           CommandLine::tr("Study sheet: only questions due now.")};
    QCommandLineOption count{QStringLiteral("count"),
                             CommandLine::tr("How many questions (mock sheets: default 8)."),
                             QStringLiteral("N")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            CommandLine::tr("Mock sheets: the seed (default 1)."),
                            QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption pageSize{QStringLiteral("page-size"),
                                CommandLine::tr("a4 or letter (default from the locale)."),
                                QStringLiteral("SIZE")};
    QCommandLineOption noAnswers{QStringLiteral("no-answers"),
                                 CommandLine::tr("Study sheet: questions only.")};
    QCommandLineOption progressPage{QStringLiteral("progress"),
                                    CommandLine::tr("Study sheet: a page of progress first.")};
    QCommandLineOption output{QStringLiteral("output"), CommandLine::tr("The PDF to write."),
                              QStringLiteral("FILE")};

    QList<QCommandLineOption> all() const
    {
        return {sheet, category, maxConfidence, due,          count,
                seed,  pageSize, noAnswers,     progressPage, output};
    }
};

// What the command line asks for.
struct PdfRequest
{
    SheetOptions options;
    QString path;
    bool withProgress = false;
    int limit = 0; // 0: no limit (study), the default count (mock sheets)
    std::optional<int> maxConfidence;
    quint64 seed = 1;
    bool due = false;
    QStringList categories;
};

// The request, or the exit code of a usage error (said already).
std::variant<PdfRequest, int> requestOf(Command &cmd, const PdfOptions &o)
{
    const QCommandLineParser &p = cmd.parser();
    PdfRequest r;
    const QString kind = p.value(o.sheet).toLower();
    if (kind == QLatin1String("study"))
        r.options.kind = SheetKind::Study;
    else if (kind == QLatin1String("interviewer"))
        r.options.kind = SheetKind::Interviewer;
    else if (kind == QLatin1String("candidate"))
        r.options.kind = SheetKind::Candidate;
    else
        return cmd.usage(CommandLine::tr("--sheet must be study, interviewer or candidate."));
    r.path = p.value(o.output);
    if (r.path.isEmpty())
        return cmd.usage(CommandLine::tr("--output FILE is required."));
    if (p.isSet(o.pageSize)) {
        const QString size = p.value(o.pageSize).toLower();
        if (size == QLatin1String("a4"))
            r.options.pageSize = QPageSize::A4;
        else if (size == QLatin1String("letter"))
            r.options.pageSize = QPageSize::Letter;
        else
            return cmd.usage(CommandLine::tr("--page-size must be a4 or letter."));
    }
    r.options.answers = !p.isSet(o.noAnswers);
    r.withProgress = p.isSet(o.progressPage) && r.options.kind == SheetKind::Study;
    bool ok = true;
    r.limit = p.isSet(o.count) ? p.value(o.count).toInt(&ok) : 0;
    if (!ok || r.limit < 0)
        return cmd.usage(CommandLine::tr("--count needs a positive number."));
    if (p.isSet(o.maxConfidence)) {
        r.maxConfidence = p.value(o.maxConfidence).toInt(&ok);
        if (!ok || *r.maxConfidence < 1 || *r.maxConfidence > 5)
            return cmd.usage(CommandLine::tr("--max-confidence must be 1 to 5."));
    }
    r.seed = p.value(o.seed).toULongLong(&ok);
    if (!ok)
        return cmd.usage(CommandLine::tr("--seed needs a whole number."));
    r.due = p.isSet(o.due);
    r.categories = p.values(o.category);
    return r;
}

// A study sheet's questions: those the filters let through, in library order.
Result<QList<StoredQuestion>> studyQuestions(Library &store, const PdfRequest &r)
{
    QuestionFilter filter;
    filter.maxConfidence = r.maxConfidence;
    if (r.due)
        filter.dueBy = QDateTime::currentDateTimeUtc();
    if (!r.categories.isEmpty()) {
        // The same category matching as mock interviews.
        auto matching = categoriesMatching(store, r.categories);
        if (!matching)
            return matching.error();
        filter.categoryIds = *matching;
    }
    auto questions = store.questions().list(filter);
    if (!questions)
        return questions;
    if (r.limit > 0 && questions->size() > r.limit)
        questions->resize(r.limit);
    return questions;
}

// A mock-interview sheet's questions: those 'prepdeck mock' would ask, in its order.
Result<QList<StoredQuestion>> mockQuestions(Library &store, PdfRequest &r)
{
    MockSettings settings;
    settings.categoryTexts = r.categories;
    settings.count = r.limit > 0 ? r.limit : 8;
    settings.seed = r.seed;
    r.options.secondsPerQuestion = settings.limitSeconds();
    auto plan = planMockInterview(store, settings, QDateTime::currentDateTimeUtc());
    if (!plan)
        return plan.error();
    QList<StoredQuestion> questions;
    for (const qint64 id : *plan) {
        auto q = store.questions().find(id);
        if (!q)
            return q.error();
        questions << *q;
    }
    return questions;
}

} // namespace

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
    const PdfOptions o;
    cmd.parser().addOptions(o.all());
    if (auto done = cmd.parse(arguments))
        return *done;
    std::variant<PdfRequest, int> asked = requestOf(cmd, o);
    if (const int *usage = std::get_if<int>(&asked))
        return *usage;
    PdfRequest &r = std::get<PdfRequest>(asked);

    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto questions =
        r.options.kind == SheetKind::Study ? studyQuestions(**store, r) : mockQuestions(**store, r);
    if (!questions)
        return failed(questions.error());
    if (questions->isEmpty())
        return failed(
            Error{CommandLine::tr("no questions match, so there is nothing to print."), {}, 0});
    if (r.withProgress) {
        auto readiness = (*store)->progress().readiness();
        if (!readiness)
            return failed(readiness.error());
        r.options.progressReport = *readiness;
        r.options.progressSummary = progressSummary(**store, QDateTime::currentDateTimeUtc());
    }
    QElapsedTimer timer;
    timer.start();
    if (Status written = writeSheetPdf(*questions, r.options, r.path); !written)
        return failed(written.error());
    out(CommandLine::tr("Wrote %1 to %2 in %3 s.")
            .arg(questionCount(questions->size()), r.path,
                 QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 2)));
    return Success;
}

} // namespace prepdeck::cli
