#include "store.h"
#include "textcleanup.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>

namespace prepdeck {
namespace {

QString toJson(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QVariant optionalInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

std::optional<int> toOptionalInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

// An empty QString may be null, which SQLite stores as NULL; text columns want ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

// Turns what a person types into an FTS5 query: every word must appear, the last one may
// be the start of a word. Quotes keep FTS5 syntax characters literal.
QString ftsQuery(const QString &text)
{
    QStringList terms;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty())
            terms << QLatin1Char('"') + word + QLatin1Char('"');
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            word += c;
        else
            flush();
    }
    flush();
    if (!terms.isEmpty())
        terms.last() += QLatin1Char('*');
    return terms.join(QLatin1Char(' '));
}

QString likeEscaped(const QString &text)
{
    QString out = text;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('%'), QLatin1String("\\%"));
    out.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return out;
}

// The question's own columns, in the order questionFrom() reads them.
QString questionColumns(const QString &table)
{
    QStringList columns;
    for (const char *c : {"number", "prompt", "answer", "hint", "followups", "tips", "tags",
                          "frequency", "source_file", "source_line"})
        columns << table + QLatin1Char('.') + QLatin1String(c);
    return columns.join(QLatin1String(", "));
}

// A Question from the columns of questionColumns(), starting at column `first`.
Question questionFrom(const QSqlQuery &q, int first)
{
    Question question;
    question.number = toOptionalInt(q.value(first));
    question.prompt = q.value(first + 1).toString();
    question.answer = q.value(first + 2).toString();
    question.hint = q.value(first + 3).toString();
    question.followUps = fromJson(q.value(first + 4).toString());
    question.tips = fromJson(q.value(first + 5).toString());
    question.tags = fromJson(q.value(first + 6).toString());
    question.frequency = toOptionalInt(q.value(first + 7));
    question.sourceFile = q.value(first + 8).toString();
    question.sourceLine = q.value(first + 9).toInt();
    return question;
}

struct ExistingQuestion
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString identity;
    Question question;
    bool retired = false;
    bool matched = false;
};

} // namespace

Store::Store(QString connection, QString path)
    : m_connection(std::move(connection)), m_path(std::move(path))
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/prepdeck.sqlite");
}

Error Store::sqlError(const QString &doing, const QString &why) const
{
    return Error{QStringLiteral("%1 failed: %2").arg(doing, why), m_path, 0};
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QList<Migration> &migrations)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("prepdeck-%1").arg(counter++);
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (info.isDir())
            return Error{QStringLiteral("this is a folder. Give a library file name, for example "
                                        "%1/prepdeck.sqlite.")
                             .arg(path),
                         path, 0};
        if (!QDir().mkpath(info.absolutePath()))
            return Error{QStringLiteral("cannot create the folder %1 for the library. Check its "
                                        "permissions or choose another place with --database.")
                             .arg(info.absolutePath()),
                         path, 0};
    }

    std::unique_ptr<Store> store(new Store(connection, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{QStringLiteral("cannot open the library: %1. Check the file's permissions or "
                                    "choose another with --database.")
                         .arg(db.lastError().text()),
                     path, 0};

    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Error{QStringLiteral("this file is not a Prepdeck library (%1). Choose another "
                                    "file with --database; this one was left untouched.")
                         .arg(query.lastError().text()),
                     path, 0};
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &p : pragmas)
        if (!query.exec(p))
            return store->sqlError(QStringLiteral("Setting up the library"),
                                   query.lastError().text());
    if (!inMemory && (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()))
        return store->sqlError(QStringLiteral("Switching the library to WAL"),
                               query.lastError().text());
    query.finish();

    if (Status migrated = migrate(db, migrations); !migrated)
        return migrated.error();
    return store;
}

