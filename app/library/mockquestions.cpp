#include "mockquestions.h"
#include "translation.h"

namespace prepdeck {

Result<QList<qint64>> categoriesMatching(const Library &store, const QStringList &texts)
{
    auto categories = store.questions().categorySummaries();
    if (!categories)
        return categories.error();
    QList<qint64> ids;
    for (const QString &text : texts) {
        bool found = false;
        for (const CategorySummary &c : *categories) {
            if (c.category.contains(text.trimmed(), Qt::CaseInsensitive)) {
                ids << c.categoryId;
                found = true;
            }
        }
        if (!found)
            return Error{MockText::tr("no category's name contains \"%1\". Run 'prepdeck "
                                      "stats' to see the categories.")
                             .arg(text),
                         {},
                         0};
    }
    return ids;
}

Result<QList<qint64>> planMockInterview(const Library &store, const MockSettings &settings,
                                        const QDateTime &now)
{
    QuestionFilter filter;
    if (!settings.questionIds.isEmpty()) {
        filter.questionIds = settings.questionIds;
    } else {
        filter.categoryIds = settings.categoryIds;
        if (!settings.categoryTexts.isEmpty()) {
            auto matching = categoriesMatching(store, settings.categoryTexts);
            if (!matching)
                return matching.error();
            filter.categoryIds += *matching;
        }
    }
    auto ids = store.questions().questionIds(filter, QuestionOrder::Library, Qt::AscendingOrder);
    if (!ids)
        return ids.error();
    auto rows = store.questions().questionRowsByIds(*ids);
    if (!rows)
        return rows.error();
    QList<MockCandidate> candidates;
    candidates.reserve(rows->size());
    for (const QuestionRow &row : std::as_const(*rows))
        candidates.append({row.id, row.confidence, row.due, row.frequency});
    return chooseMockQuestions(std::move(candidates), settings, now);
}

} // namespace prepdeck
