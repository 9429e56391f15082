#include "questionedits.h"
#include "questionsql.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QUuid>

namespace prepdeck {

using namespace sqlvalues;
using questionsql::contentFromJson;
using questionsql::contentJson;
using questionsql::questionColumns;
using questionsql::questionFrom;

namespace {

// Ids as numbers in the statement (see whereFor in questionrepository.cpp).
QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    for (const qint64 id : ids)
        numbers << QString::number(id);
    return numbers.join(QLatin1Char(','));
}

Error notFound(qint64 id)
{
    return Error{LibraryText::tr("there is no question with id %1 in the library. Run "
                                 "'prepdeck list' to see the ids.")
                     .arg(id),
                 {},
                 0,
                 Error::Kind::NotFound};
}

// The study content of `content` over what `stored` has from its file (number, frequency,
// link and source stay as the file gave them).
Question merged(const Question &stored, const Question &content)
{
    Question q = stored;
    q.prompt = content.prompt.trimmed();
    q.context = content.context;
    q.answer = content.answer;
    q.hint = content.hint;
    q.followUps = content.followUps;
    q.tips = content.tips;
    q.tags = content.tags;
    return q;
}

} // namespace

Status QuestionEdits::edit(qint64 questionId, const Question &content, qint64 categoryId)
{
    if (content.prompt.trimmed().isEmpty())
        return Error{LibraryText::tr("a question needs its prompt; it was left empty."),
                     {},
                     0,
                     Error::Kind::Usage};
    const QString doing = LibraryText::tr("Saving your edit");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("SELECT q.bank_id, q.category_id, q.note, q.file_version, "
                                 "q.identity, %1 FROM questions q WHERE q.id = ? AND "
                                 "q.retired != 2")
                      .arg(questionColumns(QStringLiteral("q"))));
        q.addBindValue(questionId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (!q.next())
            return notFound(questionId);
        const qint64 bankId = q.value(0).toLongLong();
        const qint64 oldCategory = q.value(1).toLongLong();
        const QString note = q.value(2).toString();
        const bool hasFileVersion = !q.value(3).isNull();
        // Every question but one the user wrote came from a file.
        const bool fromFile = !q.value(4).toString().startsWith(QLatin1String("user:"));
        const Question stored = questionFrom(q, 5);
        const Question changed = merged(stored, content);
        const qint64 category = categoryId ? categoryId : oldCategory;
        if (category != oldCategory) {
            q.prepare(QStringLiteral("SELECT bank_id FROM categories WHERE id = ?"));
            q.addBindValue(category);
            if (!q.exec())
                return m_db.sqlError(doing, q.lastError());
            if (!q.next() || q.value(0).toLongLong() != bankId)
                return Error{LibraryText::tr("category %1 is not a category of this question's "
                                             "bank.")
                                 .arg(category),
                             {},
                             0,
                             Error::Kind::Usage};
        }
        if (changed.sameContent(stored) && category == oldCategory)
            return success();
        if (changed.sameContent(stored)) {
            // Only moved: placed, not edited (the file's changes to its text still reach it).
            q.prepare(QStringLiteral("UPDATE questions SET category_id = ?, placed_at = ?, "
                                     "updated_at = ? WHERE id = ?"));
            const QString now = timestamp(QDateTime::currentDateTimeUtc());
            for (const QVariant &v : QVariantList{category, now, now, questionId})
                q.addBindValue(v);
            if (!q.exec())
                return m_db.sqlError(doing, q.lastError());
            return success();
        }
        // The file's version, kept when the user first changes a question from a file.
        const QString fileVersion = hasFileVersion || !fromFile ? QString() : contentJson(stored);
        q.prepare(QStringLiteral(
            "UPDATE questions SET category_id = ?, prompt = ?, context = ?, answer = ?, hint = ?, "
            "followups = ?, tips = ?, tags = ?, edited_at = ?, updated_at = ?, "
            "file_version = COALESCE(file_version, ?), "
            "placed_at = CASE WHEN category_id != ? THEN ? ELSE placed_at END WHERE id = ?"));
        const QString now = timestamp(QDateTime::currentDateTimeUtc());
        for (const QVariant &v :
             QVariantList{category, text(changed.prompt), text(changed.context),
                          text(changed.answer), text(changed.hint), toJson(changed.followUps),
                          toJson(changed.tips), toJson(changed.tags), now, now,
                          fileVersion.isEmpty() ? QVariant() : QVariant(fileVersion), category, now,
                          questionId})
            q.addBindValue(v);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
}

