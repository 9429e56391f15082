#include "progressfigures.h"
#include "questionsql.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;

Result<QList<Readiness>> ProgressFigures::readiness() const
{
    QSqlQuery q(m_db.connection());
    // From the counts the triggers keep, so the tree costs the same at any library size.
    if (!q.exec(QStringLiteral(
            "SELECT b.id, b.name, c.id, c.name, s.questions, s.ready, s.questions - s.rated, "
            "CASE WHEN s.rated > 0 THEN 1.0 * s.confidence_sum / s.rated END, c.parents "
            "FROM category_stats s JOIN categories c ON c.id = s.category_id "
            "JOIN banks b ON b.id = c.bank_id WHERE s.questions > 0 "
            "ORDER BY b.position, c.position")))
        return m_db.sqlError(LibraryText::tr("Reading the categories"), q.lastError());
    QList<Readiness> out;
    while (q.next()) {
        Readiness r;
        r.bankId = q.value(0).toLongLong();
        r.bank = q.value(1).toString();
        r.categoryId = q.value(2).toLongLong();
        r.category = q.value(3).toString();
        r.questions = q.value(4).toInt();
        r.ready = q.value(5).toInt();
        r.neverRated = q.value(6).toInt();
        if (!q.value(7).isNull())
            r.meanConfidence = q.value(7).toDouble();
        r.parents = fromJson(q.value(8).toString());
        out << r;
    }
    return out;
}

Result<QList<RatingRecord>> ProgressFigures::ratingRecords(const QDateTime &since, qint64 bankId,
                                                           qint64 categoryId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.question_id, q.category_id, ") +
              questionsql::categoryLabel() +
              QStringLiteral(", r.rated_at, r.confidence, r.context "
                             "FROM ratings r JOIN questions q ON q.id = r.question_id "
                             "JOIN categories c ON c.id = q.category_id "
                             "WHERE r.rated_at >= ? AND q.retired = 0 AND (? = 0 OR q.bank_id = ?) "
                             "AND (? = 0 OR q.category_id = ?) ORDER BY r.rated_at"));
    q.addBindValue(timestamp(since));
    for (const qint64 v : {bankId, bankId, categoryId, categoryId})
        q.addBindValue(v);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Reading the ratings"), q.lastError());
    QList<RatingRecord> out;
    while (q.next())
        out << RatingRecord{
            q.value(0).toLongLong(), q.value(1).toLongLong(),
            q.value(2).toString(),   fromTimestamp(q.value(3)),
            q.value(4).toInt(),      q.value(5).toString() == QLatin1String("mock")};
    return out;
}

} // namespace prepdeck
