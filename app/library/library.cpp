#include "library.h"
#include "librarycare.h"
#include "libraryfile.h"
#include "translation.h"

#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace prepdeck {

Library::Library(QString connection, QString path) : m_db(std::move(connection), std::move(path)) {}

Library::~Library() = default;

QSqlDatabase Library::database() const
{
    return m_db.connection();
}

qint64 Library::outsideChanges() const
{
    return m_db.outsideChanges();
}

void Library::close()
{
    m_db.close();
    m_questions.forgetCaches();
}

void Library::adopt(Library &&other)
{
    m_db.adopt(other.m_db);
    m_questions.forgetCaches();
    other.m_questions.forgetCaches();
}

QString Library::defaultPath()
{
    // Moved in Preferences (see care::moveLibrary)?
    const QString chosen = QSettings(care::settingsFile(), QSettings::IniFormat)
                               .value(QStringLiteral("library/path"))
                               .toString();
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/prepdeck.sqlite");
}

namespace {

// Where the library is: examined, and made when it is not there yet (unless it must be).
Result<libraryfile::Place> placeOf(const QString &path, const QList<Migration> &migrations,
                                   const Library::OpenOptions &options)
{
    auto examined = libraryfile::examine(path);
    if (!examined)
        return examined.error();
    if (examined->exists)
        return examined;
    if (options.mustExist)
        return Error{LibraryText::tr("the library is no longer there."), path, 0,
                     Error::Kind::NotFound};
    if (Status created = libraryfile::create(path, migrations); !created)
        return created.error();
    return libraryfile::examine(path);
}

// Whether the file is a library this version can open: not another program's, not a newer
// Prepdeck's, with all its tables.
Status checkIdentity(const libraryfile::Identity &identity, const QList<Migration> &migrations,
                     const QString &path)
{
    const libraryfile::Verdict verdict = libraryfile::verdictOf(identity, migrations);
    if (verdict == libraryfile::Verdict::Foreign) {
        QString detail = identity.applicationId
                             ? LibraryText::tr("application id %1")
                                   .arg(QStringLiteral("0x%1").arg(quint32(identity.applicationId),
                                                                   8, 16, QLatin1Char('0')))
                             : LibraryText::tr("its tables: %1")
                                   .arg(identity.tables.mid(0, 5).join(QLatin1String(", ")));
        return libraryfile::notALibrary(path, detail);
    }
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (identity.version > latest)
        return Error{LibraryText::tr("this library was written by a newer version of Prepdeck "
                                     "(schema %1; this version knows up to %2). Update Prepdeck, "
                                     "or open another file with --database.")
                         .arg(identity.version)
                         .arg(latest),
                     path, 0, Error::Kind::Newer};
    if (verdict == libraryfile::Verdict::Prepdeck) {
        if (const QString missing = libraryfile::missingObject(identity, migrations);
            !missing.isEmpty())
            return Error{LibraryText::tr("the library is damaged: %1.").arg(missing), path, 0,
                         Error::Kind::Damaged};
    }
    return success();
}

// SQLite's check of the pages (a few of the first problems are named).
Status checkPages(const LibraryDatabase &database, const QSqlDatabase &db, const QString &path)
{
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")) || !check.next()) {
        Error e = database.sqlError(LibraryText::tr("Checking the library"), check.lastError());
        if (e.kind == Error::Kind::Damaged)
            e.message = LibraryText::tr("the library is damaged: the check of its pages "
                                        "failed (%1).")
                            .arg(check.lastError().databaseText());
        return e;
    }
    const QString result = check.value(0).toString();
    if (result != QLatin1String("ok"))
        return Error{LibraryText::tr("the library is damaged: the check of its pages found "
                                     "damage (%1).")
                         .arg(result.left(300)),
                     path, 0, Error::Kind::Damaged};
    return success();
}

// An older library known by its tables gets Prepdeck's id.
Status markAsOurs(LibraryDatabase &database, QSqlQuery &query)
{
    const QString doing = LibraryText::tr("Marking the library as Prepdeck's");
    if (Status begun = database.beginWrite(doing); !begun)
        return begun;
    if (!query.exec(
            QStringLiteral("PRAGMA application_id = %1").arg(libraryfile::kApplicationId))) {
        database.rollbackWrite();
        return database.sqlError(doing, query.lastError());
    }
    return database.commitWrite(doing);
}

} // namespace

