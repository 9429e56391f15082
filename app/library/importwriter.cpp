#include "importwriter.h"
#include "fulltextbatch.h"
#include "mergeplan.h"
#include "questionsql.h"
#include "sqlvalues.h"
#include "textcleanup.h"
#include "translation.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;
using questionsql::contentFromJson;
using questionsql::contentJson;
using questionsql::questionColumns;
using questionsql::questionFrom;

namespace {

// One file's banks merged into the library, bank by bank, inside the caller's transaction:
// the statements prepared once, the counts gathered. (The full-text index follows the
// questions table by its triggers.)
class BankMerge
{
public:
    BankMerge(LibraryDatabase &db, FullTextBatch &fullText, QString sourcePath, QString layout,
              bool namedByUser)
        : m_db(db), m_fullText(fullText), m_namedByUser(namedByUser), m_q(db.connection()),
          m_insert(db.connection()), m_update(db.connection()), m_move(db.connection()),
          m_retire(db.connection()), m_sourcePath(std::move(sourcePath)),
          m_layout(std::move(layout)), m_now(timestamp(QDateTime::currentDateTimeUtc()))
    {
        m_insert.prepare(QStringLiteral(
            "INSERT INTO questions (bank_id, category_id, identity, position, number, prompt, "
            "answer, hint, followups, tips, tags, frequency, source_file, source_line, context, "
            "link, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)"));
        m_update.prepare(QStringLiteral(
            "UPDATE questions SET category_id = ?, identity = ?, position = ?, number = ?, "
            "prompt = ?, answer = ?, hint = ?, followups = ?, tips = ?, tags = ?, frequency = ?, "
            "source_file = ?, source_line = ?, context = ?, link = ?, retired = 0, updated_at = ? "
            "WHERE id = ?"));
        m_move.prepare(QStringLiteral(
            "UPDATE questions SET position = ?, source_file = ?, source_line = ? WHERE id = ?"));
        m_retire.prepare(
            QStringLiteral("UPDATE questions SET retired = 1, updated_at = ? WHERE id = ?"));
    }

    const MergeCounts &counts() const { return m_counts; }
    QSqlQuery &query() { return m_q; }

    // Merges one bank (the file's only one when `only`); its id.
    Result<qint64> merge(const Bank &bank, bool only, const std::function<bool()> &cancelled)
    {
        const Result<qint64> bankId = bankFor(bank, only);
        if (!bankId)
            return bankId;
        const Result<QList<qint64>> categoryIds = saveCategories(*bankId, bank);
        if (!categoryIds)
            return categoryIds.error();
        Result<QList<ExistingQuestion>> existing = existingQuestions(*bankId);
        if (!existing)
            return existing.error();
        QList<IncomingQuestion> incoming;
        for (qsizetype ci = 0; ci < bank.categories.size(); ++ci)
            for (const Question &question : bank.categories[ci].questions)
                incoming << IncomingQuestion{&question, (*categoryIds)[ci]};
        const MergePlan plan = planMerge(*existing, incoming);
        if (Status applied = apply(*bankId, *existing, incoming, plan, cancelled); !applied)
            return applied.error();
        return bankId;
    }

private:
    Error failed(const QString &doing, const QSqlQuery &q) const
    {
        return m_db.sqlError(doing, q.lastError());
    }

