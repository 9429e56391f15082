// Reader for question banks written in Markdown (and plain text with Q:/A: pairs).
//
// The outline decides the roles of headings: a single top-level heading over the rest is
// the bank's title; of the remaining levels the first names categories and the second
// names questions, whose sections are their answers (deeper headings belong to the
// answer). With a single level, headings are categories when their sections hold
// questions (Q/A pairs, <details> blocks, question tables, numbered question lists) and
// questions otherwise. Lines inside code fences are never structure.
#include "bankbuilder.h"
#include "layouts.h"
#include "plaintextmarkdown.h"
#include "textcleanup.h"

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
        for (const QString &text : source.lines) {
            Line line{text, inFence};
            if (const auto m = fencePattern().match(text); m.hasMatch()) {
                const QString mark = m.captured(1);
                if (!inFence) {
                    inFence = true;
                    fenceMark = mark;
                    line.code = true;
                } else if (mark.at(0) == fenceMark.at(0) && mark.size() >= fenceMark.size() &&
                           text.trimmed() == mark) {
                    inFence = false;
                    line.code = true;
                }
            }
            m_lines.append(line);
        }
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            if (m_lines[i].code)
                continue;
            if (const auto m = headingPattern().match(m_lines[i].text); m.hasMatch())
                m_headings.append({i, static_cast<int>(m.capturedLength(1)), m.captured(2)});
        }
        m_plainText = !looksLikeMarkdown();
    }

    std::optional<ParsedBanks> read()
    {
        QList<Heading> headings = m_headings;

        // A lone level-1 heading above deeper ones is the bank's title.
        QString title;
        const auto levelOne = std::count_if(headings.cbegin(), headings.cend(),
                                            [](const Heading &h) { return h.level == 1; });
        if (headings.size() > 1 && headings.first().level == 1 && levelOne == 1) {
            title = cleanup::categoryName(headings.first().text);
            headings.removeFirst();
        }
        BankBuilder bank(m_source.chosenOr(title));

        QList<int> levels;
        for (const Heading &h : headings)
            if (!levels.contains(h.level))
                levels.append(h.level);
        std::sort(levels.begin(), levels.end());

        int categoryLevel = 0;
        int questionLevel = 0;
        if (levels.size() >= 2) {
            categoryLevel = levels[0];
            questionLevel = levels[1];
        } else if (levels.size() == 1) {
            // A look ahead only: what it notes about the file is thrown away.
            const auto warnings = m_parsed.warnings;
            const auto seen = m_seen;
            qsizetype withItems = 0;
            for (qsizetype k = 0; k < headings.size(); ++k) {
                const qsizetype end =
                    k + 1 < headings.size() ? headings[k + 1].index : m_lines.size();
                withItems += !findItems(headings[k].index + 1, end, true).isEmpty();
            }
            m_parsed.warnings = warnings;
            m_seen = seen;
            if (withItems * 2 >= headings.size())
                categoryLevel = levels[0];
            else
                questionLevel = levels[0];
        }

        const QString general = QStringLiteral("General");
        QString category = general;
        // Items before the first heading (or right under the title).
        const qsizetype firstHeading = headings.isEmpty() ? m_lines.size() : headings.first().index;
        addItems(bank, category, findItems(0, firstHeading, true), {});

        for (qsizetype k = 0; k < headings.size(); ++k) {
            const Heading &h = headings[k];
            if (h.level != categoryLevel && h.level != questionLevel)
                continue; // deeper headings are part of an answer
            qsizetype end = m_lines.size();
            for (qsizetype j = k + 1; j < headings.size(); ++j) {
                if (headings[j].level <= h.level ||
                    (h.level == categoryLevel && headings[j].level == questionLevel)) {
                    end = headings[j].index;
                    break;
                }
            }
            if (h.level == categoryLevel) {
                category = cleanup::categoryName(h.text);
                if (category.isEmpty())
                    category = general;
                addItems(bank, category, findItems(h.index + 1, end, true), {});
            } else {
                readQuestionSection(bank, category, h, end);
            }
        }

        if (bank.isEmpty())
            return std::nullopt;
        // Where most heading questions have answers, an empty one is probably a mistake.
        if (m_headingQuestions - m_emptyHeadingAnswers.size() > m_emptyHeadingAnswers.size())
            for (const auto &[line, prompt] : std::as_const(m_emptyHeadingAnswers))
                m_parsed.warnings.append(
                    {line, QStringLiteral("the question \"%1\" has no answer below its heading.")
                               .arg(prompt)});
        std::sort(m_parsed.warnings.begin(), m_parsed.warnings.end(),
                  [](const ImportWarning &a, const ImportWarning &b) { return a.line < b.line; });
        m_parsed.banks.append(bank.take());
        m_parsed.layout = describeLayout();
        return m_parsed;
    }

