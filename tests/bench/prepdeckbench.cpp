// prepdeck-bench: how fast Prepdeck is at 1,000, 10,000 and 100,000 questions.
// Every figure is the median of several runs, measured through the code the window uses.
#include "bankgenerator.h"
#include "categorytreemodel.h"
#include "guistall.h"
#include "importer.h"
#include "layouts.h"
#include "library.h"
#include "markdownrenderer.h"
#include "questiontablemodel.h"
#include "sheetdocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace prepdeck;

namespace {

constexpr quint64 kSeed = 20261121;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    if (values.isEmpty())
        return 0;
    const auto i = static_cast<qsizetype>(std::ceil(p * double(values.size())) - 1);
    return values[std::clamp<qsizetype>(i, 0, values.size() - 1)];
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void fail(const Error &e)
{
    std::fprintf(stderr, "prepdeck-bench: %s\n", qPrintable(e.toString()));
    std::exit(1);
}

// 200 search-as-you-type queries: phrases of 1-3 words, common, middling and rare in the
// generated banks' vocabulary, typed a key at a time (each prefix is a query, as the
// search field sends them, the last word a prefix); one in four typed in quotes (a phrase,
// its last word a prefix until the quote is closed).
QStringList searchQueries(quint64 seed)
{
    std::mt19937_64 random(seed);
    auto pick = [&](qsizetype low, qsizetype high) {
        return bench::lexiconWord(low + static_cast<qsizetype>(random() % quint64(high - low)));
    };
    QStringList out;
    while (out.size() < 200) {
        QStringList words;
        const int n = 1 + static_cast<int>(random() % 3);
        for (int w = 0; w < n; ++w) {
            switch (random() % 3) {
            case 0:
                words << pick(0, 40); // in nearly every answer
                break;
            case 1:
                words << pick(100, 2000); // in some
                break;
            default:
                words << pick(10000, bench::lexiconSize()); // in a handful, or none
            }
        }
        QString phrase = words.join(QLatin1Char(' '));
        if (n > 1 && random() % 4 == 0)
            phrase = QLatin1Char('"') + phrase + QLatin1Char('"');
        for (qsizetype typed = 1; typed <= phrase.size() && out.size() < 200; ++typed)
            if (phrase.at(typed - 1) != QLatin1Char(' '))
                out << phrase.left(typed);
    }
    return out;
}

QJsonObject runSize(int n, int runs, const QString &dir)
{
    // Written by another process: the generator holds the whole bank in memory, and this
    // process's peak memory is one of the figures.
    const QString bankPath = dir + QStringLiteral("/bank-%1.md").arg(n);
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-bank"), QStringLiteral("%1:%2").arg(n).arg(bankPath)});
    if (!writer.waitForFinished(-1) || writer.exitStatus() != QProcess::NormalExit ||
        writer.exitCode() != 0)
        fail(Error{QStringLiteral("cannot write the generated bank"), bankPath, 0});
    const double bankMb = double(QFile(bankPath).size()) / (1024 * 1024);

    // import_s: a new library each time, end to end.
    QList<double> imports;
    QString database;
    for (int r = 0; r < runs; ++r) {
        if (!database.isEmpty()) // one library on disk at a time, as a user would have
            for (const QString &suffix :
                 {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(database + suffix);
        database = dir + QStringLiteral("/lib-%1-%2.sqlite").arg(n).arg(r);
        QElapsedTimer t;
        t.start();
        auto store = Library::open(database);
        if (!store)
            fail(store.error());
        ReadOptions options;
        options.maxBytes = 2048LL * 1024 * 1024; // generated banks at 100k exceed the 64 MB default
        auto report = importFile(**store, bankPath, options, false);
        if (!report)
            fail(report.error());
        store->reset(); // closing folds the log into the file: part of the import's cost
        imports << ms(t) / 1000.0;
        if (qEnvironmentVariableIsSet("PREPDECK_BENCH_VERBOSE"))
            std::fprintf(stderr, "import %d: %.2f s\n", r + 1, imports.last());
    }

    // open_ms: open the library, the category tree and the first screen of the table.
    QList<double> opens;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        auto store = Library::open(database);
        if (!store)
            fail(store.error());
        CategoryTreeModel tree;
        auto summaries = (*store)->questions().categorySummaries();
        if (!summaries)
            fail(summaries.error());
        tree.setSummaries(*summaries);
        QuestionTableModel table((*store)->questions());
        QuestionFilter first;
        first.categoryId =
            tree.firstCategory().data(CategoryTreeModel::CategoryIdRole).toLongLong();
        table.setFilter(first);
        for (int row = 0; row < std::min(40, table.rowCount()); ++row)
            for (int c = 0; c < QuestionTableModel::ColumnCount; ++c)
                (void)table.index(row, c).data();
        opens << ms(t);
    }

    auto store = Library::open(database);
    if (!store)
        fail(store.error());

    // search: the search field's path, until the table model holds its first rows (best
    // match first, as the window lists a search, with the passages of its first screen);
    // search_ranked: every match in order of relevance, as the list has them when scrolled.
    QList<double> searches, ranked;
    QuestionTableModel table((*store)->questions());
    for (const QString &q : searchQueries(n)) {
        QuestionFilter f;
        f.search = q;
        QElapsedTimer t;
        t.start();
        table.setFilterAndOrder(f, QuestionOrder::Relevance, Qt::AscendingOrder);
        if (table.rowCount() > 0)
            (void)table.index(0, QuestionTableModel::PromptColumn)
                .data(QuestionTableModel::SnippetRole);
        searches << ms(t);
        t.restart();
        auto all =
            (*store)->questions().questionIds(f, QuestionOrder::Relevance, Qt::AscendingOrder);
        if (!all)
            fail(all.error());
        ranked << ms(t);
        if (qEnvironmentVariableIsSet("PREPDECK_BENCH_VERBOSE"))
            std::fprintf(stderr, "search %8.2f ms  ranked %8.2f ms  %6d rows  \"%s\"\n",
                         searches.last(), ranked.last(), int(all->size()), qPrintable(q));
    }

    // render_ms: one answer to HTML, laid out at the study pane's width.
    auto allIds = (*store)->questions().questionIds({}, QuestionOrder::Library, Qt::AscendingOrder);
    if (!allIds || allIds->isEmpty())
        fail(allIds ? Error{QStringLiteral("no questions"), {}, 0} : allIds.error());
    QList<double> renders;
    for (int i = 0; i < 60; ++i) {
        auto q = (*store)->questions().find((*allIds)[(i * 7919) % allIds->size()]);
        if (!q)
            fail(q.error());
        QElapsedTimer t;
        t.start();
        QTextDocument doc;
        doc.setHtml(renderMarkdown(q->question.answer));
        doc.setTextWidth(560);
        (void)doc.size();
        renders << ms(t);
    }

    // show_question_ms: what moving to a question reads (it and its rating history), before
    // its answer is rendered; 400 questions spread over the library.
    QList<double> shows;
    for (int i = 0; i < 400; ++i) {
        const qint64 id = (*allIds)[(i * 7919 + 13) % allIds->size()];
        QElapsedTimer t;
        t.start();
        auto q = (*store)->questions().find(id);
        auto history = (*store)->ratings().history(id);
        if (!q || !history)
            fail(q ? history.error() : q.error());
        shows << ms(t);
    }

    // render_pathological_ms: a 20 KB answer of 10,000 nested list items, to HTML and laid
    // out as the study pane does; render_huge_ms: a 2 MB answer (both are bounded).
    const QString nested = QString(QStringLiteral("- ")).repeated(10000) + QStringLiteral("x");
    QString huge;
    for (int i = 0; huge.size() < 2'000'000; ++i)
        huge += QStringLiteral("Paragraph %1 of a very long answer, with `code` and **bold**.\n\n")
                    .arg(i);
    auto layOut = [](const QString &markdown) {
        QElapsedTimer t;
        t.start();
        QTextDocument doc;
        doc.setHtml(renderMarkdown(markdown));
        doc.setTextWidth(560);
        (void)doc.size();
        return ms(t);
    };
    QList<double> pathological, hugeRenders;
    for (int r = 0; r < runs; ++r) {
        pathological << layOut(nested);
        hugeRenders << layOut(huge);
    }

    // scroll_all_ms: every row through data() for the visible columns.
    QList<double> scrolls;
    for (int r = 0; r < runs; ++r) {
        QuestionTableModel model((*store)->questions());
        QElapsedTimer t;
        t.start();
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int row = 0; row < model.rowCount(); ++row)
            for (int c = 0; c < QuestionTableModel::ColumnCount; ++c)
                (void)model.index(row, c).data();
        scrolls << ms(t);
    }

    // pdf_1000_s: a study sheet of 1,000 questions with answers.
    QList<double> pdfs;
    QuestionFilter first1000;
    first1000.questionIds = allIds->mid(0, 1000);
    auto thousandRead = (*store)->questions().list(first1000);
    if (!thousandRead)
        fail(thousandRead.error());
    const QList<StoredQuestion> thousand = *thousandRead;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        if (Status written =
                writeSheetPdf(thousand, SheetOptions{}, dir + QStringLiteral("/sheet.pdf"));
            !written)
            fail(written.error());
        pdfs << ms(t) / 1000.0;
    }

