#include "ftsquery.h"

#include <QList>

namespace prepdeck::fts {

namespace {

// One term of what was typed.
struct Term
{
    QString text;        // without its quotes, minus sign or trailing stars
    bool phrase = false; // typed in quotes
    bool prefix = false; // its last word may be the beginning of a word
    bool negated = false;
    bool orBefore = false; // joined to the term before it by OR
};

// The word being typed is a prefix from three letters on: fewer begin thousands of the
// library's words, whose matches FTS5 must gather and rank one by one (0.4 s for "pi" at
// 100,000 questions), for a word the user has not finished; "go", "c" and "pi" are words.
constexpr qsizetype kShortestPrefix = 3;

// The letters and digits at the end of text.
qsizetype lastWordLength(QStringView text)
{
    qsizetype n = 0;
    while (n < text.size() && text[text.size() - 1 - n].isLetterOrNumber())
        ++n;
    return n;
}

bool hasWordCharacter(QStringView text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return true;
    return false;
}

// The beginning a word's other forms share, for a word with an ending that English (and
// many a loan word elsewhere) varies: "balancer" → "balanc" (balancing, balanced),
// "indexes" → "index". Empty when the word has no such ending, or the rest would be shorter
// than five letters: shorter stems begin other words ("server" → "serv": service; "redis" →
// "redi": redirect; "current" → "curr": currency).
constexpr qsizetype kShortestStem = 5;
QString stemOf(const QString &word)
{
    static const char *const endings[] = {"ations", "ation", "ings", "ing", "ions",
                                          "ion",    "ers",   "er",   "ies", "ied",
                                          "ed",     "es",    "ency", "ent", "s"};
    for (const QChar c : word)
        if (!c.isLetter())
            return {};
    const QString lower = word.toLower();
    for (const char *ending : endings) {
        const QLatin1String e(ending);
        if (lower.endsWith(e) && lower.size() - e.size() >= kShortestStem)
            return lower.chopped(e.size());
    }
    return {};
}

// A term as an FTS5 string: in double quotes, its own quotes doubled; FTS5 splits it into
// words with the index's tokenizer, so that it is a phrase when it holds several. A word
// with a stem also finds the stem's other forms ("balancer" finds "load balancing"), which
// rank below the word itself (a question holding it matches both).
QString quoted(const Term &t)
{
    QString text = t.text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    const QString exact =
        QLatin1Char('"') + text + QLatin1Char('"') + (t.prefix ? QStringLiteral("*") : QString());
    const QString stem = t.phrase ? QString() : stemOf(t.text);
    if (stem.isEmpty())
        return exact;
    return QStringLiteral("(%1 OR \"%2\"*)").arg(exact, stem);
}

QList<Term> termsOf(QStringView input)
{
    // Control characters (a NUL pasted from a PDF ends the text SQLite hands to FTS5, and
    // with it the closing quote) are spaces.
    QString cleaned = input.toString();
    for (QChar &c : cleaned)
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    const QStringView typed(cleaned);
    QList<Term> terms;
    bool pendingOr = false;
    qsizetype i = 0;
    const qsizetype n = typed.size();
    while (i < n) {
        if (typed[i].isSpace()) {
            ++i;
            continue;
        }
        Term t;
        if (typed[i] == QLatin1Char('-') && i + 1 < n && !typed[i + 1].isSpace()) {
            t.negated = true;
            ++i;
        }
        if (typed[i] == QLatin1Char('"')) {
            const qsizetype close = typed.indexOf(QLatin1Char('"'), i + 1);
            const bool closed = close >= 0;
            t.phrase = true;
            t.text = typed.mid(i + 1, (closed ? close : n) - i - 1).toString();
            i = closed ? close + 1 : n;
            t.prefix = !closed && lastWordLength(t.text) >= kShortestPrefix; // being typed
            if (closed && i < n && typed[i] == QLatin1Char('*')) {
                t.prefix = true;
                while (i < n && typed[i] == QLatin1Char('*'))
                    ++i;
            }
        } else {
            const qsizetype start = i;
            while (i < n && !typed[i].isSpace())
                ++i;
            t.text = typed.mid(start, i - start).toString();
            if (!t.negated && t.text == QLatin1String("OR")) {
                // An operator between two terms; anywhere else the word "or".
                if (!terms.isEmpty() && !terms.last().negated) {
                    pendingOr = true;
                    continue;
                }
                if (!terms.isEmpty())
                    continue; // after a word left out: nothing to join, and not the word "or"
            }
            while (t.text.endsWith(QLatin1Char('*'))) {
                t.text.chop(1);
                t.prefix = true;
            }
            if (i == n && !t.negated && lastWordLength(t.text) >= kShortestPrefix)
                t.prefix = true; // the word being typed
        }
        if (!hasWordCharacter(t.text))
            continue;
        t.orBefore = pendingOr && !t.negated;
        pendingOr = false;
        terms << t;
    }
    return terms;
}

} // namespace

bool containsCjk(QStringView text)
{
    for (const char32_t u : text.toUcs4()) { // code points: Han reaches past 0xFFFF
        const QChar::Script script = QChar::script(u);
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
            script == QChar::Script_Katakana)
            return true;
    }
    return false;
}

Query translate(QStringView typed)
{
    Query q;
    QStringList groups, excluded;
    QStringList group;
    auto closeGroup = [&] {
        if (group.size() == 1)
            groups << group.first();
        else if (!group.isEmpty())
            groups << QLatin1Char('(') + group.join(QLatin1String(" OR ")) + QLatin1Char(')');
        group.clear();
    };
    for (const Term &t : termsOf(typed)) {
        q.searchable = true;
        if (containsCjk(t.text)) {
            (t.negated ? q.excludedText : q.text) << t.text;
            if (!t.negated) {
                q.terms << t.text;
                q.highlights << t.text;
            }
            continue;
        }
        if (t.negated) {
            excluded << quoted(t);
            continue;
        }
        q.terms << t.text;
        q.highlights << t.text;
        if (const QString stem = t.phrase ? QString() : stemOf(t.text); !stem.isEmpty())
            q.highlights << stem;
        if (!t.orBefore)
            closeGroup();
        group << quoted(t);
    }
    closeGroup();
    q.match = groups.join(QLatin1String(" AND "));
    q.excluded = excluded.join(QLatin1String(" OR "));
    return q;
}

} // namespace prepdeck::fts
