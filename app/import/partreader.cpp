// Reads a file too large to hold whole, part by part, with the reader its head chose.
//
// A part is read as a file of its own, with what it needs from above it put in front: the
// header row of a CSV file, the headings a Markdown section sits under, the title of the
// plain-text section it starts in. Of what the reader finds in it, the questions before
// its last one are taken; the last may be cut short by the part's end, so the next part
// starts with it. Each part must read as the plan said (the same layout), or the whole
// file is read at once instead. The last part is read together with the one before it
// when it is too small to read alone.

#include "partreader.h"
#include "aheadthread.h"
#include "headingscan.h"
#include "structuredreader.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <atomic>
#include <climits>
#include <cstdlib>
#include <deque>
#include <future>
#include <memory>

namespace prepdeck {

namespace {

// The head without its last lines when they end inside a quoted field: a head cut at a line
// end may cut a CSV record in two.
std::optional<SourceText> headOfWholeRecords(const SourceText &head)
{
    bool quoted = false;
    qsizetype lastWhole = -1;
    for (qsizetype i = 0; i < head.lines.size(); ++i) {
        quoted = (head.lines[i].count(u'"') % 2 == 1) != quoted;
        if (!quoted)
            lastWhole = i;
    }
    if (lastWhole < 0 || lastWhole + 1 == head.lines.size())
        return std::nullopt;
    SourceText trimmed = head;
    trimmed.lines.resize(lastWhole + 1);
    return trimmed;
}

} // namespace

std::optional<PartPlan> planParts(const SourceText &head, const QString &layout)
{
    // On this thread alone: what a reading on another thread took stays with that thread's
    // heap for the rest of the import, and a file read in parts must stay within its memory.
    Readings readings = readLayouts(head, layout, false);
    if (!readings.best || readings.best->error)
        if (const std::optional<SourceText> trimmed = headOfWholeRecords(head))
            readings = readLayouts(*trimmed, layout, false);
    if (!readings.best || readings.best->error || readings.best->banks.isEmpty() ||
        readings.reader == readNativeBank)
        return std::nullopt;
    PartPlan plan;
    plan.reader = readings.reader;
    plan.layout = readings.best->layout;
    plan.layoutId = readings.best->layoutId;
    plan.reason = readings.best->reason;
    if (readings.runnerUp) {
        plan.runnerUpId = readings.runnerUp->layoutId;
        plan.runnerUpScore = readings.runnerUp->score;
    }
    plan.delimited = readings.reader == readDelimited;
    plan.headings =
        readings.reader == readStructuredMarkdown && plan.layoutId != QLatin1String("plain-text");
    return plan;
}

namespace {

struct OpenHeading
{
    int level = 0;
    int line = 0; // in the file
    QString text;
};

void openHeading(QList<OpenHeading> &open, int level, int line, const QString &text)
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

    bool run()
    {
        Start start{1, {}, {}, {}, 0};
        std::optional<std::pair<Start, PartResult>> held; // sent once the next part reads
        qsizetype want = m_options.partBytes;
        for (;;) {
            // The part at `start` read already on a reading thread, when it was guessed
            // right; else it is read here, and the guesses after it are made again.
            std::optional<PartResult> part = takeAhead(start);
            if (m_contradicted)
                return false;
            bool final = false;
            if (part) {
                readMoreAhead();
            } else {
                cancelAhead();
                pull(want, start.line);
                const int end = bufferEnd();
                final = m_atEnd;
                const bool mayGrow = want < 4 * m_options.partBytes;
                if (!final && want == m_options.partBytes)
                    readAheadOf(start, end);
                part = read(start, end, final, mayGrow);
                if (m_contradicted)
                    return false;
                if (!part && !final && want < m_options.maxPartBytes) {
                    want *= 2; // a section longer than a part: read more of it at once
                    continue;
                }
                if (!part && final && held) {
                    // The last part alone reads otherwise (too few questions to tell its
                    // layout): read it with the part before, which is not sent yet.
                    start = held->first;
                    held.reset();
                    part = read(start, bufferEnd(), true);
                }
            }
            if (m_contradicted)
                return false;
            if (!part)
                return false;
            if (held && !send(held->second))
                return true;
            if (final) {
                send(*part);
                return true;
            }
            // Lines before the held part's start are done with.
            Start next = startAt(part->restart, part->nextOpening);
            next.numberBefore = std::max(start.numberBefore, part->highestNumber);
            held.emplace(start, std::move(*part));
            drop(start.line);
            start = next;
            want = m_options.partBytes;
        }
    }

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

