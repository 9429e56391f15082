// CSV and TSV banks (Anki-style exports and spreadsheets) with a header row.
#include "bankbuilder.h"
#include "delimitedfields.h"
#include "layouts.h"
#include "questionlikeness.h"
#include "textcleanup.h"
#include "translation.h"

#include <QHash>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace prepdeck {

using namespace delimited;

// The settings Anki writes above the notes it exports ("#separator:tab", "#columns:…"): a
// line naming one is a setting even when it holds the separator.
bool isAnkiSetting(const QString &key)
{
    static const QStringList keys = {
        QStringLiteral("separator"),   QStringLiteral("html"),
        QStringLiteral("columns"),     QStringLiteral("tags column"),
        QStringLiteral("deck column"), QStringLiteral("notetype column"),
        QStringLiteral("guid column"), QStringLiteral("notetype"),
        QStringLiteral("deck"),        QStringLiteral("tags"),
    };
    return keys.contains(key);
}

namespace {

// What the lines above the data say: Anki writes settings lines such as "#separator:tab",
// "#html:true", "#columns:Front	Back" above the data, and a "# FRONT<TAB>BACK" line names
// the columns; other "# …" lines are comments. Excel may write "sep=;" to name the
// delimiter.
struct Preamble
{
    qsizetype first = 0; // the line the data (or its header row) starts at
    std::optional<QChar> delimiter;
    bool html = false;
    QStringList declaredColumns;
    QString commentedHeader;
};

Preamble readPreamble(const QStringList &lines)
{
    static thread_local const QRegularExpression ankiSetting(
        QStringLiteral(R"(^#\s*([a-z ]+):(.*)$)"));
    static thread_local const QRegularExpression excelSeparator(QStringLiteral(R"(^sep=(.)\s*$)"));
    Preamble p;
    for (; p.first < lines.size(); ++p.first) {
        const QString &l = lines[p.first];
        if (const auto m = excelSeparator.match(l); m.hasMatch()) {
            p.delimiter = m.captured(1).at(0);
        } else if (const auto a = ankiSetting.match(l);
                   a.hasMatch() && isAnkiSetting(a.captured(1).trimmed().toLower())) {
            const QString key = a.captured(1).trimmed().toLower();
            const QString value = a.captured(2).trimmed();
            if (key == QLatin1String("separator")) {
                const QString v = value.toLower();
                p.delimiter = v == QLatin1String("tab")         ? u'\t'
                              : v == QLatin1String("comma")     ? u','
                              : v == QLatin1String("semicolon") ? u';'
                              : v == QLatin1String("pipe")      ? u'|'
                              : v == QLatin1String("space")     ? u' '
                                                                : value.at(0);
            } else if (key == QLatin1String("html")) {
                p.html = value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            } else if (key == QLatin1String("columns")) {
                p.declaredColumns = value.split(p.delimiter.value_or(u'\t'));
            }
        } else if (l.startsWith(u'#') && l.size() > 1 &&
                   (l.at(1) == u',' || l.at(1) == u';' || l.at(1) == u'\t')) {
            break; // "#,question,answer": a header whose first column is the number
        } else if (l.startsWith(u'#')) {
            // "# FRONT<TAB>BACK" names the columns; any other "# …" line is a comment.
            if (l.contains(u'\t'))
                p.commentedHeader = l.mid(1).trimmed();
        } else if (!l.trimmed().isEmpty()) {
            break;
        }
    }
    return p;
}

// The delimiter: the one named above the data, else the one the first line (or the next
// lines, when the first has one field) holds most of, outside quotes.
QChar delimiterOf(const QStringList &lines, const Preamble &preamble, bool tsvHint)
{
    if (preamble.delimiter)
        return *preamble.delimiter;
    const qsizetype first = preamble.first;
    const QString &sample =
        preamble.commentedHeader.isEmpty() ? lines[first] : preamble.commentedHeader;
    int tabs = countOutsideQuotes(sample, u'\t');
    int commas = countOutsideQuotes(sample, u',');
    const int semicolons = countOutsideQuotes(sample, u';');
    if (tabs == 0 && commas == 0) {
        // A first line with one field (a note with a front only): the next lines tell.
        for (qsizetype i = first + 1; i < std::min(lines.size(), first + 20); ++i) {
            tabs += countOutsideQuotes(lines[i], u'\t') > 0;
            commas += countOutsideQuotes(lines[i], u',') > 0;
        }
    }
    if (tsvHint || (tabs > 0 && tabs >= commas))
        return u'\t';
    if (commas == 0 && semicolons > 0)
        return u';';
    return u',';
}

enum Column
{
    Prompt,
    Answer,
    CategoryCol,
    Tags,
    Hint,
    Number,
    Frequency,
    FollowUps,
    Tips,
    BankCol,
    Link,
    Difficulty,
    ColumnCount
};

// Each field's column, or -1.
struct Columns
{
    std::array<int, ColumnCount> at;
    Columns() { at.fill(-1); }
    int &operator[](Column c) { return at[c]; }
    int operator[](Column c) const { return at[c]; }
};

// The columns a header names, by the names people give them in several languages.
Columns columnsNamed(const QStringList &names)
{
    Columns col;
    for (int c = 0; c < names.size(); ++c) {
        const QString h = names[c]
                              .trimmed()
                              .toLower()
                              .remove(QLatin1Char('_'))
                              .remove(QLatin1Char('-'))
                              .remove(QLatin1Char(' '));
        auto set = [&](Column which, std::initializer_list<const char *> aliases) {
            for (const char *a : aliases)
                if (h == QLatin1String(a) && col[which] < 0)
                    col[which] = c;
        };
        set(Prompt, {"question", "questions", "front", "prompt", "q", "term", "pregunta", "frage",
                     "вопрос", "问题"});
        set(Answer, {"answer", "back", "a", "definition", "response", "solution", "answers",
                     "sampleanswer", "suggestedanswer", "modelanswer", "respuesta", "antwort",
                     "resposta", "réponse", "ответ", "答案"});
        set(CategoryCol, {"category", "deck", "topic", "section", "categoría", "kategorie"});
        set(Tags, {"tags", "tag"});
        set(Hint, {"hint", "keyconcept", "concept"});
        set(Number, {"number", "no", "no.", "#", "id", "nr"});
        set(Frequency, {"frequency", "asked", "askedpercent"});
        set(FollowUps, {"followups", "followup", "followupquestions"});
        set(Tips, {"tips", "tip", "coaching"});
        set(BankCol, {"bank"});
        set(Link, {"source", "url", "link", "sourceurl", "reference"});
        set(Difficulty, {"difficulty", "level", "dificultad", "schwierigkeit", "difficulté"});
    }
    return col;
}

// A file without a header is notes, one a line, as Anki and Quizlet export them: front
// (the question), then back (the answer), tags last. Their columns (what the first line
// happened to name kept), or nothing when the lines do not read as notes.
std::optional<Columns> notesColumns(const QStringList &lines, qsizetype first, QChar delimiter,
                                    const QList<Record> &records, bool tsvHint, bool csvHint,
                                    Columns col)
{
    // A .csv file without a header: Anki's and Quizlet's comma-separated export, two fields
    // in every record (a quoted field may run over lines: code in an answer), three or more,
    // most with a front (a record with only a back goes on with the one above).
    if (delimiter == u',') {
        qsizetype pairs = 0, fronts = 0;
        for (const Record &r : records) {
            pairs += r.fields.size() == 2;
            fronts += r.fields.size() == 2 && !r.fields.first().trimmed().isEmpty() &&
                      r.fields.first().size() <= 500;
        }
        if (!csvHint || records.size() < 3 || pairs * 10 < records.size() * 9 ||
            fronts * 2 < records.size())
            return std::nullopt;
        col[Prompt] = 0;
        col[Answer] = 1;
        return col;
    }
    // Notes files are tab-separated lines one after another, a good part of them with a
    // back; anything that reads as Markdown or prose with blank lines between is not one.
    if (delimiter != u'\t')
        return std::nullopt;
    int data = 0, tabbed = 0, blank = 0, markup = 0;
    static thread_local const QRegularExpression markdownLine(
        QStringLiteral(R"(^\s*([-*+>|]\s|#{1,6}\s|\d+[.)]\s|```|~~~|<[a-zA-Z]))"));
    // Blank lines count between notes, not after the last (a file ends with a line end).
    qsizetype end = lines.size();
    while (end > first && lines[end - 1].trimmed().isEmpty())
        --end;
    for (qsizetype i = first; i < end; ++i) {
        const QString &l = lines[i];
        if (l.trimmed().isEmpty()) {
            ++blank;
            continue;
        }
        ++data;
        tabbed += l.contains(u'\t');
        markup += markdownLine.match(l).hasMatch();
    }
    if (data == 0 || tabbed * 4 < data || markup * 10 > data || blank * 10 > data)
        return std::nullopt;
    int widest = 0;
    for (const Record &r : records)
        widest = std::max(widest, int(r.fields.size()));
    if (widest < 2 && !tsvHint)
        return std::nullopt;
    col[Prompt] = 0;
    col[Answer] = widest > 1 ? 1 : -1;
    if (widest > 2 && col[Tags] < 0)
        col[Tags] = widest - 1;
    return col;
}

QString fieldOf(const Record &rec, const Columns &col, Column which)
{
    return col[which] >= 0 && col[which] < rec.fields.size() ? rec.fields[col[which]].trimmed()
                                                             : QString();
}

// The question a record holds (its prompt empty when it holds none).
Question questionOf(const Record &rec, const Columns &col, bool html, TagSeparator tagSeparator,
                    const QString &fileName)
{
    const auto field = [&](Column which) {
        return fieldOf(rec, col, which);
    };
    Question q;
    q.prompt = fieldText(field(Prompt), html).simplified();
    q.answer = fieldText(field(Answer), html);
    q.hint = fieldText(field(Hint), html);
    q.link = field(Link);
    if (const QString level = field(Difficulty); !level.isEmpty())
        q.tags << level;
    q.tags << splitTags(field(Tags), tagSeparator);
    bool ok = false;
    if (const int n = field(Number).toInt(&ok); ok)
        q.number = n;
    if (const int f = field(Frequency).remove(QLatin1Char('%')).toInt(&ok); ok)
        q.frequency = f;
    for (const QString &f : field(FollowUps).split(QLatin1Char('\n')))
        if (!f.trimmed().isEmpty())
            q.followUps << f.trimmed();
    for (const QString &t : field(Tips).split(QLatin1Char('\n')))
        if (!t.trimmed().isEmpty())
            q.tips << t.trimmed();
    q.sourceFile = fileName;
    q.sourceLine = rec.line;
    return q;
}

// Lines as a report lists them: the first twelve, then "…".
QString lineList(const QList<int> &at)
{
    QStringList out;
    for (const int l : at.mid(0, 12))
        out << QString::number(l);
    return out.join(QLatin1String(", ")) + (at.size() > 12 ? QStringLiteral(", …") : QString());
}

// Said once for the whole file: the questions without an answer, and those that repeat
// one before them word for word (kept: the user may delete one).
void warnAboutQuestions(ParsedBanks &parsed, const QList<int> &unanswered,
                        const QHash<QString, QList<int>> &identities)
{
    if (!unanswered.isEmpty())
        parsed.warnings.append(ImportWarning{
            unanswered.first(), ImportText::tr("%Ln question(s) have an empty answer (lines %1).",
                                               nullptr, int(unanswered.size()))
                                    .arg(lineList(unanswered))});
    QList<int> duplicates;
    for (const QList<int> &at : identities)
        if (at.size() > 1)
            duplicates << at.mid(1);
    std::sort(duplicates.begin(), duplicates.end());
    if (!duplicates.isEmpty())
        parsed.warnings.append(ImportWarning{
            duplicates.first(),
            ImportText::tr("%Ln question(s) repeat one before them, word for word; they were "
                           "kept (lines %1).",
                           nullptr, int(duplicates.size()))
                .arg(lineList(duplicates))});
}

// The banks of the rows, in the order they first appear: a bank column (Prepdeck's own
// export) puts each row in its bank; a bank named on the command line (--bank) takes all.
class BankSorter
{
public:
    explicit BankSorter(const SourceText &source) : m_source(source) {}
    BankBuilder &bankFor(const QString &column)
    {
        const QString name =
            m_source.bankName.isEmpty() && !column.isEmpty() ? column : m_source.chosenOr({});
        auto it = m_index.constFind(name);
        if (it == m_index.cend()) {
            it = m_index.insert(name, m_banks.size());
            m_banks.append(BankBuilder(name));
        }
        return m_banks[*it];
    }
    QList<Bank> take()
    {
        QList<Bank> out;
        for (BankBuilder &bank : m_banks)
            if (!bank.isEmpty())
                out.append(bank.take());
        return out;
    }

private:
    const SourceText &m_source;
    QList<BankBuilder> m_banks;
    QHash<QString, qsizetype> m_index;
};

// The questions of the records after the first (the header, or nothing), in their banks,
// and what is said about them once.
struct Rows
{
    QList<Bank> banks;
    QList<int> unanswered;
    QHash<QString, QList<int>> identities; // the rows of each prompt
    double likeness = 0;
};

// headerFields: the header's field count, which every row should have, or -1.
Rows readRows(const QList<Record> &records, const Columns &col, const SourceText &source, bool html,
              qsizetype headerFields, QList<ImportWarning> &warnings)
{
    QStringList tagFields;
    for (qsizetype r = 1; r < records.size(); ++r)
        tagFields << fieldOf(records[r], col, Tags);
    const TagSeparator tagSeparator = tagSeparatorOf(tagFields, col[BankCol] >= 0);
    BankSorter banks(source);
    Rows rows;
    // The question read last, added once the rows that go on with its answer are read.
    struct Pending
    {
        QString bank, category;
        Question question;
    };
    std::optional<Pending> pending;
    const auto flush = [&] {
        if (pending)
            banks.bankFor(pending->bank).add(pending->category, pending->question);
        pending.reset();
    };
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        if (headerFields >= 0 && rec.fields.size() != headerFields)
            warnings.append({rec.line, ImportText::tr("this row has %Ln field(s) but the header "
                                                      "has %L1; check for a missing quote or "
                                                      "delimiter.",
                                                      nullptr, int(rec.fields.size()))
                                           .arg(headerFields)});
        const Question q = questionOf(rec, col, html, tagSeparator, source.fileName);
        // A row with nothing but an answer goes on with the answer above it (a list or code
        // written a row per line).
        const auto filled = std::count_if(rec.fields.cbegin(), rec.fields.cend(),
                                          [](const QString &f) { return !f.trimmed().isEmpty(); });
        if (q.prompt.isEmpty() && !q.answer.isEmpty() && filled == 1 && pending) {
            Question &above = pending->question;
            above.answer += (above.answer.isEmpty() ? QString() : QStringLiteral("\n")) + q.answer;
            continue;
        }
        if (q.prompt.isEmpty()) {
            warnings.append(
                {rec.line, ImportText::tr("this row has no question; it was skipped.")});
            continue;
        }
        if (q.answer.isEmpty() && col[Answer] >= 0)
            rows.unanswered << rec.line;
        rows.identities[q.prompt] << rec.line;
        rows.likeness += questions::likeness(q.prompt);
        QString categoryName = fieldOf(rec, col, CategoryCol);
        if (categoryName.isEmpty())
            categoryName = QStringLiteral("General");
        flush();
        pending = Pending{fieldOf(rec, col, BankCol).simplified(), categoryName, q};
    }
    flush();
    rows.banks = banks.take();
    return rows;
}

} // namespace

