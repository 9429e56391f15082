// The Markdown reader (see structuredreaderclass.h): which headings are categories and which ask;
// questions from headings.
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

namespace {

// A word or two and a number, nothing else: "Card 12", "Question #7", "Frage 3", "Day 5".
bool isNumberedLabel(const QString &text)
{
    static thread_local const QRE label(
        QStringLiteral(R"(^\s*\p{L}+(\s+\p{L}+)?\s*#?\s*\d{1,4}\s*[.:)]?\s*$)"),
        QRE::UseUnicodePropertiesOption);
    return text.size() <= 40 && label.match(text).hasMatch();
}

} // namespace

void StructuredReader::buildTree()
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
    for (const int h : m_headings)
        ++m_headingCounts[headingKey(h)];
    for (Node &node : m_nodes) {
        node.end = nextHeadingAtOrAbove(node.block, node.level);
        node.contentEnd = node.children.isEmpty() ? node.end : m_nodes[node.children.first()].block;
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
    } else if (levelOne == 1) {
        takePreface();
    }
}

// A lone level-1 heading over most of the file, below a few headings of the page's own
// ("This book will be out in September", "License", "Have a question for me?"): the bank's
// title, and what is above it its preface — neither categories nor questions.
void StructuredReader::takePreface()
{
    constexpr int kMostPreface = 3;
    int title = 0;
    while (title < m_nodes.size() && m_nodes[title].level != 1)
        ++title;
    if (title == 0 || title > kMostPreface || title == m_nodes.size() ||
        m_nodes[title].children.size() < 5)
        return;
    for (int n = 0; n < title; ++n)
        if (!m_nodes[n].children.isEmpty() ||
            !itemsIn(m_nodes[n].block + 1, m_nodes[n].contentEnd, true).isEmpty())
            return;
    for (int n = 0; n < title; ++n)
        m_nodes[n].role = Role::Contents;
    m_wholeFileDecision = true;
    m_nodes[title].role = Role::Title;
    m_titleRoleLine = m_blocks[m_nodes[title].block].line;
}

// A heading's text as it repeats (cmark-gfm's text: spacing already as a reader sees it).
QString StructuredReader::headingKey(int h) const
{
    return m_blocks[h].text;
}

QList<Found> StructuredReader::readTree()
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
            // Its siblings decided: they may go on in another part of a large file.
            m_wholeFileDecision = true;
            return true;
        }
        return false;
    });
    // Where the writer marked the questions ("Q:"/"A:", <details>, "Q1."), nearly all of
    // them, what only the reading made a question — a numbered tip's label, a heading
    // that does not ask — is the file's guidance around them ("How to use these cards").
    const auto marked =
        std::count_if(found.cbegin(), found.cend(), [](const Found &f) { return f.explicitItem; });
    // (Weighed only where something is marked: a file of headings marks nothing.)
    const auto unmarked =
        marked == 0 ? 0 : std::count_if(found.cbegin(), found.cend(), [](const Found &f) {
            return !f.explicitItem && questions::likeness(f.question.prompt) < questions::kLikely;
        });
    m_wholeFileDecision = m_wholeFileDecision || (marked > 0 && unmarked > 0);
    if (marked >= kMarkedFile && marked * 5 >= found.size() * 4)
        found.removeIf([&](const Found &f) {
            if (f.explicitItem || questions::likeness(f.question.prompt) >= questions::kLikely)
                return false;
            m_headingQuestions -= f.node >= 0;
            return true;
        });
    return found;
}

