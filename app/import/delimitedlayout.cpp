// CSV and TSV banks (Anki-style exports and spreadsheets) with a header row.
#include "bankbuilder.h"
#include "layouts.h"
#include "translation.h"

#include <QHash>
#include <QRegularExpression>

namespace prepdeck {
namespace {

struct Record
{
    QStringList fields;
    int line = 0;
    bool unterminated = false; // a quoted field runs to the end of the file
};

// RFC 4180 records: quoted fields may hold the delimiter, doubled quotes and line breaks.
QList<Record> parseRecords(const QStringList &lines, qsizetype from, QChar delimiter)
{
    QList<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype li = from; li < lines.size(); ++li) {
        const QString &line = lines[li];
        if (!quoted && !fieldStarted && current.fields.isEmpty() && line.trimmed().isEmpty())
            continue; // blank line between records
        if (!quoted && current.fields.isEmpty() && !fieldStarted)
            current.line = static_cast<int>(li + 1);
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                        field += u'"';
                        ++i;
                    } else {
                        quoted = false;
                    }
                } else {
                    field += c;
                }
            } else if (c == u'"' && field.trimmed().isEmpty()) {
                quoted = true;
                field.clear();
                fieldStarted = true;
            } else if (c == delimiter) {
                current.fields << field;
                field.clear();
                fieldStarted = false;
            } else {
                field += c;
                fieldStarted = true;
            }
        }
        if (quoted) {
            field += u'\n';
            continue;
        }
        current.fields << field;
        field.clear();
        fieldStarted = false;
        records << current;
        current = Record{};
    }
    if (quoted || !current.fields.isEmpty()) {
        current.fields << field;
        current.unterminated = quoted;
        records << current;
    }
    return records;
}

int countOutsideQuotes(const QString &line, QChar c)
{
    int n = 0;
    bool quoted = false;
    for (const QChar ch : line) {
        if (ch == u'"')
            quoted = !quoted;
        else if (ch == c && !quoted)
            ++n;
    }
    return n;
}

// How a file separates the tags in its tags column. Decided for the whole file, not per
// field, so that a tag with a space ("AI Integration") stays whole wherever the file shows
// it uses another separator: one per line (Prepdeck's own export), semicolons, commas.
// Spaces separate tags only in files that look like Anki's (its tags never hold a space):
// no other separator anywhere, and no bank column.
enum class TagSeparator
{
    Line,
    Semicolon,
    Comma,
    Space,
    None, // the field is one tag
};

TagSeparator tagSeparatorOf(const QStringList &fields, bool hasBankColumn)
{
    bool line = false, semicolon = false, comma = false;
    for (const QString &f : fields) {
        const QString t = f.trimmed();
        line = line || t.contains(QLatin1Char('\n'));
        semicolon = semicolon || t.contains(QLatin1Char(';'));
        comma = comma || t.contains(QLatin1Char(','));
    }
    if (line)
        return TagSeparator::Line;
    if (semicolon)
        return TagSeparator::Semicolon;
    if (comma)
        return TagSeparator::Comma;
    return hasBankColumn ? TagSeparator::None : TagSeparator::Space;
}

QStringList splitTags(const QString &text, TagSeparator separator)
{
    QStringList parts;
    switch (separator) {
    case TagSeparator::Line:
        parts = text.split(QLatin1Char('\n'));
        break;
    case TagSeparator::Semicolon:
        parts = text.split(QLatin1Char(';'));
        break;
    case TagSeparator::Comma:
        parts = text.split(QLatin1Char(','));
        break;
    case TagSeparator::Space:
        parts = text.split(QLatin1Char(' '));
        break;
    case TagSeparator::None:
        parts = {text};
        break;
    }
    QStringList out;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

} // namespace

