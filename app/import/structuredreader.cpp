// Reads a Markdown bank from its structure as cmark-gfm parses it, whatever layout its
// author chose. Every reading of the file is weighed: headings of one level as questions
// (with the sections below them as answers), or items inside sections — list items,
// <details> blocks, Q/A pairs, bold paragraphs, table rows. A reading counts by how much its
// items read like questions, how many there are and whether they carry answers; the best
// one wins, and explicit items (Q/A pairs, <details>) inside a heading's section make that
// heading their category. What is not a question — a table of contents, a list of links, a
// list of tips, a roadmap — is not imported.
#include "structuredreader.h"

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

namespace prepdeck {
namespace {

using markdown::Block;
using markdown::Kind;
using namespace readertext;
// The patterns below are compiled once per thread (thread_local): parts of a large file are
// read on two threads at once, and a match shares its pattern's data, whose reference count
// the two threads would otherwise fight over on every line.
using QRE = QRegularExpression;

// A reading needs at least this mean likeness among its items to be a question bank.
constexpr double kMinimumMeanLikeness = 0.5;
// A list is a list of questions when at least this share of its items reads like one.
constexpr double kQuestionListShare = 0.5;
// A list is a table of contents (or a list of links) when this share of its items are links.
constexpr double kLinkListShare = 0.6;

// PREPDECK_IMPORT_TRACE set: each heading's decision is written to standard error. Read once:
// the environment is looked up under a lock, and this runs for every heading of a file.
bool tracing()
{
    static const bool on = qEnvironmentVariableIsSet("PREPDECK_IMPORT_TRACE");
    return on;
}

// A question found, before it goes into its category.
struct Found
{
    Question question;
    int category = -1; // the block index of its category's heading, or -1
    double likeness = 0;
    int firstBlock = -1; // the blocks it was read from
    int lastBlock = -1;
    bool listOrTable = false;      // a numbered list item or table row
    int container = -1;            // the list or table it is in
    bool explicitItem = false;     // a <details> block or a Q/A pair: marked as a question
    int node = -1;                 // for a heading question: its heading's node
    const char *form = "headings"; // how it was written, for the report
    bool answerless = false;       // a "Q:" whose "A:" is missing
};

struct Details
{
    int open = 0;       // block with <summary>
    int summaryEnd = 0; // block where </summary> is
    int close = 0;      // block with </details> (or the last of the section)
    QString summary;
    bool answerLabel = false;
    bool uiLabel = false; // "See 20 translations", "Click to expand": not a question
};

class StructuredReader
{
public:
    explicit StructuredReader(const SourceText &source) : m_source(source) {}

    std::optional<ParsedBanks> read()
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

private:
    // --- the file -----------------------------------------------------------------------

