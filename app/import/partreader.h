#pragma once

#include "bankfilereader.h"
#include "layouts.h"

#include <QString>

#include <optional>

namespace prepdeck {

// How a file too large to hold whole is read: the reading its first megabytes show, done
// part by part as the file streams in.
struct PartPlan
{
    LayoutReader reader = nullptr;
    QString layout;
    QString layoutId;
    QString reason; // the head's reason, for the report
    QString runnerUpId;
    double runnerUpScore = 0;
    bool delimited = false; // parts restart at a record (CSV/TSV), not at a heading or title
    bool headings = false;  // Markdown: parts restart at a heading, the headings above carried
};

// The plan for a file whose first lines are `head` (a few megabytes cut at a line end), or
// nothing when its reading cannot be done in parts: Prepdeck's own format (it has a
// streaming reader of its own), or a reading that needs the whole file.
std::optional<PartPlan> planParts(const SourceText &head, const QString &layout = {});

// How a reading in parts went, for tests and the benchmark.
struct PartStats
{
    int readAhead = 0;      // parts read ahead on another thread
    int readAheadTaken = 0; // of them, those whose start was guessed right
};

struct PartOptions
{
    qsizetype partBytes = 256 * 1024; // text read at once (a part grows to hold a section)
    qsizetype maxPartBytes = 64 * 1024 * 1024;
    // While a part is read, the next is read on another thread from where the first is
    // guessed to end (Markdown, CSV, TSV), and taken when the guess was right.
    bool readAhead = true;
    PartStats *stats = nullptr; // filled in when given
};

// Reads `lines` part by part with plan's reader, sending banks, categories and questions to
// sink in file order (line numbers as in the file). Each part is read with the headings,
// header row or section title above it, up to the last question it holds whole; the next
// part starts at that question. False when a part reads otherwise than the plan said, or
// holds no whole question within maxPartBytes: the file must then be read at once.
bool readInParts(LineSource &lines, const SourceText &source, const PartPlan &plan,
                 const PartOptions &options, NativeBankSink &sink);

} // namespace prepdeck
