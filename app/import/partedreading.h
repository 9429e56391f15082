#pragma once

// The reading of a file in parts (partreader.h) as a class. Its steps live in two files:
// partreader.cpp (the parts read in order, cut and taken) and partsahead.cpp (the parts
// after the one being read, guessed and read on other threads). Only those include this.

#include "aheadthread.h"
#include "headingscan.h"
#include "partreader.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <atomic>
#include <climits>
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <utility>

namespace prepdeck::parts {

struct OpenHeading
{
    int level = 0;
    int line = 0; // in the file
    QString text;
};

inline void openHeading(QList<OpenHeading> &open, int level, int line, const QString &text)
{
    while (!open.isEmpty() && open.last().level >= level)
        open.removeLast();
    open.append({level, line, text});
}

// What a part gave: the questions taken, grouped as its reader grouped them, and where
// the next part starts.
struct PartResult
{
    QList<Bank> banks;
    QList<ImportWarning> warnings;
    int restart = INT_MAX; // file line the next part starts at
    QString nextOpening;   // the category the next part starts in
    int highestNumber = 0; // of the questions taken
};

class PartedReading
{
public:
    PartedReading(LineSource &lines, const SourceText &source, const PartPlan &plan,
                  const PartOptions &options, NativeBankSink &sink)
        : m_lines(lines), m_source(source), m_plan(plan), m_options(options), m_sink(sink)
    {}
    ~PartedReading() { cancelAhead(); } // what is read ahead and not wanted is not read
    PartedReading(const PartedReading &) = delete;
    PartedReading &operator=(const PartedReading &) = delete;
    bool run();

private:
    // Where a part starts, and what is put in front of it.
    struct Start
    {
        int line;                // its first line in the file
        QStringList context;     // lines put in front: headings above, the header row
        QList<int> contextLines; // the file lines they stand for
        QString opening;         // the category it starts in (plain text)
        int numberBefore = 0;    // the highest question number above it
    };

    // A part after the one being read, read on a reading thread from where the part before
    // it is guessed to end. Taken when the guess was right; it is read again if not.
    struct Speculation
    {
        Start start;
        int end = 0; // the file line after its text
        std::shared_ptr<std::atomic<bool>> dropped;
        std::future<std::optional<ParsedBanks>> parsed;
    };

    // Parts read ahead at once, on this many threads: with one part in flight, each pair of
    // parts waited for the slower of the two.
    static constexpr int kReadingThreads = 2;
    static constexpr qsizetype kInFlight = 4;
    // Guesses that missed, beyond a quarter of those taken, after which no more are made.
    static constexpr int kMissesAllowed = 4;

    // Plain text: the characters at a part's end read to guess where the next part starts.
    static constexpr qsizetype kPlainTailChars = 16 * 1024;

    int bufferEnd() const { return m_first + int(m_buffer.size()); }
    std::optional<int> guessRestart(const Start &start, int end, QString *opening) const;
    void readAheadOf(const Start &start, int end);
    void readMoreAhead();
    std::optional<Speculation> guessNext(const Start &start, int end);
    std::optional<PartResult> takeAhead(const Start &start);
    void cancelAhead();
    void pull(qsizetype want, int from);
    void drop(int line);

    const QString &lineAt(int fileLine) const { return m_buffer[fileLine - m_first]; }
    void checkTitle(int line, qint8 level);
    Start startAt(int line, const QString &opening) const;
    static int fileLine(const Start &start, int k);
    std::optional<int> restartAt(int last, int first) const;
    std::optional<PartResult> read(const Start &start, int end, bool final, bool mayGrow = false);
    std::optional<SourceText> partText(const Start &start, int end, bool final) const;
    std::optional<PartResult> take(const Start &start, std::optional<ParsedBanks> parsed,
                                   bool final, bool mayGrow);
    int partEnd(int from, qsizetype want) const;
    bool decideFromFirstPart(const Start &start, const ParsedBanks &parsed);
    bool send(PartResult &part);
    void bankDone();

    LineSource &m_lines;
    const SourceText &m_source;
    const PartPlan &m_plan;
    const PartOptions &m_options;
    NativeBankSink &m_sink;

    QStringList m_buffer; // lines from file line m_first on
    // Each buffered line's heading level (Markdown), minus it inside a <details> block, or 0.
    QList<qint8> m_levels;
    int m_first = 1;
    qsizetype m_bytes = 0; // characters buffered, line ends counted
    bool m_atEnd = false;
    HeadingScan m_scan;
    QList<OpenHeading> m_open; // headings open above m_first
    QStringList m_preamble;    // CSV/TSV: the lines above the first record
    int m_titleLine = 0;       // Markdown: the file line of the title heading, 0 if none
    int m_titleRoleLine = 0;   //   as the document's title
    int m_bankTitleLine = 0;   //   as the bank's name
    int m_titleLevel = 0;
    int m_cutLevel = 6; // Markdown: the highest level of the questions' headings
    bool m_bankSignal = false;
    QString m_frontTitle;
    // A part read otherwise than the plan (another layout, parent headings, a heading that
    // shows the title decided at the start was not the file's): the file is read whole.
    bool m_contradicted = false;

    std::array<std::unique_ptr<AheadThread>, kReadingThreads> m_readers;
    int m_nextReader = 0;
    std::deque<Speculation> m_pending; // in file order
    // The last part guessed (its start and the line after its text): the next guess is made
    // after it.
    std::optional<std::pair<Start, int>> m_guessFrom;
    int m_aheadTaken = 0;
    int m_aheadMisses = 0;

    bool m_sentAny = false;
    QString m_bank;
    // The categories sent for the bank being read, for naming it from them at its end
    // (SourceText::nameFromCategories).
    QString m_firstCategory;
    qsizetype m_categoriesSent = 0;
    std::optional<std::pair<QString, QStringList>> m_category;
    QHash<QString, bool> m_fileWarnings;
};

} // namespace prepdeck::parts
