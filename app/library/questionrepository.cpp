#include "questionrepository.h"
#include "ftsquery.h"
#include "questionsql.h"
#include "searchpassage.h"
#include "searchsuggestions.h"
#include "sqlvalues.h"
#include "translation.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace prepdeck {

using namespace sqlvalues;
using questionsql::questionColumns;
using questionsql::questionFrom;

namespace {

// Text to look for with LIKE … ESCAPE '\\': its own % and _ are not wildcards.
QString likeEscaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

struct SqlPart
{
    QString sql;
    QVariantList binds;
};

// The WHERE clause for a filter, over questions q, categories c and banks b. The search
// words are left to the caller when `searchJoined` (a ranked list joins the full-text table).
SqlPart whereFor(const QuestionFilter &f, bool searchJoined = false)
{
    SqlPart w;
    QStringList parts{f.deleted ? QStringLiteral("q.retired = 2")
                                : QStringLiteral("q.retired = 0")};
    switch (f.suspended) {
    case QuestionFilter::Suspended::Hidden:
        parts << QStringLiteral("q.suspended = 0");
        break;
    case QuestionFilter::Suspended::Only:
        parts << QStringLiteral("q.suspended = 1");
        break;
    case QuestionFilter::Suspended::Included:
        break;
    }
    if (!f.category.isEmpty()) {
        parts << QStringLiteral("c.name LIKE ? ESCAPE '\\'");
        w.binds << QLatin1Char('%') + likeEscaped(f.category) + QLatin1Char('%');
    }
    if (!f.search.trimmed().isEmpty()) {
        const fts::Query query = fts::translate(f.search);
        if (!query.searchable)
            parts << QStringLiteral("0"); // nothing searchable typed: nothing matches
        if (!query.match.isEmpty() && !searchJoined) {
            parts << QStringLiteral(
                "q.id IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?)");
            w.binds << query.match;
        }
        // Chinese and Japanese terms in the text itself (ftsquery.h).
        for (const QString &text : query.text + query.excludedText) {
            const bool excluded = query.excludedText.contains(text);
            QStringList columns;
            for (const char *column : {"prompt", "hint", "note", "answer"}) {
                columns << QStringLiteral("q.%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
                w.binds << QLatin1Char('%') + likeEscaped(text) + QLatin1Char('%');
            }
            parts << (excluded ? QStringLiteral("NOT (%1)") : QStringLiteral("(%1)"))
                         .arg(columns.join(QLatin1String(" OR ")));
        }
        if (!query.excluded.isEmpty() && !searchJoined) {
            parts << QStringLiteral(
                "q.id NOT IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?)");
            w.binds << query.excluded;
        }
    }
    if (f.bankId) {
        parts << QStringLiteral("q.bank_id = ?");
        w.binds << f.bankId;
    }
    if (f.categoryId) {
        parts << QStringLiteral("q.category_id = ?");
        w.binds << f.categoryId;
    }
    // Ids as numbers in the statement: thousands of bound values are slow in Qt's driver
    // and can pass SQLite's limit on them.
    auto idList = [&](const QString &column, const QList<qint64> &ids) {
        QStringList numbers;
        numbers.reserve(ids.size());
        for (const qint64 id : ids)
            numbers << QString::number(id);
        parts << QStringLiteral("%1 IN (%2)").arg(column, numbers.join(QLatin1Char(',')));
    };
    if (!f.categoryIds.isEmpty())
        idList(QStringLiteral("q.category_id"), f.categoryIds);
    if (!f.questionIds.isEmpty())
        idList(QStringLiteral("q.id"), f.questionIds);
    if (f.maxConfidence) {
        parts << QStringLiteral("q.last_confidence <= ?");
        w.binds << *f.maxConfidence;
    }
    if (f.dueBy.isValid()) {
        parts << QStringLiteral("q.due_at <= ?");
        w.binds << timestamp(f.dueBy);
    }
    if (f.neverRated)
        parts << QStringLiteral("q.last_confidence IS NULL");
    if (f.queueAt.isValid()) {
        parts << QStringLiteral(
            "(q.due_at <= ? OR q.last_confidence <= 2 OR q.last_confidence IS NULL)");
        w.binds << timestamp(f.queueAt);
    }
    w.sql = QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
    return w;
}

// The order of a list. Library order is written so that the indexes deliver it without
// sorting (banks_by_position, then questions_by_order or questions_by_category): a long
// list's first page costs what a short one's does.
SqlPart orderFor(QuestionOrder order, Qt::SortOrder direction, const QDateTime &queueAt,
                 bool worstReadyFirst = false, bool oneCategory = false)
{
    const QString dir =
        direction == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString library = QStringLiteral("b.position, b.id, q.position");
    SqlPart o;
    switch (order) {
    case QuestionOrder::Library:
        o.sql = oneCategory ? QStringLiteral("q.position") + dir
                            : QStringLiteral("b.position") + dir + QStringLiteral(", b.id") + dir +
                                  QStringLiteral(", q.position") + dir;
        break;
    case QuestionOrder::Number:
        o.sql = QStringLiteral("q.number IS NULL, q.number") + dir + QStringLiteral(", ") + library;
        break;
    case QuestionOrder::Prompt:
        o.sql = QStringLiteral("q.prompt COLLATE NOCASE") + dir + QStringLiteral(", ") + library;
        break;
    case QuestionOrder::Category:
        o.sql = QStringLiteral("c.name COLLATE NOCASE") + dir + QStringLiteral(", ") + library;
        break;
    case QuestionOrder::Confidence:
        o.sql = QStringLiteral("q.last_confidence IS NULL, q.last_confidence") + dir +
                QStringLiteral(", ") + library;
        break;
    case QuestionOrder::LastRated:
        o.sql = QStringLiteral("q.last_rated_at IS NULL, q.last_rated_at") + dir +
                QStringLiteral(", ") + library;
        break;
    case QuestionOrder::Due:
        o.sql = QStringLiteral("q.due_at IS NULL, q.due_at") + dir + QStringLiteral(", ") + library;
        break;
    case QuestionOrder::Relevance: // over questions_fts joined (see orderedIds)
        o.sql = QLatin1String(fts::kRankFunction) + dir + QStringLiteral(", ") + library;
        break;
    case QuestionOrder::Queue:
        // Overdue first (longest overdue first), then the weakest, then never rated. With an
        // interview date, the categories least ready come before all that.
        o.sql = QStringLiteral("CASE WHEN q.due_at <= ? THEN 0 WHEN q.last_confidence IS NOT NULL "
                               "THEN 1 ELSE 2 END, q.due_at, q.last_confidence, ") +
                library;
        o.binds << timestamp(queueAt.isValid() ? queueAt : QDateTime::currentDateTimeUtc());
        if (worstReadyFirst)
            o.sql.prepend(
                QStringLiteral("(SELECT AVG(CASE WHEN r.last_confidence >= 4 THEN 1.0 ELSE 0 END) "
                               "FROM questions r WHERE r.category_id = q.category_id AND "
                               "r.retired = 0 AND r.suspended = 0), "));
        break;
    }
    o.sql.prepend(QStringLiteral(" ORDER BY "));
    return o;
}

// Questions with their bank, and their category only when the filter or order needs it.
QString fromFor(const QuestionFilter &f, QuestionOrder order)
{
    if (order == QuestionOrder::Relevance) {
        QString from = QStringLiteral(" FROM questions_fts JOIN questions q ON q.id = "
                                      "questions_fts.rowid JOIN banks b ON b.id = q.bank_id");
        if (!f.category.isEmpty())
            from += QStringLiteral(" JOIN categories c ON c.id = q.category_id");
        return from;
    }
    // Across banks, banks come first (CROSS JOIN keeps that order): SQLite then walks
    // banks_by_position and each bank's questions_by_order, already in library order. Left to
    // itself on a library without statistics it scanned every question and sorted them.
    QString from = f.categoryId
                       ? QStringLiteral(" FROM questions q JOIN banks b ON b.id = q.bank_id")
                       : QStringLiteral(" FROM banks b CROSS JOIN questions q "
                                        "ON q.bank_id = b.id");
    if (!f.category.isEmpty() || order == QuestionOrder::Category)
        from += QStringLiteral(" JOIN categories c ON c.id = q.category_id");
    return from;
}

const QString kFromQuestions = QStringLiteral(
    " FROM questions q JOIN categories c ON c.id = q.category_id JOIN banks b ON b.id = q.bank_id");

// A question as stored: the columns of kSelectStored, read by storedQuestionFrom().
const QString kSelectStored =
    QStringLiteral("SELECT q.id, b.name, c.name, q.due_at, q.last_confidence, q.last_rated_at, "
                   "q.note, ") +
    questionColumns(QStringLiteral("q")) +
    QStringLiteral(", c.parents, q.category_id, q.suspended, q.edited_at, q.retired");

StoredQuestion storedQuestionFrom(const QSqlQuery &q)
{
    StoredQuestion s;
    s.id = q.value(0).toLongLong();
    s.bank = q.value(1).toString();
    s.category = q.value(2).toString();
    s.due = fromTimestamp(q.value(3));
    s.confidence = toOptionalInt(q.value(4));
    s.lastRated = fromTimestamp(q.value(5));
    s.note = q.value(6).toString();
    s.question = questionFrom(q, 7);
    s.categoryParents = fromJson(q.value(19).toString());
    s.categoryId = q.value(20).toLongLong();
    s.suspended = q.value(21).toBool();
    s.edited = fromTimestamp(q.value(22));
    s.deleted = q.value(23).toInt() == 2;
    return s;
}

} // namespace

Result<QList<StoredQuestion>> QuestionRepository::list(const QuestionFilter &filter) const
{
    const SqlPart where = whereFor(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelectStored + kFromQuestions + where.sql +
              QStringLiteral(" ORDER BY b.position, q.position"));
    for (const QVariant &v : where.binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Listing questions"), q.lastError());
    QList<StoredQuestion> out;
    while (q.next())
        out << storedQuestionFrom(q);
    return out;
}

Result<StoredQuestion> QuestionRepository::find(qint64 id) const
{
    static const QString sql = kSelectStored + kFromQuestions + QStringLiteral(" WHERE q.id = ?");
    auto q = m_db.statement(sql);
    if (const auto failed = q.prepareError())
        return m_db.sqlError(LibraryText::tr("Reading a question"), *failed);
    q->bindValue(0, id);
    if (!q->exec())
        return m_db.sqlError(LibraryText::tr("Reading a question"), q->lastError());
    if (!q->next())
        return Error{LibraryText::tr("there is no question with id %1.").arg(id), m_db.path(), 0,
                     Error::Kind::NotFound};
    return storedQuestionFrom(*q);
}

Result<QList<qint64>> QuestionRepository::questionIds(const QuestionFilter &filter,
                                                      QuestionOrder order, Qt::SortOrder direction,
                                                      int limit) const
{
    return orderedIds(filter, order, direction, limit);
}

Result<QList<qint64>> QuestionRepository::orderedIds(const QuestionFilter &filter,
                                                     QuestionOrder order, Qt::SortOrder direction,
                                                     int limit) const
{
    // Ranked: the full-text table's matches joined to the questions and ordered by bm25,
    // ties in library order.
    const fts::Query query =
        order == QuestionOrder::Relevance ? fts::translate(filter.search) : fts::Query{};
    const QString rankedMatch = query.ranked();
    // Chinese or Japanese only: those with it in the prompt first, then library order.
    const QString promptFirst =
        order == QuestionOrder::Relevance && rankedMatch.isEmpty() && !query.text.isEmpty()
            ? QLatin1Char('%') + likeEscaped(query.text.first()) + QLatin1Char('%')
            : QString();
    if (order == QuestionOrder::Relevance && rankedMatch.isEmpty())
        order = QuestionOrder::Library; // nothing to rank by
    SqlPart where = whereFor(filter, !rankedMatch.isEmpty());
    if (!rankedMatch.isEmpty()) {
        where.sql.replace(0, 7, QStringLiteral(" WHERE questions_fts MATCH ? AND "));
        where.binds.prepend(rankedMatch);
    }
    bool worstReadyFirst = false;
    if (order == QuestionOrder::Queue) {
        auto plan = m_settings.interviewPlan();
        const QDate today =
            (filter.queueAt.isValid() ? filter.queueAt : QDateTime::currentDateTimeUtc())
                .toLocalTime()
                .date();
        worstReadyFirst = plan && plan->date.isValid() && plan->date >= today;
    }
    SqlPart orderBy =
        orderFor(order, direction, filter.queueAt, worstReadyFirst, filter.categoryId != 0);
    if (!promptFirst.isEmpty()) {
        orderBy.sql.replace(QStringLiteral(" ORDER BY "),
                            QStringLiteral(" ORDER BY (q.prompt LIKE ? ESCAPE '\\') DESC, "));
        orderBy.binds.prepend(promptFirst);
    }
    QString sql = QStringLiteral("SELECT q.id") + fromFor(filter, order) + where.sql + orderBy.sql;
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);

    // The same list as last time while nothing was written, by us or by another program:
    // search as you type narrows one list many times.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT total_changes(), (SELECT data_version FROM pragma_data_version)")) ||
        !q.next())
        return m_db.sqlError(LibraryText::tr("Listing questions"), q.lastError());
    QString key = QString::number(q.value(0).toLongLong()) + QLatin1Char('/') +
                  QString::number(q.value(1).toLongLong()) + QLatin1Char('\n') + sql;
    for (const QVariant &v : where.binds + orderBy.binds)
        key += QLatin1Char('\x1f') + v.toString();
    q.finish();
    if (m_idCache.key == key)
        return m_idCache.ids;

