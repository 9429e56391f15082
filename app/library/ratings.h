#pragma once

#include "librarydatabase.h"
#include "librarysettings.h"
#include "ratingevent.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace prepdeck {

// The rating events of the library's questions, and the due times they set.
class Ratings final
{
public:
    Ratings(LibraryDatabase &db, const LibrarySettings &settings) : m_db(db), m_settings(settings)
    {}

    // Records a rating event and schedules the question (see scheduler.h).
    Result<RatingEvent> rate(qint64 questionId, int confidence, const QString &context,
                             const QDateTime &at, std::optional<double> seconds = {});
    // The same inside a transaction the caller holds (a mock interview's answer); fills in
    // the event's id and due times.
    Status rateWith(QSqlQuery &q, RatingEvent &event);
    // Takes a rating back: the event is removed and the due time it replaced restored.
    Status unrate(const RatingEvent &event);
    // Records a taken-back rating again (redo); gives the event its new id.
    Result<RatingEvent> rerate(const RatingEvent &event);

    Result<QList<RatingEvent>> history(qint64 questionId) const; // oldest first
    // When the question would be due again if rated 1, 2, 3, 4 or 5 at `at` (five due
    // times, the same as rate() would set), for showing on the rating buttons.
    Result<QList<QDateTime>> dueIfRated(qint64 questionId, const QDateTime &at) const;
    // Rating events since `since` (e.g. the start of today).
    Result<int> countSince(const QDateTime &since) const;

private:
    // The interview date that caps the question's due time; invalid when none does.
    QDate interviewCap(QSqlQuery &q, qint64 questionId) const;

    LibraryDatabase &m_db;
    const LibrarySettings &m_settings;
};

} // namespace prepdeck