Result<MergeCounts> Store::importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                       const QString &layout, bool dryRun)
{
    QSqlDatabase db = database();
    if (!db.transaction())
        return sqlError(QStringLiteral("Starting the import"), db.lastError().text());
    // Whatever happens below, an unfinished transaction is rolled back.
    struct Rollback
    {
        QSqlDatabase &db;
        bool armed = true;
        ~Rollback()
        {
            if (armed)
                db.rollback();
        }
    } rollback{db};

    const QString now = timestamp(QDateTime::currentDateTimeUtc());
    MergeCounts counts;
    QSqlQuery q(db);
    auto fail = [&](const QString &doing) {
        return sqlError(doing, q.lastError().text());
    };

    QSqlQuery insertQuestion(db), updateQuestion(db), moveQuestion(db), retireQuestion(db);
    insertQuestion.prepare(QStringLiteral(
        "INSERT INTO questions (bank_id, category_id, identity, position, number, prompt, answer, "
        "hint, followups, tips, tags, frequency, source_file, source_line, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    updateQuestion.prepare(QStringLiteral(
        "UPDATE questions SET category_id = ?, identity = ?, position = ?, number = ?, prompt = ?, "
        "answer = ?, hint = ?, followups = ?, tips = ?, tags = ?, frequency = ?, source_file = ?, "
        "source_line = ?, retired = 0, updated_at = ? WHERE id = ?"));
    moveQuestion.prepare(QStringLiteral(
        "UPDATE questions SET position = ?, source_file = ?, source_line = ? WHERE id = ?"));
    retireQuestion.prepare(
        QStringLiteral("UPDATE questions SET retired = 1, updated_at = ? WHERE id = ?"));

    for (const Bank &bank : banks) {
        // Find the bank this file updates: same file for a one-bank file, else same name.
        qint64 bankId = 0;
        if (banks.size() == 1 && !sourcePath.isEmpty()) {
            q.prepare(
                QStringLiteral("SELECT id FROM banks WHERE source_path = ? ORDER BY id LIMIT 1"));
            q.addBindValue(sourcePath);
            if (!q.exec())
                return fail(QStringLiteral("Looking up the bank"));
            if (q.next())
                bankId = q.value(0).toLongLong();
        }
        if (bankId == 0) {
            q.prepare(QStringLiteral("SELECT id FROM banks WHERE name = ? ORDER BY id LIMIT 1"));
            q.addBindValue(bank.name);
            if (!q.exec())
                return fail(QStringLiteral("Looking up the bank"));
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
                return fail(QStringLiteral("Updating the bank"));
        } else {
            q.prepare(QStringLiteral(
                "INSERT INTO banks (name, source_path, layout, position, imported_at) "
                "VALUES (?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM banks), ?)"));
            q.addBindValue(bank.name);
            q.addBindValue(sourcePath);
            q.addBindValue(text(layout));
            q.addBindValue(now);
            if (!q.exec())
                return fail(QStringLiteral("Adding the bank"));
            bankId = q.lastInsertId().toLongLong();
        }

        // Categories in file order.
        QList<qint64> categoryIds;
        for (qsizetype ci = 0; ci < bank.categories.size(); ++ci) {
            q.prepare(QStringLiteral(
                "INSERT INTO categories (bank_id, name, position) VALUES (?, ?, ?) "
                "ON CONFLICT (bank_id, name) DO UPDATE SET position = excluded.position"));
            q.addBindValue(bankId);
            q.addBindValue(bank.categories[ci].name);
            q.addBindValue(ci);
            if (!q.exec())
                return fail(QStringLiteral("Saving the categories"));
            q.prepare(QStringLiteral("SELECT id FROM categories WHERE bank_id = ? AND name = ?"));
            q.addBindValue(bankId);
            q.addBindValue(bank.categories[ci].name);
            if (!q.exec() || !q.next())
                return fail(QStringLiteral("Saving the categories"));
            categoryIds << q.value(0).toLongLong();
        }

        // What the bank holds now.
        QList<ExistingQuestion> existing;
        QHash<QString, qsizetype> byIdentity;
        q.prepare(
            QStringLiteral("SELECT q.id, q.category_id, q.identity, q.retired, %1 FROM questions q "
                           "WHERE q.bank_id = ?")
                .arg(questionColumns(QStringLiteral("q"))));
        q.addBindValue(bankId);
        if (!q.exec())
            return fail(QStringLiteral("Reading the bank's questions"));
        while (q.next()) {
            ExistingQuestion e;
            e.id = q.value(0).toLongLong();
            e.categoryId = q.value(1).toLongLong();
            e.identity = q.value(2).toString();
            e.retired = q.value(3).toBool();
            e.question = questionFrom(q, 4);
            byIdentity.insert(e.identity, existing.size());
            existing << e;
        }

        // Identity of each incoming question: its prompt, numbered when a prompt repeats.
        struct Incoming
        {
            const Question *question;
            qint64 categoryId;
            QString identity;
            qsizetype match = -1;
        };
        QList<Incoming> incoming;
        QHash<QString, int> seen;
        for (qsizetype ci = 0; ci < bank.categories.size(); ++ci) {
            for (const Question &question : bank.categories[ci].questions) {
                const QString key = cleanup::identityKey(question.prompt);
                const int n = ++seen[key];
                incoming << Incoming{&question, categoryIds[ci],
                                     n == 1 ? key : key + QLatin1Char('#') + QString::number(n)};
            }
        }
        // Match in order of certainty: the same prompt in the same category; the same
        // prompt anywhere in the bank (a question moved); then, for an edited prompt, the
        // same category with the same number or the same answer. Hash lookups keep this
        // linear however much of the file changed.
        QMultiHash<QString, qsizetype> byPrompt, byNumber, byAnswer;
        for (qsizetype e = existing.size() - 1; e >= 0; --e) {
            const ExistingQuestion &old = existing[e];
            const QString category = QString::number(old.categoryId) + QLatin1Char('/');
            byPrompt.insert(category + cleanup::identityKey(old.question.prompt), e);
            if (old.question.number)
                byNumber.insert(category + QString::number(*old.question.number), e);
            if (!old.question.answer.isEmpty())
                byAnswer.insert(category + old.question.answer, e);
        }
        auto takeFrom = [&](const QMultiHash<QString, qsizetype> &index, const QString &key) {
            for (auto it = index.constFind(key); it != index.constEnd() && it.key() == key; ++it)
                if (!existing[*it].matched)
                    return *it;
            return qsizetype(-1);
        };
        auto claim = [&](Incoming &in, qsizetype e) {
            if (in.match < 0 && e >= 0) {
                in.match = e;
                existing[e].matched = true;
            }
        };
        for (Incoming &in : incoming)
            claim(in, takeFrom(byPrompt, QString::number(in.categoryId) + QLatin1Char('/') +
                                             cleanup::identityKey(in.question->prompt)));
        for (Incoming &in : incoming) {
            const auto it = byIdentity.constFind(in.identity);
            if (in.match < 0 && it != byIdentity.constEnd() && !existing[*it].matched)
                claim(in, *it);
        }
        for (Incoming &in : incoming) {
            if (in.match >= 0)
                continue;
            const QString category = QString::number(in.categoryId) + QLatin1Char('/');
            if (in.question->number)
                claim(in, takeFrom(byNumber, category + QString::number(*in.question->number)));
            if (in.match < 0 && !in.question->answer.isEmpty())
                claim(in, takeFrom(byAnswer, category + in.question->answer));
        }

        // A row that holds an identity another question is about to take (a duplicate
        // prompt renumbered, a retired question) steps aside first: identities are unique.
        QHash<QString, qsizetype> identityTaker;
        for (qsizetype i = 0; i < incoming.size(); ++i)
            identityTaker.insert(incoming[i].identity, incoming[i].match);
        for (qsizetype e = 0; e < existing.size(); ++e) {
            const auto it = identityTaker.constFind(existing[e].identity);
            if (it == identityTaker.constEnd() || *it == e)
                continue;
            existing[e].identity += QLatin1Char('~') + QString::number(existing[e].id);
            q.prepare(QStringLiteral("UPDATE questions SET identity = ? WHERE id = ?"));
            q.addBindValue(existing[e].identity);
            q.addBindValue(existing[e].id);
            if (!q.exec())
                return fail(QStringLiteral("Updating a question"));
        }

        for (qsizetype position = 0; position < incoming.size(); ++position) {
            const Incoming &in = incoming[position];
            const Question &nq = *in.question;
            if (in.match >= 0) {
                const ExistingQuestion &old = existing[in.match];
                if (!old.retired && old.categoryId == in.categoryId &&
                    old.identity == in.identity && old.question.sameContent(nq)) {
                    ++counts.unchanged;
                    moveQuestion.addBindValue(position);
                    moveQuestion.addBindValue(text(nq.sourceFile));
                    moveQuestion.addBindValue(nq.sourceLine);
                    moveQuestion.addBindValue(old.id);
                    if (!moveQuestion.exec())
                        return sqlError(QStringLiteral("Updating a question"),
                                        moveQuestion.lastError().text());
                    continue;
                }
                ++counts.updated;
                const QVariantList values = {in.categoryId,
                                             in.identity,
                                             position,
                                             optionalInt(nq.number),
                                             text(nq.prompt),
                                             text(nq.answer),
                                             text(nq.hint),
                                             toJson(nq.followUps),
                                             toJson(nq.tips),
                                             toJson(nq.tags),
                                             optionalInt(nq.frequency),
                                             text(nq.sourceFile),
                                             nq.sourceLine,
                                             now,
                                             old.id};
                for (const QVariant &v : values)
                    updateQuestion.addBindValue(v);
                if (!updateQuestion.exec())
                    return sqlError(QStringLiteral("Updating a question"),
                                    updateQuestion.lastError().text());
                continue;
            }
            ++counts.added;
            const QVariantList values = {bankId,
                                         in.categoryId,
                                         in.identity,
                                         position,
                                         optionalInt(nq.number),
                                         text(nq.prompt),
                                         text(nq.answer),
                                         text(nq.hint),
                                         toJson(nq.followUps),
                                         toJson(nq.tips),
                                         toJson(nq.tags),
                                         optionalInt(nq.frequency),
                                         text(nq.sourceFile),
                                         nq.sourceLine,
                                         now,
                                         now};
            for (const QVariant &v : values)
                insertQuestion.addBindValue(v);
            if (!insertQuestion.exec())
                return sqlError(QStringLiteral("Adding a question"),
                                insertQuestion.lastError().text());
        }
        for (const ExistingQuestion &old : existing) {
            if (old.matched || old.retired)
                continue;
            ++counts.retired;
            retireQuestion.addBindValue(now);
            retireQuestion.addBindValue(old.id);
            if (!retireQuestion.exec())
                return sqlError(QStringLiteral("Retiring a question"),
                                retireQuestion.lastError().text());
        }
    }

    if (dryRun)
        return counts; // the guard rolls back
    if (!db.commit())
        return sqlError(QStringLiteral("Saving the import"), db.lastError().text());
    rollback.armed = false;
    return counts;
}

