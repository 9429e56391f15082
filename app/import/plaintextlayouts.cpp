// Readers for the two plain-text layouts: quoted questions with a "Suggested Answer"
// marker, and numbered cards with a "+" separator. Answers are plain text, so they go
// through plaintext::toMarkdown to show exactly what the file said.
#include "bankbuilder.h"
#include "layouts.h"
#include "plaintextmarkdown.h"
#include "textcleanup.h"
#include "translation.h"

#include <QRegularExpression>

namespace prepdeck {
namespace {

bool isBlank(const QString &line)
{
    return line.trimmed().isEmpty();
}

bool isCoachingLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(u'→') || t.startsWith(u'✓') || t.startsWith(u'✔') ||
           t.startsWith(QStringLiteral("💡"));
}

QString withoutCoachingMarker(const QString &line)
{
    return cleanup::withoutLeadingSymbols(line.trimmed());
}

// A short line that names a section: not a sentence, not a coaching line.
bool looksLikeTitle(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > 80 || isCoachingLine(t))
        return false;
    const QChar last = t.back();
    return last != u'.' && last != u':' && last != u';' && last != u',' && last != u'?';
}

// --- quoted questions -----------------------------------------------------------------

const QRegularExpression &quotedLine()
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*["“](.+)["”]\s*$)"));
    return re;
}

bool isAnswerMarker(const QString &line)
{
    static const QRegularExpression re(QStringLiteral(R"(^\s*suggested\s+answer\s*:?\s*$)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(line).hasMatch();
}

bool isQuotedQuestionAt(const QStringList &lines, qsizetype i)
{
    return i + 2 < lines.size() && quotedLine().match(lines[i]).hasMatch() &&
           !isBlank(lines[i + 1]) && lines[i + 1].trimmed().size() <= 40 &&
           isAnswerMarker(lines[i + 2]);
}

// --- numbered cards -------------------------------------------------------------------

bool isCardAt(const QStringList &lines, qsizetype i)
{
    static const QRegularExpression number(QStringLiteral(R"(^\s*\d{1,3}\s*$)"));
    return i + 3 < lines.size() && number.match(lines[i]).hasMatch() && !isBlank(lines[i + 1]) &&
           lines[i + 1].trimmed().size() <= 60 && !isBlank(lines[i + 2]) &&
           lines[i + 3].trimmed() == QLatin1String("+");
}

// "Title", blank line, "topic · topic · topic": the head of a section of cards.
bool isCardSectionAt(const QStringList &lines, qsizetype i)
{
    return i + 2 < lines.size() && looksLikeTitle(lines[i]) && isBlank(lines[i + 1]) &&
           lines[i + 2].contains(QStringLiteral(" · "));
}

} // namespace

std::optional<ParsedBanks> readQuotedQuestions(const SourceText &source)
{
    const QStringList &lines = source.lines;
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (isQuotedQuestionAt(lines, i))
            starts.append(i);
    if (starts.size() < 2)
        return std::nullopt;

    ParsedBanks parsed;
    parsed.layout = QStringLiteral("plain text: quoted questions");
    BankBuilder bank(source.chosenOr({}));

    // The section title sits on the line right above a question, after the previous
    // answer's coaching line (or a blank line, or the top of the file).
    auto titleAbove = [&](qsizetype questionLine) -> qsizetype {
        const qsizetype t = questionLine - 1;
        if (t < 0 || !looksLikeTitle(lines[t]))
            return -1;
        if (t == 0 || isBlank(lines[t - 1]) || isCoachingLine(lines[t - 1]))
            return t;
        return -1;
    };

    QString category = source.chosenOr({});
    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype q = starts[k];
        if (const qsizetype t = titleAbove(q); t >= 0)
            category = cleanup::categoryName(lines[t]);
        qsizetype end = k + 1 < starts.size() ? starts[k + 1] : lines.size();
        if (k + 1 < starts.size() && titleAbove(end) >= 0)
            end = titleAbove(end);

        Question question;
        question.prompt = cleanup::questionPrompt(quotedLine().match(lines[q]).captured(1));
        question.tags = QStringList{lines[q + 1].trimmed()};
        question.sourceFile = source.fileName;
        question.sourceLine = static_cast<int>(q + 1);

        QStringList body = lines.mid(q + 3, end - (q + 3));
        while (!body.isEmpty() && isBlank(body.last()))
            body.removeLast();
        QStringList tips;
        while (!body.isEmpty() && isCoachingLine(body.last())) {
            tips.prepend(plaintext::escapeLine(withoutCoachingMarker(body.takeLast())));
            while (!body.isEmpty() && isBlank(body.last()))
                body.removeLast();
        }
        question.tips = tips;
        question.answer = plaintext::toMarkdown(body);
        if (question.answer.isEmpty())
            parsed.warnings.append(
                {question.sourceLine, ImportText::tr("the question \"%1\" has no answer text after "
                                                     "\"Suggested Answer\".")
                                          .arg(question.prompt)});
        bank.add(category, question);
    }
    parsed.banks.append(bank.take());
    // Every question met the layout's markers: each counts whole.
    parsed.score = double(questionCount(parsed.banks));
    parsed.layoutId = QStringLiteral("plain-quoted");
    parsed.reason = ImportText::tr("%Ln question(s) in quotes, each with a tag line and a "
                                   "\"Suggested Answer\" line.",
                                   nullptr, int(parsed.score));
    return parsed;
}

std::optional<ParsedBanks> readNumberedCards(const SourceText &source)
{
    const QStringList &lines = source.lines;
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (isCardAt(lines, i))
            starts.append(i);
    if (starts.size() < 2)
        return std::nullopt;

    ParsedBanks parsed;
    parsed.layout = QStringLiteral("plain text: numbered cards");
    BankBuilder bank(source.chosenOr({}));

    QString category = source.chosenOr({});
    auto sectionIn = [&](qsizetype from, qsizetype to) -> qsizetype {
        for (qsizetype i = from; i < to; ++i)
            if (isCardSectionAt(lines, i))
                return i;
        return -1;
    };
    if (const qsizetype s = sectionIn(0, starts.first()); s >= 0)
        category = cleanup::categoryName(lines[s]);

    for (qsizetype k = 0; k < starts.size(); ++k) {
        const qsizetype c = starts[k];
        qsizetype end = k + 1 < starts.size() ? starts[k + 1] : lines.size();
        const qsizetype nextSection = sectionIn(c + 4, end);
        if (nextSection >= 0)
            end = nextSection;

        Question question;
        question.number = lines[c].trimmed().toInt();
        question.tags = QStringList{lines[c + 1].trimmed()};
        question.prompt = cleanup::questionPrompt(lines[c + 2]);
        question.sourceFile = source.fileName;
        question.sourceLine = static_cast<int>(c + 1);
        question.answer = plaintext::toMarkdown(lines.mid(c + 4, end - (c + 4)));
        if (question.answer.isEmpty())
            parsed.warnings.append(
                {question.sourceLine, ImportText::tr("card %1 (\"%2\") has no answer after its "
                                                     "\"+\" line.")
                                          .arg(lines[c].trimmed(), question.prompt)});
        bank.add(category, question);
        if (nextSection >= 0)
            category = cleanup::categoryName(lines[nextSection]);
    }
    parsed.banks.append(bank.take());
    parsed.score = double(questionCount(parsed.banks));
    parsed.layoutId = QStringLiteral("plain-cards");
    parsed.reason = ImportText::tr("%Ln numbered card(s), each with a sub-category line and a "
                                   "\"+\" line before its answer.",
                                   nullptr, int(parsed.score));
    return parsed;
}

} // namespace prepdeck