    // Plain text: the characters at a part's end read to guess where the next part starts.
    static constexpr qsizetype kPlainTailChars = 16 * 1024;

    int bufferEnd() const { return m_first + int(m_buffer.size()); }

    // Where the part at `start`, ending before file line `end`, will let the next start: at
    // the last heading that can end a question (Markdown), at the last whole record (CSV,
    // TSV). Plain text has no mark a question's head can be told by without reading it:
    // its last few kilobytes are read, and the last question found there is the guess.
    std::optional<int> guessRestart(const Start &start, int end, QString *opening) const
    {
        const int from = start.line;
        if (!m_plan.headings && !m_plan.delimited) {
            int tail = end;
            for (qsizetype chars = 0; tail - 1 > from && chars < kPlainTailChars; --tail)
                chars += lineAt(tail - 1).size() + 1;
            if (tail - 1 <= from)
                return std::nullopt;
            SourceText text = m_source;
            text.lines = m_buffer.mid(tail - m_first, end - tail);
            text.openingCategory = start.opening;
            const std::optional<ParsedBanks> parsed = m_plan.reader(text);
            if (!parsed || parsed->error || parsed->layoutId != m_plan.layoutId)
                return std::nullopt;
            int last = 0;
            for (const Bank &b : std::as_const(parsed->banks))
                for (const Category &c : b.categories)
                    for (const Question &q : c.questions)
                        if (q.sourceLine >= last) {
                            last = q.sourceLine;
                            *opening = c.name;
                        }
            if (last == 0)
                return std::nullopt;
            return tail + last - 1;
        }
        if (m_plan.headings) {
            for (int l = end - 1; l > from; --l)
                if (const qint8 level = m_levels[l - m_first]; level > 0 && level <= m_cutLevel)
                    return l;
            return std::nullopt;
        }
        if (m_plan.delimited) {
            bool quoted = false;
            int record = from;
            std::optional<int> last;
            for (int l = from; l < end; ++l) {
                if (!quoted)
                    record = l;
                quoted = (lineAt(l).count(u'"') % 2 == 1) != quoted;
                if (!quoted && record > from && !lineAt(record).trimmed().isEmpty())
                    last = record;
            }
            return last;
        }
        return std::nullopt;
    }

    // Guesses where the parts after the one at `start` (ending before `end`) start, and
    // reads them on the reading threads, when the file has more than one part left.
    void readAheadOf(const Start &start, int end)
    {
        cancelAhead();
        if (!m_options.readAhead || start.line == 1)
            return; // the first part decides what the guesses need (the questions' level)
        m_guessFrom.emplace(start, end);
        readMoreAhead();
    }

    // More parts guessed and read ahead, each after the last one guessed.
    void readMoreAhead()
    {
        while (m_guessFrom && m_pending.size() < kInFlight && !m_contradicted) {
            std::optional<Speculation> ahead = guessNext(m_guessFrom->first, m_guessFrom->second);
            if (!ahead) {
                m_guessFrom.reset();
                return;
            }
            m_guessFrom.emplace(ahead->start, ahead->end);
            m_pending.push_back(std::move(*ahead));
        }
    }

    // The part after the one at `start` (ending before `end`), started on a reading thread,
    // or nothing when where it starts cannot be guessed or it is the last.
    std::optional<Speculation> guessNext(const Start &start, int end)
    {
        QString opening;
        const std::optional<int> guess = guessRestart(start, end, &opening);
        if (!guess)
            return std::nullopt;
        Start next = startAt(*guess, opening);
        next.numberBefore = start.numberBefore;
        pull(m_options.partBytes, next.line);
        if (m_atEnd || m_contradicted)
            return std::nullopt; // the last part: read when it is known to be the last
        Speculation ahead{next, bufferEnd(), std::make_shared<std::atomic<bool>>(false), {}};
        std::optional<SourceText> text = partText(next, ahead.end, false);
        if (!text)
            return std::nullopt;
        if (m_options.stats)
            ++m_options.stats->readAhead;
        std::unique_ptr<AheadThread> &thread = m_readers[m_nextReader++ % kReadingThreads];
        if (!thread)
            thread = std::make_unique<AheadThread>();
        ahead.parsed = thread->run(
            AheadThread::Task([reader = m_plan.reader, text = std::move(*text),
                               dropped = ahead.dropped]() -> std::optional<ParsedBanks> {
                if (*dropped)
                    return std::nullopt;
                return reader(text);
            }));
        return ahead;
    }

