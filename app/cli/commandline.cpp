#include "commandline.h"

#include "exporter.h"
#include "importer.h"
#include "librarycare.h"
#include "mockquestions.h"
#include "sheetdocument.h"
#include "store.h"
#include "translation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cstdio>
#include <limits>

namespace prepdeck::cli {
namespace {

// The context of the command line's translations.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QStringList kCommands = {QStringLiteral("import"),  QStringLiteral("list"),
                               QStringLiteral("stats"),   QStringLiteral("rate"),
                               QStringLiteral("export"),  QStringLiteral("export-pdf"),
                               QStringLiteral("mock"),    QStringLiteral("mocks"),
                               QStringLiteral("backups"), QStringLiteral("restore")};

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}
void out(const QString &text)
{
    print(stdout, text);
}
void err(const QString &text)
{
    print(stderr, QStringLiteral("prepdeck: ") + text);
}

QString json(const QJsonDocument &doc)
{
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

// How many questions have a rating: "1 rated", "2 rated".
QString ratedCount(qint64 n)
{
    return CommandLine::tr("%Ln rated", nullptr, static_cast<int>(n));
}
QString meanConfidence(double mean)
{
    return CommandLine::tr("mean confidence %1").arg(QLocale().toString(mean, 'f', 1));
}

QString generalHelp()
{
    return CommandLine::tr(
               "Usage: prepdeck [--database FILE] [--startup-time [--json]] [COMMAND "
               "[OPTIONS]]\n"
               "\n"
               "Study technical interview question banks.\n"
               "\n"
               "Commands:\n"
               "  import [--dry-run] [--json] [--bank NAME] FILE...   import question banks\n"
               "  import --starter                                  load the built-in starter "
               "bank\n"
               "  list [--category TEXT] [--search TEXT] [--json]   list questions\n"
               "  stats [--json]                                    counts and confidence per "
               "category\n"
               "  rate QUESTION_ID CONFIDENCE                       record a confidence rating "
               "(1-5)\n"
               "  export --format markdown|csv --output FILE        export the library\n"
               "  mock [--category TEXT]... [--count N] [--seconds N] [--order "
               "weakest|due|frequent|random]\n"
               "       [--seed N]                                   run a timed mock interview\n"
               "  mocks [--json]                                    past mock interviews\n"
               "  backups [--json]                                  the library's backups\n"
               "  restore FILE                                      put a backup in the "
               "library's place\n"
               "  export-pdf --sheet study|interviewer|candidate [--category TEXT]... "
               "[--max-confidence N]\n"
               "       [--due] [--count N] [--seed N] [--page-size a4|letter] [--no-answers] "
               "--output FILE\n"
               "                                                    print a study or "
               "mock-interview sheet to PDF\n"
               "\n"
               "Without a command, prepdeck opens the study window on the library.\n"
               "  --startup-time    open it, print the milliseconds from the start of the\n"
               "                    process to its first paint with the library shown, quit\n"
               "  --json            with --startup-time: print {\"startup_ms\": N}\n"
               "\n"
               "Options for every command:\n"
               "  --database FILE   the library file (default: %1)\n"
               "  -h, --help        help for the command\n"
               "  -v, --version     the version\n"
               "\n"
               "Exit codes: 0 success, 1 bad input, 2 usage error.\n")
        .arg(Store::defaultPath());
}

struct Invocation
{
    QString command;
    QStringList arguments; // program name first, without the command word
};

// The command is the first word that is neither an option nor the value of --database.
Invocation split(const QStringList &arguments)
{
    Invocation inv;
    inv.arguments << arguments.value(0);
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (inv.command.isEmpty() && !a.startsWith(QLatin1Char('-'))) {
            inv.command = a;
            continue;
        }
        inv.arguments << a;
        if (a == QLatin1String("--database") && i + 1 < arguments.size())
            inv.arguments << arguments[++i];
    }
    return inv;
}