Result<qint64> QuestionEdits::add(qint64 categoryId, const Question &content)
{
    if (content.prompt.trimmed().isEmpty())
        return Error{LibraryText::tr("a question needs its prompt; it was left empty."),
                     {},
                     0,
                     Error::Kind::Usage};
    const QString doing = LibraryText::tr("Adding your question");
    qint64 id = 0;
    Status added = m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("SELECT bank_id FROM categories WHERE id = ?"));
        q.addBindValue(categoryId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (!q.next())
            return Error{LibraryText::tr("there is no category with id %1.").arg(categoryId),
                         {},
                         0,
                         Error::Kind::NotFound};
        const qint64 bankId = q.value(0).toLongLong();
        const Question question = merged(Question{}, content);
        const QString now = timestamp(QDateTime::currentDateTimeUtc());
        q.prepare(QStringLiteral(
            "INSERT INTO questions (bank_id, category_id, identity, position, number, prompt, "
            "answer, hint, followups, tips, tags, frequency, source_file, source_line, context, "
            "link, created_at, updated_at, edited_at) VALUES (?, ?, ?, (SELECT "
            "COALESCE(MAX(position), -1) + 1 FROM questions WHERE bank_id = ?), ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        // "user:" cannot be a file question's identity (those are words of the prompt).
        const QVariantList values =
            QVariantList{bankId, categoryId,
                         QStringLiteral("user:") +
                             QUuid::createUuid().toString(QUuid::WithoutBraces),
                         bankId} +
            questionColumns(question) + QVariantList{now, now, now};
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        id = q.lastInsertId().toLongLong();
        // Inserts are counted by their writer (see migration 5): one more in the category.
        q.prepare(QStringLiteral(
            "UPDATE category_stats SET questions = questions + 1 WHERE category_id = ?"));
        q.addBindValue(categoryId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
    if (!added)
        return added.error();
    return id;
}

Result<qint64> QuestionEdits::addBank(const QString &name, const QString &category)
{
    if (name.trimmed().isEmpty() || category.trimmed().isEmpty())
        return Error{
            LibraryText::tr("a bank and its category need names."), {}, 0, Error::Kind::Usage};
    const QString doing = LibraryText::tr("Adding your bank");
    qint64 categoryId = 0;
    Status added = m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("SELECT 1 FROM banks WHERE name = ?"));
        q.addBindValue(name.trimmed());
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (q.next())
            return Error{LibraryText::tr("there is a bank named \"%1\" already; choose another "
                                         "name.")
                             .arg(name.trimmed()),
                         {},
                         0,
                         Error::Kind::Usage};
        q.prepare(QStringLiteral(
            "INSERT INTO banks (name, source_path, layout, position, imported_at, named_by_user) "
            "VALUES (?, NULL, '', (SELECT COALESCE(MAX(position), 0) + 1 FROM banks), ?, 1)"));
        q.addBindValue(name.trimmed());
        q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        const qint64 bankId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral(
            "INSERT INTO categories (bank_id, name, parents, position) VALUES (?, ?, '[]', 0)"));
        q.addBindValue(bankId);
        q.addBindValue(category.trimmed());
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        categoryId = q.lastInsertId().toLongLong();
        return success();
    });
    if (!added)
        return added.error();
    return categoryId;
}

Status QuestionEdits::allThere(QSqlQuery &q, const QList<qint64> &questionIds,
                               const QString &condition, const QString &doing) const
{
    if (!q.exec(QStringLiteral("SELECT id FROM questions WHERE id IN (%1) AND %2")
                    .arg(idList(questionIds), condition)))
        return m_db.sqlError(doing, q.lastError());
    QList<qint64> found;
    while (q.next())
        found << q.value(0).toLongLong();
    for (const qint64 id : questionIds)
        if (!found.contains(id))
            return notFound(id);
    return success();
}

Status QuestionEdits::setSuspended(const QList<qint64> &questionIds, bool suspended)
{
    if (questionIds.isEmpty())
        return success();
    const QString doing = suspended ? LibraryText::tr("Suspending questions")
                                    : LibraryText::tr("Taking questions out of suspension");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        if (Status all = allThere(q, questionIds, QStringLiteral("retired != 2"), doing); !all)
            return all;
        if (!q.exec(QStringLiteral("UPDATE questions SET suspended = %1 WHERE id IN (%2)")
                        .arg(suspended ? 1 : 0)
                        .arg(idList(questionIds))))
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
}