    void prepareLines()
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
            for (qsizetype i = first + 1; i < std::min<qsizetype>(m_lines.size(), first + 200);
                 ++i) {
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
    void closeUnclosedFences()
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

    bool looksLikeMarkdown() const
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
    bool isHeading(int i) const
    {
        return m_blocks[i].kind == Kind::Heading && !m_ignored[i] && !m_quoted[i] &&
               (m_inner.isEmpty() || !m_inner[i]);
    }

    bool inside(int block, int ancestor) const
    {
        for (int p = m_blocks[block].parent; p >= 0; p = m_blocks[p].parent)
            if (p == ancestor)
                return true;
        return false;
    }

    // The blocks after `container` that sit inside it.
    int endOf(int container) const
    {
        int i = container + 1;
        while (i < m_blocks.size() && inside(i, container))
            ++i;
        return i;
    }

    void ignoreWithin(int container)
    {
        const int end = endOf(container);
        for (int i = container; i < end; ++i)
            m_ignored[i] = true;
    }

    // Tables of contents (lists and paragraphs of links to anchors in the file), links
    // back to the top, lists of links with descriptions.
    void markNotContent()
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

    void findDetails()
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
                    m_blocks[j].literal.contains(QLatin1String("</details>"),
                                                 Qt::CaseInsensitive) &&
                    (j > i ||
                     html.indexOf(QLatin1String("</details>"), 0, Qt::CaseInsensitive) >
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
    void levelMarkedQuestions()
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

    void indexHeadings()
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
    bool hasOwnBody(int heading) const
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

    int nextHeadingAtOrAbove(int heading, int level) const
    {
        for (int i = heading + 1; i < m_blocks.size(); ++i)
            if (isHeading(i) && m_blocks[i].level <= level)
                return i;
        return int(m_blocks.size());
    }

    // --- the headings' roles ---------------------------------------------------------

    enum class Role
    {
        Undecided,
        Title,     // a lone top heading over everything: the bank's name
        Container, // a category (or a heading above categories)
        Group,     // questions of a heading that is its parent's only child: a tag
        Question,  // the heading asks; its whole section is the answer
        Contents,  // a table of contents over what follows: neither a category nor a question
    };

    struct Node
    {
        int block = 0;
        int level = 0;
        int parent = -1;
        QList<int> children;
        int contentEnd = 0; // block where its first sub-heading (or the section's end) is
        int end = 0;        // block where the next heading of its level or above is
        Role role = Role::Undecided;
    };

    void buildTree()
    {
        QList<int> stack;
        for (const int h : m_headings) {
            while (!stack.isEmpty() && m_nodes[stack.last()].level >= m_blocks[h].level)
                stack.removeLast();
            Node node;
            node.block = h;
            node.level = m_blocks[h].level;
            node.parent = stack.isEmpty() ? -1 : stack.last();
            if (node.parent >= 0)
                m_nodes[node.parent].children << int(m_nodes.size());
            stack << int(m_nodes.size());
            m_nodes << node;
        }
        for (Node &node : m_nodes) {
            node.end = nextHeadingAtOrAbove(node.block, node.level);
            node.contentEnd =
                node.children.isEmpty() ? node.end : m_nodes[node.children.first()].block;
        }
        // A lone level-1 heading with the rest below it is the document's title.
        int levelOne = 0;
        for (const Node &n : m_nodes)
            levelOne += n.level == 1;
        if (m_source.part) {
            // A part of a larger file: its title was decided where the file begins.
            if (!m_nodes.isEmpty() && m_source.part->titleRoleLine > 0 &&
                m_blocks[m_nodes.first().block].line == m_source.part->titleRoleLine)
                m_nodes.first().role = Role::Title;
        } else if (m_nodes.size() > 1 && m_nodes.first().level == 1 && levelOne == 1 &&
                   !m_nodes.first().children.isEmpty()) {
            m_nodes.first().role = Role::Title;
            m_titleRoleLine = m_blocks[m_nodes.first().block].line;
        }
    }

    QList<Found> readTree()
    {
        QList<Found> found;
        const int firstHeading = m_headings.isEmpty() ? int(m_blocks.size()) : m_headings.first();
        found += itemsIn(0, firstHeading, true);
        for (int n = 0; n < m_nodes.size(); ++n)
            if (m_nodes[n].parent < 0)
                visit(n, false, found);
        // A heading that does not ask, among headings that are categories, is not a
        // question: an introduction, "Contributors", "References".
        found.removeIf([&](const Found &f) {
            if (f.node < 0 || numberedHeading(m_nodes[f.node].block))
                return false;
            const QString prompt = promptText(m_blocks[m_nodes[f.node].block].text, nullptr);
            if (questions::likeness(prompt) >= questions::kLikely)
                return false;
            if (siblingsAreCategories(f.node)) {
                --m_headingQuestions;
                return true;
            }
            return false;
        });
        return found;
    }

    void visit(int n, bool withinCategory, QList<Found> &found)
    {
        Node &node = m_nodes[n];
        const int from = node.block + 1;
        const QList<Found> direct = itemsIn(from, node.contentEnd, true);
        const bool hasChildren = !node.children.isEmpty();
        const QString prompt = promptText(m_blocks[node.block].text, nullptr);
        const bool asks = questions::likeness(prompt) >= questions::kLikely;
        if (tracing())
            std::fprintf(stderr, "visit %d L%d direct %d described %d holds %d outside %d\n", n,
                         m_blocks[node.block].line, int(direct.size()),
                         int(onlyDescription(from, node.contentEnd, direct)),
                         int(holdsQuestions(from, node.end, direct)),
                         int(contentOutside(from, node.end, direct).size()));

        // A table of contents: named so (a part of a large file sees the headings above it
        // without their text), or a section of links to places in this file.
        if (node.role != Role::Title && (isContentsTitle(m_blocks[node.block].text) ||
                                         (!hasChildren && isNavigation(from, node.contentEnd)))) {
            if (!hasChildren)
                return;
            node.role = Role::Contents;
        }
        if (node.role != Role::Title && node.role != Role::Contents) {
            const bool described = onlyDescription(from, node.contentEnd, direct);
            const bool frequency = hasFrequencyLine(from, node.contentEnd);
            const bool childrenAsk = hasChildren && mostChildrenAsk(n);
            if (hasChildren && !asks && !frequency && (described || childrenAsk) &&
                (!withinCategory || childrenAsk || mostChildrenHoldQuestions(n)))
                node.role = Role::Container;
            // (A numbered heading that asks is a question, whatever its answer holds: steps
            // written as bold labels are not questions of a category.)
            else if (!hasChildren && holdsQuestions(from, node.end, direct) &&
                     (described || (!asks && explicitItems(direct) >= 2)) &&
                     !(asks && numberedHeading(node.block)))
                node.role =
                    onlyChildOfCategory(n) && levelAsks(node.level) ? Role::Group : Role::Container;
            else if (!hasChildren && !asks && !frequency && !markedAsQuestion(node.block) &&
                     (contentOutside(from, node.end, direct).isEmpty() || siblingsAreCategories(n)))
                return; // an empty section ("Table of Contents" over a list of links), or a
                        // section without questions among categories ("References")
            // A heading that names a set of questions ("Coding questions", "Preguntas de
            // React") is their category, never a question.
            else if (!asks && !markedAsQuestion(node.block) &&
                     namesQuestions(m_blocks[node.block].text))
                node.role = Role::Container;
            else
                node.role = Role::Question;
        }
        if (tracing())
            std::fprintf(stderr, "node %d L%d lvl%d role %d direct %d asks %d \"%s\"\n", n,
                         m_blocks[node.block].line, node.level, int(node.role), int(direct.size()),
                         int(asks), qPrintable(m_blocks[node.block].text.left(50)));
        switch (node.role) {
        case Role::Title:
            found += direct;
            break;
        case Role::Container:
            for (Found f : direct) {
                f.category = node.block;
                found << f;
            }
            break;
        case Role::Group:
            for (Found f : direct) {
                f.category = m_nodes[node.parent].block;
                const QString tag = categoryText(m_blocks[node.block].text);
                if (!tag.isEmpty())
                    f.question.tags << tag;
                found << f;
            }
            return;
        case Role::Question: {
            ++m_headingQuestions;
            Found f = headingQuestion(node.block, node.end);
            f.category = containerAbove(n);
            f.node = n;
            found << f;
            return; // sub-headings are part of the answer
        }
        case Role::Contents:
        case Role::Undecided:
            break;
        }
        for (const int child : node.children)
            visit(child, withinCategory || node.role == Role::Container, found);
    }

    // Whether blocks [from, to) are a table of contents: links to places in this file, in a
    // list, a table or lines, with nothing else that says anything.
    bool isNavigation(int from, int to) const
    {
        int anchors = 0;
        for (int b = from; b < to; ++b) {
            const Block &block = m_blocks[b];
            switch (block.kind) {
            case Kind::List:
            case Kind::Table:
            case Kind::Rule:
                continue;
            case Kind::Item:
            case Kind::Paragraph:
            case Kind::Row:
                anchors += block.anchorLinks;
                if (block.anchorLinks > 0 || block.isHeader || block.text.isEmpty())
                    continue;
                return false;
            case Kind::Html:
                if (markdown::htmlText(block.literal).isEmpty())
                    continue;
                return false;
            default:
                return false;
            }
        }
        return anchors >= 2;
    }

    // Whether the headings beside this one (same parent) decided so far are categories.
    bool siblingsAreCategories(int n) const
    {
        int containers = 0, others = 0;
        for (int o = 0; o < m_nodes.size(); ++o) {
            if (o == n || m_nodes[o].parent != m_nodes[n].parent ||
                m_nodes[o].level != m_nodes[n].level || m_nodes[o].role == Role::Undecided)
                continue;
            (m_nodes[o].role == Role::Container ? containers : others)++;
        }
        return containers > others;
    }

    static int explicitItems(const QList<Found> &items)
    {
        return int(std::count_if(items.cbegin(), items.cend(),
                                 [](const Found &f) { return f.explicitItem; }));
    }

    // Whether the headings of this level decided so far are mostly questions.
    bool levelAsks(int level) const
    {
        int asking = 0, containing = 0;
        for (const Node &other : m_nodes)
            if (other.level == level) {
                asking += other.role == Role::Question;
                containing += other.role == Role::Container;
            }
        return asking > containing;
    }

    // Whether most sub-headings hold questions of their own (items, or sub-headings that do).
    bool mostChildrenHoldQuestions(int n) const
    {
        const QList<int> &children = m_nodes[n].children;
        int holding = 0;
        for (const int c : children)
            holding += holdsItems(c);
        return holding * 2 > children.size();
    }

    bool holdsItems(int n) const
    {
        const Node &node = m_nodes[n];
        if (node.children.isEmpty()) {
            const QList<Found> items = const_cast<StructuredReader *>(this)->itemsIn(
                node.block + 1, node.contentEnd, true);
            return items.size() >= 2;
        }
        int holding = 0;
        for (const int c : node.children)
            holding += holdsItems(c);
        return holding * 2 > node.children.size();
    }

    int containerAbove(int n) const
    {
        for (int p = m_nodes[n].parent; p >= 0; p = m_nodes[p].parent)
            if (m_nodes[p].role == Role::Container)
                return m_nodes[p].block;
        return -1;
    }

    // A heading whose questions are better told by its parent: the parent is a category
    // among others, this is its only sub-heading, and the parent says nothing else.
    bool onlyChildOfCategory(int n) const
    {
        const int p = m_nodes[n].parent;
        if (p < 0 || m_nodes[p].children.size() != 1 || m_nodes[p].role == Role::Title)
            return false;
        const int grand = m_nodes[p].parent;
        int siblings = 0;
        for (int other = 0; other < m_nodes.size(); ++other)
            siblings += other != p && m_nodes[other].parent == grand &&
                        m_nodes[other].level == m_nodes[p].level;
        return siblings > 0;
    }

    // The blocks in [from, to) no item covers and that say something.
    QList<int> contentOutside(int from, int to, const QList<Found> &items) const
    {
        QSet<int> covered;
        for (const Found &f : items)
            for (int i = f.firstBlock; i <= f.lastBlock; ++i)
                covered.insert(i);
        QList<int> out;
        for (int i = from; i < to; ++i) {
            if (covered.contains(i) || m_ignored[i])
                continue;
            const Block &b = m_blocks[i];
            if (b.kind == Kind::Rule || isHeading(i))
                continue;
            if (b.kind == Kind::Html && markdown::htmlText(b.literal).isEmpty())
                continue;
            // Anchors, pictures and badges alone say nothing.
            if (b.kind == Kind::Paragraph && b.text.trimmed().isEmpty())
                continue;
            if (b.parent >= 0 && !covered.contains(b.parent))
                continue; // the list, quote or table it is in counts for it
            if (b.parent >= 0)
                continue;
            out << i;
        }
        return out;
    }

    // A short description at most: no code, lists or tables, two short lines or fewer;
    // a line in emphasis ("*Focus: …*") is decoration and does not count.
    bool onlyDescription(int from, int to, const QList<Found> &items) const
    {
        static thread_local const QRE emphasisOnly(QStringLiteral(R"(^([*_]{1,2})[^*_].*\1$)"));
        int lines = 0;
        for (const int i : contentOutside(from, to, items)) {
            const Block &b = m_blocks[i];
            if (b.kind == Kind::Code || b.kind == Kind::List || b.kind == Kind::Table ||
                b.kind == Kind::Quote)
                return false;
            if (b.text.size() > 200)
                return false;
            const QString raw = m_lines.value(b.line - 1).trimmed();
            if (b.kind == Kind::Paragraph && b.line == b.endLine &&
                emphasisOnly.match(raw).hasMatch())
                continue;
            lines += b.endLine - b.line + 1;
            if (lines > 2)
                return false;
        }
        return true;
    }

    // Items make a section a list of questions: two or more, or one with nothing else.
    bool holdsQuestions(int from, int to, const QList<Found> &items) const
    {
        return items.size() >= 2 ||
               (items.size() == 1 && contentOutside(from, to, items).isEmpty());
    }

    bool hasFrequencyLine(int from, int to) const
    {
        if (from >= to)
            return false;
        const int last = to < m_blocks.size() ? m_blocks[to].line - 1 : int(m_lines.size());
        for (int line = m_blocks[from].line; line <= last; ++line)
            if (const QString text = lineText(line);
                mayBeFrequency(text) && frequencyLine().match(text).hasMatch())
                return true;
        return false;
    }

    // Sub-headings that ask ("What is …?") make their parent a category even inside
    // another category.
    bool mostChildrenAsk(int n) const
    {
        const QList<int> &children = m_nodes[n].children;
        int asking = 0;
        for (const int c : children)
            asking += questions::likeness(promptText(m_blocks[m_nodes[c].block].text, nullptr)) >=
                      questions::kLikely;
        return asking * 2 > children.size();
    }

    // A heading its writer marked as a question ("Q. Define REGEXP", "Question 3: …"): one,
    // even when it neither asks nor has an answer yet.
    bool markedAsQuestion(int heading) const
    {
        static thread_local const QRE marked(QStringLiteral(R"(^\s*(q|question)\s*\d*\s*[.:]\s)"),
                                             QRE::CaseInsensitiveOption);
        const QString &text = m_blocks[heading].text;
        return !text.isEmpty() &&
               (text.front() == u'Q' || text.front() == u'q' || text.front().isSpace()) &&
               marked.match(text).hasMatch();
    }

    bool numberedHeading(int heading) const
    {
        static thread_local const QRE numbered(
            QStringLiteral(R"(^\s*(\d{1,4}[.)]|q\.?\s*\d*[.:])\s)"), QRE::CaseInsensitiveOption);
        return numbered.match(m_blocks[heading].text).hasMatch();
    }

    double headingLikeness(int heading) const
    {
        const QString prompt = promptText(m_blocks[heading].text, nullptr);
        double like = questions::likeness(prompt);
        // A numbered heading is a numbered question; with bank words around, a topic with
        // an answer is a study question.
        static thread_local const QRE numbered(
            QStringLiteral(R"(^\s*(\d{1,4}[.)]|q\.?\s*\d*[.:])\s)"), QRE::CaseInsensitiveOption);
        if (numbered.match(m_blocks[heading].text).hasMatch())
            like = std::max(like, 0.7);
        else if (m_bankSignal)
            like = std::max(like, kMinimumMeanLikeness);
        return like;
    }

    // A run of numbered list or table questions that starts again at 1 part-way through a
    // bank continues the numbering: "1." in the second section is 21 when 20 came before.
    void continueNumbering(QList<Found> &found)
    {
        int last = m_source.part ? m_source.part->numberBefore : 0;
        qsizetype k = 0;
        while (k < found.size()) {
            if (!found[k].listOrTable || !found[k].question.number) {
                if (found[k].question.number)
                    last = std::max(last, *found[k].question.number);
                ++k;
                continue;
            }
            m_numberingContinued = true;
            qsizetype runEnd = k + 1;
            while (runEnd < found.size() && found[runEnd].listOrTable &&
                   found[runEnd].question.number && found[runEnd].container == found[k].container)
                ++runEnd;
            const int offset = *found[k].question.number <= last ? last : 0;
            for (qsizetype j = k; j < runEnd; ++j) {
                *found[j].question.number += offset;
                last = std::max(last, *found[j].question.number);
            }
            k = runEnd;
        }
    }

    // --- questions from headings ------------------------------------------------------

    Found headingQuestion(int h, int end)
    {
        Found f;
        Question &q = f.question;
        q.prompt = promptText(m_blocks[h].text, &q.number);
        q.sourceFile = m_source.fileName;
        q.sourceLine = m_blocks[h].line;
        // A link in the question's heading ("[[src](…)]") is where the question comes from.
        if (const QString &url = m_blocks[h].firstUrl; !url.isEmpty() && !url.startsWith(u'#'))
            q.link = url;
        f.likeness = std::max(headingLikeness(h), questions::kTopic);
        f.category = categoryAbove(h, m_blocks[h].level);
        // The answer is the section; a <details> "Answer" block in it holds the answer, and
        // what comes before that block (code, choices) belongs to the question.
        int answerDetails = -1;
        for (int i = h + 1; i < end; ++i)
            if (const auto it = m_details.constFind(i); it != m_details.cend() && it->answerLabel) {
                answerDetails = i;
                break;
            }
        const int firstLine = m_blocks[h].endLine + 1;
        const int lastLine = end < m_blocks.size() ? m_blocks[end].line - 1 : int(m_lines.size());
        if (answerDetails >= 0) {
            const Details &d = m_details[answerDetails];
            q.context = cleanText(linesBetween(firstLine, m_blocks[answerDetails].line - 1));
            fillAnswer(q, detailsAnswerFirstLine(d), detailsAnswerLastLine(d));
        } else {
            fillAnswer(q, firstLine, lastLine);
        }
        return f;
    }

    // --- questions as items -----------------------------------------------------------

    // The questions that are items among blocks [from, to): <details> blocks, Q/A pairs,
    // and (when lists) question lists, bold paragraphs and question tables.
    QList<Found> itemsIn(int from, int to, bool lists)
    {
        QList<Found> found;
        QList<int> listBlocks;
        for (int i = from; i < to; ++i) {
            if (m_ignored[i])
                continue;
            const Block &b = m_blocks[i];
            if (const auto it = m_details.constFind(i); it != m_details.cend()) {
                if (!it->answerLabel && !it->uiLabel && !it->summary.isEmpty()) {
                    found << detailsQuestion(*it);
                    // "</details><details><summary>…" in one block: the next one opens there.
                    const int close = it->close;
                    i = std::max(i, m_details.contains(close) && close != i ? close - 1 : close);
                }
                continue;
            }
            if (b.kind == Kind::Paragraph && b.parent < 0) {
                if (const QList<Found> cards = cardsIn(i); !cards.isEmpty()) {
                    found += cards;
                    continue;
                }
                if (const auto qa = qaPair(i, to)) {
                    found << qa->first;
                    i = qa->second;
                    continue;
                }
                if (lists && b.strongOnly &&
                    questions::likeness(promptText(b.text, nullptr)) >= questions::kLikely) {
                    const auto [f, last] = boldQuestion(i, to);
                    found << f;
                    i = last;
                    continue;
                }
            }
            if (!lists)
                continue;
            if (b.kind == Kind::List && b.level == 1) {
                listBlocks << i;
                i = endOf(i) - 1;
            } else if (b.kind == Kind::Table) {
                found += tableQuestions(i);
                i = endOf(i) - 1;
            }
        }
        // The lists of a section are weighed together: anchors between questions often cut
        // one list of questions into many lists of one.
        if (!listBlocks.isEmpty()) {
            found += listQuestions(listBlocks);
            std::stable_sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
                return a.question.sourceLine < b.question.sourceLine;
            });
        }
        return found;
    }

