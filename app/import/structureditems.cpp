// The Markdown reader (see structuredreaderclass.h): questions as items: <details> blocks, Q/A
// pairs, cards, bold paragraphs; lists and tables are weighed in structuredlists.cpp.
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
            found += askedQuestion(asked[k], k + 1 < asked.size() ? asked[k + 1] : to);
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
        continueListAnswers(found, to);
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
    // Code the question shows ("What's the difference between these two queries?" and the
    // queries) sits between it and its answer marker: it is the question's.
    int code = i + 1;
    while (code < to && code < i + 4 && m_blocks[code].kind == Kind::Code &&
           m_blocks[code].parent < 0)
        ++code;
    if (!answerLine) {
        if (code < to && m_blocks[code].kind == Kind::Paragraph &&
            answerMarker.match(m_lines[m_blocks[code].line - 1]).hasMatch()) {
            answerLine = m_blocks[code].line;
            last = code;
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
    if (answerLine && last == code && code > i + 1)
        q.context = cleanText(linesBetween(m_blocks[i + 1].line, m_blocks[code - 1].endLine));
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

} // namespace prepdeck::structured
