// The text rules of the Markdown reader: what a line of an answer is (a fence, a rule, a
// label, junk a reader never sees), and how prompts and category names are written.
#include "readertext.h"
#include "matchif.h"

#include "markdownblocks.h"
#include "questionlikeness.h"
#include "textcleanup.h"

#include <QRegularExpression>

#include <algorithm>

namespace prepdeck::readertext {

// The patterns below are compiled once per thread (thread_local): parts of a large file are
// read on two threads at once, and a match shares its pattern's data, whose reference count
// the two threads would otherwise fight over on every line.
using QRE = QRegularExpression;

// Whether a line opens or closes a code fence (white space, then three or more backticks or
// tildes). Checked by hand, not with a pattern: it runs on every line of the file, three times.
int indentColumns(QStringView line)
{
    int columns = 0;
    for (const QChar c : line) {
        if (c == u' ')
            ++columns;
        else if (c == u'\t')
            columns += 4 - columns % 4;
        else
            break;
    }
    return columns;
}

bool isFenceLine(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (i + 3 > line.size() || (line[i] != u'`' && line[i] != u'~'))
        return false;
    return line[i + 1] == line[i] && line[i + 2] == line[i];
}

// The first character of a line that is not white space, or a null character.
QChar firstMark(QStringView line)
{
    for (const QChar c : line)
        if (!c.isSpace())
            return c;
    return QChar();
}

bool isBlank(const QString &s)
{
    return s.trimmed().isEmpty();
}

// "Answer", "Show answer", "Solution", "Respuesta", "Ответ", "答案"…: the label of a
// <details> block that holds the answer to the question above it.
bool isAnswerLabel(const QString &text)
{
    static thread_local const QRE re(
        QStringLiteral(
            R"(^\W*(show|view|see|reveal|click (here )?(to|for)( see| view| show)?( the)?)?\s*)"
            R"((the\s+)?(answers?|solutions?|explanation|respuestas?|soluci[oó]n|antworte?n?|)"
            R"(l[oö]sung|réponse|resposta|ответ|решение|答案|解答|回答|解析)\b.*$)"),
        QRE::CaseInsensitiveOption | QRE::UseUnicodePropertiesOption);
    return text.size() < 80 && re.match(text.trimmed()).hasMatch();
}

// The label of a <details> block that hides something other than an answer ("See 20
// translations", "Click to expand", "Table of contents").
bool isUiLabel(const QString &text)
{
    static thread_local const QRE re(
        QStringLiteral(R"(^\W*(see|view|show|click|expand|read|more|open|toggle|)"
                       R"(translations?|table of contents|contents|details)\b)"),
        QRE::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// Text that stands where an answer should be and is not one.
bool isPlaceholder(const QString &plain)
{
    static thread_local const QRE re(
        QStringLiteral(
            R"(^\W*(to be (completed|continued|done|added|written)|answer (goes )?here|)"
            R"(your answer( here)?|todo|to ?do|tbd|tba|wip|coming soon|work in progress|)"
            R"(en construcción|próximamente|pendiente|in arbeit|folgt|в работе|待补充|待完善|)"
            R"(\.\.\.|…)\W*$)"),
        QRE::CaseInsensitiveOption | QRE::UseUnicodePropertiesOption);
    return re.match(plain.trimmed()).hasMatch();
}

void withoutAnswerLabel(QString &line)
{
    const QStringView start = QStringView(line).trimmed();
    if (start.isEmpty() || !QStringView(u"*_aArRлоОЛ答").contains(start.front()))
        return;
    static thread_local const QRE label(
        QStringLiteral(R"(^\s*(\*\*|__)?\s*(answer|ans|a|respuesta|antwort|resposta|réponse|)"
                       R"(ответ|答案?)\s*[:：]\s*(\*\*|__)?\s*)"),
        QRE::CaseInsensitiveOption);
    // Only a bold label: a plain "Answer:" standing alone above the answer, or "Answer: D"
    // as a heading, stays as it was written.
    if (const auto m = label.match(line);
        m.hasMatch() && !m.captured(1).isEmpty() && m.captured(1) == m.captured(3))
        line.remove(0, m.capturedLength(0));
}

bool isDecoration(const QString &paragraph)
{
    static thread_local const QRE image(QStringLiteral(R"(!\[[^\]]*\]\([^)]*\))"));
    QString text = markdown::htmlText(paragraph);
    if (text.contains(QLatin1String("![")))
        text.remove(image);
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool namesQuestions(const QString &heading)
{
    static thread_local const QRE words(
        QStringLiteral(R"(\b(questions|q\s*&\s*a|quiz(zes)?|flash ?cards|preguntas|perguntas|)"
                       R"(fragen|вопросы)\b|问题|面试题|題目|题目)"),
        QRE::CaseInsensitiveOption | QRE::UseUnicodePropertiesOption);
    return heading.size() <= 120 && words.match(heading).hasMatch();
}

bool isContentsTitle(const QString &heading)
{
    if (heading.size() > 40)
        return false;
    static const QStringList titles = {QStringLiteral("table of contents"),
                                       QStringLiteral("contents"),
                                       QStringLiteral("toc"),
                                       QStringLiteral("inhaltsverzeichnis"),
                                       QStringLiteral("inhalt"),
                                       QStringLiteral("índice"),
                                       QStringLiteral("indice"),
                                       QStringLiteral("tabla de contenidos"),
                                       QStringLiteral("tabla de contenido"),
                                       QStringLiteral("contenido"),
                                       QStringLiteral("contenidos"),
                                       QStringLiteral("sumário"),
                                       QStringLiteral("sumario"),
                                       QStringLiteral("conteúdo"),
                                       QStringLiteral("содержание"),
                                       QStringLiteral("оглавление"),
                                       QStringLiteral("目录"),
                                       QStringLiteral("目錄"),
                                       QStringLiteral("目次")};
    QString t = categoryText(heading).toLower();
    while (!t.isEmpty() && !t.back().isLetter())
        t.chop(1);
    return titles.contains(t);
}

// A paragraph that speaks to the reader of the repository, not of the question: a request
// for a star, a follow or a share, a sponsor or coffee link, thanks for reading. Such
// paragraphs close a file (or a chapter of one), after its last answer.
bool isPromotion(const QString &paragraph)
{
    if (paragraph.size() > 400)
        return false;
    static const QLatin1String phrases[] = {QLatin1String("star the repo"),
                                            QLatin1String("star this repo"),
                                            QLatin1String("star the project"),
                                            QLatin1String("star this project"),
                                            QLatin1String("give it a star"),
                                            QLatin1String("give a star"),
                                            QLatin1String("give us a star"),
                                            QLatin1String("give me a star"),
                                            QLatin1String("leave a star"),
                                            QLatin1String("drop a star"),
                                            QLatin1String("follow me"),
                                            QLatin1String("follow us"),
                                            QLatin1String("subscribe to my"),
                                            QLatin1String("subscribe to our"),
                                            QLatin1String("newsletter"),
                                            QLatin1String("buy me a coffee"),
                                            QLatin1String("ko-fi.com"),
                                            QLatin1String("patreon.com"),
                                            QLatin1String("github.com/sponsors"),
                                            QLatin1String("sponsor this"),
                                            QLatin1String("sponsor me"),
                                            QLatin1String("support me"),
                                            QLatin1String("support this project"),
                                            QLatin1String("support the project"),
                                            QLatin1String("thanks for reading"),
                                            QLatin1String("thank you for reading"),
                                            QLatin1String("happy coding"),
                                            QLatin1String("good luck with your interview"),
                                            QLatin1String("if you found this"),
                                            QLatin1String("if this helped"),
                                            QLatin1String("if you like this"),
                                            QLatin1String("if you liked this"),
                                            QLatin1String("if you enjoyed"),
                                            QLatin1String("share it with"),
                                            QLatin1String("share this with"),
                                            QLatin1String("check out my"),
                                            QLatin1String("check out our"),
                                            QLatin1String("join our"),
                                            QLatin1String("hire me"),
                                            QLatin1String("explore all"),
                                            QLatin1String("more interview questions"),
                                            QLatin1String("danke fürs lesen"),
                                            QLatin1String("gracias por leer"),
                                            QLatin1String("dale una estrella"),
                                            QLatin1String("sígueme")};
    const QString text = paragraph.toLower();
    return std::any_of(std::begin(phrases), std::end(phrases),
                       [&text](QLatin1String p) { return text.contains(p); });
}

// Lines an answer never keeps: links back to the top or the contents, wrappers and anchors,
// line breaks standing alone, comments.
bool isConditionalComment(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("<!--[if")) || t.startsWith(QLatin1String("<![endif]"));
}

bool isJunkLine(const QString &line)
{
    // Each kind below has a tag or a link to an anchor: most lines have neither, and are
    // known to be kept without a pattern run over them.
    if (!line.contains(u'<') && !(line.contains(u'#') && line.contains(QLatin1String("](#"))))
        return false;
    static thread_local const QRE anchorOnly(
        QStringLiteral(R"(^\s*(<(div|p|sub|sup|small|b|strong|span)[^>]*>\s*|\*\*|__|\*)*\s*)"
                       R"((\[[^\]]*\]\(#[^)]*\)|<a\s+href\s*=\s*["']#[^"']*["'][^>]*>.*?</a>)\s*)"
                       R"((</(div|p|sub|sup|small|b|strong|span)>\s*|\*\*|__|\*)*\s*$)"),
        QRE::CaseInsensitiveOption);
    static thread_local const QRE tagOnly(
        QStringLiteral(
            R"(^\s*(</?(div|p|details|br|center|span|section|article|hr|b|strong)\b[^>]*/?>\s*)+$)"),
        QRE::CaseInsensitiveOption);
    static thread_local const QRE anchorTag(
        QStringLiteral(R"(^\s*(<a\s+(name|id)\s*=\s*["'][^"']*["']\s*/?>\s*(</a>)?\s*)+$)"),
        QRE::CaseInsensitiveOption);
    static thread_local const QRE answerSummary(
        QStringLiteral(
            R"(^\s*(<details[^>]*>\s*)?<summary\b.*</summary>\s*(<br\s*/?>)?\s*(<p>)?\s*$)"),
        QRE::CaseInsensitiveOption);
    static thread_local const QRE comment(QStringLiteral(R"(^\s*<!--.*-->\s*$)"));
    // MDX components (<Tabs>, <TabItem value="py">, </Callout>, <YouTube id="…" />) are the
    // site's: a line of them alone goes, what they wrap stays. HTML's own tags are not
    // written in PascalCase.
    static thread_local const QRE componentsOnly(
        QStringLiteral(R"(^\s*(</?[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9.]*(\s[^<>]*)?/?>\s*)+$)"));
    // An element styled in place ("<div style=…></div>") and Internet Explorer's conditional
    // comments are examples an answer shows, never a README's layout.
    if (line.contains(QLatin1String("style=")) || isConditionalComment(line))
        return false;
    if (anchorOnly.match(line).hasMatch() || tagOnly.match(line).hasMatch() ||
        anchorTag.match(line).hasMatch() || comment.match(line).hasMatch() ||
        componentsOnly.match(line).hasMatch())
        return true;
    if (const auto m = answerSummary.match(line); m.hasMatch())
        return isAnswerLabel(markdown::htmlText(line));
    return false;
}

const QRE &horizontalRule()
{
    static thread_local const QRE re(QStringLiteral(R"(^\s{0,3}([-*_])(\s*\1){2,}\s*$)"));
    return re;
}

const QRE &frequencyLine()
{
    static thread_local const QRE re(
        QStringLiteral(R"(^\s*[*_]{0,2}\s*asked\s+in\s+(\d{1,3})\s*%[^*_]{0,40}[*_]{0,2}\s*$)"),
        QRE::CaseInsensitiveOption);
    return re;
}

const QRE &labelledLine()
{
    // "- **Follow-up question:** text", "**Hint:** text", "**Tip:** text"
    static thread_local const QRE re(QStringLiteral(
        R"(^\s*(?:[-*+]\s+)?(?:\*\*|__)([A-Za-z][A-Za-z -]{1,30}?)\s*:\s*(?:\*\*|__)\s*(.*)$)"));
    return re;
}

// A label standing alone, its items in the list below it: "**Good to hear:**",
// "#### Additional links", "Follow-up questions:".
const QRE &labelAlone()
{
    static thread_local const QRE re(QStringLiteral(
        R"(^\s{0,3}(?:#{2,6}\s+)?(?:\*\*|__)?([A-Za-z][A-Za-z -]{1,30}?)\s*:?\s*(?:\*\*|__)?\s*:?\s*$)"));
    return re;
}

// A list item's text: "- text", "* text", "1. text".
const QRE &listItemLine()
{
    static thread_local const QRE re(QStringLiteral(R"(^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+(.*)$)"));
    return re;
}

// What a line must hold for the patterns above to match it: most lines of an answer hold
// none of it, and are passed over without running a pattern.
bool mayBeFrequency(const QString &line)
{
    return line.contains(u'%') && line.contains(QLatin1String("asked"), Qt::CaseInsensitive);
}

bool mayBeLabelled(const QString &line)
{
    return line.contains(u':') &&
           (line.contains(QLatin1String("**")) || line.contains(QLatin1String("__")));
}

bool mayBeLabelAlone(const QString &line)
{
    for (const QChar c : line)
        if (!(c.isLetter() || c.isSpace() || c == u'-' || c == u'#' || c == u'*' || c == u'_' ||
              c == u':'))
            return false;
    return true;
}

Label labelKind(const QString &label)
{
    const QString l = label.toLower().simplified();
    if (l.startsWith(QLatin1String("follow-up")) || l.startsWith(QLatin1String("follow up")) ||
        l.startsWith(QLatin1String("followup")))
        return Label::FollowUp;
    if (l == QLatin1String("hint") || l.startsWith(QLatin1String("key concept")))
        return Label::Hint;
    if (l == QLatin1String("tip") || l == QLatin1String("tips") ||
        l == QLatin1String("coaching tip") || l == QLatin1String("interview tip") ||
        l == QLatin1String("good to hear") || l == QLatin1String("additional links") ||
        l == QLatin1String("additional resources"))
        return Label::Tip;
    return Label::None;
}

// A difficulty written beside the prompt — a coloured circle (🟢 🟡 🟠 🔴) with or
// without its word, or the word in brackets ("(Hard)", "[Easy]") — leaves it and becomes a tag.
void takeDifficulty(Question &q)
{
    static thread_local const QRE marker(
        QStringLiteral(
            R"(\s*(?:(🟢|🟡|🟠|🔴)\s*(easy|medium|hard|beginner|intermediate|advanced)?|)"
            R"([(\[](easy|medium|hard|beginner|intermediate|advanced)[)\]])\s*$)"),
        QRE::CaseInsensitiveOption);
    // The pattern is tried at every position of the prompt: it is run only on prompts that
    // end with a bracket or hold a character outside the Basic Multilingual Plane.
    const QStringView end = QStringView(q.prompt).trimmed();
    if (!end.endsWith(u')') && !end.endsWith(u']') && !q.prompt.contains(QChar(0xD83D)))
        return;
    const auto m = marker.match(q.prompt);
    if (!m.hasMatch() || m.capturedStart(0) == 0)
        return;
    QString level = (m.captured(2).isEmpty() ? m.captured(3) : m.captured(2)).toLower();
    if (level.isEmpty()) {
        const QString circle = m.captured(1);
        level = circle == QStringLiteral("🟢") ? QStringLiteral("easy")
                : circle == QStringLiteral("🔴")  ? QStringLiteral("hard")
                                                 : QStringLiteral("medium");
    }
    q.prompt.truncate(m.capturedStart(0));
    if (!q.tags.contains(level))
        q.tags << level;
}

namespace {

bool isDifficultyMark(char32_t c)
{
    return c == 0x1F7E2 || c == 0x1F7E1 || c == 0x1F7E0 || c == 0x1F534;
}

// Emoji and pictographs standing after the text ("What is bagging? 👶", "… ⭐️"): a bank's
// own marks (of difficulty, of importance) that no prompt means to say. Only after a space:
// "C♯" keeps its sign.
QString withoutTrailingSymbols(const QString &text)
{
    qsizetype end = text.size();
    qsizetype kept = end;
    while (end > 0) {
        char32_t c = text.at(end - 1).unicode();
        qsizetype width = 1;
        if (QChar::isLowSurrogate(c) && end >= 2 && text.at(end - 2).isHighSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(end - 2), text.at(end - 1));
            width = 2;
        }
        const QChar::Category category = QChar::category(c);
        if (c == u' ') {
            kept = end - 1;
        } else if (!(category == QChar::Symbol_Other || c == 0xFE0F || c == 0xFE0E || c == 0x200D ||
                     c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF)) ||
                   isDifficultyMark(c)) {
            break; // (a difficulty's coloured circle becomes a tag: takeDifficulty())
        }
        end -= width;
    }
    // Symbols ran back to a space with text before it.
    if (kept < text.size() && end > 0 && kept == end)
        return text.left(kept).trimmed();
    return text;
}

} // namespace

// A prompt as a reader writes it: no number, marker, status mark, citation or emoji code.
QString promptText(QString text, std::optional<int> *number)
{
    // An emoji's name (":rocket:") stands apart from the words around it: "a[low:high:max]"
    // and "1:2:3" are not one.
    static thread_local const QRE shortcode(QStringLiteral(R"((?<![\w:]):[a-z0-9_+-]+:(?![\w:]))"));
    static thread_local const QRE citation(
        QStringLiteral(R"(\s*\[\s*(src|source|link|ref|\d{1,3})\s*\])"),
        QRE::CaseInsensitiveOption);
    static thread_local const QRE statusMark(QStringLiteral(R"(\s*[*]{2,}\s*$)"));
    static thread_local const QRE questionNumber(
        QStringLiteral(R"(^(question|q|frage|pregunta|вопрос)\s*#?\s*(\d{1,5})\s*[.:)]\s*)"),
        QRE::CaseInsensitiveOption);
    // Each pattern is run only on text that holds what it needs.
    if (text.count(u':') >= 2)
        text.remove(shortcode);
    if (text.contains(u'['))
        text.remove(citation);
    if (text.contains(QLatin1String("**")))
        text.remove(statusMark);
    text = cleanup::simplified(text);
    const auto startsWithAny = [&text](QStringView firsts) {
        return !text.isEmpty() && firsts.contains(text.front().toLower());
    };
    if (const auto m = matchIf(startsWithAny(u"qfpв"), questionNumber, text)) {
        if (number)
            *number = m->captured(2).toInt();
        text = text.mid(m->capturedLength(0));
    }
    // The text comes from cmark-gfm's tree: emphasis is gone already, and what looks like
    // it now ("__slots__") was code.
    text = cleanup::withoutLeadingSymbols(text);
    // "4. What …", and "4.What …" with the space left out.
    static thread_local const QRE numbered(QStringLiteral(R"(^(\d{1,5})[.)](?:\s+|(?=\p{L})))"),
                                           QRE::UseUnicodePropertiesOption);
    if (const auto m = matchIf(!text.isEmpty() && text.front().isDigit(), numbered, text)) {
        if (number)
            *number = m->captured(1).toInt();
        text = text.mid(m->capturedLength(0));
    }
    static thread_local const QRE marker(QStringLiteral(R"(^(Q|Question)\s*\d*\s*[:.]\s*)"));
    if (text.startsWith(u'Q'))
        text.remove(marker);
    static thread_local const QRE quoted(QStringLiteral(R"(^["“”](.*)["“”]$)"));
    if (const auto m = matchIf(startsWithAny(u"\"“”"), quoted, text))
        text = m->captured(1).trimmed();
    return withoutTrailingSymbols(cleanup::simplified(cleanup::withoutLeadingSymbols(text)));
}

QString categoryText(QString text)
{
    static thread_local const QRE shortcode(QStringLiteral(R"((?<![\w:]):[a-z0-9_+-]+:(?![\w:]))"));
    text.remove(shortcode);
    text = cleanup::categoryName(cleanup::simplified(text));
    while (text.endsWith(u':') || text.endsWith(u'：'))
        text.chop(1);
    return cleanup::withoutLeadingSymbols(text.trimmed());
}

} // namespace prepdeck::readertext