Result<QList<StoredQuestion>> Store::questions(const QuestionFilter &filter) const
{
    QString sql = QStringLiteral("SELECT q.id, b.name, c.name, q.due_at, "
                                 "(SELECT r.confidence FROM ratings r WHERE r.question_id = q.id "
                                 " ORDER BY r.rated_at DESC, r.id DESC LIMIT 1), %1 "
                                 "FROM questions q JOIN categories c ON c.id = q.category_id "
                                 "JOIN banks b ON b.id = q.bank_id WHERE q.retired = 0")
                      .arg(questionColumns(QStringLiteral("q")));
    const QString fts = ftsQuery(filter.search);
    if (!filter.category.isEmpty())
        sql += QStringLiteral(" AND c.name LIKE ? ESCAPE '\\'");
    if (!filter.search.trimmed().isEmpty())
        sql += QStringLiteral(
            " AND q.id IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH ?)");
    sql += QStringLiteral(" ORDER BY b.position, q.position");

    QSqlQuery q(database());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.category.isEmpty())
        q.addBindValue(QLatin1Char('%') + likeEscaped(filter.category) + QLatin1Char('%'));
    if (!filter.search.trimmed().isEmpty()) {
        if (fts.isEmpty())
            return QList<StoredQuestion>{};
        q.addBindValue(fts);
    }
    if (!q.exec())
        return sqlError(QStringLiteral("Listing questions"), q.lastError().text());
    QList<StoredQuestion> out;
    while (q.next()) {
        StoredQuestion s;
        s.id = q.value(0).toLongLong();
        s.bank = q.value(1).toString();
        s.category = q.value(2).toString();
        if (!q.value(3).isNull())
            s.due = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
        s.confidence = toOptionalInt(q.value(4));
        s.question = questionFrom(q, 5);
        out << s;
    }
    return out;
}

