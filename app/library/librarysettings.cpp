#include "librarysettings.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;

Result<InterviewPlan> LibrarySettings::interviewPlan() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'interview'")))
        return m_db.sqlError(LibraryText::tr("Reading the interview date"), q.lastError());
    InterviewPlan plan;
    if (!q.next())
        return plan;
    const QJsonObject json = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    plan.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    for (const QJsonValue &v : json.value(QStringLiteral("category_ids")).toArray())
        plan.categoryIds << v.toInteger();
    return plan;
}

Status LibrarySettings::setInterviewPlan(const InterviewPlan &plan)
{
    return m_db.inTransaction(
        LibraryText::tr("Saving the interview date"), [&](QSqlQuery &q) -> Status {
            if (!plan.date.isValid()) {
                if (!q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'interview'")))
                    return m_db.sqlError(LibraryText::tr("Clearing the interview date"),
                                         q.lastError());
                return success();
            }
            QJsonArray ids;
            for (const qint64 id : plan.categoryIds)
                ids.append(id);
            const QJsonObject json{{QStringLiteral("date"), plan.date.toString(Qt::ISODate)},
                                   {QStringLiteral("category_ids"), ids}};
            q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES ('interview', ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return m_db.sqlError(LibraryText::tr("Saving the interview date"), q.lastError());
            return success();
        });
}

} // namespace prepdeck
