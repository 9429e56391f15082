#include "questionsql.h"
#include "sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QString contentJson(const Question &q)
{
    QJsonObject o{{QStringLiteral("prompt"), q.prompt},
                  {QStringLiteral("context"), q.context},
                  {QStringLiteral("answer"), q.answer},
                  {QStringLiteral("hint"), q.hint},
                  {QStringLiteral("followups"), QJsonArray::fromStringList(q.followUps)},
                  {QStringLiteral("tips"), QJsonArray::fromStringList(q.tips)},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
                  {QStringLiteral("link"), q.link}};
    if (q.number)
        o.insert(QStringLiteral("number"), *q.number);
    if (q.frequency)
        o.insert(QStringLiteral("frequency"), *q.frequency);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Question contentFromJson(const QString &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    auto list = [&o](const char *key) {
        QStringList out;
        for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    Question q;
    q.prompt = o.value(QLatin1String("prompt")).toString();
    q.context = o.value(QLatin1String("context")).toString();
    q.answer = o.value(QLatin1String("answer")).toString();
    q.hint = o.value(QLatin1String("hint")).toString();
    q.followUps = list("followups");
    q.tips = list("tips");
    q.tags = list("tags");
    q.link = o.value(QLatin1String("link")).toString();
    if (o.contains(QLatin1String("number")))
        q.number = o.value(QLatin1String("number")).toInt();
    if (o.contains(QLatin1String("frequency")))
        q.frequency = o.value(QLatin1String("frequency")).toInt();
    return q;
}

} // namespace prepdeck::questionsql
