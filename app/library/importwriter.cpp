#include "importwriter.h"
#include "mergeplan.h"
#include "questionsql.h"
#include "searchindex.h"
#include "sqlvalues.h"
#include "textcleanup.h"
#include "translation.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;
using questionsql::questionColumns;
using questionsql::questionFrom;

Result<MergeCounts> ImportWriter::importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                              const QString &layout, bool dryRun,
                                              const std::function<bool()> &cancelled)
{
    QSqlDatabase db = m_db.connection();
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

    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    MergeCounts counts;
    QSqlQuery q(db);
    auto fail = [&](const QString &doing) {
        return m_db.sqlError(doing, q.lastError());
    };

    QSqlQuery insertQuestion(db), updateQuestion(db), moveQuestion(db), retireQuestion(db);
    insertQuestion.prepare(QStringLiteral(
        "INSERT INTO questions (bank_id, category_id, identity, position, number, prompt, answer, "
        "hint, followups, tips, tags, frequency, source_file, source_line, context, link, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    updateQuestion.prepare(QStringLiteral(
        "UPDATE questions SET category_id = ?, identity = ?, position = ?, number = ?, prompt = ?, "
        "answer = ?, hint = ?, followups = ?, tips = ?, tags = ?, frequency = ?, source_file = ?, "
        "source_line = ?, context = ?, link = ?, retired = 0, updated_at = ? WHERE id = ?"));
    moveQuestion.prepare(QStringLiteral(
        "UPDATE questions SET position = ?, source_file = ?, source_line = ? WHERE id = ?"));
    retireQuestion.prepare(
        QStringLiteral("UPDATE questions SET retired = 1, updated_at = ? WHERE id = ?"));
    search::IndexWriter words;

    for (const Bank &bank : banks) {
        // Find the bank this file updates: same file for a one-bank file, else same name.
        qint64 bankId = 0;
        if (banks.size() == 1 && !sourcePath.isEmpty()) {
            q.prepare(
                QStringLiteral("SELECT id FROM banks WHERE source_path = ? ORDER BY id LIMIT 1"));
            q.addBindValue(sourcePath);
            if (!q.exec())
                return fail(LibraryText::tr("Looking up the bank"));
            if (q.next())
                bankId = q.value(0).toLongLong();
        }
        if (bankId == 0) {
            q.prepare(QStringLiteral("SELECT id FROM banks WHERE name = ? ORDER BY id LIMIT 1"));
            q.addBindValue(bank.name);
            if (!q.exec())
                return fail(LibraryText::tr("Looking up the bank"));
            if (q.next())
                bankId = q.value(0).toLongLong();
        }
        if (bankId != 0) {
            q.prepare(QStringLiteral("UPDATE banks SET name = ?, source_path = ?, layout = ?, "
                                     "imported_at = ? WHERE id = ?"));
            q.addBindValue(bank.name);
            q.addBindValue(sourcePath);
            q.addBindValue(text(layout));
            q.addBindValue(now);
            q.addBindValue(bankId);
            if (!q.exec())
                return fail(LibraryText::tr("Updating the bank"));
        } else {
            q.prepare(QStringLiteral(
                "INSERT INTO banks (name, source_path, layout, position, imported_at) "
                "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM banks), ?)"));
            q.addBindValue(bank.name);
            q.addBindValue(sourcePath);
            q.addBindValue(text(layout));
            q.addBindValue(now);
            if (!q.exec())
                return fail(LibraryText::tr("Adding the bank"));
            bankId = q.lastInsertId().toLongLong();
        }

        // Categories in file order.
        QList<qint64> categoryIds;
        for (qsizetype ci = 0; ci < bank.categories.size(); ++ci) {
            const QString parents = toJson(bank.categories[ci].parents);
            q.prepare(QStringLiteral(
                "INSERT INTO categories (bank_id, name, parents, position) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (bank_id, parents, name) DO UPDATE SET position = excluded.position"));
            q.addBindValue(bankId);
            q.addBindValue(bank.categories[ci].name);
            q.addBindValue(parents);
            q.addBindValue(ci);
            if (!q.exec())
                return fail(LibraryText::tr("Saving the categories"));
            q.prepare(QStringLiteral(
                "SELECT id FROM categories WHERE bank_id = ? AND parents = ? AND name = ?"));
            q.addBindValue(bankId);
            q.addBindValue(parents);
            q.addBindValue(bank.categories[ci].name);
            if (!q.exec() || !q.next())
                return fail(LibraryText::tr("Saving the categories"));
            categoryIds << q.value(0).toLongLong();
        }

        // What the bank holds now.
        QList<ExistingQuestion> existing;
        q.prepare(QStringLiteral("SELECT q.id, q.category_id, q.identity, q.retired, q.note, %1 "
                                 "FROM questions q WHERE q.bank_id = ?")
                      .arg(questionColumns(QStringLiteral("q"))));
        q.addBindValue(bankId);
        if (!q.exec())
            return fail(LibraryText::tr("Reading the bank's questions"));
        while (q.next()) {
            ExistingQuestion e;
            e.id = q.value(0).toLongLong();
            e.categoryId = q.value(1).toLongLong();
            e.identity = q.value(2).toString();
            e.retired = q.value(3).toBool();
            e.note = q.value(4).toString();
            e.question = questionFrom(q, 5);
            existing << e;
        }

        QList<IncomingQuestion> incoming;
        for (qsizetype ci = 0; ci < bank.categories.size(); ++ci)
            for (const Question &question : bank.categories[ci].questions)
                incoming << IncomingQuestion{&question, categoryIds[ci]};
        const MergePlan plan = planMerge(existing, incoming);

        for (const qsizetype e : plan.stepAside) {
            existing[e].identity += QLatin1Char('~') + QString::number(existing[e].id);
            q.prepare(QStringLiteral("UPDATE questions SET identity = ? WHERE id = ?"));
            q.addBindValue(existing[e].identity);
            q.addBindValue(existing[e].id);
            if (!q.exec())
                return fail(LibraryText::tr("Updating a question"));
        }

        for (qsizetype position = 0; position < incoming.size(); ++position) {
            if (cancelled && position % 256 == 0 && cancelled())
                return Error{LibraryText::tr("the import was cancelled; nothing was saved."),
                             sourcePath, 0, Error::Kind::Cancelled};
            const IncomingQuestion &in = incoming[position];
            const QString &identity = plan.identities[position];
            const Question &nq = *in.question;
            if (const qsizetype match = plan.matches[position]; match >= 0) {
                const ExistingQuestion &old = existing[match];
                if (!old.retired && old.categoryId == in.categoryId && old.identity == identity &&
                    old.question.sameContent(nq)) {
                    ++counts.unchanged;
                    moveQuestion.addBindValue(position);
                    moveQuestion.addBindValue(text(nq.sourceFile));
                    moveQuestion.addBindValue(nq.sourceLine);
                    moveQuestion.addBindValue(old.id);
                    if (!moveQuestion.exec())
                        return m_db.sqlError(LibraryText::tr("Updating a question"),
                                             moveQuestion.lastError());
                    continue;
                }
                ++counts.updated;
                const QVariantList values = QVariantList{in.categoryId, identity, position} +
                                            questionColumns(nq) + QVariantList{now, old.id};
                for (const QVariant &v : values)
                    updateQuestion.addBindValue(v);
                if (!updateQuestion.exec())
                    return m_db.sqlError(LibraryText::tr("Updating a question"),
                                         updateQuestion.lastError());
                words.replace(old.id, search::searchableText(old.question, old.note),
                              search::searchableText(nq, old.note));
                continue;
            }
            ++counts.added;
            const QVariantList values = QVariantList{bankId, in.categoryId, identity, position} +
                                        questionColumns(nq) + QVariantList{now, now};
            for (const QVariant &v : values)
                insertQuestion.addBindValue(v);
            if (!insertQuestion.exec())
                return m_db.sqlError(LibraryText::tr("Adding a question"),
                                     insertQuestion.lastError());
            words.add(insertQuestion.lastInsertId().toLongLong(), search::searchableText(nq, {}));
        }
        for (qsizetype e = 0; e < existing.size(); ++e) {
            const ExistingQuestion &old = existing[e];
            if (plan.matched[e] || old.retired)
                continue;
            ++counts.retired;
            retireQuestion.addBindValue(now);
            retireQuestion.addBindValue(old.id);
            if (!retireQuestion.exec())
                return m_db.sqlError(LibraryText::tr("Retiring a question"),
                                     retireQuestion.lastError());
        }
        if (Status counted = refreshCategoryStats(q, bankId); !counted)
            return counted.error();
    }

    if (dryRun)
        return counts; // the guard rolls back
    if (Status indexed = words.write(db); !indexed)
        return indexed.error();
    rollback.armed = false;
    if (Status committed = m_db.commitWrite(LibraryText::tr("Saving the import")); !committed)
        return committed.error();
    return counts;
}

Status ImportWriter::refreshCategoryStats(QSqlQuery &q, qint64 bankId)
{
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO category_stats "
        "(category_id, questions, rated, ready, confidence_sum) "
        "SELECT c.id, COUNT(q.id), COUNT(q.last_confidence), "
        "COALESCE(SUM(q.last_confidence >= 4), 0), COALESCE(SUM(q.last_confidence), 0) "
        "FROM categories c LEFT JOIN questions q ON q.category_id = c.id AND q.retired = 0 "
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
