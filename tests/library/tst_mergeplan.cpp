// Re-import matching on plain lists, no library: which stored question each of a file's
// questions updates, so that ratings and notes stay with the question they were given to.
#include "mergeplan.h"

#include <QTest>

using namespace prepdeck;

namespace {

Question question(const QString &prompt, std::optional<int> number = {}, const QString &answer = {})
{
    Question q;
    q.prompt = prompt;
    q.number = number;
    q.answer = answer;
    return q;
}

ExistingQuestion stored(qint64 id, qint64 category, const QString &identity, const Question &q)
{
    ExistingQuestion e;
    e.id = id;
    e.categoryId = category;
    e.identity = identity;
    e.question = q;
    return e;
}

} // namespace

class TestMergePlan : public QObject
{
    Q_OBJECT

private slots:
    void samePromptSameCategory_updatesThatQuestion_andNewOnesAreNew()
    {
        const Question a = question(QStringLiteral("What is a mutex?"));
        const Question b = question(QStringLiteral("What is a deadlock?"));
        const QList<ExistingQuestion> existing = {
            stored(10, 1, QStringLiteral("what is a mutex"), a)};
        const MergePlan plan = planMerge(existing, {{&b, 1}, {&a, 1}});
        QCOMPARE(plan.matches, (QList<qsizetype>{-1, 0}));
        QCOMPARE(plan.matched, (QList<bool>{true}));
        QVERIFY(plan.stepAside.isEmpty());
    }

    void aQuestionMovedToAnotherCategory_isFoundByItsIdentity()
    {
        const Question a = question(QStringLiteral("What is a mutex?"));
        const QList<ExistingQuestion> existing = {
            stored(10, 1, planMerge({}, {{&a, 1}}).identities.first(), a)};
        const MergePlan plan = planMerge(existing, {{&a, 2}});
        QCOMPARE(plan.matches, (QList<qsizetype>{0}));
    }

    void anEditedPrompt_isFoundByItsNumber_thenByItsAnswer()
    {
        const Question oldNumbered = question(QStringLiteral("What is a mutx?"), 7);
        const Question oldAnswered = question(QStringLiteral("Explain semaphors"), {},
                                              QStringLiteral("A counter of permits."));
        const QList<ExistingQuestion> existing = {stored(10, 1, QStringLiteral("x"), oldNumbered),
                                                  stored(11, 1, QStringLiteral("y"), oldAnswered)};
        const Question newNumbered = question(QStringLiteral("What is a mutex?"), 7);
        const Question newAnswered = question(QStringLiteral("Explain semaphores"), {},
                                              QStringLiteral("A counter of permits."));
        const MergePlan plan = planMerge(existing, {{&newAnswered, 1}, {&newNumbered, 1}});
        QCOMPARE(plan.matches, (QList<qsizetype>{1, 0}));
        // In another category the number means nothing.
        QCOMPARE(planMerge(existing, {{&newNumbered, 2}}).matches, (QList<qsizetype>{-1}));
    }

    void aRepeatedPrompt_isNumbered_andEachStoredCopyMatchedOnce()
    {
        const Question again = question(QStringLiteral("Why?"));
        const MergePlan first = planMerge({}, {{&again, 1}, {&again, 1}, {&again, 1}});
        QCOMPARE(first.identities[1], first.identities[0] + QStringLiteral("#2"));
        QCOMPARE(first.identities[2], first.identities[0] + QStringLiteral("#3"));
        const QList<ExistingQuestion> existing = {stored(10, 1, first.identities[0], again),
                                                  stored(11, 1, first.identities[1], again)};
        const MergePlan plan = planMerge(existing, {{&again, 1}, {&again, 1}, {&again, 1}});
        QCOMPARE(plan.matches, (QList<qsizetype>{0, 1, -1}));
    }

    void storedQuestionsHoldingIdentitiesOthersTake_stepAside()
    {
        // "Why?" twice, in categories 1 and 2 ("why", "why#2"); the file swaps their order.
        // Each is matched by prompt in its own category, and then takes the other's identity:
        // both step aside before the rows are written, since identities are unique.
        const Question why = question(QStringLiteral("Why?"));
        const MergePlan before = planMerge({}, {{&why, 1}, {&why, 2}});
        const QList<ExistingQuestion> existing = {stored(10, 1, before.identities[0], why),
                                                  stored(11, 2, before.identities[1], why)};
        const MergePlan plan = planMerge(existing, {{&why, 2}, {&why, 1}});
        QCOMPARE(plan.matches, (QList<qsizetype>{1, 0}));
        QCOMPARE(plan.identities, before.identities);
        QCOMPARE(plan.stepAside, (QList<qsizetype>{0, 1}));
        // In the same order nothing moves.
        QVERIFY(planMerge(existing, {{&why, 1}, {&why, 2}}).stepAside.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMergePlan)
#include "tst_mergeplan.moc"
