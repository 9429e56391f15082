#pragma once

#include "mocksettings.h"

#include <QStringList>

#include <variant>

namespace prepdeck::cli {

enum ExitCode
{
    Success = 0,
    BadInput = 1,
    UsageError = 2
};

// True when the arguments ask for a subcommand (or --help/--version), which runs without
// a display; false when the program should open its window.
bool wantsCommandLine(const QStringList &arguments);

// Whether the subcommand draws (export-pdf): it then needs a QGuiApplication, though no display.
bool needsGui(const QStringList &arguments);

// Runs a subcommand. Needs a QCoreApplication (or subclass). Returns the exit code.
int run(const QStringList &arguments);

// Without a command prepdeck opens the study window; these are its options.
struct WindowInvocation
{
    QString database;
    bool startupTime = false; // print how long the window took to show the library, then quit
    bool json = false;        // with startupTime: print it as JSON
};
WindowInvocation parseWindowOptions(const QStringList &arguments);
// What --startup-time measured: "412", or {"startup_ms": 412} with --json.
void printStartupTime(qint64 milliseconds, bool asJson);

// `prepdeck mock …` opens an interview window, so main runs it; these read its options.
struct MockInvocation
{
    MockSettings settings;
    QString database;
};
bool isMockCommand(const QStringList &arguments);
// The interview to run, or an exit code when there is nothing to run (help, usage error).
std::variant<MockInvocation, int> parseMockCommand(const QStringList &arguments);

} // namespace prepdeck::cli