    // The reading of the part at `start` when it was read ahead from there, or nothing.
    std::optional<PartResult> takeAhead(const Start &start)
    {
        if (m_pending.empty())
            return std::nullopt;
        Speculation ahead = std::move(m_pending.front());
        m_pending.pop_front();
        // (Only plain text starts in a category it cannot see.)
        const bool sameOpening =
            m_plan.headings || m_plan.delimited || ahead.start.opening == start.opening;
        if (ahead.start.line != start.line || !sameOpening) {
            *ahead.dropped = true;
            return std::nullopt;
        }
        std::optional<ParsedBanks> parsed = ahead.parsed.get();
        // Read with the number the part before was guessed to end at: right unless the
        // reading continued a numbering and the number was another.
        if (ahead.start.numberBefore != start.numberBefore &&
            !(parsed && !parsed->numberingContinued))
            return std::nullopt;
        std::optional<PartResult> part = take(start, std::move(parsed), false, true);
        if (part && m_options.stats)
            ++m_options.stats->readAheadTaken;
        return part;
    }

    // The parts read ahead are forgotten (a guess was wrong, so the guesses after it are):
    // those not read yet are not read.
    void cancelAhead()
    {
        for (Speculation &ahead : m_pending)
            *ahead.dropped = true;
        m_pending.clear();
        m_guessFrom.reset();
    }

    // Reads lines until the buffer holds `want` characters from file line `from` on.
    void pull(qsizetype want, int from)
    {
        qsizetype before = 0;
        for (qsizetype i = 0; i < from - m_first && i < m_buffer.size(); ++i)
            before += m_buffer[i].size() + 1;
        while (!m_atEnd && m_bytes - before < want) {
            const std::optional<QStringView> line = m_lines.next();
            if (!line) {
                m_atEnd = true;
                break;
            }
            QString text = line->toString();
            const qint8 level = m_plan.headings ? m_scan.take(text) : qint8(0);
            // A heading in a <details> block counts against the title, and cuts no part.
            checkTitle(m_first + int(m_buffer.size()), level);
            m_levels.append(level);
            m_bytes += text.size() + 1;
            m_buffer.append(std::move(text));
        }
    }

    // Forgets the lines before file line `line`, keeping the headings open above it.
    void drop(int line)
    {
        const qsizetype n = std::min<qsizetype>(line - m_first, m_buffer.size());
        for (qsizetype i = 0; i < n; ++i) {
            if (m_levels[i] > 0)
                openHeading(m_open, m_levels[i], m_first + int(i), m_buffer[i]);
            m_bytes -= m_buffer[i].size() + 1;
        }
        m_buffer.remove(0, n);
        m_levels.remove(0, n);
        m_first += int(n);
    }

    const QString &lineAt(int fileLine) const { return m_buffer[fileLine - m_first]; }

    // A heading at the title's level or above, after it: the title was not the file's.
    void checkTitle(int line, qint8 level)
    {
        level = qint8(std::abs(level)); // a heading in a <details> block counts too
        if (m_titleLine > 0 && level > 0 && level <= m_titleLevel && line != m_titleLine)
            m_contradicted = true;
    }

    Start startAt(int line, const QString &opening) const
    {
        Start next{line, {}, {}, opening, 0};
        if (m_plan.delimited) {
            next.context = m_preamble;
            for (int i = 1; i <= m_preamble.size(); ++i)
                next.contextLines << i;
        } else if (m_plan.headings) {
            QList<OpenHeading> open = m_open;
            for (int l = m_first; l < line; ++l)
                if (const qint8 level = m_levels[l - m_first]; level > 0)
                    openHeading(open, level, l, lineAt(l));
            const int level = m_levels[line - m_first];
            for (const OpenHeading &h : std::as_const(open))
                if (h.level < level) {
                    next.context << h.text;
                    next.contextLines << h.line;
                }
        }
        return next;
    }

