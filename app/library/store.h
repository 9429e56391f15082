#pragma once

#include "bank.h"
#include "bulkimport.h"
#include "importwriter.h"
#include "librarydatabase.h"
#include "libraryfile.h"
#include "librarysettings.h"
#include "librarystats.h"
#include "migrations.h"
#include "mockinterviews.h"
#include "mockrecord.h"
#include "mocksettings.h"
#include "progressfigures.h"
#include "progressstats.h"
#include "questionquery.h"
#include "questionrepository.h"
#include "ratingevent.h"
#include "ratings.h"
#include "result.h"
#include "sqlitestatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace prepdeck {

namespace search {
class IndexWriter;
}

// How Store::open() treats the file.
struct StoreOpenOptions
{
    bool checkPages = false; // run PRAGMA quick_check before anything is written
    // Called before a schema upgrade (from, to), e.g. to take a backup; an error stops the
    // open with nothing changed.
    std::function<Status(int, int)> beforeUpgrade;
};

// The user's library in one SQLite file: banks, categories, questions and rating events.
// Writes happen in transactions; a failed write leaves the file as it was.
class Store final : public QuestionListSource
{
public:
    using OpenOptions = StoreOpenOptions;
    // Opens the library at path, creating a new one if there is none, and brings its schema
    // up to date. Only SQLite decides that a file is damaged (Error::Kind::Damaged); another
    // program's SQLite file is refused untouched (NotALibrary), a newer library too (Newer);
    // a file, folder or file system that cannot be written opens read-only.
    static Result<std::unique_ptr<Store>>
    open(const QString &path, const QList<Migration> &migrations = schemaMigrations(),
         const OpenOptions &options = {});
    // The library's usual place: AppDataLocation/prepdeck.sqlite.
    static QString defaultPath();
    // How long a write waits for another copy of Prepdeck to finish its own.
    static constexpr int kBusyTimeoutMs = sqlite::kBusyTimeoutMs;

    ~Store() override;
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Writing banks read from a file (see ImportWriter).
    Result<MergeCounts> importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                    const QString &layout, bool dryRun,
                                    const std::function<bool()> &cancelled = {})
    {
        return m_imports.importBanks(banks, sourcePath, layout, dryRun, cancelled);
    }
    Result<std::unique_ptr<BulkImport>> beginBulkImport(const QString &sourcePath,
                                                        const QString &layout)
    {
        return m_imports.beginBulkImport(sourcePath, layout);
    }

    // Questions, lists and notes (see QuestionRepository).
    Result<QList<StoredQuestion>> questions(const QuestionFilter &filter = {}) const
    {
        return m_questions.questions(filter);
    }
    Result<StoredQuestion> question(qint64 id) const { return m_questions.question(id); }
    Result<LibraryStats> stats() const { return m_questions.stats(); }
    Result<QList<Bank>> banks() const { return m_questions.banks(); }
    Status setNote(qint64 questionId, const QString &note)
    {
        return m_questions.setNote(questionId, note);
    }
    Result<int> countQuestions(const QuestionFilter &filter) const override
    {
        return m_questions.countQuestions(filter);
    }
    Result<QList<qint64>> questionIds(const QuestionFilter &filter, QuestionOrder order,
                                      Qt::SortOrder direction, int limit = 0) const override
    {
        return m_questions.questionIds(filter, order, direction, limit);
    }
    Result<QList<QuestionRow>> questionRowsByIds(const QList<qint64> &ids) const override
    {
        return m_questions.questionRowsByIds(ids);
    }
    Result<QList<CategorySummary>> categorySummaries() const
    {
        return m_questions.categorySummaries();
    }
    using SearchTuning = QuestionRepository::SearchTuning;
    void setSearchTuning(const SearchTuning &tuning) { m_questions.setSearchTuning(tuning); }

    // Ratings (see Ratings).
    Result<RatingEvent> rate(qint64 questionId, int confidence, const QString &context,
                             const QDateTime &at, std::optional<double> seconds = {})
    {
        return m_ratings.rate(questionId, confidence, context, at, seconds);
    }
    Status unrate(const RatingEvent &event) { return m_ratings.unrate(event); }
    Result<RatingEvent> rerate(const RatingEvent &event) { return m_ratings.rerate(event); }
    Result<QList<RatingEvent>> ratings(qint64 questionId) const
    {
        return m_ratings.ratings(questionId);
    }
    Result<int> countRatingsSince(const QDateTime &since) const
    {
        return m_ratings.countRatingsSince(since);
    }

    // Mock interviews (see MockInterviews).
    Result<qint64> startMock(const MockSettings &settings, const QDateTime &at)
    {
        return m_mocks.startMock(settings, at);
    }
    Result<MockItem> recordMockItem(qint64 mockId, int position, const MockItem &item,
                                    const QDateTime &at)
    {
        return m_mocks.recordMockItem(mockId, position, item, at);
    }
    Status finishMock(qint64 mockId, const QDateTime &at, bool endedEarly)
    {
        return m_mocks.finishMock(mockId, at, endedEarly);
    }
    Result<QList<MockRecord>> mocks() const { return m_mocks.mocks(); } // newest first
    Result<MockRecord> mock(qint64 id) const { return m_mocks.mock(id); }

    // The interview date and what it covers (see LibrarySettings).
    Result<InterviewPlan> interviewPlan() const { return m_settings.interviewPlan(); }
    Status setInterviewPlan(const InterviewPlan &plan) { return m_settings.setInterviewPlan(plan); }

    // The numbers behind the progress view (see ProgressFigures).
    Result<QList<Readiness>> readiness() const { return m_progress.readiness(); }
    Result<QList<RatingRecord>> ratingRecords(const QDateTime &since, qint64 bankId = 0,
                                              qint64 categoryId = 0) const
    {
        return m_progress.ratingRecords(since, bankId, categoryId);
    }
    Result<QList<MockPoint>> mockPoints() const { return m_mocks.mockPoints(); } // oldest first

    QString path() const { return m_db.path(); }
    // The file could not be written (no write permission on it or its folder, or a
    // read-only file system): it was opened read-only, and every change fails with a
    // message saying so.
    bool isReadOnly() const { return m_db.isReadOnly(); }
    sqlite::ReadOnlyReason readOnlyReason() const { return m_db.readOnlyReason(); }
    // A write that finds the library busy past the timeout is tried this many times more
    // (the window sets it: what it shows as saved must be saved).
    void setBusyRetries(int retries) { m_db.setBusyRetries(retries); }
    // Closes the connection (before the file is replaced underneath, by a restore), and
    // takes over another store's connection and state (the library opened again after it).
    void close();
    void adopt(Store &&other);
    // SQLite's count of changes made by other connections (another window, `prepdeck
    // rate`): when it moves, what is shown must be read again.
    qint64 outsideChanges() const;
    // The file's content was replaced underneath (a restore): cached lists are stale.
    void forgetCaches() { m_questions.forgetCaches(); }

private:
    Store(QString connection, QString path);
    // The connection itself, for the tests' inspector only: all else goes through the
    // methods above.
    friend class StoreInspector;
    QSqlDatabase database() const;

    LibraryDatabase m_db;
    LibrarySettings m_settings{m_db};
    Ratings m_ratings{m_db, m_settings};
    MockInterviews m_mocks{m_db, m_ratings};
    ProgressFigures m_progress{m_db};
    QuestionRepository m_questions{m_db, m_settings, m_progress};
    ImportWriter m_imports{m_db};
};

// "Interview in 12 days. Streak: 10 days." for reports; empty parts are left out.
QString progressSummary(const Store &store, const QDateTime &now);

} // namespace prepdeck