private:
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
        if (m_seen.contains(QStringLiteral("headings")))
            forms << QStringLiteral("headings");
        for (const char *form : {"Q/A pairs", "details blocks", "tables", "numbered lists"})
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
        auto trimEnds = [](QStringList &ls) {
            while (!ls.isEmpty() &&
                   (isBlank(ls.first()) || horizontalRule().match(ls.first()).hasMatch()))
                ls.removeFirst();
            while (!ls.isEmpty() &&
                   (isBlank(ls.last()) || horizontalRule().match(ls.last()).hasMatch()))
                ls.removeLast();
        };
        trimEnds(lines);
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

    void readQuestionSection(BankBuilder &bank, const QString &category, const Heading &h,
                             qsizetype end)
    {
        // A section made only of Q/A pairs or <details> blocks is a group of questions.
        const QList<Item> items = findItems(h.index + 1, end, false);
        if (!items.isEmpty() && onlyItems(h.index + 1, end, items)) {
            addItems(bank, category, items, QStringList{cleanup::categoryName(h.text)});
            return;
        }
        m_seen.insert(QStringLiteral("headings"));

        Question q;
        q.prompt = cleanup::questionPrompt(h.text, &q.number);
        q.sourceFile = m_source.fileName;
        q.sourceLine = static_cast<int>(h.index + 1);

        QList<bool> keep(end - h.index - 1, true);
        for (qsizetype i = h.index + 1; i < end; ++i) {
            const Line &line = m_lines[i];
            if (line.code)
                continue;
            if (const auto m = frequencyLine().match(line.text); m.hasMatch() && !q.frequency) {
                q.frequency = std::min(100, m.captured(1).toInt());
                keep[i - h.index - 1] = false;
                continue;
            }
            if (const auto m = labelledLine().match(line.text); m.hasMatch()) {
                const QString value = inlineText(m.captured(2));
                switch (labelKind(m.captured(1))) {
                case Label::FollowUp:
                    q.followUps << value;
                    break;
                case Label::Hint:
                    q.hint = value;
                    break;
                case Label::Tip:
                    q.tips << value;
                    break;
                case Label::None:
                    continue;
                }
                keep[i - h.index - 1] = false;
            }
        }
        QStringList kept;
        for (qsizetype i = h.index + 1; i < end; ++i)
            if (keep[i - h.index - 1])
                kept << m_lines[i].text;
        q.answer = answerFromLines(kept);

        if (q.prompt.isEmpty()) {
            m_parsed.warnings.append(
                {q.sourceLine, QStringLiteral("a heading with no text was skipped.")});
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

    void addItems(BankBuilder &bank, const QString &category, QList<Item> items,
                  const QStringList &tags)
    {
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
            item.question.tags << tags;
            if (item.question.prompt.isEmpty())
                continue;
            bank.add(category, item.question);
        }
    }

    // True when nothing but items (and blank lines, rules, emphasis-only notes) is in range.
    bool onlyItems(qsizetype from, qsizetype to, const QList<Item> &items) const
    {
        QList<bool> covered(to - from, false);
        for (const Item &it : items)
            for (qsizetype i = it.first; i <= it.last; ++i)
                covered[i - from] = true;
        for (qsizetype i = from; i < to; ++i) {
            if (covered[i - from])
                continue;
            const QString t = m_lines[i].text.trimmed();
            if (t.isEmpty() || horizontalRule().match(t).hasMatch())
                continue;
            return false;
        }
        return true;
    }

    Question newQuestion(qsizetype line) const
    {
        Question q;
        q.sourceFile = m_source.fileName;
        q.sourceLine = static_cast<int>(line + 1);
        return q;
    }

    // Questions in lines [from, to). Lists and tables count only at category level.
    QList<Item> findItems(qsizetype from, qsizetype to, bool listsAndTables)
    {
        QList<Item> items;
        qsizetype i = from;
        while (i < to) {
            const Line &line = m_lines[i];
            if (line.code) {
                ++i;
                continue;
            }
            if (qsizetype next = readQaPair(i, to, items); next > i) {
                i = next;
                continue;
            }
            if (qsizetype next = readDetails(i, to, items); next > i) {
                i = next;
                continue;
            }
            if (listsAndTables) {
                if (qsizetype next = readQuestionTable(i, to, items); next > i) {
                    i = next;
                    continue;
                }
                if (qsizetype next = readQuestionList(i, to, items); next > i) {
                    i = next;
                    continue;
                }
            }
            ++i;
        }
        return items;
    }

    qsizetype readQaPair(qsizetype i, qsizetype to, QList<Item> &items)
    {
        const auto qm = questionMarker().match(m_lines[i].text);
        if (!qm.hasMatch())
            return i;
        Item item{newQuestion(i), i, i, false};
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
        if (k < to && !m_lines[k].code) {
            if (const auto am = answerMarker().match(m_lines[k].text); am.hasMatch()) {
                qsizetype end = k + 1;
                while (end < to) {
                    const Line &l = m_lines[end];
                    if (!l.code && (questionMarker().match(l.text).hasMatch() ||
                                    headingPattern().match(l.text).hasMatch() ||
                                    horizontalRule().match(l.text).hasMatch() ||
                                    l.text.trimmed().startsWith(QLatin1String("<details"))))
                        break;
                    ++end;
                }
                // The answer is the text after "A:" plus the lines below it.
                const QString first = am.captured(1).trimmed();
                QString rest = answerFrom(k + 1, end);
                if (m_plainText) {
                    QStringList ls{first};
                    for (qsizetype x = k + 1; x < end; ++x)
                        ls << m_lines[x].text;
                    while (!ls.isEmpty() && isBlank(ls.last()))
                        ls.removeLast();
                    item.question.answer = plaintext::toMarkdown(ls);
                } else if (first.isEmpty()) {
                    item.question.answer = rest;
                } else {
                    item.question.answer =
                        rest.isEmpty() ? first : first + QLatin1Char('\n') + rest;
                }
                item.last = end - 1;
                while (item.last > k && isBlank(m_lines[item.last].text))
                    --item.last;
                m_seen.insert(QStringLiteral("Q/A pairs"));
                items.append(item);
                return end;
            }
        }
        m_parsed.warnings.append({item.question.sourceLine,
                                  QStringLiteral("the question \"%1\" has no \"A:\" answer line "
                                                 "after it; it was imported without an answer.")
                                      .arg(item.question.prompt)});
        item.last = j - 1;
        m_seen.insert(QStringLiteral("Q/A pairs"));
        items.append(item);
        return j;
    }

    qsizetype readDetails(qsizetype i, qsizetype to, QList<Item> &items)
    {
        if (!m_lines[i].text.trimmed().startsWith(QLatin1String("<details"), Qt::CaseInsensitive))
            return i;
        // Join the block up to </details>.
        qsizetype end = i;
        while (end < to &&
               !m_lines[end].text.contains(QLatin1String("</details>"), Qt::CaseInsensitive))
            ++end;
        if (end >= to) {
            m_parsed.warnings.append(
                {static_cast<int>(i + 1), QStringLiteral("a <details> block is never closed with "
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
        Item item{newQuestion(i), i, end, false};
        item.question.prompt = cleanup::questionPrompt(QString(m.captured(1)).remove(tags));
        QString body = all.mid(m.capturedEnd(0));
        body = body.left(body.lastIndexOf(QLatin1String("</details>"), -1, Qt::CaseInsensitive));
        QStringList bodyLines = body.split(QLatin1Char('\n'));
        while (!bodyLines.isEmpty() && isBlank(bodyLines.first()))
            bodyLines.removeFirst();
        while (!bodyLines.isEmpty() && isBlank(bodyLines.last()))
            bodyLines.removeLast();
        item.question.answer =
            m_plainText ? plaintext::toMarkdown(bodyLines) : bodyLines.join(QLatin1Char('\n'));
        m_seen.insert(QStringLiteral("details blocks"));
        items.append(item);
        return end + 1;
    }

    qsizetype readQuestionTable(qsizetype i, qsizetype to, QList<Item> &items)
    {
        if (i + 1 >= to || !m_lines[i].text.trimmed().startsWith(u'|') ||
            !isTableDelimiter(m_lines[i + 1].text))
            return i;
        const QStringList header = splitTableRow(m_lines[i].text);
        int numberCol = -1, questionCol = -1, answerCol = -1, hintCol = -1, categoryCol = -1;
        for (int c = 0; c < header.size(); ++c) {
            const QString h = cleanup::withoutEmphasis(header[c]).toLower();
            if (numberCol < 0 &&
                QRE(QStringLiteral(R"(^(no\.?|#|n|nr\.?|num(ber)?)$)")).match(h).hasMatch())
                numberCol = c;
            else if (questionCol < 0 &&
                     (h.contains(QLatin1String("question")) || h.contains(QLatin1String("topic")) ||
                      h == QLatin1String("prompt")))
                questionCol = c;
            else if (answerCol < 0 && (h.contains(QLatin1String("answer")) ||
                                       h.contains(QLatin1String("explanation")) ||
                                       h.contains(QLatin1String("solution"))))
                answerCol = c;
            else if (categoryCol < 0 && h == QLatin1String("category"))
                categoryCol = c;
            else if (hintCol < 0 &&
                     (h.contains(QLatin1String("concept")) || h.contains(QLatin1String("hint")) ||
                      h.contains(QLatin1String("context")) || h.contains(QLatin1String("key"))))
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
            Item item{newQuestion(j), j, j, true};
            item.question.prompt = cleanup::questionPrompt(cell(questionCol));
            bool ok = false;
            const int n = cell(numberCol).toInt(&ok);
            if (ok)
                item.question.number = n;
            item.question.answer = cell(answerCol);
            item.question.hint = cell(hintCol);
            items.append(item);
        }
        m_seen.insert(QStringLiteral("tables"));
        return j;
    }

    qsizetype readQuestionList(qsizetype i, qsizetype to, QList<Item> &items)
    {
        if (!numberedItem().match(m_lines[i].text).hasMatch())
            return i;
        QList<Item> found;
        qsizetype questionLike = 0;
        qsizetype j = i;
        while (j < to) {
            const Line &l = m_lines[j];
            if (l.code)
                break;
            const auto m = numberedItem().match(l.text);
            if (!m.hasMatch()) {
                if (isBlank(l.text) || l.text.startsWith(QLatin1String("   "))) {
                    // blank lines between items and indented continuation lines stay in the list
                    qsizetype k = j;
                    while (k < to && (isBlank(m_lines[k].text) ||
                                      m_lines[k].text.startsWith(QLatin1String("   "))))
                        ++k;
                    if (k < to && numberedItem().match(m_lines[k].text).hasMatch()) {
                        j = k;
                        continue;
                    }
                }
                break;
            }
            Item item{newQuestion(j), j, j, true};
            item.question.number = m.captured(1).toInt();
            const QString text = m.captured(2).trimmed();
            if (const auto t = boldTopic().match(text); t.hasMatch()) {
                item.question.prompt = cleanup::questionPrompt(t.captured(1));
                item.question.hint = t.captured(2).trimmed();
                ++questionLike;
            } else {
                item.question.prompt = cleanup::questionPrompt(text);
                questionLike += text.endsWith(u'?');
            }
            found.append(item);
            ++j;
        }
        if (found.size() < 2 || questionLike * 5 < found.size() * 4)
            return j > i ? j : i + 1;
        items.append(found);
        m_seen.insert(QStringLiteral("numbered lists"));
        return j;
    }

    const SourceText &m_source;
    QList<Line> m_lines;
    QList<Heading> m_headings;
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