    Found detailsQuestion(const Details &d)
    {
        Found f;
        Question &q = f.question;
        q.prompt = promptText(d.summary, &q.number);
        q.sourceFile = m_source.fileName;
        q.sourceLine = m_blocks[d.open].line;
        {
            // The line where the summary's text is ("<summary>" may stand on a line alone).
            const QStringList lines = m_blocks[d.open].literal.split(QLatin1Char('\n'));
            bool inSummary = false;
            for (int k = 0; k < lines.size(); ++k) {
                QString text = lines[k];
                if (!inSummary) {
                    const qsizetype at =
                        text.indexOf(QLatin1String("<summary"), 0, Qt::CaseInsensitive);
                    if (at < 0)
                        continue;
                    inSummary = true;
                    text = text.mid(at);
                }
                if (!markdown::htmlText(text).isEmpty()) {
                    q.sourceLine += k;
                    break;
                }
            }
        }
        f.likeness = std::max(questions::likeness(q.prompt), 0.5); // an explicit question
        f.explicitItem = true;
        f.form = "details blocks";
        f.category = categoryAbove(d.open, 7);
        f.firstBlock = d.open;
        f.lastBlock = d.close;
        if (d.summaryEnd > d.open)
            q.context =
                cleanText(linesBetween(m_blocks[d.open].line + 1, m_blocks[d.summaryEnd].line - 1));
        fillAnswer(q, detailsAnswerFirstLine(d), detailsAnswerLastLine(d));
        return f;
    }