    // pdf_pathological_s: a study sheet of those two answers and one of 10,000 nested quotes.
    QList<double> pathologicalPdfs;
    {
        QList<StoredQuestion> odd;
        for (const QString &answer :
             {nested, huge, QString(QStringLiteral("> ")).repeated(10000) + QStringLiteral("q")}) {
            StoredQuestion q = thousand.first();
            q.id = odd.size() + 1;
            q.question.answer = answer;
            odd << q;
        }
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            if (Status written =
                    writeSheetPdf(odd, SheetOptions{}, dir + QStringLiteral("/odd.pdf"));
                !written)
                fail(written.error());
            pathologicalPdfs << ms(t) / 1000.0;
        }
    }

    // gui_stall_*: the study window on this library, searched, restored and its progress
    // shown. Last, as the restore rewrites the library.
    store->reset();
    const double peakMb = peakRssMb(); // the window's own memory is not the import's
    const QJsonObject stall = bench::measureGuiStall(database, runs);

    const double importS = median(imports);
    QJsonObject figures{
        {QStringLiteral("n"), n},
        {QStringLiteral("layout"), QStringLiteral("prepdeck")},
        {QStringLiteral("bank_mb"), bankMb},
        {QStringLiteral("import_s"), importS},
        {QStringLiteral("import_questions_per_s"), importS > 0 ? n / importS : 0},
        {QStringLiteral("open_ms"), median(opens)},
        {QStringLiteral("search_p50_ms"), percentile(searches, 0.5)},
        {QStringLiteral("search_p99_ms"), percentile(searches, 0.99)},
        {QStringLiteral("search_ranked_p50_ms"), percentile(ranked, 0.5)},
        {QStringLiteral("search_ranked_p99_ms"), percentile(ranked, 0.99)},
        {QStringLiteral("library_mb"), double(QFileInfo(database).size()) / (1024 * 1024)},
        {QStringLiteral("render_ms"), median(renders)},
        {QStringLiteral("show_question_ms"), median(shows)},
        {QStringLiteral("scroll_all_ms"), median(scrolls)},
        {QStringLiteral("pdf_1000_s"), median(pdfs)},
        {QStringLiteral("render_pathological_ms"), median(pathological)},
        {QStringLiteral("render_huge_ms"), median(hugeRenders)},
        {QStringLiteral("pdf_pathological_s"), median(pathologicalPdfs)},
        {QStringLiteral("peak_rss_mb"), peakMb}};
    for (auto it = stall.begin(); it != stall.end(); ++it)
        figures.insert(it.key(), it.value());
    return figures;
}

