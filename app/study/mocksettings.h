#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace prepdeck {

enum class MockOrder
{
    Weakest,
    Due,
    Frequent,
    Random
};

// How a mock interview is put together and run.
struct MockSettings
{
    QList<qint64> categoryIds; // the categories to ask from; empty: every category
    QStringList categoryTexts; // or: categories whose name contains one of these (any case)
    QList<qint64> questionIds; // or: exactly these questions ("practise the weak ones again")
    int count = 8;
    int secondsPerQuestion = 180;
    int totalSeconds = 0; // when set, the whole interview's time, shared between the questions
    MockOrder order = MockOrder::Weakest;
    quint64 seed = 1; // the same seed, settings and library give the same questions in order
    bool includeFollowUps = true;
    bool interviewerMode = false; // answers visible from the start
    bool beep = false;            // the system beep when time is up

    int limitSeconds() const; // per question
    QJsonObject toJson() const;
    static MockSettings fromJson(const QJsonObject &json);
    static QString orderName(MockOrder order);
    static std::optional<MockOrder> orderFromName(const QString &name);
};

} // namespace prepdeck