    int detailsAnswerFirstLine(const Details &d)
    {
        // After the line that closes the summary.
        const Block &b = m_blocks[d.summaryEnd];
        int line = b.line;
        const QStringList lines = b.literal.split(QLatin1Char('\n'));
        for (int k = 0; k < lines.size(); ++k)
            if (lines[k].contains(QLatin1String("</summary>"), Qt::CaseInsensitive)) {
                line = b.line + k;
                break;
            }
        // Text after </summary> on the same line is the answer's beginning.
        const QString rest = m_lines.value(line - 1).section(QLatin1String("</summary>"), 1);
        if (!markdown::htmlText(rest).isEmpty()) {
            if (line >= 1 && line <= m_lines.size())
                m_lines[line - 1] = rest;
            return line;
        }
        return line + 1;
    }

    // Whether a paragraph's text closes a <details> block: "</b></details>" after an answer
    // is inline HTML to Markdown (only a line that starts with a block-level tag opens an
    // HTML block), so the closing tag is inside the paragraph.
    bool closesInText(int block) const
    {
        const Block &b = m_blocks[block];
        if (b.kind != Kind::Paragraph || m_quoted[block])
            return false;
        for (int line = b.line; line <= b.endLine; ++line)
            if (lineText(line).contains(QLatin1String("</details>"), Qt::CaseInsensitive))
                return true;
        return false;
    }

