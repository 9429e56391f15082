// Reads a Markdown bank from its structure as cmark-gfm parses it, whatever layout its
// author chose. Every reading of the file is weighed: headings of one level as questions
// (with the sections below them as answers), or items inside sections — list items,
// <details> blocks, Q/A pairs, bold paragraphs, table rows. A reading counts by how much its
// items read like questions, how many there are and whether they carry answers; the best
// one wins, and explicit items (Q/A pairs, <details>) inside a heading's section make that
// heading their category. What is not a question — a table of contents, a list of links, a
// list of tips, a roadmap — is not imported.
#include "structuredreader.h"
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

std::optional<ParsedBanks> StructuredReader::read()
{
    prepareLines();
    m_blocks = markdown::readBlocks(m_lines);
    if (m_blocks.isEmpty())
        return std::nullopt;
    m_ignored.fill(false, m_blocks.size());
    // A heading inside a block quote is quoted text, not a part of the file's outline.
    m_quoted.fill(false, m_blocks.size());
    for (qsizetype i = 0; i < m_blocks.size(); ++i)
        if (const int p = m_blocks[i].parent; p >= 0)
            m_quoted[i] = m_quoted[p] || m_blocks[p].kind == Kind::Quote;
    m_plain = !looksLikeMarkdown();
    markNotContent();
    findDetails();
    indexHeadings();

    buildTree();
    QList<Found> found = readTree();
    if (found.isEmpty())
        return std::nullopt;
    continueNumbering(found);
    double sum = 0;
    for (const Found &f : found)
        sum += f.likeness;
    const double mean = sum / double(found.size());
    if (mean < kMinimumMeanLikeness && !(m_headingQuestions > 0 && m_bankSignal))
        return std::nullopt;
    return assemble(found, m_headingQuestions > 0 ? 1 : 0, mean);
}

