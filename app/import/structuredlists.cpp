// The Markdown reader (see structuredreaderclass.h): questions as the items of lists and
// the rows of tables, and the answers written under them.
#include "structuredreaderclass.h"

#include "answercleaning.h"
#include "questionlikeness.h"
#include "readertext.h"

#include <QRegularExpression>

namespace prepdeck::structured {

using namespace readertext;

// "**Topic:** what to say about it": a bold label opening an item, with text after it.
std::optional<std::pair<QString, QString>> StructuredReader::labelled(const Block &item) const
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

double StructuredReader::itemLikeness(const Block &item) const
{
    // A numbered list of labelled items is a list of study topics.
    if (item.ordered && labelled(item))
        return questions::kLikely;
    return questions::likeness(promptText(item.text, nullptr));
}

// The items of lists of questions; nothing when the lists are not (links, tips).
QList<Found> StructuredReader::listQuestions(const QList<int> &lists)
{
    QList<int> items;
    for (const int list : lists) {
        const int end = endOf(list);
        for (int j = list + 1; j < end; ++j)
            if (m_blocks[j].kind == Kind::Item && m_blocks[j].parent == list)
                items << j;
    }
    if (items.isEmpty() || !asksMostly(items))
        return {};
    QList<Found> found;
    int previousList = -1;
    for (const int j : std::as_const(items)) {
        const Block &item = m_blocks[j];
        const int list = item.parent;
        const bool firstOfList = list != previousList;
        previousList = list;
        if (item.text.isEmpty())
            continue;
        // An item of nothing but inline code continues the question above it.
        if (item.codeOnly && !found.isEmpty()) {
            Question &prev = found.last().question;
            prev.context += (prev.context.isEmpty() ? QString() : QStringLiteral("\n")) +
                            QStringLiteral("- `") + item.text + QLatin1Char('`');
            found.last().lastBlock = endOf(j) - 1;
            continue;
        }
        // A statement written a little deeper than the question above it, in the same list:
        // a sub-item of that question's answer, indented one space short of nesting.
        if (!found.isEmpty() && !firstOfList && found.last().container == list &&
            indentColumns(lineText(item.line)) > indentColumns(lineText(m_blocks[list + 1].line)) &&
            itemLikeness(item) < questions::kLikely) {
            Question &prev = found.last().question;
            const QString more = cleanText(linesBetween(item.line, m_blocks[endOf(j) - 1].endLine));
            prev.answer += (prev.answer.isEmpty() ? QString() : QStringLiteral("\n")) + more;
            found.last().lastBlock = endOf(j) - 1;
            continue;
        }
        found << itemQuestion(j, firstOfList);
    }
    return found;
}

// Whether list items read as questions: most of them ask, and few are entries of a list
// of links ("[Name](url) - description").
bool StructuredReader::asksMostly(const QList<int> &items) const
{
    int likely = 0, linkEntries = 0, counted = 0;
    for (const int j : items) {
        const Block &item = m_blocks[j];
        if (item.codeOnly || item.text.isEmpty())
            continue;
        ++counted;
        const double like = itemLikeness(item);
        likely += like >= questions::kLikely;
        linkEntries += (item.startsWithLink || item.linkOnly) && like < questions::kLikely;
    }
    return counted > 0 && likely >= kQuestionListShare * counted &&
           linkEntries < kLinkListShare * counted;
}

// The question of list item j (the first of its list when firstOfList): its text, or a
// "Topic: hint" label's topic, or its first line when the lines under it answer.
Found StructuredReader::itemQuestion(int j, bool firstOfList)
{
    const Block &item = m_blocks[j];
    const int list = item.parent;
    const int itemEnd = endOf(j);
    Found f;
    Question &q = f.question;
    if (item.ordered)
        if (const auto topic = labelled(item)) {
            q.prompt = promptText(topic->first, &q.number);
            q.hint = topic->second;
        }
    // In plain text a line break is a line break: the item's first line asks, the lines
    // under it answer. In Markdown too when that line ends as a question and the lines
    // under it do not ("1. What is a zombie process?" / "   A child…").
    int answerFrom = -1;
    if (q.prompt.isEmpty() && j + 1 < itemEnd && m_blocks[j + 1].kind == Kind::Paragraph &&
        m_blocks[j + 1].endLine > item.line) {
        static thread_local const QRE marker(QStringLiteral(R"(^\s*([-*+]|\d{1,5}[.)])\s+)"));
        QString firstLine = lineText(item.line);
        firstLine.remove(marker);
        const bool asksAlone = questions::endsAsQuestion(firstLine) &&
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
    return f;
}

// Rows of a table with a question (or topic) column.
QList<Found> StructuredReader::tableQuestions(int table)
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
    // Columns that say more of the answer ("Deep dive", "Example", "Why"): each a labelled
    // paragraph after it.
    QList<int> more;
    if (answerCol >= 0)
        for (int c = 0; c < names.size(); ++c)
            if (c != numberCol && c != questionCol && c != answerCol && c != hintCol &&
                !names[c].trimmed().isEmpty())
                more << c;
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
        for (const int c : std::as_const(more))
            if (const QString text = cell(c); !text.isEmpty())
                q.answer += (q.answer.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                            QStringLiteral("**%1:** %2").arg(names[c].trimmed(), text);
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

// The blocks after a list of answered questions, up to the next question, that no item
// holds: an answer whose writer lost its indentation ("- How …?" with "You need this:" and
// its code at the margin below). They run on the last item's answer, as they read on paper.
void StructuredReader::continueListAnswers(QList<Found> &found, int to) const
{
    for (qsizetype k = 0; k < found.size(); ++k) {
        Found &f = found[k];
        if (f.container < 0 || m_blocks[f.container].kind != Kind::List)
            continue;
        const int listEnd = endOf(f.container);
        if (f.lastBlock != listEnd - 1)
            continue; // not its list's last item
        int items = 0, answered = 0;
        for (const Found &other : std::as_const(found))
            if (other.container == f.container) {
                ++items;
                answered += !other.question.answer.isEmpty();
            }
        if (answered * 2 < items)
            continue; // a list of questions alone: what follows is the section's
        const int next = k + 1 < found.size() ? found[k + 1].firstBlock : to;
        int first = -1, last = -1;
        for (int j = listEnd; j < next; ++j) {
            const Block &n = m_blocks[j];
            if (isHeading(j) || n.kind == Kind::Rule)
                break;
            if (n.parent >= 0 || m_ignored[j])
                continue;
            if (endOf(j) == next && titlesQuestionsBelow(j))
                break;
            if (first < 0)
                first = j;
            last = endOf(j) - 1;
        }
        if (first < 0)
            continue;
        Question more;
        fillAnswer(more, m_blocks[first].line, m_blocks[last].endLine);
        if (more.answer.isEmpty())
            continue;
        Question &q = f.question;
        q.answer =
            q.answer.isEmpty() ? more.answer : q.answer + QLatin1String("\n\n") + more.answer;
        f.lastBlock = last;
    }
}

} // namespace prepdeck::structured