Result<LibraryStats> Store::stats() const
{
    QSqlQuery q(database());
    LibraryStats stats;
    if (!q.exec(QStringLiteral(
            "WITH latest AS (SELECT r.question_id, r.confidence FROM ratings r WHERE r.id = "
            " (SELECT r2.id FROM ratings r2 WHERE r2.question_id = r.question_id "
            "  ORDER BY r2.rated_at DESC, r2.id DESC LIMIT 1)) "
            "SELECT b.name, c.name, COUNT(q.id), COUNT(l.question_id), AVG(l.confidence), b.id "
            "FROM questions q JOIN categories c ON c.id = q.category_id JOIN banks b ON b.id = "
            "q.bank_id "
            "LEFT JOIN latest l ON l.question_id = q.id WHERE q.retired = 0 "
            "GROUP BY c.id ORDER BY b.position, c.position")))
        return sqlError(QStringLiteral("Counting the library"), q.lastError().text());
    QSet<qint64> bankIds;
    while (q.next()) {
        CategoryStats c;
        c.bank = q.value(0).toString();
        c.category = q.value(1).toString();
        c.questions = q.value(2).toInt();
        c.rated = q.value(3).toInt();
        if (!q.value(4).isNull())
            c.meanConfidence = q.value(4).toDouble();
        bankIds.insert(q.value(5).toLongLong());
        stats.questions += c.questions;
        stats.rated += c.rated;
        stats.byCategory << c;
    }
    stats.banks = static_cast<int>(bankIds.size());
    stats.categories = static_cast<int>(stats.byCategory.size());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ratings")) || !q.next())
        return sqlError(QStringLiteral("Counting ratings"), q.lastError().text());
    stats.ratings = q.value(0).toInt();
    return stats;
}