void StructuredReader::prepareLines()
{
    m_lines = m_source.lines;
    for (QString &l : m_lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    // YAML front matter (Jekyll, Hugo, VuePress, Docusaurus) is the site's, not the
    // bank's: blanked, so that line numbers stay.
    qsizetype first = 0;
    while (first < m_lines.size() && isBlank(m_lines[first]))
        ++first;
    if (first < m_lines.size() && m_lines[first].trimmed() == QLatin1String("---")) {
        for (qsizetype i = first + 1; i < std::min<qsizetype>(m_lines.size(), first + 200); ++i) {
            const QString t = m_lines[i].trimmed();
            if (t == QLatin1String("---") || t == QLatin1String("...")) {
                // Its title names the bank when no heading does.
                static thread_local const QRE title(
                    QStringLiteral(R"(^title:\s*["']?(.*?)["']?\s*$)"));
                for (qsizetype j = first; j <= i; ++j) {
                    if (const auto m = matchIf(m_lines[j].startsWith(QLatin1String("title:")),
                                               title, m_lines[j]))
                        m_frontTitle = m->captured(1).trimmed();
                    m_lines[j].clear();
                }
                break;
            }
        }
    }
    closeUnclosedFences();
    // MDX: import and export lines at the top level are code, not text.
    static thread_local const QRE mdx(QStringLiteral(
        R"(^(import\s.+\sfrom\s+['"].+['"];?|export\s+(default\s+)?(const|function)\s.*)\s*$)"));
    bool fenced = false;
    for (QString &l : m_lines) {
        if (isFenceLine(l))
            fenced = !fenced;
        if (!fenced && (l.startsWith(u'i') || l.startsWith(u'e')) && mdx.match(l).hasMatch())
            l.clear();
    }
}

// A code fence never closed would make the rest of the file code. It is closed before
// the next heading that follows a blank line, and the user is told.
void StructuredReader::closeUnclosedFences()
{
    static thread_local const QRE fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    static thread_local const QRE heading(QStringLiteral(R"(^ {0,3}#{1,6}\s)"));
    // (The pattern only where it can match: a fence line opens with ``` or ~~~.)
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        if (!isFenceLine(m_lines[i]))
            continue;
        const auto open = fence.match(m_lines[i]);
        if (!open.hasMatch())
            continue;
        const QString marks = open.captured(1);
        qsizetype close = -1;
        for (qsizetype j = i + 1; j < m_lines.size(); ++j) {
            if (!isFenceLine(m_lines[j]))
                continue;
            const auto m = fence.match(m_lines[j]);
            if (m.hasMatch() && m.captured(1).at(0) == marks.at(0) &&
                m.captured(1).size() >= marks.size() &&
                m_lines[j].trimmed().size() == m.captured(1).size()) {
                close = j;
                break;
            }
        }
        if (close >= 0) {
            i = close;
            continue;
        }
        m_warnings.append({int(i + 1), ImportText::tr("a code block that starts here is never "
                                                      "closed (no second %1 line); it was "
                                                      "closed at the next heading.")
                                           .arg(marks)});
        for (qsizetype j = i + 1; j + 1 < m_lines.size(); ++j)
            if (isBlank(m_lines[j]) && heading.match(m_lines[j + 1]).hasMatch()) {
                m_lines[j] = marks;
                i = j;
                break;
            }
        if (i < m_lines.size() && !fence.match(m_lines[i]).hasMatch())
            break;
    }
}

bool StructuredReader::looksLikeMarkdown() const
{
    for (const Block &b : m_blocks)
        if (b.kind == Kind::Heading || b.kind == Kind::Code || b.kind == Kind::Table ||
            b.kind == Kind::Html || b.links > 0 || b.strongOnly)
            return true;
    static thread_local const QRE signals_(QStringLiteral(R"(\*\*[^*]+\*\*|`[^`]+`)"));
    for (const QString &l : m_lines)
        if (signals_.match(l).hasMatch())
            return true;
    return false;
}

// A heading of the document's structure: not in a table of contents, not inside a
// <details> block.
bool StructuredReader::isHeading(int i) const
{
    return m_blocks[i].kind == Kind::Heading && !m_ignored[i] && !m_quoted[i] &&
           (m_inner.isEmpty() || !m_inner[i]);
}

bool StructuredReader::inside(int block, int ancestor) const
{
    for (int p = m_blocks[block].parent; p >= 0; p = m_blocks[p].parent)
        if (p == ancestor)
            return true;
    return false;
}

// The blocks after `container` that sit inside it.
int StructuredReader::endOf(int container) const
{
    int i = container + 1;
    while (i < m_blocks.size() && inside(i, container))
        ++i;
    return i;
}

void StructuredReader::ignoreWithin(int container)
{
    const int end = endOf(container);
    for (int i = container; i < end; ++i)
        m_ignored[i] = true;
}

// Tables of contents (lists and paragraphs of links to anchors in the file), links
// back to the top, lists of links with descriptions.
void StructuredReader::markNotContent()
{
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        if (m_ignored[i])
            continue;
        if (b.kind == Kind::Paragraph && b.linkOnly && b.anchorLinks == b.links) {
            m_ignored[i] = true;
        } else if (b.kind == Kind::List && b.level == 1) {
            int items = 0, anchors = 0;
            const int end = endOf(i);
            for (int j = i + 1; j < end; ++j)
                if (m_blocks[j].kind == Kind::Item) {
                    ++items;
                    anchors += m_blocks[j].anchorLinks > 0 && m_blocks[j].linkOnly;
                }
            if (items > 0 && anchors >= kLinkListShare * items)
                ignoreWithin(i);
        } else if (b.kind == Kind::Table) {
            int rows = 0, anchors = 0;
            const int end = endOf(i);
            for (int j = i + 1; j < end; ++j)
                if (m_blocks[j].kind == Kind::Row && !m_blocks[j].isHeader) {
                    ++rows;
                    anchors += m_blocks[j].anchorLinks > 0;
                }
            if (rows > 0 && anchors >= kLinkListShare * rows)
                ignoreWithin(i);
        }
    }
}

void StructuredReader::findDetails()
{
    static thread_local const QRE summaryOpen(QStringLiteral(R"(<summary\b[^>]*>)"),
                                              QRE::CaseInsensitiveOption);
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (m_blocks[i].kind != Kind::Html || m_ignored[i])
            continue;
        const QString &html = m_blocks[i].literal;
        const auto open = summaryOpen.match(html);
        if (!open.hasMatch())
            continue;
        Details d;
        d.open = i;
        QString summary = html.mid(open.capturedEnd(0));
        int end = i;
        int closeAt = summary.indexOf(QLatin1String("</summary>"), 0, Qt::CaseInsensitive);
        if (closeAt < 0) {
            // The summary goes on over the next blocks (a code block inside it).
            for (int j = i + 1; j < m_blocks.size() && j < i + 12; ++j)
                if (m_blocks[j].kind == Kind::Html &&
                    m_blocks[j].literal.contains(QLatin1String("</summary>"),
                                                 Qt::CaseInsensitive)) {
                    end = j;
                    break;
                }
        } else {
            summary.truncate(closeAt);
        }
        // The summary's first line of text is the question; code inside it is context.
        d.summary = markdown::htmlText(summary.section(QLatin1String("```"), 0, 0));
        d.summaryEnd = end;
        d.answerLabel = isAnswerLabel(d.summary);
        d.uiLabel = isUiLabel(d.summary);
        d.close = end;
        for (int j = end; j < m_blocks.size(); ++j) {
            if (m_blocks[j].kind == Kind::Heading && !m_quoted[j] && m_blocks[j].level <= 2 &&
                j > end)
                break;
            if (j > i && closesInText(j)) {
                d.close = j;
                break;
            }
            if (m_blocks[j].kind == Kind::Html &&
                m_blocks[j].literal.contains(QLatin1String("</details>"), Qt::CaseInsensitive) &&
                (j > i || html.indexOf(QLatin1String("</details>"), 0, Qt::CaseInsensitive) >
                              html.indexOf(QLatin1String("</summary>"), 0, Qt::CaseInsensitive))) {
                d.close = j;
                break;
            }
            d.close = j;
        }
        m_details.insert(i, d);
    }
}

