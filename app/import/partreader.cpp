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
#include "partedreading.h"
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

namespace parts {

bool PartedReading::run()
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
            // (The buffer may hold more: the lines the dropped guesses pulled in.)
            const int end = partEnd(start.line, want);
            final = m_atEnd && end == bufferEnd();
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
            if (send(*part) && m_sentAny)
                bankDone();
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

// Reads lines until the buffer holds `want` characters from file line `from` on.
void PartedReading::pull(qsizetype want, int from)
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

// The line after a part of `want` characters from file line `from` (or the buffer's end).
int PartedReading::partEnd(int from, qsizetype want) const
{
    qsizetype chars = 0;
    int line = from;
    while (line < bufferEnd() && chars < want)
        chars += lineAt(line++).size() + 1;
    return line;
}

// Forgets the lines before file line `line`, keeping the headings open above it.
void PartedReading::drop(int line)
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

// A heading at the title's level or above, after it: the title was not the file's.
void PartedReading::checkTitle(int line, qint8 level)
{
    level = qint8(std::abs(level)); // a heading in a <details> block counts too
    if (m_titleLine > 0 && level > 0 && level <= m_titleLevel && line != m_titleLine)
        m_contradicted = true;
}

PartedReading::Start PartedReading::startAt(int line, const QString &opening) const
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
int PartedReading::fileLine(const Start &start, int k)
{
    const int c = int(start.context.size());
    if (k <= c)
        return k >= 1 ? start.contextLines[k - 1] : 0;
    return start.line + (k - c - 1);
}

// Where the part after one whose last question starts at `last` begins, or nothing.
std::optional<int> PartedReading::restartAt(int last, int first) const
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
std::optional<PartResult> PartedReading::read(const Start &start, int end, bool final, bool mayGrow)
{
    std::optional<SourceText> text = partText(start, end, final);
    if (!text)
        return std::nullopt;
    return take(start, m_plan.reader(*text), final, mayGrow);
}

// The text of a part, with what it needs from above put in front; nothing when it holds
// no whole record.
std::optional<SourceText> PartedReading::partText(const Start &start, int end, bool final) const
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
std::optional<PartResult> PartedReading::take(const Start &start, std::optional<ParsedBanks> parsed,
                                              bool final, bool mayGrow)
{
    if (!parsed || parsed->error || parsed->layoutId != m_plan.layoutId) {
        // A part of a few megabytes that reads otherwise is not the layout the head
        // showed; the last part may be too small to tell, and is read with the one before.
        m_contradicted = !final && !mayGrow;
        return std::nullopt;
    }
    // A decision only the whole file can make: read it whole.
    if (parsed->wholeFileDecision) {
        m_contradicted = true;
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
    if (m_plan.headings && start.line == 1 && !decideFromFirstPart(start, *parsed))
        return std::nullopt;

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

// What the file's first part decides, once (Markdown): the title, and the level parts are
// guessed to end at. False when the file must be read whole.
bool PartedReading::decideFromFirstPart(const Start &start, const ParsedBanks &parsed)
{
    m_bankSignal = parsed.bankSignal;
    m_frontTitle = parsed.frontTitle;
    m_titleRoleLine = parsed.titleRoleLine > 0 ? fileLine(start, parsed.titleRoleLine) : 0;
    m_bankTitleLine = parsed.bankTitleLine > 0 ? fileLine(start, parsed.bankTitleLine) : 0;
    m_titleLine = std::max(m_titleRoleLine, m_bankTitleLine); // the first heading
    m_titleLevel = m_titleLine > 0 ? m_levels[m_titleLine - m_first] : 0;
    if (m_titleLine > 0 && m_titleLevel <= 0)
        m_contradicted = true; // an underlined title: its level is not tracked
    for (int l = m_titleLine + 1; m_titleLine > 0 && l < m_first + m_buffer.size(); ++l)
        checkTitle(l, m_levels[l - m_first]);
    if (m_contradicted)
        return false;
    // Parts are guessed to end at headings no deeper than the file's questions.
    m_cutLevel = 6;
    for (const Bank &b : parsed.banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions)
                if (const qint8 level = m_levels[fileLine(start, q.sourceLine) - m_first];
                    level > 0)
                    m_cutLevel = std::min<int>(m_cutLevel, level);
    return true;
}

// The bank read is complete: one named after a file name that says nothing takes its
// categories' name, as the whole file's reading names it.
void PartedReading::bankDone()
{
    if (!m_source.nameFromCategories || m_bank != m_source.fallbackBankName)
        return;
    if (const QString name = nameFromCategories(m_firstCategory, m_categoriesSent);
        !name.isEmpty() && name != m_bank)
        m_sink.renameBank(name);
}

// Sends a part's questions on; false when the sink wants no more.
bool PartedReading::send(PartResult &part)
{
    for (Bank &b : part.banks) {
        if (!m_sentAny || b.name != m_bank) {
            if (m_sentAny)
                bankDone();
            m_sink.bank(b.name);
            m_firstCategory.clear();
            m_categoriesSent = 0;
            m_bank = b.name;
            m_category.reset();
            m_sentAny = true;
        }
        for (Category &c : b.categories) {
            if (!m_category || m_category->first != c.name || m_category->second != c.parents) {
                m_sink.category(c.name, c.parents);
                m_category.emplace(c.name, c.parents);
                if (m_categoriesSent++ == 0)
                    m_firstCategory = c.name;
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

} // namespace parts

bool readInParts(LineSource &lines, const SourceText &source, const PartPlan &plan,
                 const PartOptions &options, NativeBankSink &sink)
{
    return parts::PartedReading(lines, source, plan, options, sink).run();
}

} // namespace prepdeck