class Command
{
public:
    Command(const QString &name, const QString &description, const QString &synopsis)
        : m_name(name), m_synopsis(synopsis)
    {
        m_parser.setApplicationDescription(description);
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        m_parser.addOption(m_database);
        m_parser.addOption(m_help);
        m_parser.addOption(m_version);
    }

    QCommandLineParser &parser() { return m_parser; }

    // Parses; returns an exit code when the run is over (help, version, usage error).
    std::optional<int> parse(const QStringList &arguments)
    {
        if (!m_parser.parse(arguments)) {
            err(CommandLine::tr("%1. Run 'prepdeck %2 --help' for usage.")
                    .arg(m_parser.errorText(), m_name));
            return UsageError;
        }
        if (m_parser.isSet(m_help)) {
            // Qt's first line names the program by its path (and is in Qt's words): ours.
            const QString help = m_parser.helpText();
            const qsizetype firstLineEnd = help.indexOf(QLatin1Char('\n'));
            out(CommandLine::tr("Usage: prepdeck %1").arg(m_synopsis) +
                (firstLineEnd < 0 ? QString() : help.mid(firstLineEnd)));
            return Success;
        }
        if (m_parser.isSet(m_version)) {
            out(QStringLiteral("prepdeck %1").arg(QLatin1String(PREPDECK_VERSION)));
            return Success;
        }
        return std::nullopt;
    }

    QString databasePath() const
    {
        return m_parser.isSet(m_database) ? m_parser.value(m_database) : Store::defaultPath();
    }

    // Opens the library named by --database, or the default one, as the program does at
    // start: checked, backed up once a day and before an upgrade. A damaged library is
    // moved aside and the message gives the command that restores the newest backup.
    Result<std::unique_ptr<Store>> openStore() const
    {
        const QString path = databasePath();
        auto opened = care::openLibrary(path, QDateTime::currentDateTime());
        if (auto *failure = std::get_if<care::OpenFailure>(&opened)) {
            Error e = failure->error;
            if (failure->damaged) {
                if (failure->newestBackup)
                    e.message += QLatin1Char(' ') +
                                 CommandLine::tr("Restore the newest backup (%1, %2, %3) "
                                                 "with:\n  prepdeck%4 restore %5")
                                     .arg(QLocale().toString(failure->newestBackup->taken,
                                                             QLocale::ShortFormat),
                                          questionCount(failure->newestBackup->questions),
                                          ratingCount(failure->newestBackup->ratings))
                                     .arg(m_parser.isSet(m_database)
                                              ? QStringLiteral(" --database ") + shellQuoted(path)
                                              : QString(),
                                          shellQuoted(failure->newestBackup->path));
                else if (!failure->inUse)
                    e.message += QLatin1Char(' ') +
                                 CommandLine::tr("There is no backup to restore; run the command "
                                                 "again to start with an empty library.");
            }
            return e;
        }
        care::Opened &ok = std::get<care::Opened>(opened);
        if (!ok.notice.isEmpty())
            err(CommandLine::tr("warning: %1").arg(ok.notice));
        return std::move(ok.store);
    }

    static QString shellQuoted(const QString &s)
    {
        static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:=+-]+$"));
        if (plain.match(s).hasMatch())
            return s;
        QString quoted = s;
        quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
        return QLatin1Char('\'') + quoted + QLatin1Char('\'');
    }

    int usage(const QString &message) const
    {
        err(CommandLine::tr("%1 Run 'prepdeck %2 --help' for usage.").arg(message, m_name));
        return UsageError;
    }

private:
    QString m_name;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_database{
        QStringLiteral("database"),
        CommandLine::tr("The library file (default: %1).").arg(Store::defaultPath()),
        QStringLiteral("FILE")};
    QCommandLineOption m_help{{QStringLiteral("h"), QStringLiteral("help")},
                              CommandLine::tr("Show this help.")};
    QCommandLineOption m_version{{QStringLiteral("v"), QStringLiteral("version")},
                                 CommandLine::tr("Show the version.")};
};

int failed(const Error &error)
{
    err(error.toString());
    return BadInput;
}

