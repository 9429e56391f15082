// The Markdown reader (see structuredreaderclass.h): questions asked in paragraphs of their
// own, the answer in the blocks below with no marker between them — the layout of pasted
// documents, blog posts and notes:
//
//   Q1. What does DNS do?            Question 2: Why …?        3. How …?          Why …?
//
//   It turns host names into …       The other side …          No connection …    Because …
//
// ("3. How …?" is a numbered list of one item to cmark-gfm: its answer is not indented.)
//
// Such a paragraph is a question only among others like it: two or more in a section, most
// of them followed by an answer. Questions marked by their number ("Q1.", "Question 2:", a
// list number) are taken over lines that only end in a question mark, which are then the
// answers' own text ("Why does it matter?" inside an answer).
#include "structuredreaderclass.h"

#include "questionlikeness.h"
#include "readertext.h"

namespace prepdeck::structured {

using namespace readertext;

namespace {

// A question asked alone is one short line; a longer paragraph is prose that asks.
constexpr qsizetype kMaxAskedLength = 250;

const QRE &listMarker()
{
    static thread_local const QRE marker(QStringLiteral(R"(^\s*\d{1,5}[.)]\s+)"));
    return marker;
}

// "Question 3", "Q3", "Вопрос 3" alone: the number of the question in the paragraphs below.
bool isQuestionNumber(const QString &text)
{
    static thread_local const QRE re(
        QStringLiteral(R"(^(?:question|q|frage|pregunta|pergunta|вопрос|задача|问题|题目)\s*)"
                       R"(#?\s*\d{1,4}\s*[.:)]?$)"),
        QRE::CaseInsensitiveOption);
    return text.size() <= 24 && re.match(text.trimmed()).hasMatch();
}

// A label above a question's text: "Scenario", "Problem", "Task" — a few words, no sentence.
bool isLabelLine(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 40 || t.count(u' ') > 2)
        return false;
    const QChar last = t.back();
    return last != u'.' && last != u'?' && last != u'!' && last != u',';
}

} // namespace

// Whether block i — a top-level paragraph, or an item of a top-level numbered list that holds
// one paragraph — asks a question on a line of its own, and where: its first line, with the
// answer below it (after an answer marker line, "Sample answer", when one follows); or a
// question number alone, with the question in the next paragraph.
StructuredReader::AskedLine StructuredReader::askedAt(int i) const
{
    const Block &b = m_blocks[i];
    const bool listed = b.kind == Kind::Item;
    if (listed) {
        const Block &list = m_blocks[b.parent];
        if (!b.ordered || list.parent >= 0 || endOf(i) != i + 2 ||
            m_blocks[i + 1].kind != Kind::Paragraph)
            return {};
    } else if (b.parent >= 0 || b.kind != Kind::Paragraph || b.strongOnly) {
        return {}; // a bold paragraph is a bold question (boldQuestion)
    }
    const Block &p = m_blocks[listed ? i + 1 : i];
    AskedLine asked;
    asked.promptBlock = i;
    if (p.line == p.endLine) {
        asked.answerLine = m_blocks.value(endOf(i)).line; // the next block's, if any
    } else if (questions::isAnswerMarker(lineText(p.line + 1))) {
        asked.answerLine = p.line + 2;
        asked.markerLine = p.line + 1;
    } else {
        return {};
    }
    QString text = lineText(p.line);
    if (listed)
        text.remove(listMarker());
    if (text.trimmed().isEmpty() || text.size() > kMaxAskedLength)
        return {};
    if (!listed && p.line == p.endLine && isQuestionNumber(text)) {
        // The question is the next paragraph, under a label or two ("Scenario").
        int q = i + 1;
        while (q < m_blocks.size() && m_blocks[q].kind == Kind::Paragraph &&
               m_blocks[q].parent < 0 && m_blocks[q].line == m_blocks[q].endLine &&
               isLabelLine(m_blocks[q].text))
            ++q;
        if (q >= m_blocks.size() || m_blocks[q].kind != Kind::Paragraph || m_blocks[q].parent >= 0)
            return {};
        asked.kind = Asked::Numbered;
        asked.promptBlock = q;
        asked.answerLine = m_blocks.value(q + 1).line;
        return asked;
    }
    // Only a marked line or one ending in a question mark can ask: the others, most lines of
    // most answers, are not weighed further.
    const QStringView first = QStringView(text).trimmed();
    if (!listed && asked.markerLine == 0 && !QStringView(u"QqFfPpВв").contains(first.front()) &&
        !questions::endsAsQuestion(first))
        return {};
    std::optional<int> number;
    const QString prompt = promptText(text, &number);
    if (prompt.isEmpty())
        return {};
    const bool asks = questions::endsAsQuestion(prompt);
    const bool marked = listed || number || asked.markerLine > 0;
    // A line above an answer marker is a question whatever its words.
    if (asked.markerLine > 0 ||
        (marked && (asks || questions::likeness(prompt) >= questions::kLikely)))
        asked.kind = Asked::Numbered;
    else if (asks && !listed)
        asked.kind = Asked::Bare;
    return asked;
}

