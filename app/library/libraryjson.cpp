#include "libraryjson.h"

#include <QJsonArray>

namespace prepdeck {
namespace {

QJsonValue nullable(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

} // namespace

QJsonObject toJson(const StoredQuestion &s)
{
    const Question &q = s.question;
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("bank"), s.bank},
        {QStringLiteral("category"), s.category},
        {QStringLiteral("category_parents"), QJsonArray::fromStringList(s.categoryParents)},
        {QStringLiteral("number"), nullable(q.number)},
        {QStringLiteral("prompt"), q.prompt},
        {QStringLiteral("context"), q.context},
        {QStringLiteral("link"), q.link},
        {QStringLiteral("answer"), q.answer},
        {QStringLiteral("hint"), q.hint},
        {QStringLiteral("followups"), QJsonArray::fromStringList(q.followUps)},
        {QStringLiteral("tips"), QJsonArray::fromStringList(q.tips)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(q.tags)},
        {QStringLiteral("frequency"), nullable(q.frequency)},
        {QStringLiteral("confidence"), nullable(s.confidence)},
        {QStringLiteral("due"),
         s.due.isValid() ? QJsonValue(s.due.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("source"), QStringLiteral("%1:%2").arg(q.sourceFile).arg(q.sourceLine)},
        {QStringLiteral("suspended"), s.suspended},
        {QStringLiteral("edited"), s.edited.isValid()},
    };
}

QJsonObject toJson(const MockRecord &m)
{
    QJsonArray items;
    for (const MockItem &i : m.items)
        items.append(QJsonObject{{QStringLiteral("question_id"), i.questionId},
                                 {QStringLiteral("prompt"), i.prompt},
                                 {QStringLiteral("category"), i.category},
                                 {QStringLiteral("seconds"), i.seconds},
                                 {QStringLiteral("confidence"), nullable(i.confidence)},
                                 {QStringLiteral("skipped"), i.skipped},
                                 {QStringLiteral("notes"), i.notes}});
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("started"), m.started.toString(Qt::ISODate)},
        {QStringLiteral("finished"),
         m.finished.isValid() ? QJsonValue(m.finished.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("ended_early"), m.endedEarly},
        {QStringLiteral("settings"), m.settings.toJson()},
        {QStringLiteral("items"), items}};
}

QJsonObject toJson(const LibraryStats &stats)
{
    QJsonArray byCategory;
    for (const CategoryStats &c : stats.byCategory)
        byCategory.append(
            QJsonObject{{QStringLiteral("bank"), c.bank},
                        {QStringLiteral("category"), c.category},
                        {QStringLiteral("parents"), QJsonArray::fromStringList(c.parents)},
                        {QStringLiteral("questions"), c.questions},
                        {QStringLiteral("rated"), c.rated},
                        {QStringLiteral("mean_confidence"),
                         c.meanConfidence ? QJsonValue(*c.meanConfidence) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("banks"), stats.banks},
                       {QStringLiteral("categories"), stats.categories},
                       {QStringLiteral("questions"), stats.questions},
                       {QStringLiteral("rated"), stats.rated},
                       {QStringLiteral("ratings"), stats.ratings},
                       {QStringLiteral("by_category"), byCategory}};
}

} // namespace prepdeck
