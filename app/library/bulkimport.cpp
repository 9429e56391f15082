#include "bulkimport.h"
#include "sqlitestatus.h"
#include "sqlvalues.h"
#include "textcleanup.h"
#include "translation.h"

#include <QSqlQuery>
#include <QStringEncoder>
#include <sqlite3.h>

#include <string>

namespace prepdeck {

using namespace sqlvalues;

// The UTF-8 text of one row's columns, reused from row to row.
struct BulkImport::Scratch
{
    std::string texts[11];
    QStringEncoder encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};

    void setUtf8(std::string &out, QStringView text)
    {
        out.resize(static_cast<size_t>(encoder.requiredSpace(text.size())));
        char *end = encoder.appendToBuffer(out.data(), text);
        out.resize(static_cast<size_t>(end - out.data()));
    }
    // As QJsonDocument writes an array of strings, compact.
    void setJsonList(std::string &out, const QStringList &list)
    {
        out.assign(1, '[');
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out += ',';
            out += '"';
            setUtf8(item, list[i]);
            for (const char c : item) {
                const auto u = static_cast<unsigned char>(c);
                if (u >= 0x20 && c != '"' && c != '\\') {
                    out += c;
                    continue;
                }
                out += '\\';
                switch (c) {
                case '"':
                case '\\':
                    out += c;
                    break;
                case '\b':
                    out += 'b';
                    break;
                case '\f':
                    out += 'f';
                    break;
                case '\n':
                    out += 'n';
                    break;
                case '\r':
                    out += 'r';
                    break;
                case '\t':
                    out += 't';
                    break;
                default:
                    out += "u00";
                    out += "0123456789abcdef"[u >> 4];
                    out += "0123456789abcdef"[u & 0xF];
                }
            }
            out += '"';
        }
        out += ']';
    }

private:
    std::string item;
};

BulkImport::BulkImport(LibraryDatabase &db, QString sourcePath, QString layout)
    : m_db(db), m_sourcePath(std::move(sourcePath)), m_layout(std::move(layout)),
      m_now(timestamp(QDateTime::currentDateTimeUtc())), m_nowUtf8(m_now.toUtf8()),
      m_scratch(std::make_unique<Scratch>())
{}

BulkImport::~BulkImport()
{
    sqlite3_finalize(static_cast<sqlite3_stmt *>(m_insert));
    if (m_open)
        m_db.rollbackWrite();
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA cache_size = -2000")); // SQLite's default again
}