Result<QList<Bank>> Store::banks() const
{
    auto all = questions();
    if (!all)
        return all.error();
    QList<Bank> banks;
    for (const StoredQuestion &s : *all) {
        if (banks.isEmpty() || banks.last().name != s.bank)
            banks << Bank{s.bank, {}};
        Bank &bank = banks.last();
        if (bank.categories.isEmpty() || bank.categories.last().name != s.category)
            bank.categories << Category{s.category, {}};
        bank.categories.last().questions << s.question;
    }
    return banks;
}

Result<RatingEvent> Store::rate(qint64 questionId, int confidence, const QString &context,
                                const QDateTime &at)
{
    if (confidence < 1 || confidence > 5)
        return Error{QStringLiteral("confidence must be a whole number from 1 to 5, not %1.")
                         .arg(confidence),
                     {},
                     0};
    QSqlDatabase db = database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT retired FROM questions WHERE id = ?"));
    q.addBindValue(questionId);
    if (!q.exec())
        return sqlError(QStringLiteral("Looking up the question"), q.lastError().text());
    if (!q.next() || q.value(0).toBool())
        return Error{QStringLiteral("there is no question with id %1 in the library. Run "
                                    "'prepdeck list' to see the ids.")
                         .arg(questionId),
                     {},
                     0};
    RatingEvent event{0, questionId, at.toUTC(), confidence, context};
    if (!db.transaction())
        return sqlError(QStringLiteral("Saving the rating"), db.lastError().text());
    q.prepare(QStringLiteral(
        "INSERT INTO ratings (question_id, rated_at, confidence, context) VALUES (?, ?, ?, ?)"));
    q.addBindValue(questionId);
    q.addBindValue(timestamp(at));
    q.addBindValue(confidence);
    q.addBindValue(context);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("Saving the rating"), why);
    }
    event.id = q.lastInsertId().toLongLong();
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return sqlError(QStringLiteral("Saving the rating"), why);
    }
    return event;
}

} // namespace prepdeck