    // The file line of line k (1-based) of a part's text.
    static int fileLine(const Start &start, int k)
    {
        const int c = int(start.context.size());
        if (k <= c)
            return k >= 1 ? start.contextLines[k - 1] : 0;
        return start.line + (k - c - 1);
    }

    // Where the part after one whose last question starts at `last` begins, or nothing.
    std::optional<int> restartAt(int last, int first) const
    {
        if (m_plan.delimited)
            return last;
        if (m_plan.headings) {
            // At a heading of the document at or above the question: a table, list or
            // <details> block is never cut in two.
            for (int l = last; l > first; --l)
                if (m_levels[l - m_first] > 0)
                    return l;
            return std::nullopt;
        }
        // Plain text: at the question's head, in the category it was found in.
        return last;
    }

    // One part's reading (of file lines [start.line, end)); nothing when it holds no whole
    // question, or reads otherwise than the plan (then, unless it may grow or is the last,
    // the plan was wrong: m_contradicted).
    std::optional<PartResult> read(const Start &start, int end, bool final, bool mayGrow = false)
    {
        std::optional<SourceText> text = partText(start, end, final);
        if (!text)
            return std::nullopt;
        return take(start, m_plan.reader(*text), final, mayGrow);
    }

    // The text of a part, with what it needs from above put in front; nothing when it holds
    // no whole record.
    std::optional<SourceText> partText(const Start &start, int end, bool final) const
    {
        if (start.line >= end)
            return std::nullopt;
        SourceText text = m_source;
        text.lines = start.context;
        text.lines += m_buffer.mid(start.line - m_first, end - start.line);
        if (m_plan.delimited && !final) {
            // Up to the last whole record: a part ends at a line end, maybe inside a field.
            bool quoted = false;
            qsizetype whole = -1;
            for (qsizetype i = start.context.size(); i < text.lines.size(); ++i) {
                quoted = (text.lines[i].count(u'"') % 2 == 1) != quoted;
                if (!quoted)
                    whole = i;
            }
            if (whole < start.context.size())
                return std::nullopt;
            text.lines.resize(whole + 1);
        }
        text.openingCategory = start.opening;
        if (m_plan.reader == readStructuredMarkdown && start.line > 1) {
            SourceText::PartOfFile part;
            part.numberBefore = start.numberBefore;
            part.bankSignal = m_bankSignal;
            part.frontTitle = m_frontTitle;
            for (qsizetype k = 0; k < start.contextLines.size(); ++k) {
                if (m_titleRoleLine > 0 && start.contextLines[k] == m_titleRoleLine)
                    part.titleRoleLine = int(k + 1);
                if (m_bankTitleLine > 0 && start.contextLines[k] == m_bankTitleLine)
                    part.bankTitleLine = int(k + 1);
            }
            text.part = part;
        }
        return text;
    }

