#include "ratings.h"
#include "scheduler.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;

namespace {

// Brings a question's latest-rating columns in line with its rating events.
bool refreshLatestRating(QSqlQuery &q, qint64 questionId, const QDateTime &due)
{
    q.prepare(QStringLiteral(
        "UPDATE questions SET due_at = ?, "
        "last_confidence = (SELECT r.confidence FROM ratings r WHERE r.question_id = questions.id "
        "                   ORDER BY r.rated_at DESC, r.id DESC LIMIT 1), "
        "last_rated_at = (SELECT MAX(r.rated_at) FROM ratings r WHERE r.question_id = "
        "questions.id) "
        "WHERE id = ?"));
    q.addBindValue(due.isValid() ? QVariant(timestamp(due))
                                 : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(questionId);
    return q.exec();
}

// A question's confidences, oldest first (what the scheduling rule reads); none when the
// query fails (q holds the error).
std::optional<QList<int>> confidencesOf(QSqlQuery &q, qint64 questionId)
{
    q.prepare(QStringLiteral(
        "SELECT confidence FROM ratings WHERE question_id = ? ORDER BY rated_at, id"));
    q.addBindValue(questionId);
    if (!q.exec())
        return std::nullopt;
    QList<int> history;
    while (q.next())
        history << q.value(0).toInt();
    return history;
}

bool insertRating(QSqlQuery &q, RatingEvent &event)
{
    q.prepare(QStringLiteral("INSERT INTO ratings (question_id, rated_at, confidence, context, "
                             "seconds) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(event.questionId);
    q.addBindValue(timestamp(event.ratedAt));
    q.addBindValue(event.confidence);
    q.addBindValue(event.context);
    q.addBindValue(event.seconds ? QVariant(*event.seconds)
                                 : QVariant(QMetaType::fromType<double>()));
    if (!q.exec())
        return false;
    event.id = q.lastInsertId().toLongLong();
    return true;
}

} // namespace

Status Ratings::rateWith(QSqlQuery &q, RatingEvent &event)
{
    if (event.confidence < 1 || event.confidence > 5)
        return Error{LibraryText::tr("confidence must be a whole number from 1 to 5, not %1.")
                         .arg(event.confidence),
                     {},
                     0,
                     Error::Kind::Usage};
    q.prepare(QStringLiteral("SELECT retired, due_at FROM questions WHERE id = ?"));
    q.addBindValue(event.questionId);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Looking up the question"), q.lastError());
    if (!q.next() || q.value(0).toBool())
        return Error{LibraryText::tr("there is no question with id %1 in the library. Run "
                                     "'prepdeck list' to see the ids.")
                         .arg(event.questionId),
                     {},
                     0,
                     Error::Kind::NotFound};
    event.dueBefore = fromTimestamp(q.value(1));
    if (!insertRating(q, event))
        return m_db.sqlError(LibraryText::tr("Saving the rating"), q.lastError());
    const auto history = confidencesOf(q, event.questionId);
    if (!history)
        return m_db.sqlError(LibraryText::tr("Reading the rating history"), q.lastError());
    event.due = scheduling::nextDue(*history, event.ratedAt);
    if (const QDate cap = interviewCap(q, event.questionId); cap.isValid())
        event.due = scheduling::capForInterview(event.due, event.ratedAt, cap);
    if (!refreshLatestRating(q, event.questionId, event.due))
        return m_db.sqlError(LibraryText::tr("Scheduling the question"), q.lastError());
    return success();
}

Result<RatingEvent> Ratings::rate(qint64 questionId, int confidence, const QString &context,
                                  const QDateTime &at, std::optional<double> seconds)
{
    RatingEvent event{0, questionId, at.toUTC(), confidence, context, {}, {}, seconds};
    Status done = m_db.inTransaction(LibraryText::tr("Saving the rating"),
                                     [&](QSqlQuery &q) { return rateWith(q, event); });
    if (!done)
        return done.error();
    return event;
}

Status Ratings::unrate(const RatingEvent &event)
{
    return m_db.inTransaction(
        LibraryText::tr("Taking the rating back"), [&](QSqlQuery &q) -> Status {
            q.prepare(QStringLiteral("DELETE FROM ratings WHERE id = ?"));
            q.addBindValue(event.id);
            if (!q.exec())
                return m_db.sqlError(LibraryText::tr("Taking the rating back"), q.lastError());
            if (!refreshLatestRating(q, event.questionId, event.dueBefore))
                return m_db.sqlError(LibraryText::tr("Taking the rating back"), q.lastError());
            return success();
        });
}

Result<RatingEvent> Ratings::rerate(const RatingEvent &event)
{
    RatingEvent again = event;
    Status done =
        m_db.inTransaction(LibraryText::tr("Saving the rating again"), [&](QSqlQuery &q) -> Status {
            if (!insertRating(q, again) || !refreshLatestRating(q, again.questionId, again.due))
                return m_db.sqlError(LibraryText::tr("Saving the rating again"), q.lastError());
            return success();
        });
    if (!done)
        return done.error();
    return again;
}

Result<QList<RatingEvent>> Ratings::history(qint64 questionId) const
{
    auto q = m_db.statement(
        QStringLiteral("SELECT id, rated_at, confidence, context, seconds FROM ratings "
                       "WHERE question_id = ? ORDER BY rated_at, id"));
    if (const auto failed = q.prepareError())
        return m_db.sqlError(LibraryText::tr("Reading the rating history"), *failed);
    q->bindValue(0, questionId);
    if (!q->exec())
        return m_db.sqlError(LibraryText::tr("Reading the rating history"), q->lastError());
    QList<RatingEvent> out;
    while (q->next())
        out << RatingEvent{q->value(0).toLongLong(),
                           questionId,
                           fromTimestamp(q->value(1)),
                           q->value(2).toInt(),
                           q->value(3).toString(),
                           {},
                           {},
                           q->value(4).isNull() ? std::nullopt
                                                : std::optional<double>(q->value(4).toDouble())};
    return out;
}

QDate Ratings::interviewCap(QSqlQuery &q, qint64 questionId) const
{
    auto plan = m_settings.interviewPlan();
    if (!plan || !plan->date.isValid())
        return {};
    q.prepare(QStringLiteral("SELECT category_id FROM questions WHERE id = ?"));
    q.addBindValue(questionId);
    if (q.exec() && q.next() && plan->covers(q.value(0).toLongLong()))
        return plan->date;
    return {};
}

Result<QList<QDateTime>> Ratings::dueIfRated(qint64 questionId, const QDateTime &at) const
{
    QSqlQuery q(m_db.connection());
    const auto history = confidencesOf(q, questionId);
    if (!history)
        return m_db.sqlError(LibraryText::tr("Reading the rating history"), q.lastError());
    const QDate cap = interviewCap(q, questionId);
    QList<QDateTime> out;
    for (int c = 1; c <= 5; ++c) {
        QDateTime due = scheduling::nextDue(*history + QList<int>{c}, at.toUTC());
        if (cap.isValid())
            due = scheduling::capForInterview(due, at.toUTC(), cap);
        out << due;
    }
    return out;
}

Result<int> Ratings::countSince(const QDateTime &since) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE rated_at >= ?"));
    q.addBindValue(timestamp(since));
    if (!q.exec() || !q.next())
        return m_db.sqlError(LibraryText::tr("Counting ratings"), q.lastError());
    return q.value(0).toInt();
}

} // namespace prepdeck