    // The bank this file updates (same file for a one-bank file, else same name), brought up
    // to date, or a new one.
    Result<qint64> bankFor(const Bank &bank, bool only)
    {
        qint64 bankId = 0;
        if (only && !m_sourcePath.isEmpty()) {
            m_q.prepare(
                QStringLiteral("SELECT id FROM banks WHERE source_path = ? ORDER BY id LIMIT 1"));
            m_q.addBindValue(m_sourcePath);
            if (!m_q.exec())
                return failed(LibraryText::tr("Looking up the bank"), m_q);
            if (m_q.next())
                bankId = m_q.value(0).toLongLong();
        }
        if (bankId == 0) {
            // The file's name for the bank first: the user may have renamed it. A bank the
            // user renamed is found so only from its own file, not any file of that name.
            m_q.prepare(QStringLiteral(
                "SELECT id FROM banks WHERE (file_name = ? AND (named_by_user = 0 OR "
                "source_path = ?)) OR (name = ? AND named_by_user = 0) ORDER BY file_name = ? "
                "DESC, id LIMIT 1"));
            m_q.addBindValue(bank.name);
            m_q.addBindValue(m_sourcePath);
            m_q.addBindValue(bank.name);
            m_q.addBindValue(bank.name);
            if (!m_q.exec())
                return failed(LibraryText::tr("Looking up the bank"), m_q);
            if (m_q.next())
                bankId = m_q.value(0).toLongLong();
        }
        if (bankId != 0) {
            // A name the user gave the bank stays, until they give it another here.
            m_q.prepare(QStringLiteral(
                "UPDATE banks SET name = CASE WHEN ? THEN ? WHEN named_by_user THEN name ELSE ? "
                "END, named_by_user = MAX(named_by_user, ?), file_name = CASE WHEN ? THEN "
                "file_name ELSE ? END, source_path = ?, layout = ?, imported_at = ? WHERE id = ?"));
            for (const QVariant &v : QVariantList{m_namedByUser, bank.name, bank.name,
                                                  m_namedByUser, m_namedByUser, bank.name})
                m_q.addBindValue(v);
            m_q.addBindValue(m_sourcePath);
            m_q.addBindValue(text(m_layout));
            m_q.addBindValue(m_now);
            m_q.addBindValue(bankId);
            if (!m_q.exec())
                return failed(LibraryText::tr("Updating the bank"), m_q);
            m_q.prepare(QStringLiteral("SELECT name FROM banks WHERE id = ?"));
            m_q.addBindValue(bankId);
            if (!m_q.exec() || !m_q.next())
                return failed(LibraryText::tr("Updating the bank"), m_q);
            m_counts.bankNames << m_q.value(0).toString();
            return bankId;
        }
        m_q.prepare(QStringLiteral(
            "INSERT INTO banks (name, source_path, layout, position, imported_at, file_name, "
            "named_by_user) VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM banks), "
            "?, ?, ?)"));
        m_q.addBindValue(bank.name);
        m_q.addBindValue(m_sourcePath);
        m_q.addBindValue(text(m_layout));
        m_q.addBindValue(m_now);
        m_q.addBindValue(bank.name);
        m_q.addBindValue(m_namedByUser);
        if (!m_q.exec())
            return failed(LibraryText::tr("Adding the bank"), m_q);
        m_counts.bankNames << bank.name;
        return m_q.lastInsertId().toLongLong();
    }

