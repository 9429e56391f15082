#include "delimitedfields.h"

#include <QRegularExpression>

namespace prepdeck::delimited {

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

bool isUrlColumn(const QList<Record> &records, qsizetype first, int column)
{
    static thread_local const QRegularExpression url(QStringLiteral(R"(^(https?://|www\.)\S+$)"),
                                                     QRegularExpression::CaseInsensitiveOption);
    int values = 0, urls = 0;
    for (qsizetype r = first; r < records.size(); ++r) {
        if (column >= records[r].fields.size())
            continue;
        const QString v = records[r].fields[column].trimmed();
        if (v.isEmpty())
            continue;
        ++values;
        urls += url.match(v).hasMatch();
    }
    return values > 0 && urls * 10 >= values * 8;
}

bool cellsWriteHtml(const QList<Record> &records)
{
    static thread_local const QRegularExpression markup(
        QStringLiteral(
            R"(<\s*br\s*/?\s*>|<\s*/\s*(div|p|li|b|i|u|em|strong|span|font|sup|sub|code)\s*>|)"
            R"(&(nbsp|lt|gt|amp|quot|#\d+);)"),
        QRegularExpression::CaseInsensitiveOption);
    qsizetype marked = 0;
    for (const Record &r : records) {
        for (const QString &field : r.fields)
            if ((field.contains(u'<') || field.contains(u'&')) && markup.match(field).hasMatch()) {
                ++marked;
                break;
            }
    }
    return marked >= 2 && marked * 20 >= records.size();
}

QString fieldText(QString text, bool html)
{
    if (!html)
        return text.trimmed();
    static thread_local const QRegularExpression tag(QStringLiteral(R"(<\s*/?\s*[a-zA-Z][^>]*>)"));
    static thread_local const QRegularExpression lineBreak(
        QStringLiteral(R"(<\s*br\s*/?\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static thread_local const QRegularExpression blockEnd(
        QStringLiteral(R"(<\s*/\s*(div|p|li)\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static thread_local const QRegularExpression bold(QStringLiteral(R"(<\s*/?\s*(b|strong)\s*>)"),
                                                      QRegularExpression::CaseInsensitiveOption);
    text.replace(lineBreak, QStringLiteral("\n"));
    text.replace(blockEnd, QStringLiteral("\n"));
    text.replace(bold, QStringLiteral("**"));
    text.remove(tag);
    static const QList<std::pair<QString, QString>> entities = {
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&#39;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&amp;"), QStringLiteral("&")}};
    for (const auto &[entity, character] : entities)
        text.replace(entity, character);
    return text.trimmed();
}

} // namespace prepdeck::delimited
