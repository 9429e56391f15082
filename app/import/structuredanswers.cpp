// The Markdown reader (see structuredreaderclass.h): categories, the reading assembled, the
// answers' text.
#include "structuredreaderclass.h"

#include "answercleaning.h"
#include "bankbuilder.h"
#include "markdownblocks.h"
#include "matchif.h"
#include "plaintextmarkdown.h"
#include "questionlikeness.h"
#include "readertext.h"
#include "textcleanup.h"
#include "translation.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <cstdio>

namespace prepdeck::structured {

using namespace readertext;

// The nearest heading before block i with a level below `level`.
// From heading h (or -1) up its parents to the first of a level below `level`. The
// headings between a heading and its parent are all of its level or deeper, so none of
// them can be the one.
int StructuredReader::headingBelowLevel(int h, int level) const
{
    while (h >= 0 && m_blocks[h].level >= level)
        h = m_parentHeading[h];
    return h;
}

// The nearest heading above block i of a level below `level`.
int StructuredReader::categoryAbove(int i, int level) const
{
    return headingBelowLevel(m_headingBefore[i], level);
}

// The headings above a heading, outermost first.
QList<int> StructuredReader::headingsAbove(int heading) const
{
    QList<int> chain;
    for (int j = m_parentHeading[heading]; j >= 0; j = m_parentHeading[j])
        chain.prepend(j);
    return chain;
}

StructuredReader::Wrappers StructuredReader::wrappersOf(const QList<Found> &found) const
{
    Wrappers w;
    for (const Found &f : found)
        if (f.category >= 0) {
            w.holding.insert(f.category);
            for (const int p : headingsAbove(f.category))
                w.holding.insert(p);
        }
    for (const int h : std::as_const(w.holding))
        ++w.siblingsHolding[{m_blocks[h].level, m_parentHeading[h]}];
    return w;
}

bool StructuredReader::isWrapper(const Wrappers &w, int heading) const
{
    const int others =
        w.siblingsHolding.value({m_blocks[heading].level, m_parentHeading[heading]}) -
        (w.holding.contains(heading) ? 1 : 0);
    return others == 0;
}

// A lone top heading over all the categories names the bank (or the document's title,
// when no question has a category: "# Cloud quiz" over its questions); its text, or empty.
QString StructuredReader::bankTitle(const QList<Found> &found, const Wrappers &wrappers)
{
    if (m_headings.isEmpty())
        return {};
    const int top = m_headings.first();
    bool overAll = true;
    for (const Found &f : found)
        if (f.category != top && !headingsAbove(std::max(f.category, 0)).contains(top))
            overAll = false;
    const bool uncategorised =
        std::all_of(found.cbegin(), found.cend(), [](const Found &f) { return f.category < 0; });
    const bool titleOverAll =
        m_titleRoleLine > 0 && m_blocks[top].line == m_titleRoleLine && uncategorised;
    if (m_source.part ? m_blocks[top].line == m_source.part->bankTitleLine
                      : (overAll && isWrapper(wrappers, top) && wrappers.holding.contains(top)) ||
                            titleOverAll) {
        m_bankTitleLine = m_blocks[top].line;
        return categoryText(m_blocks[top].text);
    }
    return {};
}

std::optional<ParsedBanks> StructuredReader::assemble(QList<Found> &found, int level, double mean)
{
    // Headings that hold questions, and which of them wrap everything: a heading with
    // no sibling holding questions (a document title, "Contents" over all) is not named
    // as a parent.
    const Wrappers wrappers = wrappersOf(found);
    const QString title = bankTitle(found, wrappers);
    // Questions right under the title go to "General" only when the file has categories
    // too, which a part of it cannot tell.
    if (!title.isEmpty() && std::any_of(found.cbegin(), found.cend(), [&](const Found &f) {
            return f.category == m_headings.first();
        }))
        m_wholeFileDecision = true;
    // (Else the title the front matter gives, as the file's first part saw it.)
    const QString frontTitle = m_source.part ? m_source.part->frontTitle : m_frontTitle;
    QSet<int> holdingQuestions;
    for (const Found &f : found)
        if (f.category >= 0)
            holdingQuestions.insert(f.category);
    BankBuilder bank(m_source.chosenOr(
        title.isEmpty() && !frontTitle.isEmpty() ? categoryText(frontTitle) : title));
    const QString general = QStringLiteral("General");
    QList<std::pair<int, QString>> empty;
    for (Found &f : found)
        takeDifficulty(f.question);
    for (Found &f : found) {
        QString name = general;
        QStringList parents;
        if (f.category >= 0) {
            const bool titleOnly = !title.isEmpty() && f.category == m_headings.first() &&
                                   std::any_of(found.cbegin(), found.cend(), [&](const Found &o) {
                                       return o.category != f.category;
                                   });
            name = titleOnly ? general : categoryText(m_blocks[f.category].text);
            if (name.isEmpty())
                name = general;
            // A heading above that holds questions of its own is a category beside this
            // one, whatever its level says ("### ReplicaSets", its questions, then
            // "#### Storage"): only headings that group categories are parents.
            for (const int p : headingsAbove(f.category))
                if (!isWrapper(wrappers, p) && !holdingQuestions.contains(p))
                    parents << categoryText(m_blocks[p].text);
        }
        if (f.question.prompt.isEmpty())
            continue;
        if (f.answerless)
            m_warnings.append({f.question.sourceLine,
                               ImportText::tr("the question \"%1\" has no answer (no \"A:\" "
                                              "line follows it).")
                                   .arg(f.question.prompt)});
        if (f.question.answer.isEmpty() && level > 0)
            empty.append({f.question.sourceLine, f.question.prompt});
        bank.add(name, parents, f.question);
    }
    if (bank.isEmpty())
        return std::nullopt;
    ParsedBanks parsed;
    parsed.banks << bank.take();
    describe(parsed, found, mean);
    warnUnanswered(parsed, empty);
    return parsed;
}

// The reading's layout, reason and what a part of a large file passes on.
void StructuredReader::describe(ParsedBanks &parsed, const QList<Found> &found, double mean) const
{
    QStringList forms;
    for (const char *form : {"headings", "Q/A pairs", "details blocks", "bold questions", "tables",
                             "numbered lists", "lists", "cards", "question paragraphs"})
        if (std::any_of(found.cbegin(), found.cend(),
                        [&](const Found &f) { return qstrcmp(f.form, form) == 0; }))
            forms << QLatin1String(form);
    parsed.layout = (m_plain ? QStringLiteral("plain text: ") : QStringLiteral("markdown: ")) +
                    forms.join(QLatin1String(", "));
    parsed.warnings = m_warnings + parsed.warnings;
    parsed.titleRoleLine = m_titleRoleLine;
    parsed.bankTitleLine = m_bankTitleLine;
    parsed.frontTitle = m_frontTitle;
    parsed.bankSignal = m_bankSignal;
    parsed.numberingContinued = m_numberingContinued;
    parsed.wholeFileDecision = m_wholeFileDecision;
    parsed.score = mean * double(found.size());
    parsed.layoutId = m_plain                  ? QStringLiteral("plain-text")
                      : m_headingQuestions > 0 ? QStringLiteral("markdown-headings")
                                               : QStringLiteral("markdown-items");
    int categories = 0;
    for (const Bank &b : parsed.banks)
        categories += int(b.categories.size());
    parsed.reason = ImportText::tr("%Ln question(s) read from %1, in %2; they read like "
                                   "questions %3% of the way.",
                                   nullptr, int(found.size()))
                        .arg(forms.join(QLatin1String(", ")), categoryCount(categories))
                        .arg(qRound(mean * 100));
}

// Heading questions without an answer: each named when there are a few, else counted.
void StructuredReader::warnUnanswered(ParsedBanks &parsed,
                                      const QList<std::pair<int, QString>> &empty)
{
    if (!empty.isEmpty() && empty.size() <= 3)
        for (const auto &[line, prompt] : empty)
            parsed.warnings.append(
                {line, ImportText::tr("the question \"%1\" has no answer under its heading.")
                           .arg(prompt)});
    else if (!empty.isEmpty())
        parsed.warnings.append(
            {empty.first().first,
             ImportText::tr("%Ln question(s) have no answer; the first is \"%1\".", nullptr,
                            int(empty.size()))
                 .arg(empty.first().second)});
}

// Line `line` of the file (1-based), or nothing when a block's line number is outside it
// (cmark-gfm numbers some nodes of malformed input so).
QString StructuredReader::lineText(int line) const
{
    return line >= 1 && line <= m_lines.size() ? m_lines[line - 1] : QString();
}

QStringList StructuredReader::linesBetween(int first, int last) const
{
    QStringList out;
    for (int line = std::max(first, 1); line <= last && line <= m_lines.size(); ++line)
        out << lineText(line);
    return out;
}

// Whether the answer of q ending at line `last` is the last of its chapter or of the
// file: the file ends after it, or a heading above the question's own level follows
// (any heading, after a question that is not one). A promotion stands there, if any.
bool StructuredReader::endsChapter(const Question &q, int last) const
{
    int line = last + 1;
    while (line <= m_lines.size() && isBlank(m_lines[line - 1]))
        ++line;
    if (line > m_lines.size())
        return true;
    const int next = headingLevelAt(line);
    const int own = headingLevelAt(q.sourceLine);
    return next > 0 && (own == 0 || next < own);
}

// The level of the document's heading that starts at `line` (as cmark-gfm read it, and
// as levelMarkedQuestions() set it), or 0.
int StructuredReader::headingLevelAt(int line) const
{
    const auto h = std::lower_bound(m_headings.cbegin(), m_headings.cend(), line,
                                    [this](int block, int l) { return m_blocks[block].line < l; });
    return h != m_headings.cend() && m_blocks[*h].line == line ? m_blocks[*h].level : 0;
}

// Lines made an answer: junk out, indentation of a list item taken away, placeholders
// meaning no answer; at the end of a chapter, a promotion after it.
QString StructuredReader::cleanText(QStringList lines, bool chapterEnds) const
{
    return cleanAnswerLines(std::move(lines), m_plain, chapterEnds);
}

// The answer from lines [first, last], with labelled lines taken to their fields.
void StructuredReader::fillAnswer(Question &q, int first, int last) const
{
    QStringList kept;
    bool fenced = false;
    // After a label standing alone: the field its list's items go to.
    Label collecting = Label::None;
    const auto addTo = [&q](Label kind, const QString &value) {
        switch (kind) {
        case Label::FollowUp:
            q.followUps << value;
            break;
        case Label::Hint:
            q.hint = q.hint.isEmpty() ? value : q.hint + QLatin1String("; ") + value;
            break;
        case Label::Tip:
            q.tips << value;
            break;
        case Label::None:
            break;
        }
    };
    const QStringList lines = linesBetween(first, last);
    // Whether the next line with text after line i is a list item.
    const auto listFollows = [&lines](qsizetype i) {
        for (qsizetype j = i + 1; j < lines.size(); ++j)
            if (!isBlank(lines[j]))
                return listItemLine().match(lines[j]).hasMatch();
        return false;
    };
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (isFenceLine(line))
            fenced = !fenced;
        if (!fenced && collecting != Label::None) {
            if (isBlank(line))
                continue;
            if (const auto m = listItemLine().match(line); m.hasMatch()) {
                addTo(collecting,
                      m_plain ? plaintext::escapeLine(m.captured(1)) : m.captured(1).trimmed());
                continue;
            }
            collecting = Label::None;
        }
        if (!fenced && line.size() <= 64 && !line.trimmed().isEmpty()) {
            if (const auto m = matchIf(mayBeLabelAlone(line), labelAlone(), line)) {
                if (const Label kind = labelKind(m->captured(1));
                    kind != Label::None && listFollows(i)) {
                    collecting = kind;
                    continue;
                }
            }
        }
        if (!fenced) {
            if (const auto m = matchIf(mayBeFrequency(line), frequencyLine(), line);
                m && !q.frequency) {
                q.frequency = std::min(100, m->captured(1).toInt());
                continue;
            }
            if (const auto m = matchIf(mayBeLabelled(line), labelledLine(), line)) {
                const QString value =
                    m_plain ? plaintext::escapeLine(m->captured(2)) : m->captured(2).trimmed();
                switch (labelKind(m->captured(1))) {
                case Label::FollowUp:
                    q.followUps << value;
                    continue;
                case Label::Hint:
                    q.hint = value;
                    continue;
                case Label::Tip:
                    q.tips << value;
                    continue;
                case Label::None:
                    break;
                }
            }
        }
        kept << line;
    }
    q.answer = cleanText(kept, endsChapter(q, last));
}

} // namespace prepdeck::structured
