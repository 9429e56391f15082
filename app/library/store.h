#pragma once

#include "bank.h"
#include "bulkimport.h"
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

    // Stores the banks read from one file as one transaction. Banks are matched to stored
    // ones by source path (one-bank files) or name; questions by their prompt, or, when the
    // prompt was edited, by category plus number or answer. Matched questions are updated in
    // place, so ratings stay; questions no longer in the file are retired, not deleted.
    // With dryRun nothing is written, but the counts are the same.
    // `cancelled` is asked now and then; when it says yes the import stops and nothing is
    // written.
    Result<MergeCounts> importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                    const QString &layout, bool dryRun,
                                    const std::function<bool()> &cancelled = {});

    // Begins writing banks that are new to the library as their questions arrive, for files
    // too large to hold in memory. Null when a bank of this source path exists (a re-import,
    // which needs importBanks()).
    Result<std::unique_ptr<BulkImport>> beginBulkImport(const QString &sourcePath,
                                                        const QString &layout);

    // Active (not retired) questions in library order: bank, then file order.
    Result<QList<StoredQuestion>> questions(const QuestionFilter &filter = {}) const;
    Result<LibraryStats> stats() const;
    // The active banks with their questions, for export.
    Result<QList<Bank>> banks() const;

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

    Result<StoredQuestion> question(qint64 id) const;
    Status setNote(qint64 questionId, const QString &note);

    // A list view's questions: their ids in order, their rows by id, and how many there are.
    Result<int> countQuestions(const QuestionFilter &filter) const override;
    Result<QList<qint64>> questionIds(const QuestionFilter &filter, QuestionOrder order,
                                      Qt::SortOrder direction, int limit = 0) const override;
    Result<QList<QuestionRow>> questionRowsByIds(const QList<qint64> &ids) const override;
    // Every bank and category with questions, in library order.
    Result<QList<CategorySummary>> categorySummaries() const;

    // When a search reads questions' text for its first screen instead of every posting.
    struct SearchTuning
    {
        qint64 longPostings = 256 * 1024; // postings in all below this: read them all
        qint64 shortPostings = 64 * 1024; // a word's postings up to this: read them
        qsizetype mostChecked = 768;      // questions checked before reading them all after all
    };
    void setSearchTuning(const SearchTuning &tuning) { m_searchTuning = tuning; }

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
    void forgetCaches() { m_idCache = {}; }

private:
    Store(QString connection, QString path);
    // The connection itself, for the tests' inspector only: all else goes through the
    // methods above.
    friend class StoreInspector;
    QSqlDatabase database() const;
    // The first `limit` questions of a search whose words most questions hold, found by
    // reading the list's questions in order; nothing when the postings are the better way.
    Result<std::optional<QList<qint64>>> firstMatches(const QuestionFilter &filter,
                                                      QuestionOrder order, Qt::SortOrder direction,
                                                      int limit) const;
    // questionIds() without the search words, kept while the library is unchanged.
    Result<QList<qint64>> orderedIds(const QuestionFilter &filter, QuestionOrder order,
                                     Qt::SortOrder direction, int limit) const;

    // Counts a bank's categories again from its questions (after an import).
    Status refreshCategoryStats(QSqlQuery &q, qint64 bankId);

    LibraryDatabase m_db;
    LibrarySettings m_settings{m_db};
    Ratings m_ratings{m_db, m_settings};
    MockInterviews m_mocks{m_db, m_ratings};
    ProgressFigures m_progress{m_db};
    struct IdCache
    {
        QString key;
        QList<qint64> ids;
    };
    mutable IdCache m_idCache;
    SearchTuning m_searchTuning;
};

// "Interview in 12 days. Streak: 10 days." for reports; empty parts are left out.
QString progressSummary(const Store &store, const QDateTime &now);

} // namespace prepdeck
