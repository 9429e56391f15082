// The Markdown reader (see structuredreaderclass.h): questions as items: <details> blocks, Q/A
// pairs, cards, bold paragraphs, lists, tables.
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

// The questions that are items among blocks [from, to): <details> blocks, Q/A pairs,
// and (when lists) question lists, bold paragraphs and question tables.
QList<Found> StructuredReader::itemsIn(int from, int to, bool lists)
{
    QList<Found> found;
    QList<int> listBlocks;
    // Questions asked in paragraphs of their own: each answered by the blocks up to the next.
    const QList<int> asked = lists ? askedParagraphs(from, to) : QList<int>{};
    const auto takeAsked = [&](int &i) {
        // A paragraph, or the items of a list.
        qsizetype k = asked.indexOf(m_blocks[i].kind == Kind::List ? i + 1 : i);
        if (k < 0)
            return false;
        const int list = m_blocks[i].kind == Kind::List ? i : -1;
        do {
            found << askedQuestion(asked[k], k + 1 < asked.size() ? asked[k + 1] : to);
            ++k;
        } while (list >= 0 && k < asked.size() && m_blocks[asked[k]].parent == list);
        i = found.last().lastBlock;
        return true;
    };
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
        if (!lists || takeAsked(i))
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

Found StructuredReader::detailsQuestion(const Details &d)
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

int StructuredReader::detailsAnswerFirstLine(const Details &d)
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
bool StructuredReader::closesInText(int block) const
{
    const Block &b = m_blocks[block];
    if (b.kind != Kind::Paragraph || m_quoted[block])
        return false;
    for (int line = b.line; line <= b.endLine; ++line)
        if (lineText(line).contains(QLatin1String("</details>"), Qt::CaseInsensitive))
            return true;
    return false;
}

int StructuredReader::detailsAnswerLastLine(const Details &d) const
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
                return b.line + k - (lines[k].trimmed().startsWith(QLatin1String("</")) ? 1 : 0);
    }
    return b.endLine;
}

// "Q: …" then "A: …" (or **Q:** / **A:**): the question and the last block of its answer.
// Flashcards as Obsidian's spaced-repetition notes write them, in a paragraph:
// "Question::Answer" (or ":::" for a card both ways) a line each, or question lines, a
// line "?" (or "??"), then answer lines.
QList<Found> StructuredReader::cardsIn(int i)
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

namespace {

// "Q:", "Question 3.", "Frage:", "Pregunta:", "Вопрос:" opening a Q/A pair's question.
const QRE &pairQuestionMarker()
{
    static thread_local const QRE marker(
        QStringLiteral(R"(^\s*(?:Q|Question|F|Frage|P|Pregunta|В|Вопрос)\s*\d*\s*[:.)]\s*(.+)$)"));
    return marker;
}

// Whether text opens a Q/A pair (the marker's first letter is checked first: the pattern
// runs only where it can match).
bool opensPair(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    return !t.isEmpty() && QStringView(u"QFPВ").contains(t.front()) &&
           pairQuestionMarker().match(text).hasMatch();
}

} // namespace

std::optional<std::pair<Found, int>> StructuredReader::qaPair(int i, int to)
{
    const QRE &questionMarker = pairQuestionMarker();
    static thread_local const QRE answerMarker(QStringLiteral(
        R"(^\s*(?:[*_]{1,2})?\s*(?:(?:[Ss]ample|[Ss]uggested|[Mm]odel|[Ee]xample|[Pp]ossible)\s+)"
        R"([Aa]nswer|A|Answer|Solution|Antwort|R|Respuesta|Resposta|Réponse|О|Ответ))"
        R"(\s*\d*\s*[:.)]\s*(?:[*_]{1,2})?\s*(.*)$)"));
    const Block &b = m_blocks[i];
    if (!opensPair(b.text))
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
    int endLine = answerLine ? m_blocks[last].endLine : b.endLine;
    extendPairAnswer(to, last, endLine);
    Found f;
    Question &q = f.question;
    QString questionText;
    const int questionEnd = answerLine ? answerLine : b.endLine + 1;
    for (int line = b.line; line < questionEnd && line <= b.endLine; ++line)
        questionText += lineText(line) + QLatin1Char(' ');
    questionText = questionMarker.match(QString(questionText).remove(QLatin1String("**")).trimmed())
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

// The blocks after a Q/A pair's answer marker (up to block `last`, line `endLine`) that
// still belong to its answer: up to the next question, heading or rule.
void StructuredReader::extendPairAnswer(int to, int &last, int &endLine) const
{
    for (int j = last + 1; j < to; ++j) {
        const Block &n = m_blocks[j];
        if (n.parent >= 0)
            continue; // inside a list or quote already counted
        if (isHeading(j) || n.kind == Kind::Rule ||
            (n.kind == Kind::Paragraph && opensPair(n.text)))
            break;
        endLine = std::max(endLine, n.endLine);
        last =
            std::max(last, (n.kind == Kind::List || n.kind == Kind::Quote || n.kind == Kind::Table)
                               ? endOf(j) - 1
                               : j);
    }
}

std::pair<Found, int> StructuredReader::boldQuestion(int i, int to)
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

} // namespace prepdeck::structured