    int detailsAnswerLastLine(const Details &d) const
    {
        const Block &b = m_blocks[d.close];
        if (b.kind == Kind::Paragraph) {
            for (int line = b.line; line <= b.endLine; ++line)
                if (const QString text = lineText(line);
                    text.contains(QLatin1String("</details>"), Qt::CaseInsensitive))
                    return line - (text.trimmed().startsWith(QLatin1String("</")) ? 1 : 0);
        }
        if (b.kind == Kind::Html) {
            const QStringList lines = b.literal.split(QLatin1Char('\n'));
            for (int k = 0; k < lines.size(); ++k)
                if (lines[k].contains(QLatin1String("</details>"), Qt::CaseInsensitive))
                    return b.line + k -
                           (lines[k].trimmed().startsWith(QLatin1String("</")) ? 1 : 0);
        }
        return b.endLine;
    }

    // "Q: …" then "A: …" (or **Q:** / **A:**): the question and the last block of its answer.
    // Flashcards as Obsidian's spaced-repetition notes write them, in a paragraph:
    // "Question::Answer" (or ":::" for a card both ways) a line each, or question lines, a
    // line "?" (or "??"), then answer lines.
    QList<Found> cardsIn(int i)
    {
        // The first "::" outside inline code (C++'s std::vector inside backticks is not one).
        const auto separator = [](const QString &text) -> std::pair<qsizetype, qsizetype> {
            bool code = false;
            for (qsizetype k = 0; k + 1 < text.size(); ++k) {
                if (text[k] == u'`')
                    code = !code;
                else if (!code && text[k] == u':' && text[k + 1] == u':') {
                    qsizetype n = k;
                    while (n < text.size() && text[n] == u':')
                        ++n;
                    return n - k <= 3 ? std::pair{k, n} : std::pair{qsizetype(-1), qsizetype(-1)};
                }
            }
            return {-1, -1};
        };
        const Block &b = m_blocks[i];
        QList<Found> cards;
        const auto card = [&](const QString &prompt, int line) {
            Found f;
            f.question.prompt = promptText(prompt, &f.question.number);
            f.question.sourceFile = m_source.fileName;
            f.question.sourceLine = line;
            f.likeness = questions::likeness(f.question.prompt);
            f.category = categoryAbove(i, 7);
            f.firstBlock = f.lastBlock = i;
            f.explicitItem = true;
            f.form = "cards";
            return f;
        };
        for (int line = b.line; line <= b.endLine; ++line) {
            const QString t = lineText(line).trimmed();
            if (t == QLatin1String("?") || t == QLatin1String("??")) {
                if (line == b.line || line == b.endLine || !cards.isEmpty())
                    return {};
                QStringList prompt;
                for (int l = b.line; l < line; ++l)
                    prompt << lineText(l).trimmed();
                Found f = card(prompt.join(u' '), b.line);
                fillAnswer(f.question, line + 1, b.endLine);
                return {f};
            }
        }
        for (int line = b.line; line <= b.endLine; ++line) {
            const QString text = lineText(line);
            const auto [at, after] = separator(text);
            // A card's front is a question or a term, never a web address's "https".
            if (at <= 0 || text.contains(QLatin1String("://")))
                return {};
            // The front as plain text, as a heading's is: inline code loses its backticks.
            Found f = card(text.left(at).trimmed().remove(u'`'), line);
            const QString back = text.mid(after).trimmed();
            if (f.question.prompt.isEmpty() || back.isEmpty())
                return {};
            f.question.answer = cleanText({back});
            cards << f;
        }
        // One line of "a::b" alone is too little to tell from code or prose.
        if (cards.size() == 1 && cards.first().likeness < questions::kLikely)
            return {};
        return cards;
    }

