#include "searchpassage.h"
#include "ftsquery.h"

namespace prepdeck::fts {

namespace {

// One character as the index compares it: lower case, without its accent. One character
// for one, so that positions in the folded text are positions in the text.
QChar foldedChar(QChar c)
{
    if (c.unicode() < 0x80)
        return c.toLower();
    const QString d = c.decomposition();
    const QChar base = d.isEmpty() ? c : d.front();
    return base.toLower();
}

QString foldedText(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = foldedChar(text[i]);
    return out;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString &text, const QStringList &words)
{
    QList<std::pair<qsizetype, qsizetype>> found;
    if (text.isEmpty())
        return found;
    const QString folded = foldedText(text);
    for (const QString &word : words) {
        const QString needle = foldedText(word.simplified());
        if (needle.isEmpty())
            continue;
        for (qsizetype at = folded.indexOf(needle); at >= 0;
             at = folded.indexOf(needle, at + needle.size())) {
            if (at > 0 && isWordChar(folded[at - 1]) && isWordChar(needle.front()) &&
                !containsCjk(needle))
                continue; // inside a word: not where a word begins (Chinese has no spaces)
            found << std::pair{at, at + needle.size()};
        }
    }
    std::sort(found.begin(), found.end());
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &m : std::as_const(found)) {
        if (!merged.isEmpty() && m.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, m.second);
        else
            merged << m;
    }
    return merged;
}

namespace {

QString marked(const QString &text, qsizetype from, qsizetype to,
               const QList<std::pair<qsizetype, qsizetype>> &matches, QChar start, QChar end)
{
    QString out;
    qsizetype at = from;
    for (const auto &[s, e] : matches) {
        if (e <= from || s >= to)
            continue;
        const qsizetype ms = std::max(s, from), me = std::min(e, to);
        out += QStringView(text).mid(at, ms - at);
        out += start;
        out += QStringView(text).mid(ms, me - ms);
        out += end;
        at = me;
    }
    out += QStringView(text).mid(at, to - at);
    return out;
}

} // namespace

QString markedText(const QString &text, const QStringList &words, QChar start, QChar end)
{
    const auto matches = matchesIn(text, words);
    if (matches.isEmpty())
        return {};
    return marked(text, 0, text.size(), matches, start, end);
}

QString passage(const QString &text, const QStringList &words, QChar start, QChar end)
{
    const auto matches = matchesIn(text, words);
    if (matches.isEmpty())
        return {};
    // About five words before the first match and a dozen after, cut where words end.
    constexpr qsizetype kBefore = 36, kAfter = 110;
    qsizetype from = std::max<qsizetype>(0, matches.first().first - kBefore);
    qsizetype to = std::min(text.size(), matches.first().second + kAfter);
    while (from > 0 && isWordChar(text[from - 1]) && from < matches.first().first)
        ++from;
    while (to < text.size() && isWordChar(text[to]) && to > matches.first().second)
        --to;
    // Never half a character: an emoji is two UTF-16 units.
    while (from > 0 && text[from].isLowSurrogate())
        --from;
    while (to < text.size() && to > 0 && text[to].isLowSurrogate())
        ++to;
    // Lines kept: a reader of the passage drops the marks of headings and lists by line.
    QString out = marked(text, from, to, matches, start, end).trimmed();
    if (from > 0)
        out.prepend(QStringLiteral("…"));
    if (to < text.size())
        out += QStringLiteral("…");
    return out;
}

} // namespace prepdeck::fts