    q.prepare(sql);
    for (const QVariant &v : where.binds + orderBy.binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Listing questions"), q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    m_idCache = {key, ids};
    return ids;
}

Result<QList<QuestionRow>> QuestionRepository::questionRowsByIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<QuestionRow>{};
    // The ids are written into the statement: binding 400 values one by one made Qt's
    // driver look up each placeholder's name, quadratic in the page size.
    QString list;
    list.reserve(ids.size() * 8);
    for (const qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT q.id, q.number, q.prompt, b.name, ") +
                questionsql::categoryLabel() +
                QStringLiteral(", q.last_confidence, q.last_rated_at, q.due_at, q.frequency, "
                               "q.suspended, q.retired, q.bank_id") +
                kFromQuestions + QStringLiteral(" WHERE q.id IN (%1)").arg(list)))
        return m_db.sqlError(LibraryText::tr("Reading questions"), q.lastError());
    QHash<qint64, QuestionRow> byId;
    while (q.next()) {
        QuestionRow r;
        r.id = q.value(0).toLongLong();
        r.number = toOptionalInt(q.value(1));
        r.prompt = q.value(2).toString();
        r.bank = q.value(3).toString();
        r.category = q.value(4).toString();
        r.confidence = toOptionalInt(q.value(5));
        r.lastRated = fromTimestamp(q.value(6));
        r.due = fromTimestamp(q.value(7));
        r.frequency = toOptionalInt(q.value(8));
        r.suspended = q.value(9).toBool();
        r.deleted = q.value(10).toInt() == 2;
        r.bankId = q.value(11).toLongLong();
        byId.insert(r.id, r);
    }
    QList<QuestionRow> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            rows << *it;
    return rows;
}