    std::optional<std::pair<Found, int>> qaPair(int i, int to)
    {
        static thread_local const QRE questionMarker(QStringLiteral(
            R"(^\s*(?:Q|Question|F|Frage|P|Pregunta|В|Вопрос)\s*\d*\s*[:.)]\s*(.+)$)"));
        static thread_local const QRE answerMarker(QStringLiteral(
            R"(^\s*(?:[*_]{1,2})?\s*(?:(?:[Ss]ample|[Ss]uggested|[Mm]odel|[Ee]xample|[Pp]ossible)\s+)"
            R"([Aa]nswer|A|Answer|Solution|Antwort|R|Respuesta|Resposta|Réponse|О|Ответ))"
            R"(\s*\d*\s*[:.)]\s*(?:[*_]{1,2})?\s*(.*)$)"));
        // The marker's first letter, after white space: the pattern only where it can match.
        const auto mayBeQuestion = [](const QString &text) {
            const QStringView t = QStringView(text).trimmed();
            return !t.isEmpty() && QStringView(u"QFPВ").contains(t.front());
        };
        const Block &b = m_blocks[i];
        if (!matchIf(mayBeQuestion(b.text), questionMarker, b.text))
            return std::nullopt;
        // The answer marker: later in the same paragraph, or the next paragraph.
        int answerLine = 0, last = i;
        for (int line = b.line; line <= b.endLine; ++line)
            if (line > b.line && answerMarker.match(lineText(line)).hasMatch()) {
                answerLine = line;
                break;
            }
        bool answerless = false;
        if (!answerLine) {
            if (i + 1 < to && m_blocks[i + 1].kind == Kind::Paragraph &&
                answerMarker.match(m_lines[m_blocks[i + 1].line - 1]).hasMatch()) {
                answerLine = m_blocks[i + 1].line;
                last = i + 1;
            } else if (b.text.contains(u'?') &&
                       (i + 1 >= to || isHeading(i + 1) ||
                        (m_blocks[i + 1].kind == Kind::Paragraph &&
                         questionMarker.match(m_blocks[i + 1].text).hasMatch()))) {
                // A question of a list of pairs whose answer is missing: kept, and said.
                answerless = true;
            } else {
                return std::nullopt;
            }
        }
        // The answer runs on until the next question, heading or rule.
        int endLine = m_blocks[last].endLine;
        if (!answerLine)
            endLine = b.endLine;
        for (int j = last + 1; j < to; ++j) {
            const Block &n = m_blocks[j];
            if (n.parent >= 0)
                continue; // inside a list or quote already counted
            if (isHeading(j) || n.kind == Kind::Rule ||
                (n.kind == Kind::Paragraph &&
                 matchIf(mayBeQuestion(n.text), questionMarker, n.text)))
                break;
            endLine = std::max(endLine, n.endLine);
            last = std::max(last,
                            (n.kind == Kind::List || n.kind == Kind::Quote || n.kind == Kind::Table)
                                ? endOf(j) - 1
                                : j);
        }
        Found f;
        Question &q = f.question;
        QString questionText;
        const int questionEnd = answerLine ? answerLine : b.endLine + 1;
        for (int line = b.line; line < questionEnd && line <= b.endLine; ++line)
            questionText += lineText(line) + QLatin1Char(' ');
        questionText =
            questionMarker.match(QString(questionText).remove(QLatin1String("**")).trimmed())
                .captured(1);
        q.prompt = promptText(questionText, &q.number);
        q.sourceFile = m_source.fileName;
        q.sourceLine = b.line;
        f.likeness = std::max(questions::likeness(q.prompt), 0.6);
        f.explicitItem = true;
        f.form = "Q/A pairs";
        f.category = categoryAbove(i, 7);
        f.firstBlock = i;
        f.lastBlock = last;
        if (answerless) {
            f.answerless = true;
            return std::pair{f, i};
        }
        QStringList lines = linesBetween(answerLine, endLine);
        if (!lines.isEmpty())
            lines.first() = answerMarker.match(lines.first()).captured(1);
        q.answer = cleanText(lines);
        return std::pair{f, last};
    }

    std::pair<Found, int> boldQuestion(int i, int to)
    {
        const Block &b = m_blocks[i];
        Found f;
        Question &q = f.question;
        q.prompt = promptText(b.text, &q.number);
        q.sourceFile = m_source.fileName;
        q.sourceLine = b.line;
        f.likeness = questions::likeness(q.prompt);
        f.form = "bold questions";
        f.category = categoryAbove(i, 7);
        int last = i;
        for (int j = i + 1; j < to; ++j) {
            const Block &n = m_blocks[j];
            if (isHeading(j) ||
                (n.kind == Kind::Paragraph && n.parent < 0 && n.strongOnly &&
                 questions::likeness(promptText(n.text, nullptr)) >= questions::kLikely))
                break;
            last = j;
        }
        const int lastLine = last > i ? m_blocks[last].endLine : b.endLine;
        fillAnswer(q, b.endLine + 1, lastLine);
        f.firstBlock = i;
        f.lastBlock = last;
        return {f, last};
    }

    // "**Topic:** what to say about it": a bold label opening an item, with text after it.
    std::optional<std::pair<QString, QString>> labelled(const Block &item) const
    {
        if (item.lead.isEmpty())
            return std::nullopt;
        const qsizetype at = item.text.indexOf(item.lead);
        if (at < 0)
            return std::nullopt;
        QString rest = item.text.mid(at + item.lead.size()).trimmed();
        static thread_local const QRE labelEnd(QStringLiteral(R"(^[:—–-]\s*)"));
        if (rest.isEmpty() || !(item.lead.endsWith(u':') || labelEnd.match(rest).hasMatch()) ||
            questions::endsAsQuestion(item.lead))
            return std::nullopt;
        QString topic = item.lead;
        while (topic.endsWith(u':') || topic.endsWith(u'：'))
            topic.chop(1);
        return std::pair{topic.trimmed(), rest.remove(labelEnd).trimmed()};
    }

    double itemLikeness(const Block &item) const
    {
        // A numbered list of labelled items is a list of study topics.
        if (item.ordered && labelled(item))
            return questions::kLikely;
        return questions::likeness(promptText(item.text, nullptr));
    }

