#include "commandline.h"
#include "command.h"
#include "translation.h"

#include <QJsonObject>

#include <cstdio>

namespace prepdeck::cli {
namespace {

const QStringList kCommands = {QStringLiteral("import"),         QStringLiteral("list"),
                               QStringLiteral("stats"),          QStringLiteral("rate"),
                               QStringLiteral("export"),         QStringLiteral("export-pdf"),
                               QStringLiteral("mock"),           QStringLiteral("mocks"),
                               QStringLiteral("backups"),        QStringLiteral("restore"),
                               QStringLiteral("edit"),           QStringLiteral("add"),
                               QStringLiteral("suspend"),        QStringLiteral("unsuspend"),
                               QStringLiteral("delete"),         QStringLiteral("undelete"),
                               QStringLiteral("rename-bank"),    QStringLiteral("rename-category"),
                               QStringLiteral("merge-category"), QStringLiteral("move"),
                               QStringLiteral("move-bank"),      QStringLiteral("delete-bank")};

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
               "  list [--category TEXT] [--search TEXT] [--no-suspended] [--json]\n"
               "                                                    list questions\n"
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
               "  edit QUESTION_ID [--prompt TEXT] [--answer TEXT|-] [--hint TEXT] [--category "
               "TEXT] ...\n"
               "       | --take-file                                change a question\n"
               "  add --category TEXT --prompt TEXT [--answer TEXT|-] [--bank NAME] ...\n"
               "                                                    write a question of your "
               "own\n"
               "  suspend|unsuspend QUESTION_ID...                  put questions away, or "
               "back\n"
               "  delete|undelete QUESTION_ID...                    delete questions (ratings "
               "kept), or bring back\n"
               "  rename-bank OLD NEW                               rename a bank\n"
               "  rename-category BANK OLD NEW                      rename a category\n"
               "  merge-category BANK FROM INTO                     merge a category into "
               "another\n"
               "  move --category TEXT QUESTION_ID...               move questions to another "
               "category\n"
               "  move-bank BANK POSITION                           put a bank at another place\n"
               "  delete-bank BANK --yes                            delete a bank, its questions "
               "and ratings\n"
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
        .arg(Library::defaultPath());
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
    if (inv.command == QLatin1String("edit"))
        return runEdit(inv.arguments);
    if (inv.command == QLatin1String("add"))
        return runAdd(inv.arguments);
    if (inv.command == QLatin1String("suspend") || inv.command == QLatin1String("unsuspend"))
        return runSuspend(inv.arguments, inv.command == QLatin1String("suspend"));
    if (inv.command == QLatin1String("delete") || inv.command == QLatin1String("undelete"))
        return runDelete(inv.arguments, inv.command == QLatin1String("delete"));
    if (inv.command == QLatin1String("rename-bank"))
        return runRenameBank(inv.arguments);
    if (inv.command == QLatin1String("rename-category"))
        return runRenameCategory(inv.arguments);
    if (inv.command == QLatin1String("merge-category"))
        return runMergeCategory(inv.arguments);
    if (inv.command == QLatin1String("move"))
        return runMove(inv.arguments);
    if (inv.command == QLatin1String("move-bank"))
        return runMoveBank(inv.arguments);
    if (inv.command == QLatin1String("delete-bank"))
        return runDeleteBank(inv.arguments);
    err(CommandLine::tr(
            "unknown command '%1'. The commands are: %2. Run 'prepdeck --help' for usage.")
            .arg(inv.command, kCommands.join(QLatin1String(", "))));
    return UsageError;
}

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
    window.database = parser.isSet(database) ? parser.value(database) : Library::defaultPath();
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
        run.database = Library::defaultPath();
    return run;
}

} // namespace prepdeck::cli