Result<QStringList> QuestionRepository::suggestedSearches(const QString &search) const
{
    return fts::suggestedSearches(m_db.connection(), search);
}

Result<QList<SearchHit>> QuestionRepository::searchHits(const QList<qint64> &ids,
                                                        const QString &search) const
{
    const fts::Query query = fts::translate(search);
    if (ids.isEmpty() || query.highlights.isEmpty())
        return QList<SearchHit>{};
    // Where it matched: the first of prompt, hint, note and answer that holds a match. The
    // passage: from there or, when that is the prompt (shown anyway, its matches marked),
    // from the answer, hint or note when one matches too (searchpassage.h).
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers << QString::number(id);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, prompt, hint, note, answer FROM questions WHERE id IN "
                               "(%1)")
                    .arg(numbers.join(QLatin1Char(',')))))
        return m_db.sqlError(LibraryText::tr("Searching"), q.lastError());
    const QChar start = SearchHit::kMatchStart, end = SearchHit::kMatchEnd;
    static const QString kColumns[] = {QStringLiteral("prompt"), QStringLiteral("hint"),
                                       QStringLiteral("note"), QStringLiteral("answer")};
    QHash<qint64, SearchHit> byId;
    while (q.next()) {
        SearchHit hit;
        hit.id = q.value(0).toLongLong();
        hit.markedPrompt = fts::markedText(q.value(1).toString(), query.highlights, start, end);
        for (int c = 1; c <= 3 && hit.snippet.isEmpty(); ++c) {
            hit.snippet = fts::passage(q.value(c + 1).toString(), query.highlights, start, end);
            if (!hit.snippet.isEmpty() && hit.markedPrompt.isEmpty())
                hit.column = kColumns[c];
        }
        if (!hit.markedPrompt.isEmpty())
            hit.column = kColumns[0];
        else if (hit.column.isEmpty())
            hit.column = kColumns[3]; // matched as FTS5 reads words; not found as text here
        byId.insert(hit.id, hit);
    }
    QList<SearchHit> out;
    for (const qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            out << *it;
    return out;
}

