#pragma once

#include "question.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepdeck {

// What a question list asks of the library, and what it gets: filters, orders, rows.

// A question as stored, with where it sits and how the user stands with it.
struct StoredQuestion
{
    qint64 id = 0;
    QString bank;
    QString category;
    qint64 categoryId = 0;
    QStringList categoryParents; // the headings above the category, outermost first
    Question question;
    std::optional<int> confidence; // latest rating, if any
    QDateTime due;                 // invalid when not scheduled
    QDateTime lastRated;           // invalid when never rated
    QString note;                  // the user's own answer (Markdown)
    bool suspended = false;        // put away by the user: out of study, mocks and sheets
    QDateTime edited;              // when the user last changed its text; invalid: the file's
    bool deleted = false;          // deleted by the user (kept, with its ratings, to restore)
};

// Which questions a list, a sheet or a mock interview takes.
struct QuestionFilter
{
    QString category;                 // part of the category name, any case
    QString search;                   // words to find in prompt, answer, hint and notes
    qint64 bankId = 0;                // only this bank (0: all)
    qint64 categoryId = 0;            // only this category (0: all)
    QList<qint64> categoryIds;        // only these categories (empty: all)
    QList<qint64> questionIds;        // only these questions (empty: all)
    std::optional<int> maxConfidence; // only questions rated at most this (latest rating)
    QDateTime dueBy;                  // only questions due at or before this time
    bool neverRated = false;          // only questions never rated
    QDateTime queueAt; // the study queue at this time: due, then weak (<= 2), then never rated
    // Suspended questions are out of every list unless asked for.
    enum class Suspended
    {
        Hidden,
        Included,
        Only
    };
    Suspended suspended = Suspended::Hidden;
    // Only the questions the user deleted (they are out of every other list).
    bool deleted = false;

    static QuestionFilter matching(const QString &category, const QString &search)
    {
        QuestionFilter f;
        f.category = category;
        f.search = search;
        return f;
    }
};

// How a list of questions is ordered.
enum class QuestionOrder
{
    Library,
    Number,
    Prompt,
    Category,
    Confidence,
    LastRated,
    Due,
    Queue,
    Relevance // how well a question matches the search words (library order without them)
};

// One row of a question list: what a table shows, without the long texts.
struct QuestionRow
{
    qint64 id = 0;
    std::optional<int> number;
    QString prompt;
    QString bank;
    QString category;
    std::optional<int> confidence; // latest rating
    QDateTime lastRated;           // invalid when never rated
    QDateTime due;                 // invalid when not scheduled
    std::optional<int> frequency;  // how often it is asked, in percent
    qint64 bankId = 0;
    bool suspended = false;
    bool deleted = false;
};

// Why a question matched a search: where, and a passage of its text around the match.
struct SearchHit
{
    qint64 id = 0;
    QString snippet;      // a few words around a match (each between kMatchStart/End), from
                          // the answer, hint or note; empty when only the prompt matched
    QString column;       // where first: "prompt", "hint", "note" or "answer"
    QString markedPrompt; // the prompt with its matches marked, when it matched
    static constexpr QChar kMatchStart = QChar(0x02);
    static constexpr QChar kMatchEnd = QChar(0x03);
};

// A category (or a whole bank, with categoryId 0) with its size and standing.
struct CategorySummary
{
    qint64 bankId = 0;
    QString bank;
    qint64 categoryId = 0;
    QString category;
    int questions = 0;
    int rated = 0;
    std::optional<double> meanConfidence;
    int ready = 0; // latest rating 4 or 5
};

// What a question list needs from the library: the ids of its questions in order (cheap
// even for 100,000), and then the rows for the ids a view shows.
class QuestionListSource
{
public:
    virtual ~QuestionListSource() = default;
    // The ids of the questions of a filter, in order; the first `limit` only when above 0.
    virtual Result<QList<qint64>> questionIds(const QuestionFilter &filter, QuestionOrder order,
                                              Qt::SortOrder direction, int limit = 0) const = 0;
    virtual Result<int> countQuestions(const QuestionFilter &filter) const = 0;
    // Rows for these ids, in the same order; ids no longer in the library are left out.
    virtual Result<QList<QuestionRow>> questionRowsByIds(const QList<qint64> &ids) const = 0;
    // Why these questions match the search words (those that do), in the order of ids.
    virtual Result<QList<SearchHit>> searchHits(const QList<qint64> &ids,
                                                const QString &search) const = 0;
};

} // namespace prepdeck
