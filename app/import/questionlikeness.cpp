#include "questionlikeness.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace prepdeck::questions {
namespace {

// Opening words, lower case, compared with the start of the text followed by a word break.
// Interrogatives and the imperatives interviewers use, per language.
const QStringList &openers()
{
    static const QStringList words = {
        // English
        QStringLiteral("what"),
        QStringLiteral("what's"),
        QStringLiteral("whats"),
        QStringLiteral("which"),
        QStringLiteral("who"),
        QStringLiteral("whom"),
        QStringLiteral("whose"),
        QStringLiteral("when"),
        QStringLiteral("where"),
        QStringLiteral("why"),
        QStringLiteral("how"),
        QStringLiteral("is"),
        QStringLiteral("are"),
        QStringLiteral("was"),
        QStringLiteral("were"),
        QStringLiteral("do"),
        QStringLiteral("does"),
        QStringLiteral("did"),
        QStringLiteral("can"),
        QStringLiteral("could"),
        QStringLiteral("should"),
        QStringLiteral("would"),
        QStringLiteral("will"),
        QStringLiteral("have"),
        QStringLiteral("has"),
        QStringLiteral("explain"),
        QStringLiteral("describe"),
        QStringLiteral("tell me"),
        QStringLiteral("tell us"),
        QStringLiteral("define"),
        QStringLiteral("compare"),
        QStringLiteral("contrast"),
        QStringLiteral("discuss"),
        QStringLiteral("list"),
        QStringLiteral("name"),
        QStringLiteral("give"),
        QStringLiteral("write"),
        QStringLiteral("implement"),
        QStringLiteral("design"),
        QStringLiteral("create"),
        QStringLiteral("build"),
        QStringLiteral("find"),
        QStringLiteral("show"),
        QStringLiteral("walk me through"),
        QStringLiteral("talk about"),
        QStringLiteral("outline"),
        QStringLiteral("summarize"),
        QStringLiteral("summarise"),
        QStringLiteral("differentiate"),
        QStringLiteral("distinguish"),
        QStringLiteral("identify"),
        QStringLiteral("calculate"),
        QStringLiteral("solve"),
        QStringLiteral("guess"),
        QStringLiteral("predict"),
        QStringLiteral("check"),
        QStringLiteral("determine"),
        QStringLiteral("demonstrate"),
        QStringLiteral("illustrate"),
        QStringLiteral("suppose"),
        QStringLiteral("imagine"),
        QStringLiteral("given"),
        QStringLiteral("consider"),
        QStringLiteral("convert"),
        QStringLiteral("reverse"),
        QStringLiteral("sort"),
        QStringLiteral("merge"),
        QStringLiteral("count"),
        QStringLiteral("print"),
        QStringLiteral("debug"),
        QStringLiteral("optimize"),
        QStringLiteral("optimise"),
        QStringLiteral("refactor"),
        QStringLiteral("handle"),
        QStringLiteral("unpack"),
        QStringLiteral("configure"),
        QStringLiteral("set up"),
        // German
        QStringLiteral("was"),
        QStringLiteral("wie"),
        QStringLiteral("warum"),
        QStringLiteral("wieso"),
        QStringLiteral("weshalb"),
        QStringLiteral("wer"),
        QStringLiteral("wen"),
        QStringLiteral("wem"),
        QStringLiteral("wessen"),
        QStringLiteral("wo"),
        QStringLiteral("wohin"),
        QStringLiteral("woher"),
        QStringLiteral("welche"),
        QStringLiteral("welcher"),
        QStringLiteral("welches"),
        QStringLiteral("welchen"),
        QStringLiteral("welchem"),
        QStringLiteral("wann"),
        QStringLiteral("gibt es"),
        QStringLiteral("ist"),
        QStringLiteral("sind"),
        QStringLiteral("kann"),
        QStringLiteral("können"),
        QStringLiteral("hat"),
        QStringLiteral("haben"),
        QStringLiteral("wird"),
        QStringLiteral("werden"),
        QStringLiteral("erklären"),
        QStringLiteral("erkläre"),
        QStringLiteral("beschreiben"),
        QStringLiteral("beschreibe"),
        QStringLiteral("nennen"),
        QStringLiteral("nenne"),
        QStringLiteral("erzählen"),
        QStringLiteral("erzähle"),
        QStringLiteral("vergleiche"),
        QStringLiteral("vergleichen"),
        QStringLiteral("definiere"),
        // Spanish
        QStringLiteral("qué"),
        QStringLiteral("que"),
        QStringLiteral("cómo"),
        QStringLiteral("cuál"),
        QStringLiteral("cuáles"),
        QStringLiteral("cuándo"),
        QStringLiteral("dónde"),
        QStringLiteral("por qué"),
        QStringLiteral("quién"),
        QStringLiteral("quiénes"),
        QStringLiteral("cuánto"),
        QStringLiteral("cuántos"),
        QStringLiteral("explica"),
        QStringLiteral("explique"),
        QStringLiteral("describe"),
        QStringLiteral("describa"),
        QStringLiteral("define"),
        QStringLiteral("defina"),
        QStringLiteral("menciona"),
        QStringLiteral("compara"),
        // Portuguese
        QStringLiteral("o que"),
        QStringLiteral("como"),
        QStringLiteral("qual"),
        QStringLiteral("quais"),
        QStringLiteral("quando"),
        QStringLiteral("onde"),
        QStringLiteral("por que"),
        QStringLiteral("porque"),
        QStringLiteral("quem"),
        QStringLiteral("quanto"),
        QStringLiteral("explique"),
        QStringLiteral("descreva"),
        // French
        QStringLiteral("qu'est-ce"),
        QStringLiteral("quel"),
        QStringLiteral("quelle"),
        QStringLiteral("quels"),
        QStringLiteral("quelles"),
        QStringLiteral("comment"),
        QStringLiteral("pourquoi"),
        QStringLiteral("quand"),
        QStringLiteral("où"),
        QStringLiteral("expliquez"),
        QStringLiteral("décrivez"),
        // Russian
        QStringLiteral("что"),
        QStringLiteral("как"),
        QStringLiteral("какой"),
        QStringLiteral("какая"),
        QStringLiteral("какое"),
        QStringLiteral("какие"),
        QStringLiteral("каков"),
        QStringLiteral("почему"),
        QStringLiteral("зачем"),
        QStringLiteral("когда"),
        QStringLiteral("где"),
        QStringLiteral("кто"),
        QStringLiteral("чем"),
        QStringLiteral("сколько"),
        QStringLiteral("объясните"),
        QStringLiteral("объясни"),
        QStringLiteral("опишите"),
        QStringLiteral("расскажите"),
        QStringLiteral("назовите"),
        QStringLiteral("найдите"),
        QStringLiteral("напишите"),
        QStringLiteral("в чём"),
        QStringLiteral("в чем"),
        QStringLiteral("можно ли"),
    };
    return words;
}

// Question words of languages written without spaces, found anywhere in the text.
const QStringList &cjkMarkers()
{
    static const QStringList words = {
        QStringLiteral("什么"),   QStringLiteral("为什么"), QStringLiteral("如何"),
        QStringLiteral("怎么"),   QStringLiteral("怎样"),   QStringLiteral("哪些"),
        QStringLiteral("哪个"),   QStringLiteral("是否"),   QStringLiteral("能否"),
        QStringLiteral("区别"),   QStringLiteral("说说"),   QStringLiteral("谈谈"),
        QStringLiteral("介绍"),   QStringLiteral("解释"),   QStringLiteral("描述"),
        QStringLiteral("简述"),   QStringLiteral("请"),     QStringLiteral("吗"),
        QStringLiteral("呢"),     QStringLiteral("なぜ"),   QStringLiteral("どう"),
        QStringLiteral("どの"),   QStringLiteral("何"),     QStringLiteral("ですか"),
        QStringLiteral("ますか"), QStringLiteral("説明"),
    };
    return words;
}

QStringView trimmedEnd(QStringView t)
{
    // Closing marks after a question mark: quotes, brackets, emphasis, a colon.
    while (!t.isEmpty()) {
        const QChar c = t.back();
        if (c.isSpace() || c == u'"' || c == u'\'' || c == u')' || c == u']' || c == u'*' ||
            c == u'_' || c == u'`' || c == u'”' || c == u'’' || c == u'»' || c == u':' ||
            c == u'）' || c == u'」' || c == u'：')
            t.chop(1);
        else
            break;
    }
    return t;
}

} // namespace