Result<int> QuestionRepository::countQuestions(const QuestionFilter &filter) const
{
    // A whole bank, category or library: from the kept counts, not by counting rows.
    QuestionFilter placeOnly;
    placeOnly.bankId = filter.bankId;
    placeOnly.categoryId = filter.categoryId;
    if (filter.category == placeOnly.category && filter.search.trimmed().isEmpty() &&
        filter.categoryIds.isEmpty() && filter.questionIds.isEmpty() && !filter.maxConfidence &&
        !filter.dueBy.isValid() && !filter.neverRated && !filter.queueAt.isValid() &&
        filter.suspended == QuestionFilter::Suspended::Hidden &&
        !filter.deleted) { // the counts leave them out
        QSqlQuery kept(m_db.connection());
        kept.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(s.questions), 0) FROM category_stats s "
            "JOIN categories c ON c.id = s.category_id WHERE (? = 0 OR c.bank_id = ?) "
            "AND (? = 0 OR c.id = ?)"));
        for (const qint64 v : {filter.bankId, filter.bankId, filter.categoryId, filter.categoryId})
            kept.addBindValue(v);
        if (!kept.exec() || !kept.next())
            return m_db.sqlError(LibraryText::tr("Counting questions"), kept.lastError());
        return kept.value(0).toInt();
    }
    const SqlPart where = whereFor(filter);
    QSqlQuery q(m_db.connection());
    QString from = QStringLiteral(" FROM questions q");
    if (!filter.category.isEmpty())
        from += QStringLiteral(" JOIN categories c ON c.id = q.category_id");
    q.prepare(QStringLiteral("SELECT COUNT(*)") + from + where.sql);
    for (const QVariant &v : where.binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.sqlError(LibraryText::tr("Counting questions"), q.lastError());
    return q.value(0).toInt();
}

