#include "mergeplan.h"
#include "textcleanup.h"

#include <QHash>
#include <QMultiHash>

namespace prepdeck {

MergePlan planMerge(const QList<ExistingQuestion> &existing,
                    const QList<IncomingQuestion> &incoming)
{
    MergePlan plan;
    plan.matched = QList<bool>(existing.size(), false);
    plan.matches = QList<qsizetype>(incoming.size(), -1);

    // Identity of each incoming question: its prompt, numbered when a prompt repeats.
    QHash<QString, int> seen;
    for (const IncomingQuestion &in : incoming) {
        const QString key = cleanup::identityKey(in.question->prompt);
        const int n = ++seen[key];
        plan.identities << (n == 1 ? key : key + QLatin1Char('#') + QString::number(n));
    }

    QHash<QString, qsizetype> byIdentity;
    QMultiHash<QString, qsizetype> byPrompt, byNumber, byAnswer;
    // Questions the user moved to another category: found by number or answer in any
    // category, since the file still has them under its own.
    QMultiHash<QString, qsizetype> placedByNumber, placedByAnswer;
    for (qsizetype e = existing.size() - 1; e >= 0; --e) {
        const ExistingQuestion &old = existing[e];
        byIdentity.insert(old.identity, e);
        const QString category = QString::number(old.categoryId) + QLatin1Char('/');
        byPrompt.insert(category + cleanup::identityKey(old.question.prompt), e);
        if (old.question.number)
            byNumber.insert(category + QString::number(*old.question.number), e);
        if (!old.question.answer.isEmpty())
            byAnswer.insert(category + old.question.answer, e);
        if (old.placed && old.question.number)
            placedByNumber.insert(QString::number(*old.question.number), e);
        if (old.placed && !old.question.answer.isEmpty())
            placedByAnswer.insert(old.question.answer, e);
    }
    auto takeFrom = [&](const QMultiHash<QString, qsizetype> &index, const QString &key) {
        for (auto it = index.constFind(key); it != index.constEnd() && it.key() == key; ++it)
            if (!plan.matched[*it])
                return *it;
        return qsizetype(-1);
    };
    auto claim = [&](qsizetype i, qsizetype e) {
        if (plan.matches[i] < 0 && e >= 0) {
            plan.matches[i] = e;
            plan.matched[e] = true;
        }
    };
    for (qsizetype i = 0; i < incoming.size(); ++i)
        claim(i, takeFrom(byPrompt, QString::number(incoming[i].categoryId) + QLatin1Char('/') +
                                        cleanup::identityKey(incoming[i].question->prompt)));
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const auto it = byIdentity.constFind(plan.identities[i]);
        if (plan.matches[i] < 0 && it != byIdentity.constEnd() && !plan.matched[*it])
            claim(i, *it);
    }
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        if (plan.matches[i] >= 0)
            continue;
        const Question &q = *incoming[i].question;
        const QString category = QString::number(incoming[i].categoryId) + QLatin1Char('/');
        if (q.number)
            claim(i, takeFrom(byNumber, category + QString::number(*q.number)));
        if (plan.matches[i] < 0 && !q.answer.isEmpty())
            claim(i, takeFrom(byAnswer, category + q.answer));
        if (plan.matches[i] < 0 && q.number)
            claim(i, takeFrom(placedByNumber, QString::number(*q.number)));
        if (plan.matches[i] < 0 && !q.answer.isEmpty())
            claim(i, takeFrom(placedByAnswer, q.answer));
    }

    QHash<QString, qsizetype> identityTaker;
    for (qsizetype i = 0; i < incoming.size(); ++i)
        identityTaker.insert(plan.identities[i], plan.matches[i]);
    for (qsizetype e = 0; e < existing.size(); ++e) {
        const auto it = identityTaker.constFind(existing[e].identity);
        if (it != identityTaker.constEnd() && *it != e)
            plan.stepAside << e;
    }
    return plan;
}

} // namespace prepdeck