    // The items of lists of questions; nothing when the lists are not (links, tips).
    QList<Found> listQuestions(const QList<int> &lists)
    {
        QList<int> items;
        for (const int list : lists) {
            const int end = endOf(list);
            for (int j = list + 1; j < end; ++j)
                if (m_blocks[j].kind == Kind::Item && m_blocks[j].parent == list)
                    items << j;
        }
        if (items.isEmpty())
            return {};
        int likely = 0, linkEntries = 0, counted = 0;
        for (const int j : items) {
            const Block &item = m_blocks[j];
            if (item.codeOnly || item.text.isEmpty())
                continue;
            ++counted;
            const double like = itemLikeness(item);
            likely += like >= questions::kLikely;
            // "[Name](url) - description": an entry of a list of links.
            linkEntries += (item.startsWithLink || item.linkOnly) && like < questions::kLikely;
        }
        if (counted == 0 || likely < kQuestionListShare * counted ||
            linkEntries >= kLinkListShare * counted)
            return {};
        QList<Found> found;
        int previousList = -1;
        for (qsizetype k = 0; k < items.size(); ++k) {
            const int j = items[k];
            const Block &item = m_blocks[j];
            const int list = item.parent;
            const bool firstOfList = list != previousList;
            previousList = list;
            const int itemEnd = endOf(j);
            if (item.text.isEmpty())
                continue;
            // An item of nothing but inline code continues the question above it.
            if (item.codeOnly && !found.isEmpty()) {
                Question &prev = found.last().question;
                prev.context += (prev.context.isEmpty() ? QString() : QStringLiteral("\n")) +
                                QStringLiteral("- `") + item.text + QLatin1Char('`');
                found.last().lastBlock = itemEnd - 1;
                continue;
            }
            Found f;
            Question &q = f.question;
            if (item.ordered && (q.prompt.isEmpty()))
                if (const auto topic = labelled(item)) {
                    q.prompt = promptText(topic->first, &q.number);
                    q.hint = topic->second;
                }
            // In plain text a line break is a line break: the item's first line asks, the
            // lines under it answer. In Markdown too when that line ends as a question and
            // the lines under it do not ("1. What is a zombie process?" / "   A child…").
            int answerFrom = -1;
            if (q.prompt.isEmpty() && j + 1 < itemEnd && m_blocks[j + 1].kind == Kind::Paragraph &&
                m_blocks[j + 1].endLine > item.line) {
                static thread_local const QRE marker(
                    QStringLiteral(R"(^\s*([-*+]|\d{1,5}[.)])\s+)"));
                QString firstLine = lineText(item.line);
                firstLine.remove(marker);
                const bool asksAlone =
                    questions::endsAsQuestion(firstLine) &&
                    !questions::endsAsQuestion(lineText(m_blocks[j + 1].endLine));
                if (m_plain || asksAlone) {
                    q.prompt = promptText(firstLine, &q.number);
                    answerFrom = item.line + 1;
                }
            }
            if (q.prompt.isEmpty())
                q.prompt = promptText(item.text, &q.number);
            if (item.ordered && !q.number)
                q.number = item.number;
            f.listOrTable = item.ordered;
            f.form = item.ordered ? "numbered lists" : "lists";
            f.container = list;
            f.firstBlock = firstOfList ? list : j;
            f.lastBlock = itemEnd - 1;
            if (item.linkOnly && !item.firstUrl.startsWith(u'#'))
                q.link = item.firstUrl;
            q.sourceFile = m_source.fileName;
            q.sourceLine = item.line;
            f.likeness = std::max(itemLikeness(item), 0.5);
            f.category = categoryAbove(list, 7);
            // The answer: what the item holds after its first paragraph.
            int firstBlock = j + 1;
            while (firstBlock < itemEnd && m_blocks[firstBlock].kind == Kind::Paragraph &&
                   m_blocks[firstBlock].line == item.line)
                ++firstBlock;
            if (answerFrom > 0)
                fillAnswer(q, answerFrom, item.endLine);
            else if (firstBlock < itemEnd)
                fillAnswer(q, m_blocks[firstBlock].line, item.endLine);
            found << f;
        }
        return found;
    }

    // Rows of a table with a question (or topic) column.
    QList<Found> tableQuestions(int table)
    {
        const int end = endOf(table);
        int header = -1;
        for (int j = table + 1; j < end; ++j)
            if (m_blocks[j].kind == Kind::Row && m_blocks[j].isHeader) {
                header = j;
                break;
            }
        if (header < 0)
            return {};
        int numberCol = -1, questionCol = -1, answerCol = -1, hintCol = -1;
        bool byTopic = false; // the question column is named for topics
        const QStringList &names = m_blocks[header].cells;
        for (int c = 0; c < names.size(); ++c) {
            const QString h = names[c].toLower();
            auto has = [&](const char *w) {
                return h.contains(QLatin1String(w));
            };
            if (numberCol < 0 && (h == QLatin1String("#") || has("no") || h == QLatin1String("n")))
                numberCol = c;
            else if (questionCol < 0 && (has("question") || has("topic") || has("pregunta") ||
                                         has("frage") || has("вопрос"))) {
                questionCol = c;
                byTopic = !has("question") && has("topic");
            } else if (answerCol < 0 &&
                       (has("answer") || has("respuesta") || has("antwort") || has("ответ")))
                answerCol = c;
            else if (hintCol < 0 && (has("concept") || has("hint") || has("context") || has("key")))
                hintCol = c;
        }
        // A column of topics with nothing said of them (no answer, no key concept) is an
        // index — of exercises in other files, say — not questions.
        if (questionCol < 0 || (byTopic && answerCol < 0 && hintCol < 0))
            return {};
        QList<Found> found;
        for (int j = table + 1; j < end; ++j) {
            const Block &row = m_blocks[j];
            if (row.kind != Kind::Row || row.isHeader)
                continue;
            auto cell = [&](int c) {
                return c >= 0 && c < row.cells.size() ? row.cells[c].trimmed() : QString();
            };
            Found f;
            Question &q = f.question;
            q.prompt = promptText(cell(questionCol), &q.number);
            if (q.prompt.isEmpty())
                continue;
            bool ok = false;
            if (const int n = cell(numberCol).toInt(&ok); ok)
                q.number = n;
            q.answer = cell(answerCol);
            q.hint = cell(hintCol);
            q.sourceFile = m_source.fileName;
            q.sourceLine = row.line;
            f.likeness = std::max(questions::likeness(q.prompt), 0.6);
            f.category = categoryAbove(table, 7);
            f.listOrTable = q.number.has_value();
            f.form = "tables";
            f.container = table;
            f.firstBlock = found.isEmpty() ? table : j;
            f.lastBlock = j;
            found << f;
        }
        return found;
    }

    // --- categories -------------------------------------------------------------------