    // What is taken of a part's reading (see read()).
    std::optional<PartResult> take(const Start &start, std::optional<ParsedBanks> parsed,
                                   bool final, bool mayGrow)
    {
        if (!parsed || parsed->error || parsed->layoutId != m_plan.layoutId) {
            // A part of a few megabytes that reads otherwise is not the layout the head
            // showed; the last part may be too small to tell, and is read with the one before.
            m_contradicted = !final && !mayGrow;
            return std::nullopt;
        }
        // Parent headings are named by what the rest of the file holds (a heading with no
        // sibling is not named): a part cannot tell. Such files are read whole.
        for (const Bank &b : std::as_const(parsed->banks))
            for (const Category &c : b.categories)
                if (m_plan.headings && !c.parents.isEmpty()) {
                    m_contradicted = true;
                    return std::nullopt;
                }
        if (m_plan.headings && start.line == 1) {
            // The file's beginning decides its title, once.
            m_bankSignal = parsed->bankSignal;
            m_frontTitle = parsed->frontTitle;
            m_titleRoleLine =
                parsed->titleRoleLine > 0 ? fileLine(start, parsed->titleRoleLine) : 0;
            m_bankTitleLine =
                parsed->bankTitleLine > 0 ? fileLine(start, parsed->bankTitleLine) : 0;
            m_titleLine = std::max(m_titleRoleLine, m_bankTitleLine); // the first heading
            m_titleLevel = m_titleLine > 0 ? m_levels[m_titleLine - m_first] : 0;
            if (m_titleLine > 0 && m_titleLevel <= 0)
                m_contradicted = true; // an underlined title: its level is not tracked
            for (int l = m_titleLine + 1; m_titleLine > 0 && l < m_first + m_buffer.size(); ++l)
                checkTitle(l, m_levels[l - m_first]);
            if (m_contradicted)
                return std::nullopt;
            // Parts are guessed to end at headings no deeper than the file's questions.
            m_cutLevel = 6;
            for (const Bank &b : std::as_const(parsed->banks))
                for (const Category &c : b.categories)
                    for (const Question &q : c.questions)
                        if (const qint8 level = m_levels[fileLine(start, q.sourceLine) - m_first];
                            level > 0)
                            m_cutLevel = std::min<int>(m_cutLevel, level);
        }

        int last = 0;
        for (const Bank &b : std::as_const(parsed->banks))
            for (const Category &c : b.categories)
                for (const Question &q : c.questions)
                    last = std::max(last, fileLine(start, q.sourceLine));
        if (last < start.line)
            return std::nullopt;
        PartResult part;
        if (!final) {
            const std::optional<int> restart = restartAt(last, start.line);
            if (!restart || *restart <= start.line)
                return std::nullopt;
            part.restart = *restart;
        }
        if (m_plan.delimited && m_preamble.isEmpty() && start.line == 1) {
            int firstQuestion = last;
            for (const Bank &b : std::as_const(parsed->banks))
                for (const Category &c : b.categories)
                    for (const Question &q : c.questions)
                        firstQuestion = std::min(firstQuestion, fileLine(start, q.sourceLine));
            if (firstQuestion > 200)
                return std::nullopt; // a preamble this long is not carried from part to part
            m_preamble = m_buffer.mid(0, firstQuestion - 1);
        }

        int nextLine = INT_MAX;
        bool taken = false;
        for (Bank &b : parsed->banks) {
            for (Category &c : b.categories) {
                QList<Question> kept;
                for (Question &q : c.questions) {
                    const int line = fileLine(start, q.sourceLine);
                    if (line >= part.restart && line < nextLine) {
                        nextLine = line;
                        part.nextOpening = c.name;
                    }
                    if (line < start.line || line >= part.restart)
                        continue;
                    q.sourceLine = line;
                    part.highestNumber = std::max(part.highestNumber, q.number.value_or(0));
                    kept.append(std::move(q));
                }
                c.questions = std::move(kept);
                taken = taken || !c.questions.isEmpty();
            }
            b.categories.removeIf([](const Category &c) { return c.questions.isEmpty(); });
        }
        if (!taken)
            return std::nullopt;
        parsed->banks.removeIf([](const Bank &b) { return b.categories.isEmpty(); });
        namesOnOneLine(parsed->banks);
        part.banks = std::move(parsed->banks);
        for (ImportWarning &w : parsed->warnings) {
            if (w.line > 0) {
                w.line = fileLine(start, w.line);
                if (w.line < start.line || w.line >= part.restart)
                    continue;
            }
            part.warnings.append(std::move(w));
        }
        return part;
    }

    // Sends a part's questions on; false when the sink wants no more.
    bool send(PartResult &part)
    {
        for (Bank &b : part.banks) {
            if (!m_sentAny || b.name != m_bank) {
                m_sink.bank(b.name);
                m_bank = b.name;
                m_category.reset();
                m_sentAny = true;
            }
            for (Category &c : b.categories) {
                if (!m_category || m_category->first != c.name || m_category->second != c.parents) {
                    m_sink.category(c.name, c.parents);
                    m_category.emplace(c.name, c.parents);
                }
                for (Question &q : c.questions)
                    if (!m_sink.question(std::move(q)))
                        return false;
            }
        }
        for (const ImportWarning &w : std::as_const(part.warnings)) {
            if (w.line == 0) {
                if (m_fileWarnings.contains(w.message))
                    continue;
                m_fileWarnings.insert(w.message, true);
            }
            m_sink.warning(w);
        }
        return true;
    }

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

    bool m_sentAny = false;
    QString m_bank;
    std::optional<std::pair<QString, QStringList>> m_category;
    QHash<QString, bool> m_fileWarnings;
};

} // namespace

bool readInParts(LineSource &lines, const SourceText &source, const PartPlan &plan,
                 const PartOptions &options, NativeBankSink &sink)
{
    return PartedReading(lines, source, plan, options, sink).run();
}

} // namespace prepdeck