std::optional<ParsedBanks> readDelimited(const SourceText &source)
{
    const QStringList &lines = source.lines;
    qsizetype first = 0;
    // Anki writes settings lines such as "#separator:tab" above the data; Excel may write
    // "sep=;" to name the delimiter.
    static const QRegularExpression ankiSetting(QStringLiteral(R"(^#[a-z ]+:)"));
    static const QRegularExpression excelSeparator(QStringLiteral(R"(^sep=(.)\s*$)"));
    std::optional<QChar> named;
    while (first < lines.size()) {
        const QString &l = lines[first];
        if (const auto m = excelSeparator.match(l); m.hasMatch())
            named = m.captured(1).at(0);
        else if (!l.trimmed().isEmpty() && !ankiSetting.match(l).hasMatch())
            break;
        ++first;
    }
    if (first >= lines.size())
        return std::nullopt;

    const QString &header = lines[first];
    const int tabs = countOutsideQuotes(header, u'\t');
    const int commas = countOutsideQuotes(header, u',');
    const int semicolons = countOutsideQuotes(header, u';');
    QChar delimiter = u',';
    if (named)
        delimiter = *named;
    else if (source.tsvHint || (tabs > 0 && tabs >= commas))
        delimiter = u'\t';
    else if (commas == 0 && semicolons > 0)
        delimiter = u';';

    const QList<Record> records = parseRecords(lines, first, delimiter);
    if (records.isEmpty())
        return std::nullopt;

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
        Count
    };
    int col[Count];
    std::fill(std::begin(col), std::end(col), -1);
    const QStringList names = records.first().fields;
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
        set(Prompt, {"question", "front", "prompt", "q"});
        set(Answer, {"answer", "back", "a"});
        set(CategoryCol, {"category", "deck", "topic", "section"});
        set(Tags, {"tags", "tag"});
        set(Hint, {"hint", "keyconcept", "concept"});
        set(Number, {"number", "no", "no.", "#"});
        set(Frequency, {"frequency", "asked", "askedpercent"});
        set(FollowUps, {"followups", "followup", "followupquestions"});
        set(Tips, {"tips", "tip", "coaching"});
        set(BankCol, {"bank"});
    }
    if (col[Prompt] < 0 || col[Answer] < 0)
        return std::nullopt;

    ParsedBanks parsed;
    parsed.layout = delimiter == u'\t' ? QStringLiteral("tsv") : QStringLiteral("csv");
    if (records.last().unterminated) {
        parsed.error = ImportWarning{
            records.last().line, ImportText::tr("a quoted field that starts in this row is never "
                                                "closed, so the rest of the file would be one "
                                                "field. Add the missing \" and import again.")};
        return parsed;
    }
    auto fieldOf = [&](const Record &rec, Column which) {
        return col[which] >= 0 && col[which] < rec.fields.size() ? rec.fields[col[which]].trimmed()
                                                                 : QString();
    };
    QStringList tagFields;
    for (qsizetype r = 1; r < records.size(); ++r)
        tagFields << fieldOf(records[r], Tags);
    const TagSeparator tagSeparator = tagSeparatorOf(tagFields, col[BankCol] >= 0);
    // A bank column (Prepdeck's own export) puts each row in its bank, in the order the
    // banks first appear; a bank named on the command line (--bank) takes them all.
    QList<BankBuilder> banks;
    QHash<QString, qsizetype> bankIndex;
    auto bankFor = [&](const QString &column) -> BankBuilder & {
        const QString name =
            source.bankName.isEmpty() && !column.isEmpty() ? column : source.chosenOr({});
        auto it = bankIndex.constFind(name);
        if (it == bankIndex.cend()) {
            it = bankIndex.insert(name, banks.size());
            banks.append(BankBuilder(name));
        }
        return banks[*it];
    };
    for (qsizetype r = 1; r < records.size(); ++r) {
        const Record &rec = records[r];
        auto field = [&](Column which) {
            return fieldOf(rec, which);
        };
        if (rec.fields.size() != names.size())
            parsed.warnings.append(
                {rec.line, ImportText::tr("this row has %Ln field(s) but the header "
                                          "has %L1; check for a missing quote or "
                                          "delimiter.",
                                          nullptr, int(rec.fields.size()))
                               .arg(names.size())});
        Question q;
        q.prompt = field(Prompt).simplified();
        if (q.prompt.isEmpty()) {
            parsed.warnings.append(
                {rec.line, ImportText::tr("this row has no question; it was skipped.")});
            continue;
        }
        q.answer = field(Answer);
        q.hint = field(Hint);
        q.tags = splitTags(field(Tags), tagSeparator);
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
        q.sourceFile = source.fileName;
        q.sourceLine = rec.line;
        if (q.answer.isEmpty())
            parsed.warnings.append(
                {rec.line,
                 ImportText::tr("the question \"%1\" has an empty answer.").arg(q.prompt)});
        QString categoryName = field(CategoryCol);
        if (categoryName.isEmpty())
            categoryName = QStringLiteral("General");
        bankFor(field(BankCol).simplified()).add(categoryName, q);
    }
    for (BankBuilder &bank : banks)
        if (!bank.isEmpty())
            parsed.banks.append(bank.take());
    if (parsed.banks.isEmpty())
        return std::nullopt;
    parsed.score = double(questionCount(parsed.banks));
    return parsed;
}

} // namespace prepdeck
