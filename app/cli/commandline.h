#pragma once

#include <QStringList>

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

// Runs a subcommand. Needs a QCoreApplication (or subclass). Returns the exit code.
int run(const QStringList &arguments);

} // namespace prepdeck::cli