Result<QList<CategorySummary>> QuestionRepository::categorySummaries() const
{
    auto categories = m_figures.readiness();
    if (!categories)
        return categories.error();
    QList<CategorySummary> out;
    out.reserve(categories->size());
    for (const Readiness &r : *categories)
        out << CategorySummary{r.bankId,         r.bank,      r.categoryId,
                               r.label(),        r.questions, r.questions - r.neverRated,
                               r.meanConfidence, r.ready};
    return out;
}

Result<LibraryStats> QuestionRepository::stats() const
{
    // The per-category counts are the readiness figures, read once.
    auto categories = m_figures.readiness();
    if (!categories)
        return categories.error();
    LibraryStats stats;
    QSet<qint64> bankIds;
    for (const Readiness &r : *categories) {
        CategoryStats c;
        c.bank = r.bank;
        c.category = r.category;
        c.parents = r.parents;
        c.questions = r.questions;
        c.rated = r.questions - r.neverRated;
        c.meanConfidence = r.meanConfidence;
        bankIds.insert(r.bankId);
        stats.questions += c.questions;
        stats.rated += c.rated;
        stats.byCategory << c;
    }
    stats.banks = static_cast<int>(bankIds.size());
    stats.categories = static_cast<int>(stats.byCategory.size());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ratings")) || !q.next())
        return m_db.sqlError(LibraryText::tr("Counting ratings"), q.lastError());
    stats.ratings = q.value(0).toInt();
    return stats;
}

Result<QList<Bank>> QuestionRepository::banks() const
{
    auto all = list();
    if (!all)
        return all.error();
    QList<Bank> banks;
    for (const StoredQuestion &s : *all) {
        if (banks.isEmpty() || banks.last().name != s.bank)
            banks << Bank{s.bank, {}};
        Bank &bank = banks.last();
        if (bank.categories.isEmpty() || bank.categories.last().name != s.category ||
            bank.categories.last().parents != s.categoryParents)
            bank.categories << Category{s.category, {}, s.categoryParents};
        bank.categories.last().questions << s.question;
    }
    return banks;
}

Status QuestionRepository::setNote(qint64 questionId, const QString &note)
{
    auto before = find(questionId);
    if (!before)
        return before.error();
    return m_db.inTransaction(LibraryText::tr("Saving your note"), [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("UPDATE questions SET note = ? WHERE id = ?"));
        q.addBindValue(text(note));
        q.addBindValue(questionId);
        if (!q.exec())
            return m_db.sqlError(LibraryText::tr("Saving your note"), q.lastError());
        return success();
    });
}

} // namespace prepdeck
