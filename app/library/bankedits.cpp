#include "bankedits.h"
#include "questionsql.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QSqlQuery>

#include <algorithm>

namespace prepdeck {

using namespace sqlvalues;

namespace {

Error usage(const QString &why)
{
    return Error{why, {}, 0, Error::Kind::Usage};
}

Error noCategory(qint64 id)
{
    return Error{
        LibraryText::tr("there is no category with id %1.").arg(id), {}, 0, Error::Kind::NotFound};
}

Error noBank(qint64 id)
{
    return Error{
        LibraryText::tr("there is no bank with id %1.").arg(id), {}, 0, Error::Kind::NotFound};
}

struct CategoryRow
{
    qint64 id = 0;
    qint64 bankId = 0;
    QString name;
    QString parents;
    QString fileName; // the file's name for it (its name unless the user renamed it)
};

Result<CategoryRow> categoryRow(const LibraryDatabase &db, QSqlQuery &q, qint64 id,
                                const QString &doing)
{
    q.prepare(QStringLiteral("SELECT bank_id, name, parents, COALESCE(file_name, name) FROM "
                             "categories WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return db.sqlError(doing, q.lastError());
    if (!q.next())
        return noCategory(id);
    return CategoryRow{id, q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()};
}

// The file's name of `c` (and every name that already led to it) now leads to `into`.
Status pointAliases(const LibraryDatabase &db, QSqlQuery &q, const CategoryRow &c, qint64 into,
                    const QString &doing)
{
    q.prepare(QStringLiteral("UPDATE category_aliases SET category_id = ? WHERE category_id = ?"));
    q.addBindValue(into);
    q.addBindValue(c.id);
    if (!q.exec())
        return db.sqlError(doing, q.lastError());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO category_aliases (bank_id, parents, name, "
                             "category_id) VALUES (?, ?, ?, ?)"));
    for (const QVariant &v : QVariantList{c.bankId, c.parents, c.fileName, into})
        q.addBindValue(v);
    if (!q.exec())
        return db.sqlError(doing, q.lastError());
    return success();
}

} // namespace

Status BankEdits::renameCategory(qint64 categoryId, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return usage(LibraryText::tr("a category needs a name; it was left empty."));
    const QString doing = LibraryText::tr("Renaming the category");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        auto c = categoryRow(m_db, q, categoryId, doing);
        if (!c)
            return c.error();
        if (c->name == trimmed)
            return success();
        q.prepare(QStringLiteral(
            "SELECT 1 FROM categories WHERE bank_id = ? AND parents = ? AND name = ?"));
        for (const QVariant &v : QVariantList{c->bankId, c->parents, trimmed})
            q.addBindValue(v);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (q.next())
            return usage(LibraryText::tr("there is a category named \"%1\" in this bank already; "
                                         "merge into it instead.")
                             .arg(trimmed));
        // The file's name is kept beside the user's (gone when renamed back to it), so an
        // import of the file finds the category under its new name.
        q.prepare(QStringLiteral("UPDATE categories SET name = ?, file_name = ? WHERE id = ?"));
        q.addBindValue(trimmed);
        q.addBindValue(trimmed == c->fileName ? QVariant() : QVariant(c->fileName));
        q.addBindValue(categoryId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
}

Status BankEdits::mergeCategories(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return usage(LibraryText::tr("a category cannot be merged into itself."));
    const QString doing = LibraryText::tr("Merging categories");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        auto from = categoryRow(m_db, q, fromId, doing);
        if (!from)
            return from.error();
        auto into = categoryRow(m_db, q, intoId, doing);
        if (!into)
            return into.error();
        if (from->bankId != into->bankId)
            return usage(LibraryText::tr("categories merge within their bank; \"%1\" and \"%2\" "
                                         "are in different banks.")
                             .arg(from->name, into->name));
        // The counts follow the questions (the category_stats triggers).
        q.prepare(QStringLiteral("UPDATE questions SET category_id = ? WHERE category_id = ?"));
        q.addBindValue(intoId);
        q.addBindValue(fromId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (Status s = pointAliases(m_db, q, *from, intoId, doing); !s)
            return s;
        q.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?"));
        q.addBindValue(fromId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
}

Result<QList<QuestionPlace>> BankEdits::moveQuestions(const QList<qint64> &questionIds,
                                                      qint64 categoryId)
{
    const QString doing = LibraryText::tr("Moving questions");
    QList<QuestionPlace> before;
    Status moved = m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        auto target = categoryRow(m_db, q, categoryId, doing);
        if (!target)
            return target.error();
        for (const qint64 id : questionIds) {
            q.prepare(QStringLiteral("SELECT bank_id, category_id, placed_at FROM questions "
                                     "WHERE id = ? AND retired != 2"));
            q.addBindValue(id);
            if (!q.exec())
                return m_db.sqlError(doing, q.lastError());
            if (!q.next())
                return Error{LibraryText::tr("there is no question with id %1 in the library. "
                                             "Run 'prepdeck list' to see the ids.")
                                 .arg(id),
                             {},
                             0,
                             Error::Kind::NotFound};
            if (q.value(0).toLongLong() != target->bankId)
                return usage(LibraryText::tr("question %1 is not in the bank of \"%2\": a "
                                             "question moves between the categories of its own "
                                             "bank.")
                                 .arg(id)
                                 .arg(target->name));
            const QuestionPlace place{id, q.value(1).toLongLong(), q.value(2).toString()};
            if (place.categoryId == categoryId)
                continue;
            // Placed by the user: an import of its file leaves it here, and still brings the
            // file's changes to its text.
            q.prepare(QStringLiteral("UPDATE questions SET category_id = ?, placed_at = ?, "
                                     "updated_at = ? WHERE id = ?"));
            const QString now = timestamp(QDateTime::currentDateTimeUtc());
            for (const QVariant &v : QVariantList{categoryId, now, now, id})
                q.addBindValue(v);
            if (!q.exec())
                return m_db.sqlError(doing, q.lastError());
            before << place;
        }
        return success();
    });
    if (!moved)
        return moved.error();
    return before;
}

Status BankEdits::moveBack(const QList<QuestionPlace> &places)
{
    const QString doing = LibraryText::tr("Moving questions back");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        for (const QuestionPlace &p : places) {
            // Only to a category of its own bank (an id freed by a merge may be another's now).
            q.prepare(QStringLiteral(
                "UPDATE questions SET category_id = ?, placed_at = ? WHERE id = ? AND bank_id = "
                "(SELECT bank_id FROM categories WHERE id = ?)"));
            for (const QVariant &v : QVariantList{
                     p.categoryId, p.placedAt.isEmpty() ? QVariant() : QVariant(p.placedAt), p.id,
                     p.categoryId})
                q.addBindValue(v);
            if (!q.exec())
                return m_db.sqlError(doing, q.lastError());
            if (q.numRowsAffected() != 1)
                return usage(LibraryText::tr("question %1 cannot go back: the category it came "
                                             "from is gone.")
                                 .arg(p.id));
        }
        return success();
    });
}

Result<QList<qint64>> BankEdits::bankOrder() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id FROM banks ORDER BY position, id")))
        return m_db.sqlError(LibraryText::tr("Reading the banks"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

Status BankEdits::moveBank(qint64 bankId, int index)
{
    const QString doing = LibraryText::tr("Putting the banks in order");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        auto order = bankOrder();
        if (!order)
            return order.error();
        if (!order->removeOne(bankId))
            return noBank(bankId);
        order->insert(std::clamp<qsizetype>(index, 0, order->size()), bankId);
        q.prepare(QStringLiteral("UPDATE banks SET position = ? WHERE id = ?"));
        for (qsizetype i = 0; i < order->size(); ++i) {
            q.addBindValue(static_cast<int>(i));
            q.addBindValue(order->at(i));
            if (!q.exec())
                return m_db.sqlError(doing, q.lastError());
        }
        return success();
    });
}

Result<BankFootprint> BankEdits::footprint(qint64 bankId) const
{
    const QString doing = LibraryText::tr("Reading the bank");
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT name, (SELECT count(*) FROM questions WHERE bank_id = b.id), "
        "(SELECT count(*) FROM ratings r JOIN questions q ON q.id = r.question_id "
        "WHERE q.bank_id = b.id), "
        "(SELECT count(DISTINCT m.mock_id) FROM mock_items m JOIN questions q "
        "ON q.id = m.question_id WHERE q.bank_id = b.id), named_by_user FROM banks b "
        "WHERE b.id = ?"));
    q.addBindValue(bankId);
    if (!q.exec())
        return m_db.sqlError(doing, q.lastError());
    if (!q.next())
        return noBank(bankId);
    return BankFootprint{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(),
                         q.value(3).toInt(), q.value(4).toBool()};
}

Status BankEdits::deleteBank(qint64 bankId)
{
    const QString doing = LibraryText::tr("Deleting the bank");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("SELECT 1 FROM banks WHERE id = ?"));
        q.addBindValue(bankId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (!q.next())
            return noBank(bankId);
        // Categories, questions, ratings and the mock interviews' items go by cascade.
        q.prepare(QStringLiteral("DELETE FROM banks WHERE id = ?"));
        q.addBindValue(bankId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        q.finish();
        return success();
    });
}

} // namespace prepdeck
