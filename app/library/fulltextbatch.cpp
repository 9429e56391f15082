#include "fulltextbatch.h"
#include "translation.h"

#include <QSqlError>
#include <QSqlQuery>

namespace prepdeck {

namespace fulltext {

QString insertTrigger()
{
    return QStringLiteral(R"(CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
                 INSERT INTO questions_fts (rowid, prompt, hint, note, answer)
                 VALUES (new.id, new.prompt, new.hint, new.note, new.answer); END)");
}

QString updateTrigger()
{
    return QStringLiteral(R"(CREATE TRIGGER questions_fts_update
                 AFTER UPDATE OF prompt, hint, note, answer ON questions BEGIN
                 INSERT INTO questions_fts (questions_fts, rowid, prompt, hint, note, answer)
                 VALUES ('delete', old.id, old.prompt, old.hint, old.note, old.answer);
                 INSERT INTO questions_fts (rowid, prompt, hint, note, answer)
                 VALUES (new.id, new.prompt, new.hint, new.note, new.answer); END)");
}

QString deleteTrigger()
{
    return QStringLiteral(R"(CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
                 INSERT INTO questions_fts (questions_fts, rowid, prompt, hint, note, answer)
                 VALUES ('delete', old.id, old.prompt, old.hint, old.note, old.answer); END)");
}

} // namespace fulltext

Status FullTextBatch::exec(const QString &sql)
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return m_db.sqlError(LibraryText::tr("Updating the search index"), q.lastError());
    return success();
}

Status FullTextBatch::begin()
{
    QSqlQuery probe(m_db.connection());
    if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name IN "
                                   "('questions_fts_insert', 'questions_fts_update')")) ||
        !probe.next())
        return m_db.sqlError(LibraryText::tr("Updating the search index"), probe.lastError());
    if (probe.value(0).toInt() != 2)
        return success(); // a library of an older schema, being written by a test
    probe.finish();
    for (const QString &sql :
         {QStringLiteral("DROP TRIGGER questions_fts_insert"),
          QStringLiteral("DROP TRIGGER questions_fts_update"),
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fts_stale (id INTEGER PRIMARY KEY, "
                         "prompt, hint, note, answer)"),
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS fts_fresh (id INTEGER PRIMARY KEY)"),
          QStringLiteral("DELETE FROM temp.fts_stale"),
          QStringLiteral("DELETE FROM temp.fts_fresh")})
        if (Status done = exec(sql); !done)
            return done;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM questions")) || !q.next())
        return m_db.sqlError(LibraryText::tr("Updating the search index"), q.lastError());
    m_firstNew = q.value(0).toLongLong();
    m_begun = true;
    return success();
}

Status FullTextBatch::changing(qint64 id)
{
    if (!m_begun || id >= m_firstNew)
        return success(); // not in the index yet
    // The first old text is the one in the index; it is taken out once.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.fts_stale SELECT id, prompt, hint, note, "
                             "answer FROM questions WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Updating the search index"), q.lastError());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.fts_fresh (id) VALUES (?)"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Updating the search index"), q.lastError());
    return success();
}

Status FullTextBatch::finish()
{
    if (!m_begun)
        return success();
    QStringList steps{
        QStringLiteral("INSERT INTO questions_fts (questions_fts, rowid, prompt, hint, note, "
                       "answer) SELECT 'delete', id, prompt, hint, note, answer FROM "
                       "temp.fts_stale"),
        QStringLiteral("INSERT INTO questions_fts (rowid, prompt, hint, note, answer) SELECT id, "
                       "prompt, hint, note, answer FROM questions WHERE id IN (SELECT id FROM "
                       "temp.fts_fresh)"),
        QStringLiteral("INSERT INTO questions_fts (rowid, prompt, hint, note, answer) SELECT id, "
                       "prompt, hint, note, answer FROM questions WHERE id >= %1")
            .arg(m_firstNew)};
    steps << QStringLiteral("DELETE FROM temp.fts_stale")
          << QStringLiteral("DELETE FROM temp.fts_fresh") << fulltext::insertTrigger()
          << fulltext::updateTrigger();
    for (const QString &sql : std::as_const(steps))
        if (Status done = exec(sql); !done)
            return done;
    m_begun = false;
    return success();
}

} // namespace prepdeck
