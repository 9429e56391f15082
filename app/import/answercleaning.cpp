#include "answercleaning.h"
#include "markdownblocks.h"
#include "plaintextmarkdown.h"
#include "readertext.h"

#include <QRegularExpression>

#include <algorithm>

namespace prepdeck {

namespace {

using namespace readertext;

// Comments and junk lines out (outside code); where that leaves two blank lines, one.
QStringList withoutJunk(const QStringList &lines)
{
    bool fenced = false;
    bool inComment = false;
    QStringList kept;
    for (const QString &line : lines) {
        const bool fence = isFenceLine(line);
        if (!fenced && !fence) {
            if (inComment) {
                if (line.contains(QLatin1String("-->")))
                    inComment = false;
                continue;
            }
            if (line.trimmed().startsWith(QLatin1String("<!--")) && !isConditionalComment(line) &&
                !line.contains(QLatin1String("-->"))) {
                inComment = true;
                continue;
            }
            if (isJunkLine(line))
                continue;
        }
        if (fence)
            fenced = !fenced;
        if (!fenced && !fence && isBlank(line) && !kept.isEmpty() && isBlank(kept.last()))
            continue;
        kept << line;
    }
    return kept;
}

// The line without its first `columns` columns of indentation; a tab that reaches past
// them leaves the rest of its width as spaces (tabs further in stay: Go code keeps its own).
QString withoutIndent(const QString &l, int columns)
{
    int at = 0;
    qsizetype i = 0;
    while (i < l.size() && at < columns) {
        at += l.at(i) == u'\t' ? 4 - at % 4 : 1;
        ++i;
    }
    return QString(std::max(0, at - columns), u' ') + l.mid(i);
}

// The indentation every line shares (an item's continuation, in spaces or tabs) taken off.
void removeCommonIndent(QStringList &lines)
{
    int indent = 1000;
    for (const QString &l : std::as_const(lines))
        if (!isBlank(l))
            indent = std::min(indent, indentColumns(l));
    if (indent > 0 && indent < 1000)
        for (QString &l : lines)
            l = isBlank(l) ? QString() : withoutIndent(l, indent);
}

// A line of one separator drawn again and again ("=====", "⸻", "───", "~~~~~~") that no
// Markdown reader takes for a rule: pasted documents and plain text draw sections so.
bool isSeparatorLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty() || !QStringView(u"=~─━═⸻⸺—–•·").contains(t.front()))
        return false;
    for (const QChar c : t)
        if (c != t.front() && !c.isSpace())
            return false;
    return t.size() >= 3 || t.front() == u'⸻' || t.front() == u'⸺';
}

// Blank lines, rules, separator lines and <br> at an answer's edges say nothing.
bool isEdge(const QString &l)
{
    const QChar mark = firstMark(l);
    return mark.isNull() || isSeparatorLine(l) ||
           ((mark == u'-' || mark == u'*' || mark == u'_') &&
            horizontalRule().match(l).hasMatch()) ||
           l.trimmed() == QLatin1String("<br>") || l.trimmed() == QLatin1String("<br/>");
}

void trimFront(QStringList &lines)
{
    while (!lines.isEmpty() && isEdge(lines.first()))
        lines.removeFirst();
}

void trimBack(QStringList &lines)
{
    while (!lines.isEmpty() && isEdge(lines.last()))
        lines.removeLast();
}

// Where the promotion after the last answer of a file or chapter begins ("⭐ Star the
// repo if this helped", "Follow me on…", with a banner or badge after it), a paragraph at a
// time from the end, never code and never the first paragraph; -1 when there is none.
qsizetype promotionStart(const QStringList &lines)
{
    qsizetype end = lines.size();
    for (;;) {
        qsizetype start = end;
        while (start > 0 && !isBlank(lines[start - 1]))
            --start;
        if (start == 0)
            return -1;
        const QStringList paragraph = lines.mid(start, end - start);
        if (std::any_of(paragraph.cbegin(), paragraph.cend(), isFenceLine))
            return -1;
        const QString text = paragraph.join(QLatin1Char(' '));
        if (isPromotion(text))
            return start;
        if (!isDecoration(text))
            return -1;
        end = start;
        while (end > 0 && isBlank(lines[end - 1]))
            --end;
    }
}