void StructuredReader::visit(int n, bool withinCategory, QList<Found> &found)
{
    Node &node = m_nodes[n];
    const int from = node.block + 1;
    QList<Found> direct = itemsIn(from, node.contentEnd, true);
    const bool hasChildren = !node.children.isEmpty();
    const QString prompt = promptText(m_blocks[node.block].text, nullptr);
    const bool asks = questions::likeness(prompt) >= questions::kLikely;
    // Under a heading that asks, lines that only end in a question mark are its answer's
    // own questions ("Why does it matter?"), not questions of the bank.
    if (asks && std::all_of(direct.cbegin(), direct.cend(),
                            [](const Found &f) { return f.looseParagraph; }))
        direct.clear();
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
    // Neither a category nor a question, and what is under it read as if it were not
    // there: a line repeated between questions ("Have doubt in this question ??", three
    // times or more, over nothing that asks), or a number over the one heading that asks
    // ("## Question 22" / "### What …?").
    const int repeats =
        !hasChildren && direct.isEmpty() ? m_headingCounts.value(headingKey(node.block)) : 0;
    m_wholeFileDecision = m_wholeFileDecision || repeats >= 2;
    if (node.role == Role::Undecided && direct.isEmpty() &&
        ((!hasChildren && repeats >= kRepeatedHeading) ||
         (node.children.size() == 1 && isNumberedLabel(prompt) &&
          contentOutside(from, node.contentEnd, direct).isEmpty()))) {
        for (const int child : node.children)
            visit(child, withinCategory, found);
        return;
    }
    if (node.role != Role::Title && node.role != Role::Contents) {
        const std::optional<Role> role = roleOf(n, withinCategory, direct, asks);
        if (!role)
            return; // neither a category nor a question
        node.role = *role;
    }
    if (tracing())
        std::fprintf(stderr, "node %d L%d lvl%d role %d direct %d asks %d \"%s\"\n", n,
                     m_blocks[node.block].line, node.level, int(node.role), int(direct.size()),
                     int(asks), qPrintable(m_blocks[node.block].text.left(50)));
    switch (node.role) {
    case Role::Title:
        found += direct;
        break;
    case Role::Container: {
        // "Card 12", "Question 7" over its one question: that question's label, not a
        // category; the question goes to the category above.
        const bool label = direct.size() == 1 && !hasChildren && isNumberedLabel(prompt);
        for (Found f : direct) {
            f.category = label ? containerAbove(n) : node.block;
            found << f;
        }
        break;
    }
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

// The role of heading node n (not the title, not a table of contents) from what its
// section holds and whether it asks; nothing when it is neither a category nor a question:
// an empty section ("Table of Contents" over a list of links), or a section without
// questions among categories ("References").
std::optional<StructuredReader::Role>
StructuredReader::roleOf(int n, bool withinCategory, const QList<Found> &direct, bool asks) const
{
    const Node &node = m_nodes[n];
    const int from = node.block + 1;
    const bool hasChildren = !node.children.isEmpty();
    const bool described = onlyDescription(from, node.contentEnd, direct);
    const bool frequency = hasFrequencyLine(from, node.contentEnd);
    const bool childrenAsk = hasChildren && mostChildrenAsk(n);
    if (hasChildren && !asks && !frequency && (described || childrenAsk) &&
        (!withinCategory || childrenAsk || mostChildrenHoldQuestions(n)))
        return Role::Container;
    // (A numbered heading that asks is a question, whatever its answer holds: steps written
    // as bold labels are not questions of a category.)
    if (!hasChildren && holdsQuestions(from, node.end, direct) &&
        (described || (!asks && explicitItems(direct) >= 2)) &&
        !(asks && numberedHeading(node.block)))
        return onlyChildOfCategory(n) && levelAsks(node.level) ? Role::Group : Role::Container;
    if (!hasChildren && !asks && !frequency && !markedAsQuestion(node.block) &&
        (contentOutside(from, node.end, direct).isEmpty() || siblingsAreCategories(n)))
        return std::nullopt;
    // A heading that names a set of questions ("Coding questions", "Preguntas de React") is
    // their category, never a question.
    if (!asks && !markedAsQuestion(node.block) && namesQuestions(m_blocks[node.block].text))
        return Role::Container;
    return Role::Question;
}

// Whether blocks [from, to) are a table of contents: links to places in this file, in a
// list, a table or lines, with nothing else that says anything.
bool StructuredReader::isNavigation(int from, int to) const
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
bool StructuredReader::siblingsAreCategories(int n) const
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

int StructuredReader::explicitItems(const QList<Found> &items)
{
    return int(
        std::count_if(items.cbegin(), items.cend(), [](const Found &f) { return f.explicitItem; }));
}

// Whether the headings of this level decided so far are mostly questions.
bool StructuredReader::levelAsks(int level) const
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
bool StructuredReader::mostChildrenHoldQuestions(int n) const
{
    const QList<int> &children = m_nodes[n].children;
    int holding = 0;
    for (const int c : children)
        holding += holdsItems(c);
    return holding * 2 > children.size();
}

bool StructuredReader::holdsItems(int n) const
{
    const Node &node = m_nodes[n];
    if (node.children.isEmpty()) {
        const QList<Found> items =
            const_cast<StructuredReader *>(this)->itemsIn(node.block + 1, node.contentEnd, true);
        return items.size() >= 2;
    }
    int holding = 0;
    for (const int c : node.children)
        holding += holdsItems(c);
    return holding * 2 > node.children.size();
}

int StructuredReader::containerAbove(int n) const
{
    for (int p = m_nodes[n].parent; p >= 0; p = m_nodes[p].parent)
        if (m_nodes[p].role == Role::Container)
            return m_nodes[p].block;
    return -1;
}

// A heading whose questions are better told by its parent: the parent is a category
// among others, this is its only sub-heading, and the parent says nothing else.
bool StructuredReader::onlyChildOfCategory(int n) const
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
QList<int> StructuredReader::contentOutside(int from, int to, const QList<Found> &items) const
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
bool StructuredReader::onlyDescription(int from, int to, const QList<Found> &items) const
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
        if (b.kind == Kind::Paragraph && b.line == b.endLine && emphasisOnly.match(raw).hasMatch())
            continue;
        lines += b.endLine - b.line + 1;
        if (lines > 2)
            return false;
    }
    return true;
}