    // The bank's categories in file order (new ones added, known ones moved); their ids.
    Result<QList<qint64>> saveCategories(qint64 bankId, const Bank &bank)
    {
        QList<qint64> categoryIds;
        QSet<QString> fileNames; // parents and name of each of the file's categories
        for (const Category &c : bank.categories)
            fileNames.insert(toJson(c.parents) + QLatin1Char('\n') + c.name);
        for (qsizetype ci = 0; ci < bank.categories.size(); ++ci) {
            const QString parents = toJson(bank.categories[ci].parents);
            // The category the user made of the file's: one merged into another (the file's
            // name leads there), else one renamed (keeping the file's name beside theirs).
            m_q.prepare(QStringLiteral(
                "SELECT category_id, 0 AS rank FROM category_aliases WHERE bank_id = ? AND "
                "parents = ? AND name = ? UNION ALL SELECT id, 1 FROM categories WHERE "
                "bank_id = ? AND parents = ? AND file_name = ? ORDER BY rank LIMIT 1"));
            for (int twice = 0; twice < 2; ++twice) {
                m_q.addBindValue(bankId);
                m_q.addBindValue(parents);
                m_q.addBindValue(bank.categories[ci].name);
            }
            if (!m_q.exec())
                return failed(LibraryText::tr("Saving the categories"), m_q);
            if (m_q.next()) {
                categoryIds << m_q.value(0).toLongLong();
                continue;
            }
            m_q.prepare(QStringLiteral(
                "INSERT INTO categories (bank_id, name, parents, position) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (bank_id, parents, name) DO UPDATE SET position = excluded.position"));
            m_q.addBindValue(bankId);
            m_q.addBindValue(bank.categories[ci].name);
            m_q.addBindValue(parents);
            m_q.addBindValue(ci);
            if (!m_q.exec())
                return failed(LibraryText::tr("Saving the categories"), m_q);
            m_q.prepare(QStringLiteral(
                "SELECT id FROM categories WHERE bank_id = ? AND parents = ? AND name = ?"));
            m_q.addBindValue(bankId);
            m_q.addBindValue(parents);
            m_q.addBindValue(bank.categories[ci].name);
            if (!m_q.exec() || !m_q.next())
                return failed(LibraryText::tr("Saving the categories"), m_q);
            const qint64 id = m_q.value(0).toLongLong();
            categoryIds << id;
            // The file now calls a renamed category by the user's name (and no longer by its
            // old one): that is the file's name for it from here on.
            m_q.prepare(QStringLiteral("SELECT file_name FROM categories WHERE id = ?"));
            m_q.addBindValue(id);
            if (!m_q.exec() || !m_q.next())
                return failed(LibraryText::tr("Saving the categories"), m_q);
            if (const QVariant old = m_q.value(0);
                !old.isNull() &&
                !fileNames.contains(parents + QLatin1Char('\n') + old.toString())) {
                m_q.prepare(QStringLiteral("UPDATE categories SET file_name = NULL WHERE id = ?"));
                m_q.addBindValue(id);
                if (!m_q.exec())
                    return failed(LibraryText::tr("Saving the categories"), m_q);
            }
        }
        return categoryIds;
    }

    // What the bank holds now.
    Result<QList<ExistingQuestion>> existingQuestions(qint64 bankId)
    {
        QList<ExistingQuestion> existing;
        // Questions the user wrote are no file's: they are neither matched nor retired.
        m_q.prepare(QStringLiteral("SELECT q.id, q.category_id, q.identity, q.retired, q.note, "
                                   "q.edited_at IS NOT NULL, q.file_version, "
                                   "q.placed_at IS NOT NULL, %1 "
                                   "FROM questions q WHERE q.bank_id = ? AND "
                                   "q.identity NOT LIKE 'user:%'")
                        .arg(questionColumns(QStringLiteral("q"))));
        m_q.addBindValue(bankId);
        if (!m_q.exec())
            return failed(LibraryText::tr("Reading the bank's questions"), m_q);
        while (m_q.next()) {
            ExistingQuestion e;
            e.id = m_q.value(0).toLongLong();
            e.categoryId = m_q.value(1).toLongLong();
            e.identity = m_q.value(2).toString();
            e.retired = m_q.value(3).toBool();
            e.deleted = m_q.value(3).toInt() == 2;
            e.note = m_q.value(4).toString();
            e.edited = m_q.value(5).toBool();
            e.placed = m_q.value(7).toBool();
            e.question = questionFrom(m_q, 8);
            // An edited question is matched by what the file said, not by the user's text.
            if (e.edited && !m_q.value(6).isNull()) {
                const Question file = contentFromJson(m_q.value(6).toString());
                e.userText = e.question;
                e.question = file;
                e.question.sourceFile = e.userText.sourceFile;
                e.question.sourceLine = e.userText.sourceLine;
            }
            existing << e;
        }
        return existing;
    }