bool endsAsQuestion(QStringView text)
{
    const QStringView t = trimmedEnd(text.trimmed());
    return !t.isEmpty() && (t.back() == u'?' || t.back() == u'？');
}

bool opensAsQuestion(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(u'¿'))
        return true;
    while (!t.isEmpty() && !t.front().isLetter())
        t = t.mid(1);
    if (t.isEmpty())
        return false;
    // An opening word needs a sentence after it: "Design" or "List comprehensions" name a
    // topic, "Design a URL shortener" asks.
    qsizetype words = 0;
    bool inWord = false;
    bool cjk = false; // a character of a script the markers below are written in
    for (const QChar c : t) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
        cjk = cjk || c.unicode() >= 0x3040;
        if (words >= 3 && cjk)
            break; // all that is asked of the text is known
    }
    const QString lower = t.left(24).toString().toLower();
    for (const QString &w : openers()) {
        if (words < 3)
            break;
        if (w.front() != lower.front() || !lower.startsWith(w))
            continue;
        if (lower.size() == w.size())
            return true;
        const QChar next = lower.at(w.size());
        if (!next.isLetterOrNumber() && next != u'-')
            return true;
    }
    if (!cjk)
        return false;
    for (const QString &w : cjkMarkers())
        if (t.contains(w))
            return true;
    return false;
}

