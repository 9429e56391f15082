// The plain-text family: files that are not Markdown, where each question is a short head
// — an optional number line, the question line, optional label lines — then an answer
// marker line ("Suggested Answer", "Sample answer", "Answer:", "+", "Ответ"…) and the answer
// below it, up to the next head. Section titles above a head name categories. Answers are
// plain text, so they go through plaintext::toMarkdown to show exactly what the file said.
//
// One reader for every file of the family: what varies from file to file (quotes or not,
// the label lines above or below the question, a number line or none, which marker, blank
// lines or none between questions) is found in the file, within the thresholds below.
#include "bankbuilder.h"
#include "layouts.h"
#include "plaintextmarkdown.h"
#include "questionlikeness.h"
#include "textcleanup.h"
#include "translation.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace prepdeck {
namespace {

// --- thresholds -----------------------------------------------------------------------

// A label line (a tag, a sub-category: "Backend", "AI Integration") is at most this long.
constexpr qsizetype kMaxLabelLength = 80;
// A question line is at most this long; a longer line is answer text.
constexpr qsizetype kMaxQuestionLength = 500;
// Lines of a head above its marker: number, labels and the question together.
constexpr int kMaxHeadLines = 4;
// A section title is at most this long.
constexpr qsizetype kMaxTitleLength = 80;
// Fewer questions than this is not a bank in this layout (one marker-like line in a text).
constexpr int kMinQuestions = 2;

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// "→ …", "✓ …": a coaching line closing an answer.
bool isCoachingLine(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(u'→') || t.startsWith(u'✓') || t.startsWith(u'✔') ||
           t.startsWith(QStringLiteral("💡"));
}

// "07", "12.", "#3", "Q12": the number of the question below, alone on its line.
std::optional<int> numberLine(const QString &line)
{
    static thread_local const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:#|no\.?\s*|q\.?\s*)?(\d{1,3})[.)]?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // "No. 123." at most, with a few spaces: longer lines are not tried.
    const QStringView t = QStringView(line).trimmed();
    if (t.isEmpty() || t.size() > 24 ||
        !(t.back().isDigit() || t.back() == u'.' || t.back() == u')'))
        return std::nullopt;
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    return m.capturedView(1).toInt();
}

const QRegularExpression &quotedLine()
{
    static thread_local const QRegularExpression re(QStringLiteral(R"(^\s*["“«„](.+)["”»“]\s*$)"));
    return re;
}

// How strongly a head line reads as the question rather than a label: quoted, then ending
// with a question mark, then opening like a question, then a sentence, then a name.
int questionRank(const QString &line)
{
    const QString t = line.trimmed();
    if (quotedLine().match(t).hasMatch())
        return 4;
    if (questions::endsAsQuestion(t))
        return 3;
    if (questions::likeness(t) >= questions::kLikely)
        return 2;
    if (t.count(u' ') >= 3 || t.size() > kMaxLabelLength)
        return 1;
    return 0;
}

// A short line that names a section: not a sentence, not a coaching line.
bool looksLikeTitle(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || t.size() > kMaxTitleLength || isCoachingLine(t) || numberLine(t))
        return false;
    const QChar last = t.back();
    return last != u'.' && last != u':' && last != u';' && last != u',' && last != u'?' &&
           last != u'!' && !quotedLine().match(t).hasMatch();
}

// "AI · Network · API": the topics a section covers, under its title.
bool isTopicsLine(const QString &line)
{
    static thread_local const QRegularExpression separator(QStringLiteral(R"(\s[·•|]\s)"));
    return line.trimmed().size() <= 400 && line.count(separator) >= 1;
}

struct Head
{
    qsizetype start = 0;    // first line of the head
    qsizetype question = 0; // the question line
    qsizetype marker = 0;   // the answer marker line
    std::optional<int> number;
    QList<qsizetype> labels;
};

