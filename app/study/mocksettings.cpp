#include "mocksettings.h"

#include <QJsonArray>

namespace prepdeck {

int MockSettings::limitSeconds() const
{
    if (totalSeconds > 0 && count > 0)
        return std::max(1, totalSeconds / count);
    return std::max(1, secondsPerQuestion);
}

QString MockSettings::orderName(MockOrder order)
{
    switch (order) {
    case MockOrder::Weakest:
        return QStringLiteral("weakest");
    case MockOrder::Due:
        return QStringLiteral("due");
    case MockOrder::Frequent:
        return QStringLiteral("frequent");
    case MockOrder::Random:
        return QStringLiteral("random");
    }
    return {};
}

std::optional<MockOrder> MockSettings::orderFromName(const QString &name)
{
    for (MockOrder o : {MockOrder::Weakest, MockOrder::Due, MockOrder::Frequent, MockOrder::Random})
        if (orderName(o) == name.trimmed().toLower())
            return o;
    return std::nullopt;
}

QJsonObject MockSettings::toJson() const
{
    QJsonArray categories, questions;
    for (const qint64 id : categoryIds)
        categories.append(id);
    for (const qint64 id : questionIds)
        questions.append(id);
    return QJsonObject{{QStringLiteral("category_ids"), categories},
                       {QStringLiteral("categories"), QJsonArray::fromStringList(categoryTexts)},
                       {QStringLiteral("question_ids"), questions},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("seconds"), secondsPerQuestion},
                       {QStringLiteral("total_seconds"), totalSeconds},
                       {QStringLiteral("order"), orderName(order)},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("followups"), includeFollowUps},
                       {QStringLiteral("interviewer_mode"), interviewerMode},
                       {QStringLiteral("beep"), beep}};
}

MockSettings MockSettings::fromJson(const QJsonObject &json)
{
    MockSettings s;
    for (const QJsonValue &v : json.value(QStringLiteral("category_ids")).toArray())
        s.categoryIds << v.toInteger();
    for (const QJsonValue &v : json.value(QStringLiteral("categories")).toArray())
        s.categoryTexts << v.toString();
    for (const QJsonValue &v : json.value(QStringLiteral("question_ids")).toArray())
        s.questionIds << v.toInteger();
    s.count = json.value(QStringLiteral("count")).toInt(s.count);
    s.secondsPerQuestion = json.value(QStringLiteral("seconds")).toInt(s.secondsPerQuestion);
    s.totalSeconds = json.value(QStringLiteral("total_seconds")).toInt(0);
    s.order = orderFromName(json.value(QStringLiteral("order")).toString()).value_or(s.order);
    s.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    s.includeFollowUps = json.value(QStringLiteral("followups")).toBool(true);
    s.interviewerMode = json.value(QStringLiteral("interviewer_mode")).toBool(false);
    s.beep = json.value(QStringLiteral("beep")).toBool(false);
    return s;
}

} // namespace prepdeck