double likeness(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return 0;
    const bool longText = t.size() > 400;
    if (endsAsQuestion(t))
        return longText ? 0.7 : 1.0;
    if (opensAsQuestion(t))
        return longText ? 0.55 : 0.8;
    if (t.contains(u'?') || t.contains(u'？'))
        return 0.65; // "Why? Explain with an example."
    // A short name of a topic, or a sentence that states something.
    qsizetype words = 0;
    bool inWord = false;
    for (const QChar c : t) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    const QChar last = t.back();
    if (last == u'.' || last == u'!' || last == u'。')
        return 0.2;
    return words <= 10 ? kTopic : 0.2;
}

// A line alone that says the answer follows.
bool isAnswerMarker(QStringView line)
{
    static thread_local const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:[+=]|)"
            R"((?:(?:suggested|sample|model|example|possible|short|expected|ideal|good|best|)"
            R"(recommended|my|your|the)\s+)?(?:answer|response)s?|a|ans|)"
            R"((?:respuesta|resposta)(?:\s+(?:sugerida|modelo))?|(?:muster)?antwort|)"
            R"(réponse|ответ|答案|参考答案|回答|解答))"
            R"(\s*[:：.]?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // "A" alone is a marker only with its colon ("A:"), never the letter of a choice.
    const QStringView t = line.trimmed();
    if (t.compare(QLatin1String("a"), Qt::CaseInsensitive) == 0)
        return false;
    // The longest marker ("Recommended answers:", "Respuesta sugerida") is far shorter: the
    // lines of answers, nearly all of a file, are not tried.
    constexpr qsizetype kLongestMarker = 40;
    if (t.isEmpty() || t.size() > kLongestMarker)
        return false;
    return re.match(t).hasMatch();
}

} // namespace prepdeck::questions