// Headings marked "Q." are questions of one level, as their writer meant them: a
// "#### Q." among "## Q." headings (a level that slipped) is a question of its own, not a
// part of the answer above it. Deeper marked headings take the level most marked ones
// have, when there are three or more.
void StructuredReader::levelMarkedQuestions()
{
    std::array<int, 7> marked{};
    for (int i = 0; i < m_blocks.size(); ++i)
        if (isHeading(i) && markedAsQuestion(i))
            ++marked[size_t(std::clamp(m_blocks[i].level, 1, 6))];
    const auto most = std::max_element(marked.cbegin(), marked.cend());
    if (*most < 3)
        return;
    const int level = int(most - marked.cbegin());
    for (int i = 0; i < m_blocks.size(); ++i)
        if (isHeading(i) && m_blocks[i].level > level && markedAsQuestion(i))
            m_blocks[i].level = level;
}

// Headings numbered in one run ("## 5. …", "### 6. …", "#### 8. …") are questions of one
// rank, whatever level each was written at: a run of five or more numbers, each one more
// than the last (a number or two may be missing), going deeper than the level it began at,
// takes that level. Headings between them keep theirs ("### Method 1" under "6.").
void StructuredReader::levelNumberedRuns()
{
    static thread_local const QRE numbered(QStringLiteral(R"(^\s*(\d{1,4})[.)]\s*\S)"));
    QList<std::pair<int, int>> run; // heading, number
    const auto close = [&] {
        if (run.size() >= 2) {
            // Even a short run spread over levels may be a longer one cut by a part's edge.
            int top = 6, bottom = 1;
            for (const auto &[h, n] : std::as_const(run)) {
                top = std::min(top, m_blocks[h].level);
                bottom = std::max(bottom, m_blocks[h].level);
            }
            m_wholeFileDecision = m_wholeFileDecision || top < bottom;
        }
        if (run.size() >= 5) {
            int top = 6, bottom = 1;
            for (const auto &[h, n] : std::as_const(run)) {
                top = std::min(top, m_blocks[h].level);
                bottom = std::max(bottom, m_blocks[h].level);
            }
            if (top < bottom)
                for (const auto &[h, n] : std::as_const(run))
                    m_blocks[h].level = top;
        }
        run.clear();
    };
    for (int i = 0; i < m_blocks.size(); ++i) {
        if (!isHeading(i))
            continue;
        const auto m = matchIf(!m_blocks[i].text.isEmpty() && m_blocks[i].text.front().isDigit(),
                               numbered, m_blocks[i].text);
        if (!m)
            continue;
        const int number = m->captured(1).toInt();
        // The run goes on at the level it began at or deeper; a higher heading that goes on
        // counting ("#### 5. memoryview" then "## 6. …") ends a run inside an answer.
        if (!run.isEmpty() && (number <= run.last().second || number > run.last().second + 3 ||
                               m_blocks[i].level < m_blocks[run.first().first].level))
            close();
        run << std::pair{i, number};
    }
    close();
}