    // The nearest heading before block i with a level below `level`.
    // From heading h (or -1) up its parents to the first of a level below `level`. The
    // headings between a heading and its parent are all of its level or deeper, so none of
    // them can be the one.
    int headingBelowLevel(int h, int level) const
    {
        while (h >= 0 && m_blocks[h].level >= level)
            h = m_parentHeading[h];
        return h;
    }

    // The nearest heading above block i of a level below `level`.
    int categoryAbove(int i, int level) const
    {
        return headingBelowLevel(m_headingBefore[i], level);
    }

    // The headings above a heading, outermost first.
    QList<int> headingsAbove(int heading) const
    {
        QList<int> chain;
        for (int j = m_parentHeading[heading]; j >= 0; j = m_parentHeading[j])
            chain.prepend(j);
        return chain;
    }

    std::optional<ParsedBanks> assemble(QList<Found> &found, int level, double mean)
    {
        // Headings that hold questions, and which of them wrap everything: a heading with
        // no sibling holding questions (a document title, "Contents" over all) is not named
        // as a parent.
        QSet<int> holding;
        for (const Found &f : found)
            if (f.category >= 0) {
                holding.insert(f.category);
                for (const int p : headingsAbove(f.category))
                    holding.insert(p);
            }
        // Headings holding questions, counted by level and parent: a heading is a wrapper
        // when no other of its level under its parent is among them.
        QHash<std::pair<int, int>, int> siblingsHolding;
        for (const int h : std::as_const(holding))
            ++siblingsHolding[{m_blocks[h].level, m_parentHeading[h]}];
        auto isWrapper = [&](int heading) {
            const int others =
                siblingsHolding.value({m_blocks[heading].level, m_parentHeading[heading]}) -
                (holding.contains(heading) ? 1 : 0);
            return others == 0;
        };
        // A lone top heading over all the categories names the bank.
        QString title;
        if (!m_headings.isEmpty()) {
            const int top = m_headings.first();
            bool overAll = true;
            for (const Found &f : found)
                if (f.category != top && !headingsAbove(std::max(f.category, 0)).contains(top))
                    overAll = false;
            // (Or the document's title, when no question has a category: "# Cloud quiz"
            // over its questions.)
            const bool uncategorised = std::all_of(found.cbegin(), found.cend(),
                                                   [](const Found &f) { return f.category < 0; });
            const bool titleOverAll =
                m_titleRoleLine > 0 && m_blocks[top].line == m_titleRoleLine && uncategorised;
            if (m_source.part
                    ? m_blocks[top].line == m_source.part->bankTitleLine
                    : (overAll && isWrapper(top) && holding.contains(top)) || titleOverAll) {
                title = categoryText(m_blocks[top].text);
                m_bankTitleLine = m_blocks[top].line;
            }
        }
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
                const bool titleOnly =
                    !title.isEmpty() && f.category == m_headings.first() &&
                    std::any_of(found.cbegin(), found.cend(),
                                [&](const Found &o) { return o.category != f.category; });
                name = titleOnly ? general : categoryText(m_blocks[f.category].text);
                if (name.isEmpty())
                    name = general;
                // A heading above that holds questions of its own is a category beside this
                // one, whatever its level says ("### ReplicaSets", its questions, then
                // "#### Storage"): only headings that group categories are parents.
                for (const int p : headingsAbove(f.category))
                    if (!isWrapper(p) && !holdingQuestions.contains(p))
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
        QStringList forms;
        for (const char *form : {"headings", "Q/A pairs", "details blocks", "bold questions",
                                 "tables", "numbered lists", "lists", "cards"})
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
        return parsed;
    }

    // --- answers ----------------------------------------------------------------------

    // Line `line` of the file (1-based), or nothing when a block's line number is outside it
    // (cmark-gfm numbers some nodes of malformed input so).
    QString lineText(int line) const
    {
        return line >= 1 && line <= m_lines.size() ? m_lines[line - 1] : QString();
    }

    QStringList linesBetween(int first, int last) const
    {
        QStringList out;
        for (int line = std::max(first, 1); line <= last && line <= m_lines.size(); ++line)
            out << lineText(line);
        return out;
    }

    // Whether the answer of q ending at line `last` is the last of its chapter or of the
    // file: the file ends after it, or a heading above the question's own level follows
    // (any heading, after a question that is not one). A promotion stands there, if any.
    bool endsChapter(const Question &q, int last) const
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
    int headingLevelAt(int line) const
    {
        const auto h =
            std::lower_bound(m_headings.cbegin(), m_headings.cend(), line,
                             [this](int block, int l) { return m_blocks[block].line < l; });
        return h != m_headings.cend() && m_blocks[*h].line == line ? m_blocks[*h].level : 0;
    }

    // Lines made an answer: junk out, indentation of a list item taken away, placeholders
    // meaning no answer; at the end of a chapter, a promotion after it.
    QString cleanText(QStringList lines, bool chapterEnds = false) const
    {
        return cleanAnswerLines(std::move(lines), m_plain, chapterEnds);
    }

    // The answer from lines [first, last], with labelled lines taken to their fields.
    void fillAnswer(Question &q, int first, int last) const
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

    const SourceText &m_source;
    QStringList m_lines;
    QList<Block> m_blocks;
    QList<bool> m_ignored;
    QList<bool> m_inner;  // headings inside <details> blocks
    QList<bool> m_quoted; // blocks inside block quotes
    QHash<int, Details> m_details;
    QList<int> m_headings;
    QList<int> m_headingBefore; // per block: the nearest heading above it, or -1
    QList<int> m_parentHeading; // per heading: the nearest above it of a lower level, or -1
    bool m_plain = false;
    bool m_bankSignal = false;
    int m_titleRoleLine = 0; // the document's title heading: its section is the whole file
    int m_bankTitleLine = 0; // the heading that names the bank
    QString m_frontTitle;    // "title:" of the YAML front matter
    QList<ImportWarning> m_warnings;
    QList<Node> m_nodes;
    int m_headingQuestions = 0;
    bool m_numberingContinued = false;
};

} // namespace

std::optional<ParsedBanks> readStructuredMarkdown(const SourceText &source)
{
    return StructuredReader(source).read();
}

} // namespace prepdeck