// The head above a marker line, if its lines make one.
std::optional<Head> headAbove(const QStringList &lines, qsizetype marker)
{
    QList<qsizetype> candidates; // bottom up
    bool numbered = false;
    for (qsizetype i = marker - 1; i >= 0 && candidates.size() < kMaxHeadLines; --i) {
        const QString &line = lines[i];
        if (isBlank(line) || isCoachingLine(line) || questions::isAnswerMarker(line) ||
            line.trimmed().size() > kMaxQuestionLength)
            break;
        candidates << i;
        if (numberLine(line)) {
            numbered = true;
            break;
        }
    }
    Head head;
    head.marker = marker;
    if (numbered)
        head.number = numberLine(lines[candidates.last()]);
    // The question is the line that reads most like one; on a tie, the nearest the marker.
    qsizetype question = -1;
    int best = -1;
    for (const qsizetype i : std::as_const(candidates)) {
        if (numbered && i == candidates.last())
            continue;
        if (const int rank = questionRank(lines[i]); rank > best) {
            best = rank;
            question = i;
        }
    }
    if (question < 0)
        return std::nullopt;
    head.question = question;
    // Without a number line the head starts at its question: what is above it is the
    // previous answer's end, or a section title.
    head.start = numbered ? candidates.last() : question;
    for (qsizetype i = head.start; i < marker; ++i) {
        if (i == question || (numbered && i == head.start))
            continue;
        if (lines[i].trimmed().size() > kMaxLabelLength)
            return std::nullopt; // two sentences above a marker: not a head
        head.labels << i;
    }
    return head;
}

// A marker as the file spells it, for telling markers apart: "Answer:" and "answer" alike.
QString markerKey(const QString &line)
{
    QString key = line.trimmed().toCaseFolded();
    while (key.endsWith(u':') || key.endsWith(u'：') || key.endsWith(u'.'))
        key.chop(1);
    return key.trimmed();
}

QString promptOf(const QString &line)
{
    QString text = line.trimmed();
    if (const auto m = quotedLine().match(text); m.hasMatch())
        text = m.captured(1);
    return cleanup::questionPrompt(text);
}

} // namespace

namespace {

// The heads of a bank's questions: above each answer marker, those alike. The heads of a
// bank are alike: one marker (or a few), all numbered or none. A marker line inside an
// answer ("+" alone, "Answer:" in a quoted dialogue) makes a head unlike the others, and is
// answer text.
QList<Head> bankHeads(const QStringList &lines)
{
    QList<Head> heads;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!questions::isAnswerMarker(lines[i]))
            continue;
        if (auto head = headAbove(lines, i);
            head && (heads.isEmpty() || head->start > heads.last().marker))
            heads << *head;
    }
    QHash<QString, int> markerCounts;
    int numberedHeads = 0;
    for (const Head &h : std::as_const(heads)) {
        ++markerCounts[markerKey(lines[h.marker])];
        numberedHeads += h.number.has_value();
    }
    const int enough = std::max<int>(kMinQuestions, int(heads.size()) / 10);
    const bool allNumbered = numberedHeads * 5 >= heads.size() * 4;
    heads.removeIf([&](const Head &h) {
        return markerCounts.value(markerKey(lines[h.marker])) < enough ||
               (allNumbered && !h.number);
    });
    return heads;
}

// Whether most answers close with a coaching line (or one before the last line).
bool coachingClosesAnswers(const QStringList &lines, const QList<Head> &heads)
{
    int coachingEnds = 0;
    for (qsizetype k = 1; k < heads.size(); ++k) {
        qsizetype before = heads[k].start - 1;
        while (before > heads[k - 1].marker && isBlank(lines[before]))
            --before;
        coachingEnds += isCoachingLine(lines[before]) ||
                        (before > heads[k - 1].marker && isCoachingLine(lines[before - 1]));
    }
    return coachingEnds * 2 > heads.size() - 1;
}

// The section title above a head starting at `headStart` (no higher than `floor`), if
// there is one: its line, or -1. Where answers close with a coaching line, the line after
// one may be a section's title right above the next question; elsewhere a title stands
// alone, a blank line below it (then perhaps a line of the section's topics).
qsizetype titleAbove(const QStringList &lines, qsizetype headStart, qsizetype floor,
                     bool coachingCloses)
{
    const qsizetype direct = headStart - 1;
    if (direct > floor && !isBlank(lines[direct])) {
        if (!looksLikeTitle(lines[direct]))
            return -1;
        const bool alone = direct - 1 <= floor || isBlank(lines[direct - 1]) ||
                           (coachingCloses && isCoachingLine(lines[direct - 1]));
        return alone && (coachingCloses || direct - 1 <= floor) ? direct : -1;
    }
    qsizetype i = direct;
    while (i > floor && isBlank(lines[i]))
        --i;
    if (i <= floor)
        return -1;
    if (isTopicsLine(lines[i])) {
        qsizetype t = i - 1;
        while (t > floor && isBlank(lines[t]))
            --t;
        if (t > floor && t < i - 1 && looksLikeTitle(lines[t]) &&
            (t - 1 <= floor || isBlank(lines[t - 1]) || isCoachingLine(lines[t - 1])))
            return t;
    }
    if (looksLikeTitle(lines[i]) &&
        (i - 1 <= floor || isBlank(lines[i - 1]) || isCoachingLine(lines[i - 1])))
        return i;
    return -1;
}

