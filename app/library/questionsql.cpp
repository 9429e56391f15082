#include "questionsql.h"
#include "sqlvalues.h"

#include <QStringList>

namespace prepdeck::questionsql {

using namespace sqlvalues;

const QString &categoryLabel()
{
    static const QString sql = QStringLiteral(
        "CASE WHEN c.parents = '[]' THEN c.name ELSE (SELECT value FROM json_each(c.parents) "
        "ORDER BY key DESC LIMIT 1) || ' › ' || c.name END");
    return sql;
}

QVariantList questionColumns(const Question &q)
{
    return {optionalInt(q.number), text(q.prompt), text(q.answer),  text(q.hint),
            toJson(q.followUps),   toJson(q.tips), toJson(q.tags),  optionalInt(q.frequency),
            text(q.sourceFile),    q.sourceLine,   text(q.context), text(q.link)};
}

QString questionColumns(const QString &table)
{
    QStringList columns;
    for (const char *c : {"number", "prompt", "answer", "hint", "followups", "tips", "tags",
                          "frequency", "source_file", "source_line", "context", "link"})
        columns << table + QLatin1Char('.') + QLatin1String(c);
    return columns.join(QLatin1String(", "));
}

Question questionFrom(const QSqlQuery &q, int first)
{
    Question question;
    question.number = toOptionalInt(q.value(first));
    question.prompt = q.value(first + 1).toString();
    question.answer = q.value(first + 2).toString();
    question.hint = q.value(first + 3).toString();
    question.followUps = fromJson(q.value(first + 4).toString());
    question.tips = fromJson(q.value(first + 5).toString());
    question.tags = fromJson(q.value(first + 6).toString());
    question.frequency = toOptionalInt(q.value(first + 7));
    question.sourceFile = q.value(first + 8).toString();
    question.sourceLine = q.value(first + 9).toInt();
    question.context = q.value(first + 10).toString();
    question.link = q.value(first + 11).toString();
    return question;
}

} // namespace prepdeck::questionsql