// Placeholders say there is no answer; what else is there stays. Never in code, where
// "..." and "// ..." are lines of the example.
void removePlaceholders(QStringList &lines)
{
    bool inCode = false;
    lines.removeIf([&inCode](const QString &l) {
        if (isFenceLine(l)) {
            inCode = !inCode;
            return false;
        }
        // A placeholder is a few words; a longer line is text (and costs no pattern).
        // (The longest placeholder has 14 letters; markup only adds letters.)
        return !inCode && !isBlank(l) && !l.startsWith(QLatin1String("    ")) &&
               !l.startsWith(u'\t') && l.size() <= 120 &&
               std::count_if(l.cbegin(), l.cend(), [](QChar c) { return c.isLetter(); }) <= 20 &&
               isPlaceholder(markdown::htmlText(l).remove(u'*').remove(u'_'));
    });
}

// A documentation site's boxes around an answer (outside code): MkDocs' collapsible and
// plain admonitions ("??? success \"Reveal answer\"", "!!! note") lose their marker line and
// the four columns their body is indented by; Docusaurus' ":::tip" and ":::" lines go.
void withoutAdmonitions(QStringList &lines)
{
    static thread_local const QRegularExpression mkdocs(
        QStringLiteral(R"(^(\s*)(?:\?\?\?\+?|!!!)\s+[\w-]+(?:\s+"[^"]*")?\s*$)"));
    static thread_local const QRegularExpression docusaurus(
        QStringLiteral(R"(^\s*:::\s*([\w-]+(\s.*)?)?$)"));
    // Most answers have no box: a line opening with a box's sign is looked for first.
    if (std::none_of(lines.cbegin(), lines.cend(), [](const QString &l) {
            const QStringView t = QStringView(l).trimmed();
            return !t.isEmpty() &&
                   (t.startsWith(u"???") || t.startsWith(u"!!!") || t.startsWith(u":::"));
        }))
        return;
    bool fenced = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines[i];
        if (isFenceLine(l))
            fenced = !fenced;
        const QStringView t = QStringView(l).trimmed();
        if (fenced || t.isEmpty() || !(t.front() == u'?' || t.front() == u'!' || t.front() == u':'))
            continue;
        if (const auto m = mkdocs.match(l); m.hasMatch()) {
            const int body = indentColumns(l) + 4;
            lines.removeAt(i);
            for (qsizetype j = i; j < lines.size(); ++j) {
                if (isBlank(lines[j]))
                    continue;
                if (indentColumns(lines[j]) < body)
                    break;
                lines[j] = withoutIndent(lines[j], 4);
            }
            --i;
        } else if (docusaurus.match(l).hasMatch()) {
            lines.removeAt(i);
            --i;
        }
    }
}

} // namespace

QString cleanAnswerLines(QStringList lines, bool plain, bool chapterEnds)
{
    QStringList kept = withoutJunk(lines);
    if (!plain)
        withoutAdmonitions(kept);
    removeCommonIndent(kept);
    trimFront(kept);
    trimBack(kept);
    // "**Answer:**" at the start says what the whole text is: the label goes.
    if (!kept.isEmpty() && !plain) {
        withoutAnswerLabel(kept.first());
        trimFront(kept);
    }
    while (chapterEnds) {
        const qsizetype cut = promotionStart(kept);
        if (cut < 0)
            break;
        kept.resize(cut);
        trimBack(kept);
    }
    removePlaceholders(kept);
    trimFront(kept);
    if (plain)
        return plaintext::toMarkdown(kept);
    for (QString &l : kept)
        while (!l.isEmpty() && l.back().isSpace() && !l.endsWith(QLatin1String("  ")))
            l.chop(1);
    return kept.join(QLatin1Char('\n'));
}

} // namespace prepdeck
