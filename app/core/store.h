#pragma once

#include "bank.h"
#include "migrations.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace prepdeck {

// What an import did to the library.
struct MergeCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int retired = 0;
};

// A question as stored, with where it sits and how the user stands with it.
struct StoredQuestion
{
    qint64 id = 0;
    QString bank;
    QString category;
    Question question;
    std::optional<int> confidence; // latest rating, if any
    QDateTime due;                 // invalid when not scheduled
};

struct QuestionFilter
{
    QString category; // part of the category name, any case
    QString search;   // words to find in prompt, answer and hint
};

struct CategoryStats
{
    QString bank;
    QString category;
    int questions = 0;
    int rated = 0;
    std::optional<double> meanConfidence; // mean of each rated question's latest rating
};

struct LibraryStats
{
    int banks = 0;
    int categories = 0;
    int questions = 0;
    int rated = 0;   // questions with at least one rating
    int ratings = 0; // rating events
    QList<CategoryStats> byCategory;
};

struct RatingEvent
{
    qint64 id = 0;
    qint64 questionId = 0;
    QDateTime ratedAt; // UTC
    int confidence = 0;
    QString context; // "study" or "mock"
};

// The user's library in one SQLite file: banks, categories, questions and rating events.
// Writes happen in transactions; a failed write leaves the file as it was.
class Store final
{
public:
    // Opens (creating if needed) the library at path and brings its schema up to date.
    static Result<std::unique_ptr<Store>>
    open(const QString &path, const QList<Migration> &migrations = schemaMigrations());
    // The library's usual place: AppDataLocation/prepdeck.sqlite.
    static QString defaultPath();

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Stores the banks read from one file as one transaction. Banks are matched to stored
    // ones by source path (one-bank files) or name; questions by their prompt, or, when the
    // prompt was edited, by category plus number or answer. Matched questions are updated in
    // place, so ratings stay; questions no longer in the file are retired, not deleted.
    // With dryRun nothing is written, but the counts are the same.
    Result<MergeCounts> importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                    const QString &layout, bool dryRun);

    // Active (not retired) questions in library order: bank, then file order.
    Result<QList<StoredQuestion>> questions(const QuestionFilter &filter = {}) const;
    Result<LibraryStats> stats() const;
    // The active banks with their questions, for export.
    Result<QList<Bank>> banks() const;

    Result<RatingEvent> rate(qint64 questionId, int confidence, const QString &context,
                             const QDateTime &at);

    QString path() const { return m_path; }
    QSqlDatabase database() const;

private:
    Store(QString connection, QString path);
    Error sqlError(const QString &doing, const QString &why) const;

    QString m_connection;
    QString m_path;
};

} // namespace prepdeck