QJsonValue nullable(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

int runImport(const QStringList &arguments)
{
    Command cmd(QStringLiteral("import"),
                CommandLine::tr("Import question banks and print what was found. Each file is one "
                                "transaction: all of it is saved, or none."),
                QStringLiteral("import [--dry-run] [--json] [--bank NAME] [--layout ID] FILE... | "
                               "import --starter"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CommandLine::tr("Read and report, save nothing."));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    CommandLine::tr("Print the report as JSON."));
    const QCommandLineOption bank(QStringLiteral("bank"),
                                  CommandLine::tr("Name of the bank (one file only)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption starter(QStringLiteral("starter"),
                                     CommandLine::tr("Load the built-in starter bank."));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size"),
        CommandLine::tr("Refuse files larger than this many megabytes (default 64)."),
        QStringLiteral("MB"), QStringLiteral("64"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        CommandLine::tr("Read the file in this layout instead of the one Prepdeck finds best "
                        "(a layout_id: %1).")
            .arg(layoutIds().join(QLatin1String(", "))),
        QStringLiteral("ID"));
    p.addOptions({dryRun, asJson, bank, starter, maxSize, layout});
    p.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("Question bank files."),
                            QStringLiteral("FILE..."));
    if (auto done = cmd.parse(arguments))
        return *done;

    const QStringList files = p.positionalArguments();
    if (files.isEmpty() && !p.isSet(starter))
        return cmd.usage(CommandLine::tr("give at least one file to import, or --starter."));
    if (p.isSet(bank) && files.size() > 1)
        return cmd.usage(CommandLine::tr("--bank names one bank; give it one file at a time."));
    bool sizeOk = false;
    const qint64 megabytes = p.value(maxSize).toLongLong(&sizeOk);
    if (!sizeOk || megabytes <= 0 || megabytes > 1024 * 1024)
        return cmd.usage(CommandLine::tr("--max-size needs a number of megabytes from 1 to %L1.")
                             .arg(1024 * 1024));

    if (p.isSet(layout) && !layoutIds().contains(p.value(layout)))
        return cmd.usage(CommandLine::tr("--layout takes one of: %1.")
                             .arg(layoutIds().join(QLatin1String(", "))));

    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());

    ReadOptions options;
    options.bankName = p.value(bank);
    options.layout = p.value(layout);
    options.maxBytes = megabytes * 1024 * 1024;
    QJsonArray reports, errors;
    int exitCode = Success;
    auto report = [&](const Result<ImportReport> &r, const QString &file) {
        if (!r) {
            err(r.error().toString());
            errors.append(QJsonObject{
                {QStringLiteral("file"), r.error().file.isEmpty() ? file : r.error().file},
                {QStringLiteral("line"), r.error().line},
                {QStringLiteral("message"), r.error().message}});
            exitCode = BadInput;
            return;
        }
        if (p.isSet(asJson))
            reports.append(r->toJson());
        else
            out(r->toText());
    };
    if (p.isSet(starter)) {
        auto starterBank = readStarterBank();
        if (!starterBank)
            report(starterBank.error(), CommandLine::tr("starter bank"));
        else
            report(importBankFile(**store, *starterBank, starterBankSource(), p.isSet(dryRun)),
                   CommandLine::tr("starter bank"));
    }
    for (const QString &file : files)
        report(importFile(**store, file, options, p.isSet(dryRun)), file);
    if (p.isSet(asJson)) {
        QJsonObject result{{QStringLiteral("files"), reports}};
        if (!errors.isEmpty())
            result.insert(QStringLiteral("errors"), errors);
        out(json(QJsonDocument(result)));
    }
    return exitCode;
}

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
        (*store)->questions(QuestionFilter::matching(p.value(category), p.value(search)));
    if (!questions)
        return failed(questions.error());

    if (p.isSet(asJson)) {
        QJsonArray list;
        for (const StoredQuestion &s : *questions) {
            const Question &q = s.question;
            list.append(QJsonObject{
                {QStringLiteral("id"), s.id},
                {QStringLiteral("bank"), s.bank},
                {QStringLiteral("category"), s.category},
                {QStringLiteral("category_parents"), QJsonArray::fromStringList(s.categoryParents)},
                {QStringLiteral("number"), nullable(q.number)},
                {QStringLiteral("prompt"), q.prompt},
                {QStringLiteral("context"), q.context},
                {QStringLiteral("link"), q.link},
                {QStringLiteral("answer"), q.answer},
                {QStringLiteral("hint"), q.hint},
                {QStringLiteral("followups"), QJsonArray::fromStringList(q.followUps)},
                {QStringLiteral("tips"), QJsonArray::fromStringList(q.tips)},
                {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
                {QStringLiteral("frequency"), nullable(q.frequency)},
                {QStringLiteral("confidence"), nullable(s.confidence)},
                {QStringLiteral("due"),
                 s.due.isValid() ? QJsonValue(s.due.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("source"),
                 QStringLiteral("%1:%2").arg(q.sourceFile).arg(q.sourceLine)},
            });
        }
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

QJsonObject statsJson(const LibraryStats &stats)
{
    QJsonArray byCategory;
    for (const CategoryStats &c : stats.byCategory)
        byCategory.append(
            QJsonObject{{QStringLiteral("bank"), c.bank},
                        {QStringLiteral("category"), c.category},
                        {QStringLiteral("parents"), QJsonArray::fromStringList(c.parents)},
                        {QStringLiteral("questions"), c.questions},
                        {QStringLiteral("rated"), c.rated},
                        {QStringLiteral("mean_confidence"),
                         c.meanConfidence ? QJsonValue(*c.meanConfidence) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("banks"), stats.banks},
                       {QStringLiteral("categories"), stats.categories},
                       {QStringLiteral("questions"), stats.questions},
                       {QStringLiteral("rated"), stats.rated},
                       {QStringLiteral("ratings"), stats.ratings},
                       {QStringLiteral("by_category"), byCategory}};
}

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
    auto stats = (*store)->stats();
    if (!stats)
        return failed(stats.error());
    out(cmd.parser().isSet(asJson) ? json(QJsonDocument(statsJson(*stats))) : statsText(*stats));
    return Success;
}

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
    auto event =
        (*store)->rate(id, confidence, QStringLiteral("study"), QDateTime::currentDateTimeUtc());
    if (!event)
        return failed(event.error());
    out(CommandLine::tr("Rated question %1: confidence %2/5 at %3.")
            .arg(id)
            .arg(confidence)
            .arg(QLocale().toString(event->ratedAt.toLocalTime(), QLocale::ShortFormat)));
    return Success;
}

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

int runExport(const QStringList &arguments)
{
    Command cmd(
        QStringLiteral("export"),
        CommandLine::tr("Export the library: markdown is Prepdeck's bank format (import reads it "
                        "back unchanged), csv is one row per question."),
        QStringLiteral("export --format markdown|csv --output FILE"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("markdown or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    CommandLine::tr("The file to write; - for standard output."),
                                    QStringLiteral("FILE"));
    cmd.parser().addOptions({format, output});
    if (auto done = cmd.parse(arguments))
        return *done;
    const QString f = cmd.parser().value(format).toLower();
    if (f != QLatin1String("markdown") && f != QLatin1String("csv"))
        return cmd.usage(CommandLine::tr("--format must be markdown or csv."));
    const QString path = cmd.parser().value(output);
    if (path.isEmpty())
        return cmd.usage(CommandLine::tr("--output FILE is required."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto banks = (*store)->banks();
    if (!banks)
        return failed(banks.error());
    const QString text =
        exportBanks(*banks, f == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Markdown);
    if (path == QLatin1String("-")) {
        std::fputs(text.toUtf8().constData(), stdout);
        return Success;
    }
    if (Status written = writeTextFile(path, text); !written)
        return failed(written.error());
    qsizetype count = 0;
    for (const Bank &b : *banks)
        count += b.questionCount();
    out(CommandLine::tr("Exported %1 from %2 to %3.")
            .arg(questionCount(count), bankCount(banks->size()), path));
    return Success;
}

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
    auto mocks = (*store)->mocks();
    if (!mocks)
        return failed(mocks.error());
    if (cmd.parser().isSet(asJson)) {
        QJsonArray list;
        for (const MockRecord &m : *mocks) {
            QJsonArray items;
            for (const MockItem &i : m.items)
                items.append(QJsonObject{{QStringLiteral("question_id"), i.questionId},
                                         {QStringLiteral("prompt"), i.prompt},
                                         {QStringLiteral("category"), i.category},
                                         {QStringLiteral("seconds"), i.seconds},
                                         {QStringLiteral("confidence"), nullable(i.confidence)},
                                         {QStringLiteral("skipped"), i.skipped},
                                         {QStringLiteral("notes"), i.notes}});
            list.append(
                QJsonObject{{QStringLiteral("id"), m.id},
                            {QStringLiteral("started"), m.started.toString(Qt::ISODate)},
                            {QStringLiteral("finished"),
                             m.finished.isValid() ? QJsonValue(m.finished.toString(Qt::ISODate))
                                                  : QJsonValue()},
                            {QStringLiteral("ended_early"), m.endedEarly},
                            {QStringLiteral("settings"), m.settings.toJson()},
                            {QStringLiteral("items"), items}});
        }
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
            MockSettings pick; // the same category matching as mock interviews
            pick.categoryTexts = p.values(category);
            pick.count = std::numeric_limits<int>::max();
            pick.order = MockOrder::Random;
            auto categories = (*store)->categorySummaries();
            if (!categories)
                return failed(categories.error());
            for (const QString &text : pick.categoryTexts) {
                bool found = false;
                for (const CategorySummary &c : *categories)
                    if (c.category.contains(text.trimmed(), Qt::CaseInsensitive)) {
                        filter.categoryIds << c.categoryId;
                        found = true;
                    }
                if (!found)
                    return failed(
                        Error{CommandLine::tr("no category's name contains \"%1\". Run 'prepdeck "
                                              "stats' to see the categories.")
                                  .arg(text),
                              {},
                              0});
            }
        }
        auto all = (*store)->questions(filter);
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
            auto q = (*store)->question(id);
            if (!q)
                return failed(q.error());
            questions << *q;
        }
    }
    if (questions.isEmpty())
        return failed(
            Error{CommandLine::tr("no questions match, so there is nothing to print."), {}, 0});

    if (withProgress) {
        options.progressReport = (*store)->readiness().valueOr({});
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

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    const Invocation inv = split(arguments);
    return !inv.command.isEmpty() || arguments.contains(QLatin1String("--help")) ||
           arguments.contains(QLatin1String("-h")) ||
           arguments.contains(QLatin1String("--version")) ||
           arguments.contains(QLatin1String("-v"));
}

int run(const QStringList &arguments)
{
    const Invocation inv = split(arguments);
    if (inv.command.isEmpty()) { // only --help or --version: the window is not for here
        if (inv.arguments.contains(QLatin1String("--version")) ||
            inv.arguments.contains(QLatin1String("-v"))) {
            out(QStringLiteral("prepdeck %1").arg(QLatin1String(PREPDECK_VERSION)));
            return Success;
        }
        out(generalHelp());
        return Success;
    }
    if (inv.command == QLatin1String("import"))
        return runImport(inv.arguments);
    if (inv.command == QLatin1String("list"))
        return runList(inv.arguments);
    if (inv.command == QLatin1String("stats"))
        return runStats(inv.arguments);
    if (inv.command == QLatin1String("rate"))
        return runRate(inv.arguments);
    if (inv.command == QLatin1String("export"))
        return runExport(inv.arguments);
    if (inv.command == QLatin1String("mocks"))
        return runMocks(inv.arguments);
    if (inv.command == QLatin1String("export-pdf"))
        return runExportPdf(inv.arguments);
    if (inv.command == QLatin1String("backups"))
        return runBackups(inv.arguments);
    if (inv.command == QLatin1String("restore"))
        return runRestore(inv.arguments);
    err(CommandLine::tr(
            "unknown command '%1'. The commands are: %2. Run 'prepdeck --help' for usage.")
            .arg(inv.command, kCommands.join(QLatin1String(", "))));
    return UsageError;
}

} // namespace prepdeck::cli

namespace prepdeck::cli {

bool needsGui(const QStringList &arguments)
{
    return split(arguments).command == QLatin1String("export-pdf");
}

WindowInvocation parseWindowOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"),
                                      CommandLine::tr("The library file."), QStringLiteral("FILE"));
    const QCommandLineOption startupTime(
        QStringLiteral("startup-time"),
        CommandLine::tr("Print the milliseconds from process start to the first paint, and quit."));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    CommandLine::tr("With --startup-time: print JSON."));
    parser.addOptions({database, startupTime, asJson});
    parser.parse(arguments); // other options are for Qt or the desktop; the window ignores them
    WindowInvocation window;
    window.database = parser.isSet(database) ? parser.value(database) : Store::defaultPath();
    window.startupTime = parser.isSet(startupTime);
    window.json = parser.isSet(asJson);
    return window;
}

void printStartupTime(qint64 milliseconds, bool asJson)
{
    if (asJson)
        out(json(QJsonDocument(QJsonObject{{QStringLiteral("startup_ms"), milliseconds}})));
    else
        out(QString::number(milliseconds));
    std::fflush(stdout);
}

bool isMockCommand(const QStringList &arguments)
{
    return split(arguments).command == QLatin1String("mock");
}

std::variant<MockInvocation, int> parseMockCommand(const QStringList &arguments)
{
    const Invocation inv = split(arguments);
    Command cmd(QStringLiteral("mock"),
                CommandLine::tr("Run a timed mock interview in its own window."),
                QStringLiteral("mock [--category TEXT]... [--count N] [--seconds N] "
                               "[--order weakest|due|frequent|random] [--seed N]"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption category(
        QStringLiteral("category"),
        CommandLine::tr("Ask from categories whose name contains TEXT (repeatable)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   CommandLine::tr("How many questions (default 8)."),
                                   QStringLiteral("N"), QStringLiteral("8"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     CommandLine::tr("Seconds per question (default 180)."),
                                     QStringLiteral("N"), QStringLiteral("180"));
    const QCommandLineOption order(QStringLiteral("order"),
                                   CommandLine::tr("weakest, due, frequent or random."),
                                   QStringLiteral("ORDER"), QStringLiteral("weakest"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  CommandLine::tr("Seed for a repeatable order (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    p.addOptions({category, count, seconds, order, seed});
    if (auto done = cmd.parse(inv.arguments))
        return *done;
    MockInvocation run;
    bool ok = false;
    run.settings.count = p.value(count).toInt(&ok);
    if (!ok || run.settings.count < 1 || run.settings.count > 1000)
        return cmd.usage(CommandLine::tr("--count needs a number from 1 to 1000."));
    run.settings.secondsPerQuestion = p.value(seconds).toInt(&ok);
    if (!ok || run.settings.secondsPerQuestion < 1 || run.settings.secondsPerQuestion > 24 * 3600)
        return cmd.usage(CommandLine::tr("--seconds needs a number of seconds from 1 to 86400."));
    const auto chosen = MockSettings::orderFromName(p.value(order));
    if (!chosen)
        return cmd.usage(CommandLine::tr("--order must be weakest, due, frequent or random."));
    run.settings.order = *chosen;
    run.settings.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return cmd.usage(CommandLine::tr("--seed needs a whole number."));
    run.settings.categoryTexts = p.values(category);
    run.database = p.value(QStringLiteral("database"));
    if (run.database.isEmpty())
        run.database = Store::defaultPath();
    return run;
}

} // namespace prepdeck::cli