// The blocks in [from, to) that ask on lines of their own, as a section's questions: the
// numbered ones when there are two or more, else those that only end in a question mark;
// none unless most of them have an answer below.
QList<int> StructuredReader::askedParagraphs(int from, int to) const
{
    QList<int> numbered, bare;
    for (int i = from; i < to; ++i) {
        if (m_ignored[i])
            continue;
        switch (askedAt(i).kind) {
        case Asked::Numbered:
            numbered << i;
            break;
        case Asked::Bare:
            bare << i;
            break;
        case Asked::No:
            break;
        }
    }
    QList<int> asked = numbered.size() >= 2 ? numbered : bare;
    // A list's items are its questions only all together.
    const QList<int> chosen = asked;
    asked.removeIf([&](int i) {
        const Block &b = m_blocks[i];
        if (b.kind != Kind::Item)
            return false;
        for (int j = b.parent + 1; j < endOf(b.parent); ++j)
            if (m_blocks[j].parent == b.parent && !chosen.contains(j))
                return true;
        return false;
    });
    if (asked.size() < 2)
        return {};
    int answered = 0;
    for (qsizetype k = 0; k < asked.size(); ++k) {
        const int next = k + 1 < asked.size() ? asked[k + 1] : to;
        const AskedLine line = askedAt(asked[k]);
        answered += line.answerLine > 0 && askedEnd(line, next).second >= line.answerLine;
    }
    return answered * 2 > asked.size() ? asked : QList<int>{};
}

// Whether block j is a line naming the questions below it ("Intermediate OS Interview
// Questions", "LLD Flashcards (10 key concepts)") — a section's title that lost its heading
// markup, not the end of the answer above it.
bool StructuredReader::titlesQuestionsBelow(int j) const
{
    const Block &b = m_blocks[j];
    if (b.kind != Kind::Paragraph || b.parent >= 0 || b.endLine - b.line > 1)
        return false;
    const QString first = lineText(b.line).trimmed();
    if (first.isEmpty() || first.size() > 80 || QStringView(u".:;,?!").contains(first.back()))
        return false;
    return namesQuestions(first);
}

// The last block and line of the question asked at `asked`, whose answer runs up to block
// `next` (the next question, or the section's end) and stops at a heading or a rule.
std::pair<int, int> StructuredReader::askedEnd(const AskedLine &asked, int next) const
{
    int last = endOf(asked.promptBlock) - 1;
    int lastLine = m_blocks[last].endLine;
    // The next question may be an item: its list ends this answer.
    if (next < m_blocks.size() && m_blocks[next].kind == Kind::Item)
        next = std::min(next, m_blocks[next].parent);
    for (int j = last + 1; j < next; ++j) {
        const Block &n = m_blocks[j];
        if (isHeading(j) || n.kind == Kind::Rule)
            break;
        if (n.parent >= 0 || m_ignored[j])
            continue;
        if (j + 1 == next && titlesQuestionsBelow(j))
            break;
        last = endOf(j) - 1;
        lastLine = std::max(lastLine, m_blocks[last].endLine);
    }
    return {last, lastLine};
}

