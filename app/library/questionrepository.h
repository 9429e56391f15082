#pragma once

#include "bank.h"
#include "librarydatabase.h"
#include "librarysettings.h"
#include "librarystats.h"
#include "progressfigures.h"
#include "questionquery.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace prepdeck {

// The library's questions as lists, rows and figures, found by filter and search words;
// and the user's notes on them.
class QuestionRepository final : public QuestionListSource
{
public:
    QuestionRepository(LibraryDatabase &db, const LibrarySettings &settings,
                       const ProgressFigures &figures)
        : m_db(db), m_settings(settings), m_figures(figures)
    {}

    // Active (not retired) questions in library order: bank, then file order.
    Result<QList<StoredQuestion>> list(const QuestionFilter &filter = {}) const;
    Result<StoredQuestion> find(qint64 id) const;
    Result<LibraryStats> stats() const;
    // The active banks with their questions, for export.
    Result<QList<Bank>> banks() const;
    Status setNote(qint64 questionId, const QString &note);

    // A list view's questions: their ids in order, their rows by id, and how many there are.
    Result<int> countQuestions(const QuestionFilter &filter) const override;
    Result<QList<qint64>> questionIds(const QuestionFilter &filter, QuestionOrder order,
                                      Qt::SortOrder direction, int limit = 0) const override;
    Result<QList<QuestionRow>> questionRowsByIds(const QList<qint64> &ids) const override;
    // For these questions, how well each matches the search words and where: in the order
    // of ids, those that match only.
    // "Did you mean …?": the search with the words the library does not hold replaced by
    // the nearest it does (searchsuggestions.h).
    Result<QStringList> suggestedSearches(const QString &search) const;
    Result<QList<SearchHit>> searchHits(const QList<qint64> &ids,
                                        const QString &search) const override;
    // Every bank and category with questions, in library order.
    Result<QList<CategorySummary>> categorySummaries() const;

    // The file's content was replaced underneath (a restore): cached lists are stale.
    void forgetCaches() const { m_idCache = {}; }

private:
    // questionIds(), the last list kept while the library is unchanged.
    Result<QList<qint64>> orderedIds(const QuestionFilter &filter, QuestionOrder order,
                                     Qt::SortOrder direction, int limit) const;

    LibraryDatabase &m_db;
    const LibrarySettings &m_settings;
    const ProgressFigures &m_figures;
    struct IdCache
    {
        QString key;
        QList<qint64> ids;
    };
    mutable IdCache m_idCache;
};

} // namespace prepdeck