Status QuestionEdits::setRetired(const QList<qint64> &questionIds, int from, int to,
                                 const QString &doing)
{
    if (questionIds.isEmpty())
        return success();
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        if (Status all = allThere(q, questionIds, QStringLiteral("retired = %1").arg(from), doing);
            !all)
            return all;
        if (!q.exec(QStringLiteral("UPDATE questions SET retired = %1, updated_at = '%2' WHERE "
                                   "id IN (%3)")
                        .arg(to)
                        .arg(timestamp(QDateTime::currentDateTimeUtc()))
                        .arg(idList(questionIds))))
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
}

Status QuestionEdits::remove(const QList<qint64> &questionIds)
{
    return setRetired(questionIds, 0, 2, LibraryText::tr("Deleting questions"));
}

Status QuestionEdits::restore(const QList<qint64> &questionIds)
{
    return setRetired(questionIds, 2, 0, LibraryText::tr("Bringing questions back"));
}

Status QuestionEdits::renameBank(qint64 bankId, const QString &name, bool byUser)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{
            LibraryText::tr("a bank needs a name; it was left empty."), {}, 0, Error::Kind::Usage};
    const QString doing = LibraryText::tr("Renaming the bank");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("SELECT id FROM banks WHERE name = ? AND id != ?"));
        q.addBindValue(trimmed);
        q.addBindValue(bankId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (q.next())
            return Error{LibraryText::tr("there is a bank named \"%1\" already; choose another "
                                         "name.")
                             .arg(trimmed),
                         {},
                         0,
                         Error::Kind::Usage};
        q.prepare(QStringLiteral("UPDATE banks SET name = ?, named_by_user = ? WHERE id = ?"));
        q.addBindValue(trimmed);
        q.addBindValue(byUser);
        q.addBindValue(bankId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (q.numRowsAffected() == 0)
            return Error{LibraryText::tr("there is no bank with id %1.").arg(bankId),
                         {},
                         0,
                         Error::Kind::NotFound};
        return success();
    });
}

Result<QList<CategoryRef>> QuestionEdits::categories() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT c.id, b.id, b.name, c.name FROM categories c JOIN banks b "
                               "ON b.id = c.bank_id ORDER BY b.position, b.id, c.position")))
        return m_db.sqlError(LibraryText::tr("Reading the categories"), q.lastError());
    QList<CategoryRef> out;
    while (q.next())
        out << CategoryRef{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString()};
    return out;
}

Status QuestionEdits::takeFileVersion(qint64 questionId)
{
    const QString doing = LibraryText::tr("Taking the file's version");
    return m_db.inTransaction(doing, [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("SELECT q.note, q.file_version, %1 FROM questions q WHERE "
                                 "q.id = ? AND q.retired != 2")
                      .arg(questionColumns(QStringLiteral("q"))));
        q.addBindValue(questionId);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        if (!q.next())
            return notFound(questionId);
        if (q.value(1).isNull())
            return Error{LibraryText::tr("question %1 has no file version to go back to: it "
                                         "was not edited, or it was written in Prepdeck.")
                             .arg(questionId),
                         {},
                         0,
                         Error::Kind::Usage};
        const QString note = q.value(0).toString();
        const Question stored = questionFrom(q, 2);
        Question file = contentFromJson(q.value(1).toString());
        file.sourceFile = stored.sourceFile;
        file.sourceLine = stored.sourceLine;
        q.prepare(QStringLiteral(
            "UPDATE questions SET number = ?, prompt = ?, answer = ?, hint = ?, followups = ?, "
            "tips = ?, tags = ?, frequency = ?, source_file = ?, source_line = ?, context = ?, "
            "link = ?, edited_at = NULL, file_version = NULL, updated_at = ? WHERE id = ?"));
        for (const QVariant &v :
             questionColumns(file) +
                 QVariantList{timestamp(QDateTime::currentDateTimeUtc()), questionId})
            q.addBindValue(v);
        if (!q.exec())
            return m_db.sqlError(doing, q.lastError());
        return success();
    });
}

} // namespace prepdeck
