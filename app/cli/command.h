#pragma once

#include "commandline.h"
#include "library.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <memory>
#include <optional>

// What every subcommand shares: its options and help, opening the library, reporting.
namespace prepdeck::cli {

// The context of the command line's translations.
struct CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Output for people and scripts: text as UTF-8 with a line end; stdout, and stderr with
// "prepdeck: " before it.
void print(FILE *stream, const QString &text);
void out(const QString &text);
void err(const QString &text);
QString json(const QJsonDocument &doc);
// How many questions have a rating: "1 rated", "2 rated".
QString ratedCount(qint64 n);
QString meanConfidence(double mean);
// Reports the error on stderr; the exit code for bad input.
int failed(const Error &error);

// A subcommand's command line: the options every command has (--database, --help,
// --version) and those it adds to parser().
class Command
{
public:
    Command(const QString &name, const QString &description, const QString &synopsis);

    QCommandLineParser &parser() { return m_parser; }
    // Parses; returns an exit code when the run is over (help, version, usage error).
    std::optional<int> parse(const QStringList &arguments);
    QString databasePath() const;
    // Opens the library named by --database, or the default one, as the program does at
    // start: checked, backed up once a day and before an upgrade. A damaged library is
    // moved aside and the message gives the command that restores the newest backup.
    Result<std::unique_ptr<Library>> openStore() const;
    static QString shellQuoted(const QString &s);
    // Reports a usage error; the exit code for it.
    int usage(const QString &message) const;

private:
    QString m_name;
    QString m_synopsis;
    QCommandLineParser m_parser;
    QCommandLineOption m_database;
    QCommandLineOption m_help;
    QCommandLineOption m_version;
};

// The command word and the arguments for its parser (program name first).
struct Invocation
{
    QString command;
    QStringList arguments;
};
// The command is the first word that is neither an option nor the value of --database.
Invocation split(const QStringList &arguments);

// The subcommands, one file each; they take the arguments of their Invocation.
int runImport(const QStringList &arguments);
int runList(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runRate(const QStringList &arguments);
int runBackups(const QStringList &arguments);
int runRestore(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runMocks(const QStringList &arguments);
int runExportPdf(const QStringList &arguments);
int runEdit(const QStringList &arguments);
int runAdd(const QStringList &arguments);
int runSuspend(const QStringList &arguments, bool suspend);
int runDelete(const QStringList &arguments, bool remove);
int runRenameBank(const QStringList &arguments);
// The bank of that name; an error listing the banks, or saying two share the name.
Result<qint64> bankNamed(Library &library, const QString &name);
int runRenameCategory(const QStringList &arguments);
int runMergeCategory(const QStringList &arguments);
int runMove(const QStringList &arguments);
int runMoveBank(const QStringList &arguments);
int runDeleteBank(const QStringList &arguments);

} // namespace prepdeck::cli
