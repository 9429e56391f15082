#include "migrations.h"
#include "fulltextbatch.h"
#include "libraryfile.h"
#include "sqlitestatus.h"
#include "translation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace prepdeck {

const QList<Migration> &schemaMigrations()
{
    static const QList<Migration> migrations = {
        {1,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "banks, categories, questions, rating events and full-text search")),
         {
             QStringLiteral(R"(CREATE TABLE banks (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 source_path TEXT,
                 layout TEXT NOT NULL DEFAULT '',
                 position INTEGER NOT NULL,
                 imported_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE categories (
                 id INTEGER PRIMARY KEY,
                 bank_id INTEGER NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 position INTEGER NOT NULL,
                 UNIQUE (bank_id, name)))"),
             QStringLiteral(R"(CREATE TABLE questions (
                 id INTEGER PRIMARY KEY,
                 bank_id INTEGER NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
                 category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
                 identity TEXT NOT NULL,
                 position INTEGER NOT NULL,
                 number INTEGER,
                 prompt TEXT NOT NULL,
                 answer TEXT NOT NULL DEFAULT '',
                 hint TEXT NOT NULL DEFAULT '',
                 followups TEXT NOT NULL DEFAULT '[]',
                 tips TEXT NOT NULL DEFAULT '[]',
                 tags TEXT NOT NULL DEFAULT '[]',
                 frequency INTEGER,
                 source_file TEXT NOT NULL DEFAULT '',
                 source_line INTEGER NOT NULL DEFAULT 0,
                 retired INTEGER NOT NULL DEFAULT 0,
                 due_at TEXT,
                 created_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 UNIQUE (bank_id, identity)))"),
             QStringLiteral(
                 "CREATE INDEX questions_by_order ON questions (bank_id, retired, position)"),
             QStringLiteral("CREATE INDEX questions_by_category ON questions (category_id)"),
             QStringLiteral(R"(CREATE TABLE ratings (
                 id INTEGER PRIMARY KEY,
                 question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
                 rated_at TEXT NOT NULL,
                 confidence INTEGER NOT NULL CHECK (confidence BETWEEN 1 AND 5),
                 context TEXT NOT NULL CHECK (context IN ('study', 'mock'))))"),
             QStringLiteral("CREATE INDEX ratings_by_question ON ratings (question_id, rated_at)"),
             // A rating is an event: it can be taken back (undo) but never rewritten.
             QStringLiteral(R"(CREATE TRIGGER ratings_are_events BEFORE UPDATE ON ratings
                 BEGIN SELECT RAISE(ABORT, 'ratings are never overwritten'); END)"),
             QStringLiteral(R"(CREATE VIRTUAL TABLE questions_fts USING fts5(
                 prompt, answer, hint, content='questions', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2'))"),
             QStringLiteral(R"(CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
                 INSERT INTO questions_fts (rowid, prompt, answer, hint)
                 VALUES (new.id, new.prompt, new.answer, new.hint); END)"),
             QStringLiteral(R"(CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
                 INSERT INTO questions_fts (questions_fts, rowid, prompt, answer, hint)
                 VALUES ('delete', old.id, old.prompt, old.answer, old.hint); END)"),
             QStringLiteral(
                 R"(CREATE TRIGGER questions_fts_update AFTER UPDATE OF prompt, answer, hint
                 ON questions BEGIN
                 INSERT INTO questions_fts (questions_fts, rowid, prompt, answer, hint)
                 VALUES ('delete', old.id, old.prompt, old.answer, old.hint);
                 INSERT INTO questions_fts (rowid, prompt, answer, hint)
                 VALUES (new.id, new.prompt, new.answer, new.hint); END)"),
         },
         {}},
        {2,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "the user's notes, searchable, and each question's latest rating at hand")),
         {
             QStringLiteral("ALTER TABLE questions ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
             // Kept equal to the newest rating event so lists sort and filter without a
             // sub-query per row; rating and undoing a rating update them.
             QStringLiteral("ALTER TABLE questions ADD COLUMN last_confidence INTEGER"),
             QStringLiteral("ALTER TABLE questions ADD COLUMN last_rated_at TEXT"),
             QStringLiteral(R"(UPDATE questions SET
                 last_confidence = (SELECT r.confidence FROM ratings r WHERE r.question_id = questions.id
                                    ORDER BY r.rated_at DESC, r.id DESC LIMIT 1),
                 last_rated_at = (SELECT MAX(r.rated_at) FROM ratings r WHERE r.question_id = questions.id))"),
             QStringLiteral("CREATE INDEX questions_by_due ON questions (due_at)"),
             QStringLiteral("DROP TRIGGER questions_fts_insert"),
             QStringLiteral("DROP TRIGGER questions_fts_delete"),
             QStringLiteral("DROP TRIGGER questions_fts_update"),
             QStringLiteral("DROP TABLE questions_fts"),
             QStringLiteral(R"(CREATE VIRTUAL TABLE questions_fts USING fts5(
                 prompt, answer, hint, note, content='questions', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2'))"),
             QStringLiteral(R"(CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
                 INSERT INTO questions_fts (rowid, prompt, answer, hint, note)
                 VALUES (new.id, new.prompt, new.answer, new.hint, new.note); END)"),
             QStringLiteral(R"(CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
                 INSERT INTO questions_fts (questions_fts, rowid, prompt, answer, hint, note)
                 VALUES ('delete', old.id, old.prompt, old.answer, old.hint, old.note); END)"),
             QStringLiteral(R"(CREATE TRIGGER questions_fts_update
                 AFTER UPDATE OF prompt, answer, hint, note ON questions BEGIN
                 INSERT INTO questions_fts (questions_fts, rowid, prompt, answer, hint, note)
                 VALUES ('delete', old.id, old.prompt, old.answer, old.hint, old.note);
                 INSERT INTO questions_fts (rowid, prompt, answer, hint, note)
                 VALUES (new.id, new.prompt, new.answer, new.hint, new.note); END)"),
             QStringLiteral("INSERT INTO questions_fts (questions_fts) VALUES ('rebuild')"),
         },
         {}},
        {3,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "mock interviews, and the time used with each rating given in one")),
         {
             QStringLiteral("ALTER TABLE ratings ADD COLUMN seconds REAL"),
             QStringLiteral(R"(CREATE TABLE mock_interviews (
                 id INTEGER PRIMARY KEY,
                 started_at TEXT NOT NULL,
                 finished_at TEXT,
                 ended_early INTEGER NOT NULL DEFAULT 0,
                 settings TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE mock_items (
                 id INTEGER PRIMARY KEY,
                 mock_id INTEGER NOT NULL REFERENCES mock_interviews(id) ON DELETE CASCADE,
                 position INTEGER NOT NULL,
                 question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
                 seconds REAL NOT NULL,
                 confidence INTEGER CHECK (confidence BETWEEN 1 AND 5),
                 skipped INTEGER NOT NULL DEFAULT 0,
                 notes TEXT NOT NULL DEFAULT '',
                 rating_id INTEGER REFERENCES ratings(id) ON DELETE SET NULL,
                 UNIQUE (mock_id, position)))"),
         },
         {}},
        {4,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "settings that belong with the library, such as the interview date")),
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         },
         {}},
        {5,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "a word index built for speed, and each category's counts kept at hand")),
         {
             // FTS5 took 9 s to index 100,000 questions; the word index takes under one.
             QStringLiteral("DROP TRIGGER questions_fts_insert"),
             QStringLiteral("DROP TRIGGER questions_fts_delete"),
             QStringLiteral("DROP TRIGGER questions_fts_update"),
             QStringLiteral("DROP TABLE questions_fts"),
             QStringLiteral("CREATE TABLE search_terms (term BLOB PRIMARY KEY, ids BLOB NOT NULL) "
                            "WITHOUT ROWID"),
             // New questions are not due: leaving them out of the index saves every import
             // an index write per question.
             QStringLiteral("DROP INDEX questions_by_due"),
             QStringLiteral(
                 "CREATE INDEX questions_by_due ON questions (due_at) WHERE due_at IS NOT NULL"),
             // A category's questions in file order straight from the index, and the banks
             // in library order: a list's first page without sorting the whole list.
             QStringLiteral("DROP INDEX questions_by_category"),
             QStringLiteral("CREATE INDEX questions_by_category ON questions "
                            "(category_id, retired, position)"),
             QStringLiteral("CREATE INDEX banks_by_position ON banks (position, id)"),
             // The category tree's figures without counting 100,000 rows at every start.
             QStringLiteral(R"(CREATE TABLE category_stats (
                 category_id INTEGER PRIMARY KEY REFERENCES categories(id) ON DELETE CASCADE,
                 questions INTEGER NOT NULL DEFAULT 0,
                 rated INTEGER NOT NULL DEFAULT 0,
                 ready INTEGER NOT NULL DEFAULT 0,
                 confidence_sum INTEGER NOT NULL DEFAULT 0))"),
             QStringLiteral(R"(INSERT INTO category_stats
                 SELECT c.id, COUNT(q.id), COUNT(q.last_confidence),
                        COALESCE(SUM(q.last_confidence >= 4), 0), COALESCE(SUM(q.last_confidence), 0)
                 FROM categories c LEFT JOIN questions q ON q.category_id = c.id AND q.retired = 0
                 GROUP BY c.id)"),
             QStringLiteral(R"(CREATE TRIGGER category_stats_new AFTER INSERT ON categories BEGIN
                 INSERT INTO category_stats (category_id) VALUES (new.id); END)"),
             // No trigger on INSERT: at 100,000 questions it cost a second per import.
             // The import counts the categories of each bank it writes instead.
             QStringLiteral(R"(CREATE TRIGGER category_stats_delete AFTER DELETE ON questions
                 WHEN old.retired = 0 BEGIN
                 UPDATE category_stats SET questions = questions - 1,
                     rated = rated - (old.last_confidence IS NOT NULL),
                     ready = ready - (COALESCE(old.last_confidence, 0) >= 4),
                     confidence_sum = confidence_sum - COALESCE(old.last_confidence, 0)
                 WHERE category_id = old.category_id; END)"),
             QStringLiteral(R"(CREATE TRIGGER category_stats_update
                 AFTER UPDATE OF retired, category_id, last_confidence ON questions BEGIN
                 UPDATE category_stats SET questions = questions - 1,
                     rated = rated - (old.last_confidence IS NOT NULL),
                     ready = ready - (COALESCE(old.last_confidence, 0) >= 4),
                     confidence_sum = confidence_sum - COALESCE(old.last_confidence, 0)
                 WHERE category_id = old.category_id AND old.retired = 0;
                 UPDATE category_stats SET questions = questions + 1,
                     rated = rated + (new.last_confidence IS NOT NULL),
                     ready = ready + (COALESCE(new.last_confidence, 0) >= 4),
                     confidence_sum = confidence_sum + COALESCE(new.last_confidence, 0)
                 WHERE category_id = new.category_id AND new.retired = 0; END)"),
         },
         {}}, // the word index was built here; schema 10 replaced it
        {6,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "categories under their banks' headings, and each question's context "
                        "and source link")),
         {
             // A category is its parents and its name: "System Questions" under "Junior
             // Sysadmin" is not the one under "Senior Sysadmin". The table is rebuilt to
             // change its unique key.
             QStringLiteral(R"(CREATE TABLE categories_new (
                 id INTEGER PRIMARY KEY,
                 bank_id INTEGER NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
                 name TEXT NOT NULL,
                 parents TEXT NOT NULL DEFAULT '[]',
                 position INTEGER NOT NULL,
                 UNIQUE (bank_id, parents, name)))"),
             QStringLiteral("INSERT INTO categories_new (id, bank_id, name, position) "
                            "SELECT id, bank_id, name, position FROM categories"),
             QStringLiteral("DROP TABLE categories"),
             QStringLiteral("ALTER TABLE categories_new RENAME TO categories"),
             QStringLiteral(R"(CREATE TRIGGER category_stats_new AFTER INSERT ON categories BEGIN
                 INSERT INTO category_stats (category_id) VALUES (new.id); END)"),
             // What the question shows with its prompt (code, choices), and where it
             // comes from.
             QStringLiteral("ALTER TABLE questions ADD COLUMN context TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE questions ADD COLUMN link TEXT NOT NULL DEFAULT ''"),
         },
         {},
         true},
        {7,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "questions you edit, add, suspend or delete, and banks you rename")),
         {
             // Hidden from study, mock interviews and sheets, kept with its history.
             QStringLiteral(
                 "ALTER TABLE questions ADD COLUMN suspended INTEGER NOT NULL DEFAULT 0"),
             // When the user last changed the question's text; NULL while it is the file's.
             QStringLiteral("ALTER TABLE questions ADD COLUMN edited_at TEXT"),
             // The file's version of an edited question (JSON), as last imported: a new
             // import compares with it to tell "changed in the file too" from "unchanged".
             QStringLiteral("ALTER TABLE questions ADD COLUMN file_version TEXT"),
             // The name the file gives the bank, and whether the user named it otherwise
             // (an import again then keeps the user's name).
             QStringLiteral("ALTER TABLE banks ADD COLUMN file_name TEXT"),
             QStringLiteral("UPDATE banks SET file_name = name"),
             QStringLiteral(
                 "ALTER TABLE banks ADD COLUMN named_by_user INTEGER NOT NULL DEFAULT 0"),
             // A category's figures count what study shows: not suspended questions (nor,
             // as before, retired ones; retired = 2 is a question the user deleted).
             QStringLiteral("DROP TRIGGER category_stats_delete"),
             QStringLiteral("DROP TRIGGER category_stats_update"),
             QStringLiteral(R"(CREATE TRIGGER category_stats_delete AFTER DELETE ON questions
                 WHEN old.retired = 0 AND old.suspended = 0 BEGIN
                 UPDATE category_stats SET questions = questions - 1,
                     rated = rated - (old.last_confidence IS NOT NULL),
                     ready = ready - (COALESCE(old.last_confidence, 0) >= 4),
                     confidence_sum = confidence_sum - COALESCE(old.last_confidence, 0)
                 WHERE category_id = old.category_id; END)"),
             QStringLiteral(R"(CREATE TRIGGER category_stats_update
                 AFTER UPDATE OF retired, suspended, category_id, last_confidence ON questions
                 BEGIN
                 UPDATE category_stats SET questions = questions - 1,
                     rated = rated - (old.last_confidence IS NOT NULL),
                     ready = ready - (COALESCE(old.last_confidence, 0) >= 4),
                     confidence_sum = confidence_sum - COALESCE(old.last_confidence, 0)
                 WHERE category_id = old.category_id AND old.retired = 0 AND old.suspended = 0;
                 UPDATE category_stats SET questions = questions + 1,
                     rated = rated + (new.last_confidence IS NOT NULL),
                     ready = ready + (COALESCE(new.last_confidence, 0) >= 4),
                     confidence_sum = confidence_sum + COALESCE(new.last_confidence, 0)
                 WHERE category_id = new.category_id AND new.retired = 0 AND new.suspended = 0;
                 END)"),
         },
         {}},
        {8,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "categories you rename or merge keep your arrangement when their file "
                        "is imported again")),
         {
             // A file's category name that now means another category: the old name of a
             // renamed category, or a category merged into another.
             QStringLiteral(R"(CREATE TABLE category_aliases (
                 bank_id INTEGER NOT NULL REFERENCES banks(id) ON DELETE CASCADE,
                 parents TEXT NOT NULL,
                 name TEXT NOT NULL,
                 category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
                 PRIMARY KEY (bank_id, parents, name)))"),
         },
         {}},
        {9,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "categories you rename and questions you move stay so when their file "
                        "is imported again")),
         {
             // The file's name of a category the user renamed (NULL: its name is the file's).
             QStringLiteral("ALTER TABLE categories ADD COLUMN file_name TEXT"),
             // When the user moved a question to another category (NULL: where its file
             // put it); an import leaves a placed question where it is.
             QStringLiteral("ALTER TABLE questions ADD COLUMN placed_at TEXT"),
         },
         {}},
        {10,
         QStringLiteral(QT_TRANSLATE_NOOP(
             "Library", "full-text search that ranks what it finds and knows phrases")),
         {
             QStringLiteral("DROP TABLE search_terms"),
             // The columns in the order of their weight in ranking (see ftsquery.h). Deleted
             // questions are indexed too (they can be found in the Deleted list).
             QStringLiteral(R"(CREATE VIRTUAL TABLE questions_fts USING fts5(
                 prompt, hint, note, answer, content='questions', content_rowid='id',
                 tokenize='unicode61 remove_diacritics 2'))"),
             // 16 MB of words gathered before they are written, and segments merged 16 at a
             // time: a 100,000-question import's index took 8.4 s with FTS5's defaults and
             // 4.3 s so (search is as fast).
             QStringLiteral(
                 "INSERT INTO questions_fts (questions_fts, rank) VALUES ('hashsize', 16000000)"),
             QStringLiteral(
                 "INSERT INTO questions_fts (questions_fts, rank) VALUES ('automerge', 16)"),
             fulltext::insertTrigger(),
             fulltext::deleteTrigger(),
             fulltext::updateTrigger(),
             QStringLiteral("INSERT INTO questions_fts (questions_fts) VALUES ('rebuild')"),
         },
         {}},
    };
    return migrations;
}