    // The plan carried out: identities stepped aside, questions added, updated or only
    // moved, and those no longer in the file retired.
    Status apply(qint64 bankId, QList<ExistingQuestion> &existing,
                 const QList<IncomingQuestion> &incoming, const MergePlan &plan,
                 const std::function<bool()> &cancelled)
    {
        for (const qsizetype e : plan.stepAside) {
            existing[e].identity += QLatin1Char('~') + QString::number(existing[e].id);
            m_q.prepare(QStringLiteral("UPDATE questions SET identity = ? WHERE id = ?"));
            m_q.addBindValue(existing[e].identity);
            m_q.addBindValue(existing[e].id);
            if (!m_q.exec())
                return failed(LibraryText::tr("Updating a question"), m_q);
        }
        for (qsizetype position = 0; position < incoming.size(); ++position) {
            if (cancelled && position % 256 == 0 && cancelled())
                return Error{LibraryText::tr("the import was cancelled; nothing was saved."),
                             m_sourcePath, 0, Error::Kind::Cancelled};
            const qsizetype match = plan.matches[position];
            const Status written =
                match >= 0 ? update(existing[match], incoming[position], plan.identities[position],
                                    position)
                           : add(bankId, incoming[position], plan.identities[position], position);
            if (!written)
                return written;
        }
        for (qsizetype e = 0; e < existing.size(); ++e) {
            const ExistingQuestion &old = existing[e];
            // An edited question is the user's now: it stays when the file drops it.
            if (plan.matched[e] || old.retired || old.edited)
                continue;
            ++m_counts.retired;
            m_retire.addBindValue(m_now);
            m_retire.addBindValue(old.id);
            if (!m_retire.exec())
                return failed(LibraryText::tr("Retiring a question"), m_retire);
        }
        return success();
    }

    // A question the library holds, matched by one of the file: only moved when nothing
    // else changed, else updated in place (its ratings stay).
    Status update(const ExistingQuestion &old, const IncomingQuestion &in, const QString &identity,
                  qsizetype position)
    {
        const Question &nq = *in.question;
        if (old.deleted || old.edited)
            return keepUsers(old, in, identity, position);
        // A question the user moved stays in the category they chose.
        const qint64 categoryId = old.placed ? old.categoryId : in.categoryId;
        if (!old.retired && old.categoryId == categoryId && old.identity == identity &&
            old.question.sameContent(nq)) {
            ++m_counts.unchanged;
            m_move.addBindValue(position);
            m_move.addBindValue(text(nq.sourceFile));
            m_move.addBindValue(nq.sourceLine);
            m_move.addBindValue(old.id);
            if (!m_move.exec())
                return failed(LibraryText::tr("Updating a question"), m_move);
            return success();
        }
        ++m_counts.updated;
        const QVariantList values = QVariantList{categoryId, identity, position} +
                                    questionColumns(nq) + QVariantList{m_now, old.id};
        if (Status unindexed = m_fullText.changing(old.id); !unindexed)
            return unindexed;
        for (const QVariant &v : values)
            m_update.addBindValue(v);
        if (!m_update.exec())
            return failed(LibraryText::tr("Updating a question"), m_update);
        return success();
    }

    // A question the user deleted or edited, met in the file again: deleted stays deleted,
    // edited keeps the user's text. When the file's text changed since, the file's new
    // version is kept beside the user's and the question listed in the report.
    Status keepUsers(const ExistingQuestion &old, const IncomingQuestion &in,
                     const QString &identity, qsizetype position)
    {
        const Question &nq = *in.question;
        const bool fileChanged = old.edited && !old.question.sameContent(nq);
        if (old.deleted)
            ++m_counts.deletedKept;
        else if (fileChanged)
            m_counts.editedChangedInFile << old.id;
        else
            ++m_counts.editedKept;
        m_q.prepare(QStringLiteral(
            "UPDATE questions SET identity = ?, position = ?, source_file = ?, source_line = ?, "
            "file_version = CASE WHEN ? THEN ? ELSE file_version END, "
            "retired = CASE WHEN retired = 1 THEN 0 ELSE retired END WHERE id = ?"));
        for (const QVariant &v :
             QVariantList{identity, position, text(nq.sourceFile), nq.sourceLine, fileChanged,
                          fileChanged ? contentJson(nq) : QString(), old.id})
            m_q.addBindValue(v);
        if (!m_q.exec())
            return failed(LibraryText::tr("Updating a question"), m_q);
        return success();
    }