void StructuredReader::indexHeadings()
{
    // A heading inside a <details> block ("#### Answer: D") is part of what it holds.
    m_inner.fill(false, m_blocks.size());
    for (const Details &d : std::as_const(m_details))
        for (int i = d.summaryEnd + 1; i < d.close; ++i)
            m_inner[i] = true;
    // Each block's nearest heading above, and each heading's parent (the nearest above
    // it of a lower level): the chains categoryAbove() and headingsAbove() follow, so
    // that finding a question's category does not scan back through the file.
    levelMarkedQuestions();
    levelNumberedRuns();
    m_headingBefore.fill(-1, m_blocks.size());
    m_parentHeading.fill(-1, m_blocks.size());
    int last = -1;
    for (int i = 0; i < m_blocks.size(); ++i) {
        m_headingBefore[i] = last;
        if (!isHeading(i))
            continue;
        m_headings << i;
        m_parentHeading[i] = headingBelowLevel(last, m_blocks[i].level);
        last = i;
    }
    // Bank words in the first heading or the file name: a bank of topics ("Database
    // Indexing") with answers, not a document about something.
    static thread_local const QRE bankWords(
        QStringLiteral(R"(interview|question|q\s*&\s*a|quiz|flash ?cards?|cheat ?sheet|exam|)"
                       R"(preguntas|entrevista|fragen|bewerbung|вопрос|собеседован|面试|题|)"
                       R"(perguntas|questions)"),
        QRE::CaseInsensitiveOption);
    const QString title = m_headings.isEmpty() ? QString() : m_blocks[m_headings.first()].text;
    m_bankSignal = m_source.part ? m_source.part->bankSignal
                                 : bankWords.match(title).hasMatch() ||
                                       bankWords.match(m_source.fileName).hasMatch();
}

// The content blocks of a heading's own section, before any heading.
bool StructuredReader::hasOwnBody(int heading) const
{
    for (int i = heading + 1; i < m_blocks.size(); ++i) {
        const Block &b = m_blocks[i];
        if (isHeading(i))
            return false;
        if (m_ignored[i] || b.kind == Kind::Rule)
            continue;
        if (b.kind == Kind::Html && markdown::htmlText(b.literal).isEmpty())
            continue;
        if (b.kind == Kind::Paragraph && b.text.trimmed().isEmpty())
            continue;
        return true;
    }
    return false;
}

int StructuredReader::nextHeadingAtOrAbove(int heading, int level) const
{
    for (int i = heading + 1; i < m_blocks.size(); ++i)
        if (isHeading(i) && m_blocks[i].level <= level)
            return i;
    return int(m_blocks.size());
}

} // namespace prepdeck::structured

namespace prepdeck {

std::optional<ParsedBanks> readStructuredMarkdown(const SourceText &source)
{
    return structured::StructuredReader(source).read();
}

} // namespace prepdeck