// The other layouts' import: the same generated bank written as a user's file in that
// layout, imported into a new library each run. Alone in its process, for its peak memory.
QJsonObject runLayoutImport(int n, int runs, const QString &dir, const QString &layout)
{
    const QString extension = layout == QLatin1String("markdown-headings")
                                  ? QStringLiteral("markdown")
                              : layout == QLatin1String("plain-quoted") ? QStringLiteral("txt")
                              : layout == QLatin1String("csv")          ? QStringLiteral("csv")
                                                                        : QString();
    if (extension.isEmpty())
        fail(Error{QStringLiteral("no such layout in the benchmark: %1").arg(layout), {}, 0});
    const QString bankPath = dir + QStringLiteral("/bank-%1.%2").arg(n).arg(extension);
    QProcess writer;
    writer.setProcessChannelMode(QProcess::ForwardedChannels);
    writer.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--write-bank"), QStringLiteral("%1:%2").arg(n).arg(bankPath)});
    if (!writer.waitForFinished(-1) || writer.exitStatus() != QProcess::NormalExit ||
        writer.exitCode() != 0)
        fail(Error{QStringLiteral("cannot write the generated bank"), bankPath, 0});
    QList<double> imports;
    QString read;
    for (int r = 0; r < runs; ++r) {
        const QString database =
            dir + QStringLiteral("/lib-%1-%2-%3.sqlite").arg(layout).arg(n).arg(r);
        QElapsedTimer t;
        t.start();
        auto store = Library::open(database);
        if (!store)
            fail(store.error());
        ReadOptions options;
        options.maxBytes = 2048LL * 1024 * 1024;
        auto report = importFile(**store, bankPath, options, false);
        if (!report)
            fail(report.error());
        if (report->questionCount() != n || report->layoutId != layout)
            fail(Error{QStringLiteral("read %1 questions as %2, not %3 as %4")
                           .arg(report->questionCount())
                           .arg(report->layoutId)
                           .arg(n)
                           .arg(layout),
                       bankPath, 0});
        store->reset();
        imports << ms(t) / 1000.0;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(database + suffix);
    }
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("layout"), layout},
                       {QStringLiteral("bank_mb"), double(QFile(bankPath).size()) / (1024 * 1024)},
                       {QStringLiteral("import_s"), median(imports)},
                       {QStringLiteral("peak_rss_mb"), peakRssMb()}};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("How fast Prepdeck is at growing library sizes."));
    parser.addHelpOption();
    const QCommandLineOption sizes(QStringLiteral("sizes"),
                                   QStringLiteral("Library sizes (default 1000,10000,100000)."),
                                   QStringLiteral("LIST"), QStringLiteral("1000,10000,100000"));
    const QCommandLineOption runs(
        QStringLiteral("runs"), QStringLiteral("Runs per figure, the median is kept (default 5)."),
        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON."));
    const QCommandLineOption writeBank(
        QStringLiteral("write-bank"),
        QStringLiteral("Write the generated bank of N questions to FILE (N:FILE) and exit; "
                       "FILE ending in .txt gets the plain-text layout."),
        QStringLiteral("N:FILE"));
    QCommandLineOption child(QStringLiteral("child"),
                             QStringLiteral("Run the sizes in this process (used by the "
                                            "benchmark itself for each size)."));
    child.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption layouts(
        QStringLiteral("layouts"),
        QStringLiteral("Other layouts whose import is measured at each size, each in a process "
                       "of its own (default markdown-headings,plain-quoted,csv; none for none)."),
        QStringLiteral("LIST"), QStringLiteral("markdown-headings,plain-quoted,csv"));
    QCommandLineOption layoutChild(QStringLiteral("layout-child"),
                                   QStringLiteral("Measure this layout's import only."),
                                   QStringLiteral("LAYOUT"));
    layoutChild.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({sizes, runs, json, writeBank, child, layouts, layoutChild});
    parser.process(app);

    if (parser.isSet(writeBank)) {
        const QString spec = parser.value(writeBank);
        const qsizetype colon = spec.indexOf(QLatin1Char(':'));
        const int n = spec.left(colon).toInt();
        const QString path = spec.mid(colon + 1);
        if (colon <= 0 || n < 1 || path.isEmpty()) {
            std::fprintf(stderr, "prepdeck-bench: --write-bank wants N:FILE, e.g. 1000:bank.md\n");
            return 2;
        }
        const Bank bank = bench::generateBank(n, kSeed);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            fail(Error{QStringLiteral("cannot write the bank"), path, 0});
        const QString text = path.endsWith(QLatin1String(".txt"))   ? bench::toQuotedText(bank)
                             : path.endsWith(QLatin1String(".csv")) ? bench::toCsv(bank)
                             : path.endsWith(QLatin1String(".markdown"))
                                 ? bench::toHeadingsMarkdown(bank)
                                 : writeNativeBanks({bank});
        f.write(text.toUtf8());
        return 0;
    }

    QList<int> sizeList;
    for (const QString &size : parser.value(sizes).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = size.trimmed().toInt(&ok);
        if (!ok || n < 1) {
            std::fprintf(stderr, "prepdeck-bench: '%s' is not a size\n", qPrintable(size));
            return 2;
        }
        sizeList << n;
    }
    const int runCount = std::max(1, parser.value(runs).toInt());

    QJsonArray results;
    if (parser.isSet(child) || parser.isSet(layoutChild)) {
        QTemporaryDir dir;
        if (!dir.isValid())
            fail(Error{QStringLiteral("no temporary folder"), {}, 0});
        for (const int n : sizeList)
            results.append(parser.isSet(layoutChild)
                               ? runLayoutImport(n, runCount, dir.path(), parser.value(layoutChild))
                               : runSize(n, runCount, dir.path()));
        std::printf("%s", QJsonDocument(QJsonObject{{QStringLiteral("runs"), results}})
                              .toJson(QJsonDocument::Compact)
                              .constData());
        return 0;
    }
    // Each size in a process of its own, so that its peak memory is its own.
    for (const int n : sizeList) {
        std::fprintf(stderr, "prepdeck-bench: %d questions, %d runs…\n", n, runCount);
        QProcess one;
        one.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        one.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--child"), QStringLiteral("--sizes"), QString::number(n),
                   QStringLiteral("--runs"), QString::number(runCount)});
        if (!one.waitForFinished(-1) || one.exitStatus() != QProcess::NormalExit ||
            one.exitCode() != 0)
            fail(Error{QStringLiteral("the run at %1 questions failed").arg(n), {}, 0});
        const QJsonArray part = QJsonDocument::fromJson(one.readAllStandardOutput())
                                    .object()[QStringLiteral("runs")]
                                    .toArray();
        for (const QJsonValue &v : part)
            results.append(v);
    }
    // The import of the other layouts, each size and layout in a process of its own.
    QJsonArray layoutResults;
    const QString layoutList = parser.value(layouts);
    for (const int n : sizeList)
        for (const QString &layout : layoutList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (layout == QLatin1String("none"))
                continue;
            std::fprintf(stderr, "prepdeck-bench: %d questions as %s, %d runs…\n", n,
                         qPrintable(layout), runCount);
            QProcess one;
            one.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            one.start(QCoreApplication::applicationFilePath(),
                      {QStringLiteral("--layout-child"), layout, QStringLiteral("--sizes"),
                       QString::number(n), QStringLiteral("--runs"), QString::number(runCount)});
            if (!one.waitForFinished(-1) || one.exitStatus() != QProcess::NormalExit ||
                one.exitCode() != 0)
                fail(
                    Error{QStringLiteral("the %1 import at %2 questions failed").arg(layout).arg(n),
                          {},
                          0});
            for (const QJsonValue &v : QJsonDocument::fromJson(one.readAllStandardOutput())
                                           .object()[QStringLiteral("runs")]
                                           .toArray())
                layoutResults.append(v);
        }
    if (parser.isSet(json)) {
        std::printf("%s", QJsonDocument(QJsonObject{{QStringLiteral("runs"), results},
                                                    {QStringLiteral("imports"), layoutResults}})
                              .toJson()
                              .constData());
        return 0;
    }
    std::printf("%9s %9s %12s %9s %10s %10s %10s %11s %10s %9s %10s %9s %9s\n", "n", "import s",
                "questions/s", "open ms", "search p50", "search p99", "render ms", "scroll ms",
                "pdf1000 s", "peak MB", "nested ms", "huge ms", "odd pdf s");
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        std::printf(
            "%9d %9.2f %12.0f %9.1f %10.2f %10.2f %10.2f %11.1f %10.2f %9.1f %10.1f %9.1f "
            "%9.2f\n",
            r[QStringLiteral("n")].toInt(), r[QStringLiteral("import_s")].toDouble(),
            r[QStringLiteral("import_questions_per_s")].toDouble(),
            r[QStringLiteral("open_ms")].toDouble(), r[QStringLiteral("search_p50_ms")].toDouble(),
            r[QStringLiteral("search_p99_ms")].toDouble(),
            r[QStringLiteral("render_ms")].toDouble(),
            r[QStringLiteral("scroll_all_ms")].toDouble(),
            r[QStringLiteral("pdf_1000_s")].toDouble(), r[QStringLiteral("peak_rss_mb")].toDouble(),
            r[QStringLiteral("render_pathological_ms")].toDouble(),
            r[QStringLiteral("render_huge_ms")].toDouble(),
            r[QStringLiteral("pdf_pathological_s")].toDouble());
    }
    std::printf("\n%9s %12s %12s %12s %12s %12s %12s\n", "n", "stall max ms", "search ms",
                "restore ms", "progress ms", "worst ms", "show q ms");
    for (const QJsonValue &v : std::as_const(results)) {
        const QJsonObject r = v.toObject();
        std::printf("%9d %12.1f %12.1f %12.1f %12.1f %12.1f %12.3f\n",
                    r[QStringLiteral("n")].toInt(),
                    r[QStringLiteral("gui_stall_max_ms")].toDouble(),
                    r[QStringLiteral("gui_stall_search_ms")].toDouble(),
                    r[QStringLiteral("gui_stall_restore_ms")].toDouble(),
                    r[QStringLiteral("gui_stall_progress_ms")].toDouble(),
                    r[QStringLiteral("gui_stall_worst_ms")].toDouble(),
                    r[QStringLiteral("show_question_ms")].toDouble());
    }
    if (!layoutResults.isEmpty()) {
        std::printf("\n%9s %-18s %9s %9s %9s\n", "n", "layout", "bank MB", "import s", "peak MB");
        for (const QJsonValue &v : std::as_const(layoutResults)) {
            const QJsonObject r = v.toObject();
            std::printf("%9d %-18s %9.1f %9.2f %9.1f\n", r[QStringLiteral("n")].toInt(),
                        qPrintable(r[QStringLiteral("layout")].toString()),
                        r[QStringLiteral("bank_mb")].toDouble(),
                        r[QStringLiteral("import_s")].toDouble(),
                        r[QStringLiteral("peak_rss_mb")].toDouble());
        }
    }
    return 0;
}