std::optional<ParsedBanks> readDelimited(const SourceText &source)
{
    QStringList lines = source.lines;
    for (QString &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    const Preamble preamble = readPreamble(lines);
    if (preamble.first >= lines.size())
        return std::nullopt;
    const QChar delimiter = delimiterOf(lines, preamble, source.tsvHint);
    QList<Record> records = parseRecords(lines, preamble.first, delimiter);
    if (records.isEmpty())
        return std::nullopt;

    QStringList names = records.first().fields;
    if (!preamble.declaredColumns.isEmpty())
        names = preamble.declaredColumns;
    else if (!preamble.commentedHeader.isEmpty())
        names = preamble.commentedHeader.split(delimiter);
    Columns col = columnsNamed(names);
    const bool namedHeader = col[Prompt] >= 0 && preamble.declaredColumns.isEmpty() &&
                             preamble.commentedHeader.isEmpty();
    const bool headerless = col[Prompt] < 0;
    if (headerless) {
        const std::optional<Columns> notes = notesColumns(lines, preamble.first, delimiter, records,
                                                          source.tsvHint, source.csvHint, col);
        if (!notes)
            return std::nullopt;
        col = *notes;
    }
    // A column of addresses is the question's source, whatever its header says.
    if (col[Answer] >= 0 && isUrlColumn(records, namedHeader ? 1 : 0, col[Answer])) {
        col[Link] = col[Answer];
        col[Answer] = -1;
    }
    if (!namedHeader)
        records.prepend(Record{}); // the loop below skips the first record

    ParsedBanks parsed;
    parsed.layout = delimiter == u'\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
    if (headerless)
        parsed.layout += QStringLiteral(": notes");
    if (col[Answer] < 0 && namedHeader)
        parsed.warnings.append(
            {int(records.first().line),
             ImportText::tr("no column of the header is an answer (answer, back, definition, "
                            "response, solution…), so the questions have none. Rename the "
                            "answer column and import again if it has another name.")});
    if (records.last().unterminated) {
        parsed.error = ImportWarning{
            records.last().line, ImportText::tr("a quoted field that starts in this row is never "
                                                "closed, so the rest of the file would be one "
                                                "field. Add the missing \" and import again.")};
        return parsed;
    }
    const Rows rows = readRows(records, col, source, preamble.html || cellsWriteHtml(records),
                               namedHeader ? names.size() : -1, parsed.warnings);
    parsed.banks = rows.banks;
    if (parsed.banks.isEmpty())
        return std::nullopt;
    warnAboutQuestions(parsed, rows.unanswered, rows.identities);
    // Named columns account for the file; notes without a header count as questions as
    // far as they read like them.
    parsed.score = headerless ? rows.likeness : double(questionCount(parsed.banks));
    const qsizetype n = questionCount(parsed.banks);
    if (headerless) {
        parsed.layoutId = QStringLiteral("anki-notes");
        parsed.reason =
            delimiter == u'\t'
                ? ImportText::tr("%Ln line(s) of tab-separated notes with no header: front "
                                 "is the question, back the answer.",
                                 nullptr, int(n))
                : ImportText::tr("%Ln record(s) of comma-separated notes with no header: front "
                                 "is the question, back the answer.",
                                 nullptr, int(n));
    } else {
        parsed.layoutId = delimiter == u'\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
        parsed.reason = ImportText::tr("%Ln row(s) under a header that names the question "
                                       "column.",
                                       nullptr, int(n));
    }
    return parsed;
}

} // namespace prepdeck