// The question of a head whose answer runs to line `end`: coaching lines at its end are
// its tips.
Question questionOf(const QStringList &lines, const Head &head, qsizetype end,
                    const QString &fileName)
{
    Question question;
    question.prompt = promptOf(lines[head.question]);
    question.number = head.number;
    for (const qsizetype l : head.labels)
        question.tags << lines[l].trimmed();
    question.sourceFile = fileName;
    question.sourceLine = static_cast<int>(head.start + 1);
    QStringList body = lines.mid(head.marker + 1, end - (head.marker + 1));
    while (!body.isEmpty() && isBlank(body.last()))
        body.removeLast();
    while (!body.isEmpty() && isCoachingLine(body.last())) {
        question.tips.prepend(
            plaintext::escapeLine(cleanup::withoutLeadingSymbols(body.takeLast().trimmed())));
        while (!body.isEmpty() && isBlank(body.last()))
            body.removeLast();
    }
    question.answer = plaintext::toMarkdown(body);
    return question;
}

// The layout's name and reason, from how its heads were written.
void nameLayout(ParsedBanks &parsed, int numbered, int quoted, const QStringList &markers)
{
    const int count = int(questionCount(parsed.banks));
    if (numbered * 2 > count) {
        parsed.layoutId = QStringLiteral("plain-cards");
        parsed.layout = QStringLiteral("plain text: numbered cards");
    } else if (quoted * 2 > count) {
        parsed.layoutId = QStringLiteral("plain-quoted");
        parsed.layout = QStringLiteral("plain text: quoted questions");
    } else {
        parsed.layoutId = QStringLiteral("plain-marked");
        parsed.layout = QStringLiteral("plain text: questions with answer lines");
    }
    QStringList shown;
    for (const QString &m : markers.mid(0, 3))
        shown << QLatin1Char('"') + m + QLatin1Char('"');
    parsed.reason = ImportText::tr("%Ln question(s) in plain text, each a short head (question "
                                   "and label lines) above an answer line (%1).",
                                   nullptr, count)
                        .arg(shown.join(QLatin1String(", ")));
}

} // namespace

std::optional<ParsedBanks> readPlainQuestions(const SourceText &source)
{
    const QStringList &lines = source.lines;
    const QList<Head> heads = bankHeads(lines);
    if (heads.size() < kMinQuestions)
        return std::nullopt;
    const bool coachingCloses = coachingClosesAnswers(lines, heads);

    ParsedBanks parsed;
    BankBuilder bank(source.chosenOr({}));
    QString category =
        source.openingCategory.isEmpty() ? source.chosenOr({}) : source.openingCategory;
    if (const qsizetype t = titleAbove(lines, heads.first().start, -1, coachingCloses); t >= 0)
        category = cleanup::categoryName(lines[t]);
    int quoted = 0, numbered = 0;
    QStringList markers;
    for (qsizetype k = 0; k < heads.size(); ++k) {
        const Head &head = heads[k];
        qsizetype end = k + 1 < heads.size() ? heads[k + 1].start : lines.size();
        qsizetype nextTitle = -1;
        if (k + 1 < heads.size()) {
            nextTitle = titleAbove(lines, end, head.marker, coachingCloses);
            if (nextTitle >= 0)
                end = nextTitle;
        }
        const Question question = questionOf(lines, head, end, source.fileName);
        quoted += quotedLine().match(lines[head.question]).hasMatch();
        numbered += head.number.has_value();
        const QString marker = lines[head.marker].trimmed();
        if (!markers.contains(marker))
            markers << marker;
        if (question.prompt.isEmpty())
            continue;
        if (question.answer.isEmpty())
            parsed.warnings.append(
                {question.sourceLine,
                 ImportText::tr("the question \"%1\" has no answer after its \"%2\" line.")
                     .arg(question.prompt, marker)});
        bank.add(category, question);
        if (nextTitle >= 0)
            category = cleanup::categoryName(lines[nextTitle]);
    }
    if (bank.isEmpty())
        return std::nullopt;
    parsed.banks.append(bank.take());
    // Every question met the layout's markers: each counts whole.
    parsed.score = double(questionCount(parsed.banks));
    nameLayout(parsed, numbered, quoted, markers);
    return parsed;
}

} // namespace prepdeck