QList<Found> StructuredReader::askedQuestion(int i, int next)
{
    const AskedLine asked = askedAt(i);
    const Block &b = m_blocks[i];
    Found f;
    Question &q = f.question;
    if (asked.promptBlock != i) {
        // "Question 3" above it: the number is that line's, the question the paragraph's.
        static thread_local const QRE digits(QStringLiteral(R"(\d+)"));
        q.number = digits.match(b.text).captured().toInt();
        q.prompt = promptText(m_blocks[asked.promptBlock].text, nullptr);
    } else {
        const bool listed = b.kind == Kind::Item;
        // The paragraph's text as cmark-gfm gives it (inline code without its backticks),
        // or its first line when an answer marker follows it.
        const Block &p = m_blocks[listed ? i + 1 : i];
        QString text = p.line == p.endLine ? p.text : lineText(p.line).remove(u'`');
        if (listed) {
            text.remove(listMarker());
            q.number = b.number;
        }
        q.prompt = promptText(text, &q.number);
    }
    q.sourceFile = m_source.fileName;
    q.sourceLine = b.line;
    const bool numbered = asked.kind == Asked::Numbered;
    f.likeness = numbered ? std::max(questions::likeness(q.prompt), questions::kLikely)
                          : questions::likeness(q.prompt);
    f.explicitItem = numbered;
    f.looseParagraph = !numbered;
    f.form = "question paragraphs";
    f.category = categoryAbove(i, 7);
    // The first item of a list covers the list.
    f.firstBlock = b.kind == Kind::Item && b.parent + 1 == i ? b.parent : i;
    const auto [last, lastLine] = askedEnd(asked, next);
    f.lastBlock = last;
    // The question numbered between this one and the next, written right under this
    // answer's last line: Markdown lets only a "1." break into a paragraph, so it became
    // that paragraph's last line ("Signal()" / "8. What is a bootstrap program?").
    Found skipped;
    if (const int between = skippedNumberLine(q.number, next, asked.answerLine, lastLine)) {
        skipped = f;
        Question &s = skipped.question;
        s.number = *q.number + 1;
        s.prompt = promptText(lineText(between), nullptr);
        s.sourceLine = between;
        s.answer.clear();
        fillAnswer(s, between + 1, lastLine);
        if (asked.answerLine <= between - 1)
            fillAnswer(q, asked.answerLine, between - 1);
        return {f, skipped};
    }
    if (asked.answerLine > 0 && lastLine >= asked.answerLine)
        fillAnswer(q, asked.answerLine, lastLine);
    return {f};
}

// The line in [first, last], outside code, that asks the question numbered one more than
// `number` when the next question (block `next`) is numbered two more or is not there: 0
// when there is none.
int StructuredReader::skippedNumberLine(std::optional<int> number, int next, int first,
                                        int last) const
{
    if (!number || first <= 0 || last < first)
        return 0;
    if (next < m_blocks.size()) {
        std::optional<int> nextNumber;
        const Block &n = m_blocks[next];
        if (n.kind == Kind::Item)
            nextNumber = n.number;
        else
            promptText(n.text, &nextNumber);
        if (!nextNumber || *nextNumber != *number + 2)
            return 0;
    }
    static thread_local const QRE numbered(QStringLiteral(R"(^\s{0,3}(\d{1,4})[.)]\s+\S)"));
    bool fenced = false;
    for (int line = first + 1; line <= last; ++line) {
        const QString text = lineText(line);
        if (isFenceLine(text))
            fenced = !fenced;
        if (fenced || text.isEmpty() || !text.trimmed().front().isDigit())
            continue;
        if (const auto m = numbered.match(text);
            m.hasMatch() && m.capturedView(1).toInt() == *number + 1 &&
            questions::likeness(promptText(text, nullptr)) >= questions::kLikely)
            return line;
    }
    return 0;
}

} // namespace prepdeck::structured