    Status add(qint64 bankId, const IncomingQuestion &in, const QString &identity,
               qsizetype position)
    {
        const Question &nq = *in.question;
        ++m_counts.added;
        const QVariantList values = QVariantList{bankId, in.categoryId, identity, position} +
                                    questionColumns(nq) + QVariantList{m_now, m_now};
        for (const QVariant &v : values)
            m_insert.addBindValue(v);
        if (!m_insert.exec())
            return failed(LibraryText::tr("Adding a question"), m_insert);
        return success();
    }

    LibraryDatabase &m_db;
    FullTextBatch &m_fullText;
    bool m_namedByUser; // the bank's name is the one the user chose for this import
    QSqlQuery m_q;
    QSqlQuery m_insert, m_update, m_move, m_retire;
    QString m_sourcePath;
    QString m_layout;
    QString m_now;
    MergeCounts m_counts;
};

} // namespace

Result<MergeCounts> ImportWriter::importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                              const QString &layout, bool dryRun,
                                              const std::function<bool()> &cancelled,
                                              bool namedByUser)
{
    if (Status begun = m_db.beginWrite(LibraryText::tr("Starting the import")); !begun)
        return begun.error();
    // Whatever happens below, an unfinished transaction is rolled back.
    struct Rollback
    {
        LibraryDatabase &db;
        bool armed = true;
        ~Rollback()
        {
            if (armed)
                db.rollbackWrite();
        }
    } rollback{m_db};

    FullTextBatch fullText(m_db);
    if (Status indexing = fullText.begin(); !indexing)
        return indexing.error();
    BankMerge merge(m_db, fullText, sourcePath, layout, namedByUser);
    for (const Bank &bank : banks) {
        const Result<qint64> bankId = merge.merge(bank, banks.size() == 1, cancelled);
        if (!bankId)
            return bankId.error();
        if (Status counted = refreshCategoryStats(merge.query(), *bankId); !counted)
            return counted.error();
    }
    if (dryRun)
        return merge.counts(); // the guard rolls back
    if (Status indexed = fullText.finish(); !indexed)
        return indexed.error();
    rollback.armed = false;
    if (Status committed = m_db.commitWrite(LibraryText::tr("Saving the import")); !committed)
        return committed.error();
    return merge.counts();
}

Status ImportWriter::refreshCategoryStats(QSqlQuery &q, qint64 bankId)
{
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO category_stats "
        "(category_id, questions, rated, ready, confidence_sum) "
        "SELECT c.id, COUNT(q.id), COUNT(q.last_confidence), "
        "COALESCE(SUM(q.last_confidence >= 4), 0), COALESCE(SUM(q.last_confidence), 0) "
        "FROM categories c LEFT JOIN questions q ON q.category_id = c.id AND q.retired = 0 "
        "AND q.suspended = 0 "
        "WHERE c.bank_id = ? GROUP BY c.id"));
    q.addBindValue(bankId);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Counting the categories"), q.lastError());
    return success();
}

Result<std::unique_ptr<BulkImport>> ImportWriter::beginBulkImport(const QString &sourcePath,
                                                                  const QString &layout)
{
    std::unique_ptr<BulkImport> bulk(new BulkImport(m_db, sourcePath, layout));
    if (Status started = bulk->begin(); !started)
        return started.error();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM banks WHERE source_path = ? LIMIT 1"));
    q.addBindValue(sourcePath);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Looking up the bank"), q.lastError());
    if (q.next())
        return std::unique_ptr<BulkImport>{};
    return bulk;
}

} // namespace prepdeck
