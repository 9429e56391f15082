#pragma once

#include "bank.h"
#include "bankedits.h"
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
#include "questionedits.h"
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
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace prepdeck {

// How Library::open() treats the file.
struct LibraryOpenOptions
{
    bool checkPages = false; // run PRAGMA quick_check before anything is written
    // Called before a schema upgrade (from, to), e.g. to take a backup; an error stops the
    // open with nothing changed.
    std::function<Status(int, int)> beforeUpgrade;
    bool mustExist = false; // a missing file is NotFound rather than a new library
};

// The user's library, opened: one SQLite file of banks, categories, questions, rating events
// and mock interviews, and the repositories that read and write them. Every write is a
// transaction; a failed write leaves the file as it was.
class Library final
{
public:
    using OpenOptions = LibraryOpenOptions;
    // Opens the library at path, creating a new one if there is none, and brings its schema
    // up to date. Only SQLite decides that a file is damaged (Error::Kind::Damaged); another
    // program's SQLite file is refused untouched (NotALibrary), a newer library too (Newer);
    // a file, folder or file system that cannot be written opens read-only.
    static Result<std::unique_ptr<Library>>
    open(const QString &path, const QList<Migration> &migrations = schemaMigrations(),
         const OpenOptions &options = {});
    // The library's usual place: AppDataLocation/prepdeck.sqlite.
    static QString defaultPath();
    // How long a write waits for another copy of Prepdeck to finish its own.
    static constexpr int kBusyTimeoutMs = sqlite::kBusyTimeoutMs;

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    // What the library holds, a repository per concern: questions, lists, search and notes;
    // ratings; mock interviews; the progress view's figures; the user's settings; writing
    // imported banks.
    QuestionRepository &questions() { return m_questions; }
    const QuestionRepository &questions() const { return m_questions; }
    Ratings &ratings() { return m_ratings; }
    const Ratings &ratings() const { return m_ratings; }
    MockInterviews &mocks() { return m_mocks; }
    const MockInterviews &mocks() const { return m_mocks; }
    const ProgressFigures &progress() const { return m_progress; }
    LibrarySettings &settings() { return m_settings; }
    const LibrarySettings &settings() const { return m_settings; }
    ImportWriter &imports() { return m_imports; }
    // The user's own changes: edits, questions written by hand, suspending, deleting.
    QuestionEdits &edits() { return m_edits; }
    // The user's arrangement: categories renamed, merged, questions moved, banks ordered.
    BankEdits &banks() { return m_banks; }

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
    void adopt(Library &&other);
    bool isOpen() const { return m_db.connection().isOpen(); }
    // While the object lives, every read sees the library as it was at the first one (for
    // figures read together that must agree).
    LibraryDatabase::ReadSnapshot readSnapshot() const
    {
        return LibraryDatabase::ReadSnapshot(m_db);
    }
    // SQLite's count of changes made by other connections (another window, `prepdeck
    // rate`): when it moves, what is shown must be read again.
    qint64 outsideChanges() const;
    // The file's content was replaced underneath (a restore): cached lists are stale.
    void forgetCaches() { m_questions.forgetCaches(); }

private:
    Library(QString connection, QString path);
    // The connection itself, for the tests' inspector only: all else goes through the
    // methods above.
    friend class LibraryInspector;
    QSqlDatabase database() const;

    LibraryDatabase m_db;
    LibrarySettings m_settings{m_db};
    Ratings m_ratings{m_db, m_settings};
    MockInterviews m_mocks{m_db, m_ratings};
    ProgressFigures m_progress{m_db};
    QuestionRepository m_questions{m_db, m_settings, m_progress};
    ImportWriter m_imports{m_db};
    QuestionEdits m_edits{m_db};
    BankEdits m_banks{m_db};
};

// "Interview in 12 days. Streak: 10 days." for reports; empty parts are left out.
QString progressSummary(const Library &store, const QDateTime &now);

// Everything the progress view shows, read at once (on a worker: see backgroundread.h).
struct ProgressSnapshot
{
    QDate today; // local, when it was read
    QList<Readiness> readiness;
    QList<RatingRecord> recent; // the last 26 weeks, oldest first
    QList<MockPoint> mocks;
    InterviewPlan plan;
};
Result<ProgressSnapshot> readProgress(const Library &store, const QDateTime &now);

} // namespace prepdeck