Status BulkImport::begin()
{
    QSqlDatabase db = m_db.connection();
    // Straight to SQLite: at 100,000 questions QSqlQuery's binding and UTF-16 text cost
    // more than the database's own work.
    sqlite3 *sqlite = sqlite::handleOf(db);
    if (!sqlite)
        return Error{LibraryText::tr("the library is not an SQLite database."), m_db.path(), 0};
    m_sqlite = sqlite;
    // The log's name as SQLite has it (beside the real file when the library is reached
    // through a link); an in-memory library has none.
    if (!m_db.isInMemory())
        if (const char *main = sqlite3_db_filename(sqlite, "main"); main && *main)
            if (const char *wal = sqlite3_filename_wal(main); wal && *wal)
                m_logWriteback.emplace(QString::fromUtf8(wal));
    if (Status begun = m_db.beginWrite(LibraryText::tr("Starting the import")); !begun)
        return begun;
    m_open = true;
    if (Status indexing = m_fullText.begin(); !indexing)
        return indexing;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM questions")) || !q.next())
        return m_db.sqlError(LibraryText::tr("Starting the import"), q.lastError());
    m_firstId = q.value(0).toLongLong();
    q.finish();
    // 32 MB of page cache while writing: with the default 2 MB, pages of the indexes went
    // out to the log and were read back again and again.
    if (!q.exec(QStringLiteral("PRAGMA cache_size = -32768")))
        return m_db.sqlError(LibraryText::tr("Starting the import"), q.lastError());
    sqlite3_stmt *insert = nullptr;
    if (sqlite3_prepare_v2(
            sqlite,
            "INSERT INTO questions (id, bank_id, category_id, identity, position, number, prompt, "
            "answer, hint, followups, tips, tags, frequency, source_file, source_line, "
            "created_at, updated_at, context, link) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            -1, &insert, nullptr) != SQLITE_OK)
        return m_db.sqlError(LibraryText::tr("Starting the import"),
                             sqlite3_extended_errcode(sqlite),
                             QString::fromUtf8(sqlite3_errmsg(sqlite)));
    m_insert = insert;
    return success();
}

Result<bool> BulkImport::nameIsFree(const QString &name) const
{
    if (m_bankNames.contains(name))
        return false;
    QSqlQuery q(m_db.connection());
    // A bank the user renamed is still the file's bank of that name.
    q.prepare(QStringLiteral("SELECT 1 FROM banks WHERE name = ? OR file_name = ? LIMIT 1"));
    q.addBindValue(name);
    q.addBindValue(name);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Looking up the bank"), q.lastError());
    return !q.next();
}

Result<bool> BulkImport::startBank(const QString &name)
{
    auto free = nameIsFree(name);
    if (!free || !*free)
        return free;
    m_bankNames << name;
    m_pendingBank = name;
    m_bankId = 0;
    m_categoryNames.clear();
    m_pendingCategory.clear();
    m_categoryId = 0;
    m_categoryPosition = 0;
    m_position = 0;
    m_seen.clear();
    return true;
}

Result<bool> BulkImport::renameBank(const QString &name)
{
    if (m_bankNames.isEmpty())
        return false;
    auto free = nameIsFree(name);
    if (!free || !*free)
        return free;
    m_bankNames.last() = name;
    if (!m_bankId) {
        m_pendingBank = name; // created with its first question, under this name
        return true;
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE banks SET name = ?, file_name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(name);
    q.addBindValue(m_bankId);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Naming the bank"), q.lastError());
    return true;
}

Result<bool> BulkImport::startCategory(const QString &name, const QStringList &parents)
{
    const QString key = parents.join(QLatin1Char('\n')) + QLatin1Char('\n') + name;
    if (m_categoryNames.contains(key))
        return false;
    m_categoryNames << key;
    m_pendingCategory = name;
    m_pendingParents = parents;
    m_categoryId = 0;
    return true;
}

// Banks and categories are written with their first question: empty ones are not kept.
Status BulkImport::createPending()
{
    QSqlQuery q(m_db.connection());
    if (!m_bankId) {
        q.prepare(QStringLiteral(
            "INSERT INTO banks (name, source_path, layout, position, imported_at, file_name, "
            "named_by_user) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM "
            "banks), ?, ?, ?)"));
        q.addBindValue(m_pendingBank);
        q.addBindValue(m_sourcePath);
        q.addBindValue(text(m_layout));
        q.addBindValue(m_now);
        q.addBindValue(m_pendingBank);
        q.addBindValue(!m_chosenName.isEmpty() && m_pendingBank == m_chosenName);
        if (!q.exec())
            return m_db.sqlError(LibraryText::tr("Adding the bank"), q.lastError());
        m_bankId = q.lastInsertId().toLongLong();
    }
    if (!m_categoryId) {
        q.prepare(QStringLiteral(
            "INSERT INTO categories (bank_id, name, parents, position) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m_bankId);
        q.addBindValue(m_pendingCategory);
        q.addBindValue(toJson(m_pendingParents));
        q.addBindValue(m_categoryPosition++);
        if (!q.exec())
            return m_db.sqlError(LibraryText::tr("Saving the categories"), q.lastError());
        m_categoryId = q.lastInsertId().toLongLong();
    }
    return success();
}

Status BulkImport::add(const Question &question, qint64 id)
{
    if (!m_bankId || !m_categoryId)
        if (Status created = createPending(); !created)
            return created;
    const QString key = cleanup::identityKey(question.prompt);
    const int n = ++m_seen[key];
    const QString identity = n == 1 ? key : key + QLatin1Char('#') + QString::number(n);

    auto *insert = static_cast<sqlite3_stmt *>(m_insert);
    // Bound as UTF-8 straight from the question, written into buffers kept from one row to
    // the next: no QVariant, no JSON document, no allocation per row.
    Scratch &scratch = *m_scratch;
    int kept = 0;
    auto bindBytes = [&](int column, const std::string &bytes) {
        sqlite3_bind_text(insert, column, bytes.data(), static_cast<int>(bytes.size()),
                          SQLITE_STATIC);
    };
    auto bindText = [&](int column, QStringView text) {
        std::string &held = scratch.texts[kept++];
        scratch.setUtf8(held, text);
        bindBytes(column, held);
    };
    auto bindList = [&](int column, const QStringList &list) {
        std::string &held = scratch.texts[kept++];
        scratch.setJsonList(held, list);
        bindBytes(column, held);
    };
    auto bindNumber = [&](int column, std::optional<int> value) {
        if (value)
            sqlite3_bind_int64(insert, column, *value);
        else
            sqlite3_bind_null(insert, column);
    };
    sqlite3_bind_int64(insert, 1, id);
    sqlite3_bind_int64(insert, 2, m_bankId);
    sqlite3_bind_int64(insert, 3, m_categoryId);
    bindText(4, identity);
    sqlite3_bind_int64(insert, 5, m_position++);
    bindNumber(6, question.number);
    bindText(7, question.prompt);
    bindText(8, question.answer);
    bindText(9, question.hint);
    bindList(10, question.followUps);
    bindList(11, question.tips);
    bindList(12, question.tags);
    bindNumber(13, question.frequency);
    bindText(14, question.sourceFile);
    sqlite3_bind_int64(insert, 15, question.sourceLine);
    sqlite3_bind_text(insert, 16, m_nowUtf8.constData(), static_cast<int>(m_nowUtf8.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insert, 17, m_nowUtf8.constData(), static_cast<int>(m_nowUtf8.size()),
                      SQLITE_STATIC);
    bindText(18, question.context);
    bindText(19, question.link);
    const int stepped = sqlite3_step(insert);
    sqlite3_reset(insert);
    sqlite3_clear_bindings(insert);
    if (stepped != SQLITE_DONE) {
        sqlite3 *sqlite = sqlite3_db_handle(insert);
        return m_db.sqlError(LibraryText::tr("Adding a question"), stepped,
                             QString::fromUtf8(sqlite3_errmsg(sqlite)));
    }
    ++m_added;
    ++m_categoryCounts[m_categoryId];
    if (m_logWriteback)
        m_logWriteback->wrote(question.prompt.size() + question.answer.size());
    return success();
}

Result<MergeCounts> BulkImport::finish(bool dryRun)
{
    MergeCounts counts;
    counts.added = static_cast<int>(m_added);
    if (dryRun)
        return counts; // the destructor rolls back
    QSqlDatabase db = m_db.connection();
    if (Status indexed = m_fullText.finish(); !indexed)
        return indexed.error();
    // The categories are new and their questions unrated: the counts are known.
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO category_stats (category_id, questions) "
                             "VALUES (?, ?)"));
    for (auto it = m_categoryCounts.cbegin(); it != m_categoryCounts.cend(); ++it) {
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return m_db.sqlError(LibraryText::tr("Counting the categories"), q.lastError());
    }
    q.finish();
    sqlite3_finalize(static_cast<sqlite3_stmt *>(m_insert));
    m_insert = nullptr;
    m_open = false;
    if (Status committed = m_db.commitWrite(LibraryText::tr("Saving the import")); !committed)
        return committed.error();
    return counts;
}

} // namespace prepdeck
