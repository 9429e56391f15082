#include "mockinterviews.h"
#include "questionsql.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;

Result<qint64> MockInterviews::start(const MockSettings &settings, const QDateTime &at)
{
    qint64 id = 0;
    Status done = m_db.inTransaction(
        LibraryText::tr("Starting the mock interview"), [&](QSqlQuery &q) -> Status {
            q.prepare(
                QStringLiteral("INSERT INTO mock_interviews (started_at, settings) VALUES (?, ?)"));
            q.addBindValue(timestamp(at));
            q.addBindValue(
                QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return m_db.sqlError(LibraryText::tr("Starting the mock interview"), q.lastError());
            id = q.lastInsertId().toLongLong();
            return success();
        });
    if (!done)
        return done.error();
    return id;
}

Result<MockItem> MockInterviews::record(qint64 mockId, int position, const MockItem &item,
                                        const QDateTime &at)
{
    MockItem saved = item;
    Status done = m_db.inTransaction(
        LibraryText::tr("Saving the interview question"), [&](QSqlQuery &q) -> Status {
            QVariant ratingId(QMetaType::fromType<qint64>());
            if (item.confidence && !item.skipped) {
                RatingEvent event{
                    0,  item.questionId, at.toUTC(), *item.confidence, QStringLiteral("mock"), {},
                    {}, item.seconds};
                if (Status rated = m_ratings.rateWith(q, event); !rated)
                    return rated;
                ratingId = event.id;
            }
            q.prepare(QStringLiteral(
                "INSERT INTO mock_items (mock_id, position, question_id, seconds, "
                "confidence, skipped, notes, rating_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            q.addBindValue(mockId);
            q.addBindValue(position);
            q.addBindValue(item.questionId);
            q.addBindValue(item.seconds);
            q.addBindValue(item.confidence && !item.skipped ? QVariant(*item.confidence)
                                                            : QVariant(QMetaType::fromType<int>()));
            q.addBindValue(item.skipped);
            q.addBindValue(text(item.notes));
            q.addBindValue(ratingId);
            if (!q.exec())
                return m_db.sqlError(LibraryText::tr("Saving the interview question"),
                                     q.lastError());
            return success();
        });
    if (!done)
        return done.error();
    return saved;
}

Status MockInterviews::finish(qint64 mockId, const QDateTime &at, bool endedEarly)
{
    return m_db.inTransaction(
        LibraryText::tr("Finishing the mock interview"), [&](QSqlQuery &q) -> Status {
            q.prepare(QStringLiteral(
                "UPDATE mock_interviews SET finished_at = ?, ended_early = ? WHERE id = ?"));
            q.addBindValue(timestamp(at));
            q.addBindValue(endedEarly);
            q.addBindValue(mockId);
            if (!q.exec())
                return m_db.sqlError(LibraryText::tr("Finishing the mock interview"),
                                     q.lastError());
            return success();
        });
}

Result<QList<MockRecord>> MockInterviews::all() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, started_at, finished_at, ended_early, settings FROM "
                               "mock_interviews ORDER BY started_at DESC, id DESC")))
        return m_db.sqlError(LibraryText::tr("Reading mock interviews"), q.lastError());
    QList<MockRecord> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        MockRecord m;
        m.id = q.value(0).toLongLong();
        m.started = fromTimestamp(q.value(1));
        m.finished = fromTimestamp(q.value(2));
        m.endedEarly = q.value(3).toBool();
        m.settings = MockSettings::fromJson(
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        index.insert(m.id, out.size());
        out << m;
    }
    if (!q.exec(QStringLiteral("SELECT i.mock_id, i.question_id, q.prompt, ") +
                questionsql::categoryLabel() +
                QStringLiteral(
                    ", i.seconds, i.confidence, "
                    "i.skipped, i.notes FROM mock_items i JOIN questions q ON q.id = i.question_id "
                    "JOIN categories c ON c.id = q.category_id ORDER BY i.mock_id, i.position")))
        return m_db.sqlError(LibraryText::tr("Reading mock interviews"), q.lastError());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        out[*it].items << MockItem{q.value(1).toLongLong(),   q.value(2).toString(),
                                   q.value(3).toString(),     q.value(4).toDouble(),
                                   toOptionalInt(q.value(5)), q.value(6).toBool(),
                                   q.value(7).toString()};
    }
    return out;
}

Result<MockRecord> MockInterviews::find(qint64 id) const
{
    auto records = all();
    if (!records)
        return records.error();
    for (const MockRecord &m : *records)
        if (m.id == id)
            return m;
    return Error{LibraryText::tr("there is no mock interview with id %1.").arg(id), m_db.path(), 0,
                 Error::Kind::NotFound};
}

Result<QList<MockPoint>> MockInterviews::points() const
{
    auto records = all();
    if (!records)
        return records.error();
    QList<MockPoint> out;
    for (auto it = records->crbegin(); it != records->crend(); ++it) {
        int answered = 0, inTime = 0;
        double sum = 0;
        for (const MockItem &i : it->items) {
            if (!i.confidence || i.skipped)
                continue;
            ++answered;
            sum += *i.confidence;
            inTime += i.seconds <= it->settings.limitSeconds();
        }
        if (answered > 0)
            out << MockPoint{it->started, sum / answered, double(inTime) / answered};
    }
    return out;
}

} // namespace prepdeck