// Items make a section a list of questions: two or more, or one with nothing else.
bool StructuredReader::holdsQuestions(int from, int to, const QList<Found> &items) const
{
    return items.size() >= 2 || (items.size() == 1 && contentOutside(from, to, items).isEmpty());
}

bool StructuredReader::hasFrequencyLine(int from, int to) const
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
bool StructuredReader::mostChildrenAsk(int n) const
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
bool StructuredReader::markedAsQuestion(int heading) const
{
    static thread_local const QRE marked(QStringLiteral(R"(^\s*(q|question)\s*\d*\s*[.:]\s)"),
                                         QRE::CaseInsensitiveOption);
    const QString &text = m_blocks[heading].text;
    return !text.isEmpty() &&
           (text.front() == u'Q' || text.front() == u'q' || text.front().isSpace()) &&
           marked.match(text).hasMatch();
}

bool StructuredReader::numberedHeading(int heading) const
{
    static thread_local const QRE numbered(QStringLiteral(R"(^\s*(\d{1,4}[.)]|q\.?\s*\d*[.:])\s)"),
                                           QRE::CaseInsensitiveOption);
    return numbered.match(m_blocks[heading].text).hasMatch();
}

double StructuredReader::headingLikeness(int heading) const
{
    const QString prompt = promptText(m_blocks[heading].text, nullptr);
    double like = questions::likeness(prompt);
    // A numbered heading is a numbered question; with bank words around, a topic with
    // an answer is a study question.
    static thread_local const QRE numbered(QStringLiteral(R"(^\s*(\d{1,4}[.)]|q\.?\s*\d*[.:])\s)"),
                                           QRE::CaseInsensitiveOption);
    if (numbered.match(m_blocks[heading].text).hasMatch())
        like = std::max(like, 0.7);
    else if (m_bankSignal)
        like = std::max(like, kMinimumMeanLikeness);
    return like;
}

// A run of numbered list or table questions that starts again at 1 part-way through a
// bank continues the numbering: "1." in the second section is 21 when 20 came before.
void StructuredReader::continueNumbering(QList<Found> &found)
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

Found StructuredReader::headingQuestion(int h, int end)
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

} // namespace prepdeck::structured