Result<std::unique_ptr<Library>>
Library::open(const QString &path, const QList<Migration> &migrations, const OpenOptions &options)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("prepdeck-%1").arg(counter++);
    const bool inMemory = path == QLatin1String(":memory:");
    libraryfile::Place place{true, false, {}, false};
    if (!inMemory) {
        auto examined = placeOf(path, migrations, options);
        if (!examined)
            return examined.error();
        place = *examined;
    }

    std::unique_ptr<Library> store(new Library(connection, path));
    store->m_db.setReadOnly(place.readOnly, place.readOnlyReason);
    auto connected = libraryfile::connect(connection, path, place);
    if (!connected)
        return connected.error();
    QSqlDatabase db = *connected;
    if (!inMemory) {
        libraryfile::OpenMark mark(path);
        store->m_db.holdOpenMark(mark);
    }

    // Whose file is it, and is it whole? Read under SQLite's locks; nothing is written
    // until the answer is known.
    auto identity = libraryfile::identify(db, path);
    if (!identity) {
        Error e = identity.error();
        if (e.kind == Error::Kind::DiskFull)
            e.message = LibraryText::tr("the disk is full, so SQLite cannot set up the files it "
                                        "keeps beside the library while it is open (-wal, -shm). "
                                        "The library is as it was: free some space and open it "
                                        "again.");
        return e;
    }
    if (Status usable = checkIdentity(*identity, migrations, path); !usable)
        return usable.error();
    if (options.checkPages &&
        libraryfile::verdictOf(*identity, migrations) == libraryfile::Verdict::Prepdeck)
        if (Status whole = checkPages(store->m_db, db, path); !whole)
            return whole.error();

    QSqlQuery query(db);
    // synchronous = FULL: with WAL, NORMAL already survives a crash of the program, but a
    // power cut could take the last commits with it, and a rating the window (or `prepdeck
    // rate`) said was saved must stay saved. FULL syncs the log once per commit, a few
    // milliseconds for one rating, once for a whole import.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (!query.exec(QLatin1String(pragma)))
            return store->m_db.sqlError(LibraryText::tr("Setting up the library"),
                                        query.lastError());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (place.readOnly) {
        if (identity->version != latest)
            return Error{LibraryText::tr("the library is read-only and was written by another "
                                         "version of Prepdeck, so it cannot be upgraded. Make it "
                                         "writable (chmod u+w) and open it again."),
                         path, 0, Error::Kind::ReadOnly};
        return store;
    }
    // Libraries are in WAL mode all their life; one left in another mode by an older
    // Prepdeck is switched once, when nobody else has it open.
    if (!inMemory && identity->journalMode != QLatin1String("wal"))
        store->m_db.switchToWal();
    if (identity->version < latest && identity->version > 0 && options.beforeUpgrade) {
        if (Status ready = options.beforeUpgrade(identity->version, latest); !ready)
            return ready.error();
    }
    if (Status migrated = migrate(db, migrations); !migrated)
        return migrated.error();
    if (identity->applicationId != libraryfile::kApplicationId && identity->version >= latest)
        if (Status marked = markAsOurs(store->m_db, query); !marked)
            return marked.error();
    return store;
}

QString progressSummary(const Library &store, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    QStringList parts;
    if (auto plan = store.settings().interviewPlan();
        plan && plan->date.isValid() && plan->date >= today)
        parts << QObject::tr("Interview in %Ln day(s).", nullptr,
                             static_cast<int>(today.daysTo(plan->date)));
    if (auto recent =
            store.progress().ratingRecords(QDateTime(today.addDays(-400), QTime(0, 0)).toUTC()))
        parts << QObject::tr("Streak: %Ln day(s).", nullptr, progress::streak(*recent, today));
    return parts.join(QLatin1Char(' '));
}

Result<ProgressSnapshot> readProgress(const Library &store, const QDateTime &now)
{
    const auto sameMoment = store.readSnapshot(); // the figures must agree with each other
    ProgressSnapshot snapshot;
    snapshot.today = now.toLocalTime().date();
    auto readiness = store.progress().readiness();
    if (!readiness)
        return readiness.error();
    auto recent = store.progress().ratingRecords(
        QDateTime(snapshot.today.addDays(-26 * 7), QTime(0, 0)).toUTC());
    if (!recent)
        return recent.error();
    auto mocks = store.mocks().points();
    if (!mocks)
        return mocks.error();
    auto plan = store.settings().interviewPlan();
    if (!plan)
        return plan.error();
    snapshot.readiness = std::move(*readiness);
    snapshot.recent = std::move(*recent);
    snapshot.mocks = std::move(*mocks);
    snapshot.plan = *plan;
    return snapshot;
}

} // namespace prepdeck
