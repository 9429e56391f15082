// Reader for question banks written in Markdown (and plain text with Q:/A: pairs).
//
// Each heading's role comes from its own section. A heading with sub-headings and no more
// than a short description is a container: a category (or, alone at the top, the bank's
// title). Any other heading is a question, and everything below it, sub-headings
// included, is its answer. A heading whose section holds only questions (Q/A pairs,
// <details> blocks, question tables or numbered question lists) is a category when it
// stands on its own and a group inside its category otherwise. Lines inside code fences
// and <details> blocks are never structure.
#include "bankbuilder.h"
#include "layouts.h"
#include "plaintextmarkdown.h"
#include "textcleanup.h"
#include "translation.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace prepdeck {
namespace {

using QRE = QRegularExpression;

struct Line
{
    QString text;
    bool code = false; // inside a fenced code block, or one of its fences
};

struct Heading
{
    qsizetype index = 0;
    int level = 0;
    QString text;
};

// A question found inside a run of lines: Q/A pair, <details> block, table row, list item.
struct Item
{
    Question question;
    qsizetype first = 0; // lines [first, last] belong to the item
    qsizetype last = 0;
    bool listOrTable = false; // numbered list item or table row (may need renumbering)
    QString form;             // "Q/A pairs", "details blocks", "tables", "numbered lists"
};

// Items found in a run of lines, and what looked wrong there. Finding items changes
// nothing; the warnings count only if the items are used.
struct Found
{
    QList<Item> items;
    QList<ImportWarning> warnings;
};

const QRE &headingPattern()
{
    static const QRE re(QStringLiteral(R"(^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$)"));
    return re;
}
const QRE &fencePattern()
{
    static const QRE re(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    return re;
}
const QRE &questionMarker()
{
    static const QRE re(QStringLiteral(
        R"(^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:Q|Question)\s*\d*\s*:\s*(?:\*\*|__)?\s*(.*)$)"));
    return re;
}
const QRE &answerMarker()
{
    static const QRE re(QStringLiteral(
        R"(^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(?:A|Answer)\s*\d*\s*:\s*(?:\*\*|__)?\s*(.*)$)"));
    return re;
}
const QRE &horizontalRule()
{
    static const QRE re(QStringLiteral(R"(^\s{0,3}([-*_])(\s*\1){2,}\s*$)"));
    return re;
}
const QRE &frequencyLine()
{
    static const QRE re(
        QStringLiteral(R"(^\s*[*_]{0,2}\s*asked\s+in\s+(\d{1,3})\s*%[^*_]{0,40}[*_]{0,2}\s*$)"),
        QRE::CaseInsensitiveOption);
    return re;
}
const QRE &labelledLine()
{
    // "- **Follow-up question:** text", "**Hint:** text", "**Tip:** text"
    static const QRE re(QStringLiteral(
        R"(^\s*(?:[-*+]\s+)?(?:\*\*|__)([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*(?:\*\*|__)\s*(.*)$)"));
    return re;
}
const QRE &numberedItem()
{
    static const QRE re(QStringLiteral(R"(^ {0,3}(\d{1,5})[.)]\s+(.*)$)"));
    return re;
}
const QRE &boldTopic()
{
    // "**Topic:** concept", "**Topic**: concept", "**Topic** — concept"
    static const QRE re(
        QStringLiteral(R"(^(?:\*\*|__)(.+?)(?::(?:\*\*|__)|(?:\*\*|__)\s*[:—–-])\s*(.*)$)"));
    return re;
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

QString stripTrailingEmphasis(QString s)
{
    s = s.trimmed();
    while (s.endsWith(QLatin1String("**")) || s.endsWith(QLatin1String("__")))
        s.chop(2);
    return s.trimmed();
}

QString decodeEntities(QString text)
{
    static const QList<std::pair<QString, QString>> entities = {
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&#39;"), QStringLiteral("'")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&amp;"), QStringLiteral("&")}};
    for (const auto &[entity, character] : entities)
        text.replace(entity, character);
    return text;
}

enum class Label
{
    None,
    FollowUp,
    Hint,
    Tip
};

Label labelKind(const QString &label)
{
    const QString l = label.toLower().simplified();
    if (l.startsWith(QLatin1String("follow-up")) || l.startsWith(QLatin1String("follow up")) ||
        l.startsWith(QLatin1String("followup")))
        return Label::FollowUp;
    if (l == QLatin1String("hint") || l.startsWith(QLatin1String("key concept")))
        return Label::Hint;
    if (l == QLatin1String("tip") || l == QLatin1String("tips") ||
        l == QLatin1String("coaching tip") || l == QLatin1String("interview tip"))
        return Label::Tip;
    return Label::None;
}

QStringList splitTableRow(const QString &row)
{
    QString t = row.trimmed();
    if (t.startsWith(u'|'))
        t.remove(0, 1);
    if (t.endsWith(u'|') && !t.endsWith(QLatin1String("\\|")))
        t.chop(1);
    QStringList cells;
    QString cell;
    bool inCode = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'\\' && i + 1 < t.size() && t.at(i + 1) == u'|') {
            cell += u'|';
            ++i;
        } else if (c == u'`') {
            inCode = !inCode;
            cell += c;
        } else if (c == u'|' && !inCode) {
            cells << cell.trimmed();
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell.trimmed();
    return cells;
}

bool isTableDelimiter(const QString &line)
{
    static const QRE re(QStringLiteral(R"(^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)+\|?\s*$)"));
    return re.match(line).hasMatch();
}

class MarkdownReader
{
public:
    explicit MarkdownReader(const SourceText &source) : m_source(source)
    {
        bool inFence = false;
        QString fenceMark;
        qsizetype fenceLine = 0;
        for (const QString &text : source.lines) {
            Line line{text, inFence};
            if (const auto m = fencePattern().match(text); m.hasMatch()) {
                const QString mark = m.captured(1);
                if (!inFence) {
                    inFence = true;
                    fenceMark = mark;
                    fenceLine = m_lines.size();
                    line.code = true;
                } else if (mark.at(0) == fenceMark.at(0) && mark.size() >= fenceMark.size() &&
                           text.trimmed() == mark) {
                    inFence = false;
                    line.code = true;
                }
            }
            m_lines.append(line);
        }
        if (inFence)
            m_parsed.warnings.append(
                {static_cast<int>(fenceLine + 1),
                 ImportText::tr("the code block that starts here is never closed with %1, so "
                                "everything after it was read as code. Close it and import again.")
                     .arg(fenceMark)});
        int detailsDepth = 0;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].code)
                continue;
            const QString &text = m_lines[i].text;
            detailsDepth += text.count(QLatin1String("<details"), Qt::CaseInsensitive);
            detailsDepth -= text.count(QLatin1String("</details>"), Qt::CaseInsensitive);
            detailsDepth = std::max(detailsDepth, 0);
            if (detailsDepth > 0)
                continue; // a heading inside a <details> block belongs to its answer
            if (const auto m = headingPattern().match(text); m.hasMatch())
                m_headings.append({i, static_cast<int>(m.capturedLength(1)), m.captured(2)});
        }
        m_plainText = !looksLikeMarkdown();
    }

    std::optional<ParsedBanks> read()
    {
        buildTree();

        // A lone level-1 heading above the rest names the bank.
        QString title;
        const auto levelOne = std::count_if(m_headings.cbegin(), m_headings.cend(),
                                            [](const Heading &h) { return h.level == 1; });
        if (m_headings.size() > 1 && m_headings.first().level == 1 && levelOne == 1 &&
            !m_nodes.first().children.isEmpty()) {
            title = cleanup::categoryName(m_headings.first().text);
            m_nodes.first().role = Role::Title;
        }
        BankBuilder bank(m_source.chosenOr(title));

        // Questions above the first heading.
        const qsizetype firstHeading =
            m_headings.isEmpty() ? m_lines.size() : m_headings.first().index;
        use(bank, m_general, findItems(0, firstHeading, true), {});

        for (qsizetype n = 0; n < m_nodes.size(); ++n)
            if (m_nodes[n].parent < 0)
                visit(bank, n);

        if (bank.isEmpty())
            return std::nullopt;
        // Where most heading questions have answers, an empty one is probably a mistake.
        if (m_headingQuestions - m_emptyHeadingAnswers.size() > m_emptyHeadingAnswers.size())
            for (const auto &[line, prompt] : std::as_const(m_emptyHeadingAnswers))
                m_parsed.warnings.append(
                    {line, ImportText::tr("the question \"%1\" has no answer below its heading.")
                               .arg(prompt)});
        std::stable_sort(
            m_parsed.warnings.begin(), m_parsed.warnings.end(),
            [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
        m_parsed.banks.append(bank.take());
        m_parsed.layout = describeLayout();
        return m_parsed;
    }

private:
    enum class Role
    {
        Undecided,
        Title,
        Container,
        Group,
        Question
    };

    struct Node
    {
        qsizetype heading = 0;    // index into m_headings
        qsizetype contentEnd = 0; // end of the text before the first sub-heading
        qsizetype end = 0;        // end of the whole section
        qsizetype parent = -1;
        QList<qsizetype> children;
        Role role = Role::Undecided;
    };

    void buildTree()
    {
        QList<qsizetype> stack;
        for (qsizetype h = 0; h < m_headings.size(); ++h) {
            while (!stack.isEmpty() &&
                   m_headings[m_nodes[stack.last()].heading].level >= m_headings[h].level)
                stack.removeLast();
            Node node;
            node.heading = h;
            node.parent = stack.isEmpty() ? -1 : stack.last();
            if (node.parent >= 0)
                m_nodes[node.parent].children << m_nodes.size();
            stack << m_nodes.size();
            m_nodes << node;
        }
        for (qsizetype n = 0; n < m_nodes.size(); ++n) {
            Node &node = m_nodes[n];
            const int level = m_headings[node.heading].level;
            node.end = m_lines.size();
            for (qsizetype h = node.heading + 1; h < m_headings.size(); ++h) {
                if (m_headings[h].level <= level) {
                    node.end = m_headings[h].index;
                    break;
                }
            }
            node.contentEnd = node.children.isEmpty()
                                  ? node.end
                                  : m_headings[m_nodes[node.children.first()].heading].index;
        }
    }

    // The category a node's questions go to: the nearest container above it, if any.
    QString categoryAbove(qsizetype n) const
    {
        for (qsizetype p = m_nodes[n].parent; p >= 0; p = m_nodes[p].parent)
            if (m_nodes[p].role == Role::Container)
                return nameOf(p);
        return m_general;
    }

    QString nameOf(qsizetype n) const
    {
        const QString name = cleanup::categoryName(m_headings[m_nodes[n].heading].text);
        return name.isEmpty() ? m_general : name;
    }

    // The lines in [from, to) that no item covers and that say something: not blank, not a rule.
    QList<qsizetype> contentOutside(qsizetype from, qsizetype to, const QList<Item> &items) const
    {
        QList<bool> covered(to - from, false);
        for (const Item &it : items)
            for (qsizetype i = it.first; i <= it.last; ++i)
                covered[i - from] = true;
        QList<qsizetype> out;
        for (qsizetype i = from; i < to; ++i) {
            if (covered[i - from])
                continue;
            const QString t = m_lines[i].text.trimmed();
            if (!t.isEmpty() && !horizontalRule().match(t).hasMatch())
                out << i;
        }
        return out;
    }

    // A short description at most: no code, lists or tables, two short lines or fewer.
    bool onlyDescription(qsizetype from, qsizetype to, const QList<Item> &items) const
    {
        int lines = 0;
        static const QRE listOrTable(QStringLiteral(R"(^\s*([-*+]|\d+[.)])\s|^\s*\|)"));
        // "*Focus: …*", "**You're ready!**": decoration, not content
        static const QRE emphasisOnly(QStringLiteral(R"(^([*_]{1,2})[^*_].*\1$)"));
        for (qsizetype i : contentOutside(from, to, items)) {
            const QString t = m_lines[i].text.trimmed();
            if (m_lines[i].code || listOrTable.match(t).hasMatch() || t.size() > 200)
                return false;
            if (!emphasisOnly.match(t).hasMatch() && ++lines > 2)
                return false;
        }
        return true;
    }

    // Whether items make a section a list of questions: two or more real ones (a "Q:" with
    // no "A:" in running text does not count), or one with nothing else around it.
    bool holdsQuestions(qsizetype from, qsizetype to, const QList<Item> &items) const
    {
        const auto real = std::count_if(items.cbegin(), items.cend(), [](const Item &it) {
            return it.form != QLatin1String("Q/A pairs") || !it.question.answer.isEmpty();
        });
        return real >= 2 || (real == 1 && onlyItems(from, to, items));
    }

    bool hasFrequencyLine(qsizetype from, qsizetype to) const
    {
        for (qsizetype i = from; i < to; ++i)
            if (!m_lines[i].code && frequencyLine().match(m_lines[i].text).hasMatch())
                return true;
        return false;
    }

    // Sub-headings that are questions ("What is …?") make their parent a category even
    // inside another category.
    bool mostChildrenAsk(qsizetype n) const
    {
        const QList<qsizetype> &children = m_nodes[n].children;
        const auto asking = std::count_if(children.cbegin(), children.cend(), [&](qsizetype c) {
            return cleanup::withoutEmphasis(m_headings[m_nodes[c].heading].text).endsWith(u'?');
        });
        return asking * 2 > children.size();
    }

    void visit(BankBuilder &bank, qsizetype n)
    {
        Node &node = m_nodes[n];
        const Heading &h = m_headings[node.heading];
        const qsizetype contentStart = h.index + 1;
        const Found direct = findItems(contentStart, node.contentEnd, true);
        const bool hasChildren = !node.children.isEmpty();
        const bool asks = cleanup::withoutEmphasis(h.text).endsWith(u'?');

        if (node.role != Role::Title) {
            const bool described = onlyDescription(contentStart, node.contentEnd, direct.items);
            const bool inCategory = categoryAbove(n) != m_general;
            if (hasChildren && !asks && described &&
                !hasFrequencyLine(contentStart, node.contentEnd) &&
                (!inCategory || mostChildrenAsk(n)))
                node.role = Role::Container;
            else if (!hasChildren && holdsQuestions(contentStart, node.end, direct.items) &&
                     described)
                node.role = inCategory ? Role::Group : Role::Container;
            else
                node.role = Role::Question;
        }

        switch (node.role) {
        case Role::Title:
            use(bank, m_general, direct, {});
            break;
        case Role::Container:
            use(bank, nameOf(n), direct, {});
            break;
        case Role::Group:
            use(bank, categoryAbove(n), direct, QStringList{nameOf(n)});
            return;
        case Role::Question:
            readQuestion(bank, categoryAbove(n), h, node.end);
            return; // sub-headings are part of the answer
        case Role::Undecided:
            break;
        }
        for (const qsizetype child : node.children)
            visit(bank, child);
    }

    bool looksLikeMarkdown() const
    {
        static const QRE signals_(QStringLiteral(
            R"((^ {0,3}#{1,6}\s)|(\*\*[^*]+\*\*)|(^ {0,3}(```|~~~))|(\[[^\]]+\]\([^)]+\))|(^\s*\|.*\|\s*$)|(^\s*<details))"));
        for (const Line &l : m_lines)
            if (signals_.match(l.text).hasMatch())
                return true;
        return false;
    }

    QString describeLayout() const
    {
        QStringList forms;
        for (const char *form :
             {"headings", "Q/A pairs", "details blocks", "tables", "numbered lists"})
            if (m_seen.contains(QLatin1String(form)))
                forms << QLatin1String(form);
        return (m_plainText ? QStringLiteral("plain text: ") : QStringLiteral("markdown: ")) +
               forms.join(QLatin1String(", "));
    }

    QString answerFrom(qsizetype from, qsizetype to) const
    {
        QStringList lines;
        for (qsizetype i = from; i < to; ++i)
            lines << m_lines[i].text;
        return answerFromLines(std::move(lines));
    }

    // Answer text from lines: Markdown as it stands, or plain text converted.
    QString answerFromLines(QStringList lines) const
    {
        auto isEdge = [](const QString &l) {
            return isBlank(l) || horizontalRule().match(l).hasMatch();
        };
        while (!lines.isEmpty() && isEdge(lines.first()))
            lines.removeFirst();
        while (!lines.isEmpty() && isEdge(lines.last()))
            lines.removeLast();
        if (m_plainText)
            return plaintext::toMarkdown(lines);
        for (QString &l : lines)
            while (!l.isEmpty() && l.back().isSpace() && !l.endsWith(QLatin1String("  ")))
                l.chop(1);
        return lines.join(QLatin1Char('\n'));
    }

    QString inlineText(const QString &text) const
    {
        return m_plainText ? plaintext::escapeLine(text) : text.trimmed();
    }

    void readQuestion(BankBuilder &bank, const QString &category, const Heading &h, qsizetype end)
    {
        m_seen.insert(QStringLiteral("headings"));
        Question q;
        q.prompt = cleanup::questionPrompt(h.text, &q.number);
        q.sourceFile = m_source.fileName;
        q.sourceLine = static_cast<int>(h.index + 1);

        QStringList kept;
        for (qsizetype i = h.index + 1; i < end; ++i) {
            const Line &line = m_lines[i];
            if (!line.code) {
                if (const auto m = frequencyLine().match(line.text); m.hasMatch() && !q.frequency) {
                    q.frequency = std::min(100, m.captured(1).toInt());
                    continue;
                }
                if (const auto m = labelledLine().match(line.text); m.hasMatch()) {
                    const QString value = inlineText(m.captured(2));
                    const Label kind = labelKind(m.captured(1));
                    if (kind == Label::FollowUp) {
                        q.followUps << value;
                        continue;
                    }
                    if (kind == Label::Hint) {
                        q.hint = value;
                        continue;
                    }
                    if (kind == Label::Tip) {
                        q.tips << value;
                        continue;
                    }
                }
            }
            kept << line.text;
        }
        q.answer = answerFromLines(kept);
        if (q.prompt.isEmpty()) {
            m_parsed.warnings.append(
                {q.sourceLine, ImportText::tr("a heading with no text was skipped.")});
            return;
        }
        trackNumber(q.number);
        ++m_headingQuestions;
        if (q.answer.isEmpty())
            m_emptyHeadingAnswers.append({q.sourceLine, q.prompt});
        bank.add(category, q);
    }

    void trackNumber(const std::optional<int> &number)
    {
        if (number)
            m_lastNumber = std::max(m_lastNumber, *number);
    }

    void use(BankBuilder &bank, const QString &category, Found found, const QStringList &tags)
    {
        m_parsed.warnings << found.warnings;
        QList<Item> &items = found.items;
        // A numbered list that starts again at 1 part-way through a bank continues the
        // numbering: "1." under the second section is question 21 when 20 came before.
        qsizetype k = 0;
        while (k < items.size()) {
            if (!items[k].listOrTable || !items[k].question.number) {
                trackNumber(items[k].question.number);
                ++k;
                continue;
            }
            qsizetype runEnd = k;
            while (runEnd < items.size() && items[runEnd].listOrTable &&
                   items[runEnd].question.number)
                ++runEnd;
            const int offset = *items[k].question.number <= m_lastNumber ? m_lastNumber : 0;
            for (qsizetype j = k; j < runEnd; ++j) {
                *items[j].question.number += offset;
                trackNumber(items[j].question.number);
            }
            k = runEnd;
        }
        for (Item &item : items) {
            m_seen.insert(item.form);
            item.question.tags << tags;
            if (!item.question.prompt.isEmpty())
                bank.add(category, item.question);
        }
    }

    // True when nothing but items (and blank lines and rules) is in range.
    bool onlyItems(qsizetype from, qsizetype to, const QList<Item> &items) const
    {
        return contentOutside(from, to, items).isEmpty();
    }

    Question newQuestion(qsizetype line) const
    {
        Question q;
        q.sourceFile = m_source.fileName;
        q.sourceLine = static_cast<int>(line + 1);
        return q;
    }

    // Questions in lines [from, to), without changing anything.
    Found findItems(qsizetype from, qsizetype to, bool listsAndTables) const
    {
        Found found;
        qsizetype i = from;
        while (i < to) {
            if (m_lines[i].code) {
                ++i;
                continue;
            }
            qsizetype next = readQaPair(i, to, found);
            if (next == i)
                next = readDetails(i, to, found);
            if (next == i && listsAndTables)
                next = readQuestionTable(i, to, found);
            if (next == i && listsAndTables)
                next = readQuestionList(i, to, found);
            i = next > i ? next : i + 1;
        }
        return found;
    }

    bool endsAnswer(const Line &l) const
    {
        return !l.code && (questionMarker().match(l.text).hasMatch() ||
                           headingPattern().match(l.text).hasMatch() ||
                           horizontalRule().match(l.text).hasMatch() ||
                           l.text.trimmed().startsWith(QLatin1String("<details")));
    }

    qsizetype readQaPair(qsizetype i, qsizetype to, Found &found) const
    {
        const auto qm = questionMarker().match(m_lines[i].text);
        if (!qm.hasMatch())
            return i;
        Item item{newQuestion(i), i, i, false, QStringLiteral("Q/A pairs")};
        QString prompt = stripTrailingEmphasis(qm.captured(1));
        qsizetype j = i + 1;
        // The question may run on over following lines until the answer marker.
        while (j < to && !m_lines[j].code && !isBlank(m_lines[j].text) &&
               !answerMarker().match(m_lines[j].text).hasMatch() &&
               !questionMarker().match(m_lines[j].text).hasMatch() &&
               !headingPattern().match(m_lines[j].text).hasMatch()) {
            prompt += QLatin1Char(' ') + stripTrailingEmphasis(m_lines[j].text);
            ++j;
        }
        qsizetype k = j;
        while (k < to && isBlank(m_lines[k].text))
            ++k;
        item.question.prompt = cleanup::questionPrompt(prompt);
        const auto am = k < to && !m_lines[k].code ? answerMarker().match(m_lines[k].text)
                                                   : QRegularExpressionMatch();
        if (!am.hasMatch()) {
            found.warnings.append({item.question.sourceLine,
                                   ImportText::tr("the question \"%1\" has no \"A:\" answer line "
                                                  "after it; it was imported without an answer.")
                                       .arg(item.question.prompt)});
            item.last = j - 1;
            found.items.append(item);
            return j;
        }
        qsizetype end = k + 1;
        while (end < to && !endsAnswer(m_lines[end]))
            ++end;
        // The answer is the text after "A:" plus the lines below it.
        QStringList lines{am.captured(1)};
        for (qsizetype x = k + 1; x < end; ++x)
            lines << m_lines[x].text;
        if (m_plainText) {
            while (!lines.isEmpty() && isBlank(lines.last()))
                lines.removeLast();
            item.question.answer = plaintext::toMarkdown(lines);
        } else {
            item.question.answer = answerFromLines(lines);
        }
        item.last = end - 1;
        while (item.last > k && isBlank(m_lines[item.last].text))
            --item.last;
        found.items.append(item);
        return end;
    }

    qsizetype readDetails(qsizetype i, qsizetype to, Found &found) const
    {
        if (!m_lines[i].text.trimmed().startsWith(QLatin1String("<details"), Qt::CaseInsensitive))
            return i;
        qsizetype end = i;
        while (end < to &&
               !m_lines[end].text.contains(QLatin1String("</details>"), Qt::CaseInsensitive))
            ++end;
        if (end >= to) {
            found.warnings.append(
                {static_cast<int>(i + 1), ImportText::tr("a <details> block is never closed with "
                                                         "</details>; it was skipped.")});
            return i + 1;
        }
        QStringList block;
        for (qsizetype x = i; x <= end; ++x)
            block << m_lines[x].text;
        const QString all = block.join(QLatin1Char('\n'));
        static const QRE summary(QStringLiteral(R"(<summary[^>]*>(.*?)</summary>)"),
                                 QRE::CaseInsensitiveOption | QRE::DotMatchesEverythingOption);
        const auto m = summary.match(all);
        if (!m.hasMatch())
            return i;
        static const QRE tags(QStringLiteral(R"(<[^>]+>)"));
        Item item{newQuestion(i), i, end, false, QStringLiteral("details blocks")};
        item.question.prompt =
            cleanup::questionPrompt(decodeEntities(QString(m.captured(1)).remove(tags)));
        QString body = all.mid(m.capturedEnd(0));
        body = body.left(body.lastIndexOf(QLatin1String("</details>"), -1, Qt::CaseInsensitive));
        item.question.answer = answerFromLines(body.split(QLatin1Char('\n')));
        found.items.append(item);
        return end + 1;
    }

    qsizetype readQuestionTable(qsizetype i, qsizetype to, Found &found) const
    {
        if (i + 1 >= to || !m_lines[i].text.trimmed().startsWith(u'|') ||
            !isTableDelimiter(m_lines[i + 1].text))
            return i;
        const QStringList header = splitTableRow(m_lines[i].text);
        int numberCol = -1, questionCol = -1, answerCol = -1, hintCol = -1;
        static const QRE numberHeader(QStringLiteral(R"(^(no\.?|#|n|nr\.?|num(ber)?)$)"));
        for (int c = 0; c < header.size(); ++c) {
            const QString h = cleanup::withoutEmphasis(header[c]).toLower();
            auto has = [&](const char *word) {
                return h.contains(QLatin1String(word));
            };
            if (numberCol < 0 && numberHeader.match(h).hasMatch())
                numberCol = c;
            else if (questionCol < 0 &&
                     (has("question") || has("topic") || h == QLatin1String("prompt")))
                questionCol = c;
            else if (answerCol < 0 && (has("answer") || has("explanation") || has("solution")))
                answerCol = c;
            else if (hintCol < 0 && (has("concept") || has("hint") || has("context") || has("key")))
                hintCol = c;
        }
        if (questionCol < 0)
            return i;
        qsizetype j = i + 2;
        for (; j < to && m_lines[j].text.trimmed().startsWith(u'|'); ++j) {
            const QStringList cells = splitTableRow(m_lines[j].text);
            auto cell = [&](int c) {
                return c >= 0 && c < cells.size() ? cells[c] : QString();
            };
            // The first row's item also covers the header and delimiter rows.
            Item item{newQuestion(j), j == i + 2 ? i : j, j, true, QStringLiteral("tables")};
            item.question.prompt = cleanup::questionPrompt(cell(questionCol));
            bool ok = false;
            const int n = cell(numberCol).toInt(&ok);
            if (ok)
                item.question.number = n;
            item.question.answer = cell(answerCol);
            item.question.hint = cell(hintCol);
            found.items.append(item);
        }
        return j;
    }

    // "1. **Topic:** concept", "1. Question?" — optionally followed by the answer, up to the
    // next item of the list.
    qsizetype readQuestionList(qsizetype i, qsizetype to, Found &found) const
    {
        const auto first = numberedItem().match(m_lines[i].text);
        if (!first.hasMatch())
            return i;
        QList<Item> items;
        qsizetype questionLike = 0;
        qsizetype j = i;
        int expected = first.captured(1).toInt();
        while (j < to) {
            const auto m =
                m_lines[j].code ? QRegularExpressionMatch() : numberedItem().match(m_lines[j].text);
            if (!m.hasMatch() || m.captured(1).toInt() != expected)
                break;
            Item item{newQuestion(j), j, j, true, QStringLiteral("numbered lists")};
            item.question.number = expected;
            const QString text = m.captured(2).trimmed();
            if (const auto t = boldTopic().match(text); t.hasMatch()) {
                item.question.prompt = cleanup::questionPrompt(t.captured(1));
                item.question.hint = t.captured(2).trimmed();
                ++questionLike;
            } else {
                item.question.prompt = cleanup::questionPrompt(text);
                questionLike += text.endsWith(u'?');
            }
            // What follows, up to the next item, a heading or a rule, is the answer.
            qsizetype k = j + 1;
            while (k < to) {
                const Line &l = m_lines[k];
                if (!l.code) {
                    const auto next = numberedItem().match(l.text);
                    if ((next.hasMatch() && next.captured(1).toInt() == expected + 1) ||
                        endsAnswer(l))
                        break;
                }
                ++k;
            }
            QStringList body;
            for (qsizetype x = j + 1; x < k; ++x)
                body << m_lines[x].text;
            // Indented continuation lines belong to the item; dedent them.
            for (QString &b : body)
                if (b.startsWith(QLatin1String("   ")))
                    b = b.mid(b.startsWith(QLatin1String("    ")) ? 4 : 3);
            item.question.answer = answerFromLines(body);
            item.last = k - 1;
            while (item.last > j && isBlank(m_lines[item.last].text))
                --item.last;
            items.append(item);
            j = k;
            ++expected;
        }
        // Only a list that reads as questions is one; any other list is text.
        if (items.size() < 2 || questionLike * 5 < items.size() * 4)
            return i + 1;
        found.items << items;
        return j;
    }

    const SourceText &m_source;
    const QString m_general = QStringLiteral("General");
    QList<Line> m_lines;
    QList<Heading> m_headings;
    QList<Node> m_nodes;
    bool m_plainText = false;
    int m_lastNumber = 0;
    qsizetype m_headingQuestions = 0;
    QList<std::pair<int, QString>> m_emptyHeadingAnswers;
    QSet<QString> m_seen;
    ParsedBanks m_parsed;
};

} // namespace

std::optional<ParsedBanks> readMarkdown(const SourceText &source)
{
    return MarkdownReader(source).read();
}

} // namespace prepdeck