namespace {

// A step's description in the user's language. The list is made once and keeps the English
// (marked for translation there), so that it is translated when it is shown.
QString description(const Migration &m)
{
    return LibraryText::tr(m.description.toUtf8().constData());
}

} // namespace

namespace {

// What a migration does inside its transaction: its statements, its code, and (when it
// rebuilds tables) the check that every row still points somewhere.
Status migrationSteps(QSqlDatabase &db, QSqlQuery &query, const Migration &m, const QString &doing,
                      const QString &path)
{
    for (const QString &sql : m.statements)
        if (!query.exec(sql))
            return sqlite::failure(query.lastError(), doing, path);
    if (m.code) {
        if (Status done = m.code(db); !done)
            return done;
    }
    if (m.rebuildsTables) {
        // Every row that pointed into the rebuilt table still finds it.
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return sqlite::failure(query.lastError(), doing, path);
        if (query.next())
            return Error{LibraryText::tr("rows of %1 point to nothing after the rebuild")
                             .arg(query.value(0).toString()),
                         path, 0};
        query.finish();
    }
    return success();
}

// One migration, in a transaction of its own; done already when another program did it
// meanwhile.
Status applyMigration(QSqlDatabase &db, QSqlQuery &query, const Migration &m, const QString &path)
{
    const QString doing = LibraryText::tr("Upgrading the library to schema %1 (%2)")
                              .arg(m.version)
                              .arg(description(m));
    // Foreign keys can only be switched outside a transaction.
    bool foreignKeysWereOn = false;
    if (m.rebuildsTables && query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next())
        foreignKeysWereOn = query.value(0).toInt() == 1;
    query.finish();
    struct ForeignKeysOff
    {
        QSqlQuery &query;
        bool restore;
        ~ForeignKeysOff()
        {
            if (restore)
                query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } foreignKeys{query, m.rebuildsTables && foreignKeysWereOn};
    if (m.rebuildsTables && !query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")))
        return sqlite::failure(query.lastError(), doing, path);
    // IMMEDIATE: the write lock is taken at the start, waiting for others as long as the
    // busy timeout allows, rather than failing half-way when a read must turn into a write.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return sqlite::failure(query.lastError(), doing, path);
    auto failed = [&](Error cause) {
        query.exec(QStringLiteral("ROLLBACK"));
        if (cause.kind == Error::Kind::Other)
            cause.message = LibraryText::tr("upgrading the library to schema %1 (%2) failed: "
                                            "%3. Nothing was changed.")
                                .arg(m.version)
                                .arg(description(m), cause.message);
        cause.file = path;
        return cause;
    };
    // Another program may have done this step meanwhile.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed(sqlite::failure(query.lastError(), doing, path));
    const int now = query.value(0).toInt();
    query.finish();
    if (now >= m.version) {
        query.exec(QStringLiteral("ROLLBACK"));
        return success();
    }
    if (Status done = migrationSteps(db, query, m, doing, path); !done)
        return failed(done.error());
    // The library says whose it is: Prepdeck's application id, set with the schema.
    if (!query.exec(
            QStringLiteral("PRAGMA application_id = %1").arg(libraryfile::kApplicationId)) ||
        !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)) ||
        !query.exec(QStringLiteral("COMMIT")))
        return failed(sqlite::failure(query.lastError(), doing, path));
    return success();
}

} // namespace

Status migrate(QSqlDatabase &db, const QList<Migration> &migrations)
{
    const QString path = db.databaseName();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlite::failure(query.lastError(), LibraryText::tr("Reading the schema version"),
                               path);
    const int current = query.value(0).toInt();
    query.finish();
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > latest)
        return Error{LibraryText::tr("this library was written by a newer version of Prepdeck "
                                     "(schema %1; this version knows up to %2). Update Prepdeck, "
                                     "or open another file with --database.")
                         .arg(current)
                         .arg(latest),
                     path, 0, Error::Kind::Newer};
    for (const Migration &m : migrations) {
        if (m.version <= current)
            continue;
        if (Status done = applyMigration(db, query, m, path); !done)
            return done;
    }
    return success();
}

} // namespace prepdeck
