// Reading a file in parts: the parts after the one being read, guessed from where the part
// before ends and read on other threads (see partedreading.h).
#include "partedreading.h"

namespace prepdeck::parts {

// Where the part at `start`, ending before file line `end`, will let the next start: at
// the last heading that can end a question (Markdown), at the last whole record (CSV,
// TSV). Plain text has no mark a question's head can be told by without reading it:
// its last few kilobytes are read, and the last question found there is the guess.
std::optional<int> PartedReading::guessRestart(const Start &start, int end, QString *opening) const
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
void PartedReading::readAheadOf(const Start &start, int end)
{
    cancelAhead();
    if (!m_options.readAhead || start.line == 1)
        return; // the first part decides what the guesses need (the questions' level)
    // Guesses that keep missing (a numbering that runs on from part to part, which a guess
    // cannot know) are not made any more: each costs a reading.
    if (m_aheadMisses > kMissesAllowed + m_aheadTaken / 4)
        return;
    m_guessFrom.emplace(start, end);
    readMoreAhead();
}

// More parts guessed and read ahead, each after the last one guessed.
void PartedReading::readMoreAhead()
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
std::optional<PartedReading::Speculation> PartedReading::guessNext(const Start &start, int end)
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
    ahead.parsed =
        thread->run(AheadThread::Task([reader = m_plan.reader, text = std::move(*text),
                                       dropped = ahead.dropped]() -> std::optional<ParsedBanks> {
            if (*dropped)
                return std::nullopt;
            return reader(text);
        }));
    return ahead;
}

// The reading of the part at `start` when it was read ahead from there, or nothing.
std::optional<PartResult> PartedReading::takeAhead(const Start &start)
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
        ++m_aheadMisses;
        return std::nullopt;
    }
    std::optional<ParsedBanks> parsed = ahead.parsed.get();
    // Read with the number the part before was guessed to end at: right unless the
    // reading continued a numbering and the number was another.
    std::optional<PartResult> part;
    if (ahead.start.numberBefore == start.numberBefore || (parsed && !parsed->numberingContinued))
        part = take(start, std::move(parsed), false, true);
    ++(part ? m_aheadTaken : m_aheadMisses);
    if (part && m_options.stats)
        ++m_options.stats->readAheadTaken;
    return part;
}

// The parts read ahead are forgotten (a guess was wrong, so the guesses after it are):
// those not read yet are not read.
void PartedReading::cancelAhead()
{
    for (Speculation &ahead : m_pending)
        *ahead.dropped = true;
    m_pending.clear();
    m_guessFrom.reset();
}

} // namespace prepdeck::parts
