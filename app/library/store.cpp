#include "store.h"
#include "librarycare.h"
#include "libraryfile.h"
#include "questionsql.h"
#include "scheduler.h"
#include "searchindex.h"
#include "sqlitestatus.h"
#include "sqlvalues.h"
#include "textcleanup.h"
#include "translation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSettings>
#include <QSqlDriver>

#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QThread>
#include <sqlite3.h>

#include <atomic>
#include <string>

namespace prepdeck {
namespace {

using namespace sqlvalues;

// A question's own columns, number through source_line, in the order both the insert and the
// update statements bind them.
QVariantList questionColumns(const Question &q)
{
    return {optionalInt(q.number), text(q.prompt), text(q.answer),  text(q.hint),
            toJson(q.followUps),   toJson(q.tips), toJson(q.tags),  optionalInt(q.frequency),
            text(q.sourceFile),    q.sourceLine,   text(q.context), text(q.link)};
}

// Text to look for with LIKE … ESCAPE '\\': its own % and _ are not wildcards.
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
                          "frequency", "source_file", "source_line", "context", "link"})
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
    question.context = q.value(first + 10).toString();
    question.link = q.value(first + 11).toString();
    return question;
}

struct ExistingQuestion
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString identity;
    Question question;
    QString note;
    bool retired = false;
    bool matched = false;
};

} // namespace

Store::Store(QString connection, QString path) : m_db(std::move(connection), std::move(path)) {}

Store::~Store() = default;

QSqlDatabase Store::database() const
{
    return m_db.connection();
}

qint64 Store::outsideChanges() const
{
    return m_db.outsideChanges();
}

void Store::close()
{
    m_db.close();
    m_idCache = {};
}

void Store::adopt(Store &&other)
{
    m_db.adopt(other.m_db);
    m_idCache = {};
    other.m_idCache = {};
}

QString Store::defaultPath()
{
    // Moved in Preferences (see care::moveLibrary)?
    const QString chosen = QSettings(care::settingsFile(), QSettings::IniFormat)
                               .value(QStringLiteral("library/path"))
                               .toString();
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QLatin1String("/prepdeck.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, const QList<Migration> &migrations,
                                           const OpenOptions &options)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("prepdeck-%1").arg(counter++);
    const bool inMemory = path == QLatin1String(":memory:");
    libraryfile::Place place{true, false, {}, false};
    if (!inMemory) {
        auto examined = libraryfile::examine(path);
        if (!examined)
            return examined.error();
        place = *examined;
        if (!place.exists) {
            if (Status created = libraryfile::create(path, migrations); !created)
                return created.error();
            examined = libraryfile::examine(path);
            if (!examined)
                return examined.error();
            place = *examined;
        }
    }

    std::unique_ptr<Store> store(new Store(connection, path));
    store->m_db.setReadOnly(place.readOnly, place.readOnlyReason);
    auto connected = libraryfile::connect(connection, path, place);
    if (!connected)
        return connected.error();
    QSqlDatabase db = *connected;
    if (!inMemory) {
        libraryfile::OpenMark mark(path);
        store->m_db.holdOpenMark(mark);
    }

    // Whose file is it, and is it whole? Read under SQLite's locks; nothing is written
    // until the answer is known.
    auto identity = libraryfile::identify(db, path);
    if (!identity) {
        Error e = identity.error();
        if (e.kind == Error::Kind::DiskFull)
            e.message = LibraryText::tr("the disk is full, so SQLite cannot set up the files it "
                                        "keeps beside the library while it is open (-wal, -shm). "
                                        "The library is as it was: free some space and open it "
                                        "again.");
        return e;
    }
    const libraryfile::Verdict verdict = libraryfile::verdictOf(*identity, migrations);
    if (verdict == libraryfile::Verdict::Foreign) {
        QString detail = identity->applicationId
                             ? LibraryText::tr("application id %1")
                                   .arg(QStringLiteral("0x%1").arg(quint32(identity->applicationId),
                                                                   8, 16, QLatin1Char('0')))
                             : LibraryText::tr("its tables: %1")
                                   .arg(identity->tables.mid(0, 5).join(QLatin1String(", ")));
        return libraryfile::notALibrary(path, detail);
    }
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (identity->version > latest)
        return Error{LibraryText::tr("this library was written by a newer version of Prepdeck "
                                     "(schema %1; this version knows up to %2). Update Prepdeck, "
                                     "or open another file with --database.")
                         .arg(identity->version)
                         .arg(latest),
                     path, 0, Error::Kind::Newer};
    if (verdict == libraryfile::Verdict::Prepdeck) {
        if (const QString missing = libraryfile::missingObject(*identity, migrations);
            !missing.isEmpty())
            return Error{LibraryText::tr("the library is damaged: %1.").arg(missing), path, 0,
                         Error::Kind::Damaged};
    }
    if (options.checkPages && verdict == libraryfile::Verdict::Prepdeck) {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check(5)")) || !check.next()) {
            Error e =
                store->m_db.sqlError(LibraryText::tr("Checking the library"), check.lastError());
            if (e.kind == Error::Kind::Damaged)
                e.message = LibraryText::tr("the library is damaged: the check of its pages "
                                            "failed (%1).")
                                .arg(check.lastError().databaseText());
            return e;
        }
        const QString result = check.value(0).toString();
        if (result != QLatin1String("ok"))
            return Error{LibraryText::tr("the library is damaged: the check of its pages found "
                                         "damage (%1).")
                             .arg(result.left(300)),
                         path, 0, Error::Kind::Damaged};
    }

    QSqlQuery query(db);
    // synchronous = FULL: with WAL, NORMAL already survives a crash of the program, but a
    // power cut could take the last commits with it, and a rating the window (or `prepdeck
    // rate`) said was saved must stay saved. FULL syncs the log once per commit, a few
    // milliseconds for one rating, once for a whole import.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (!query.exec(QLatin1String(pragma)))
            return store->m_db.sqlError(LibraryText::tr("Setting up the library"),
                                        query.lastError());
    if (place.readOnly) {
        if (identity->version != latest)
            return Error{LibraryText::tr("the library is read-only and was written by another "
                                         "version of Prepdeck, so it cannot be upgraded. Make it "
                                         "writable (chmod u+w) and open it again."),
                         path, 0, Error::Kind::ReadOnly};
        return store;
    }
    // Libraries are in WAL mode all their life; one left in another mode by an older
    // Prepdeck is switched once, when nobody else has it open.
    if (!inMemory && identity->journalMode != QLatin1String("wal"))
        store->m_db.switchToWal();
    if (identity->version < latest && identity->version > 0 && options.beforeUpgrade) {
        if (Status ready = options.beforeUpgrade(identity->version, latest); !ready)
            return ready.error();
    }
    if (Status migrated = migrate(db, migrations); !migrated)
        return migrated.error();
    // An older library known by its tables gets Prepdeck's id.
    if (identity->applicationId != libraryfile::kApplicationId && identity->version >= latest) {
        if (Status begun =
                store->m_db.beginWrite(LibraryText::tr("Marking the library as Prepdeck's"));
            !begun)
            return begun.error();
        if (!query.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(libraryfile::kApplicationId))) {
            store->m_db.rollbackWrite();
            return store->m_db.sqlError(LibraryText::tr("Marking the library as Prepdeck's"),
                                        query.lastError());
        }
        if (Status done =
                store->m_db.commitWrite(LibraryText::tr("Marking the library as Prepdeck's"));
            !done)
            return done.error();
    }
    return store;
}

Result<MergeCounts> Store::importBanks(const QList<Bank> &banks, const QString &sourcePath,
                                       const QString &layout, bool dryRun,
                                       const std::function<bool()> &cancelled)
{
    QSqlDatabase db = m_db.connection();
    if (Status begun = m_db.beginWrite(LibraryText::tr("Starting the import")); !begun)
        return begun.error();
    // Whatever happens below, an unfinished transaction is rolled back.
    struct Rollback
    {
        Store &store;
        bool armed = true;
        ~Rollback()
        {
            if (armed)
                store.m_db.rollbackWrite();
        }
    } rollback{*this};

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
        QHash<QString, qsizetype> byIdentity;
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
                return fail(LibraryText::tr("Updating a question"));
        }

        for (qsizetype position = 0; position < incoming.size(); ++position) {
            if (cancelled && position % 256 == 0 && cancelled())
                return Error{LibraryText::tr("the import was cancelled; nothing was saved."),
                             sourcePath, 0};
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
                        return m_db.sqlError(LibraryText::tr("Updating a question"),
                                             moveQuestion.lastError());
                    continue;
                }
                ++counts.updated;
                const QVariantList values = QVariantList{in.categoryId, in.identity, position} +
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
            const QVariantList values = QVariantList{bankId, in.categoryId, in.identity, position} +
                                        questionColumns(nq) + QVariantList{now, now};
            for (const QVariant &v : values)
                insertQuestion.addBindValue(v);
            if (!insertQuestion.exec())
                return m_db.sqlError(LibraryText::tr("Adding a question"),
                                     insertQuestion.lastError());
            words.add(insertQuestion.lastInsertId().toLongLong(), search::searchableText(nq, {}));
        }
        for (const ExistingQuestion &old : existing) {
            if (old.matched || old.retired)
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

namespace {

struct SqlPart
{
    QString sql;
    QVariantList binds;
};

// The WHERE clause for a filter, over questions q, categories c and banks b.
SqlPart whereFor(const QuestionFilter &f)
{
    SqlPart w;
    QStringList parts{QStringLiteral("q.retired = 0")};
    if (!f.category.isEmpty()) {
        parts << QStringLiteral("c.name LIKE ? ESCAPE '\\'");
        w.binds << QLatin1Char('%') + likeEscaped(f.category) + QLatin1Char('%');
    }
    // f.search is answered from the word index by the callers.
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
                               "r.retired = 0), "));
        break;
    }
    o.sql.prepend(QStringLiteral(" ORDER BY "));
    return o;
}

// Questions with their bank, and their category only when the filter or order needs it.
QString fromFor(const QuestionFilter &f, QuestionOrder order)
{
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
    questionColumns(QStringLiteral("q")) + QStringLiteral(", c.parents");

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
    return s;
}

} // namespace

Result<QList<StoredQuestion>> Store::questions(const QuestionFilter &filter) const
{
    if (!filter.search.trimmed().isEmpty()) {
        // The words decide which questions; they are then read in slices the database takes.
        auto ids = questionIds(filter, QuestionOrder::Library, Qt::AscendingOrder);
        if (!ids)
            return ids.error();
        QList<StoredQuestion> out;
        constexpr qsizetype kSlice = 5000;
        for (qsizetype i = 0; i < ids->size(); i += kSlice) {
            QuestionFilter slice;
            slice.questionIds = ids->mid(i, kSlice);
            auto part = questions(slice);
            if (!part)
                return part.error();
            out += *part;
        }
        return out;
    }
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

Result<StoredQuestion> Store::question(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectStored + kFromQuestions + QStringLiteral(" WHERE q.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.sqlError(LibraryText::tr("Reading a question"), q.lastError());
    if (!q.next())
        return Error{LibraryText::tr("there is no question with id %1.").arg(id), m_db.path(), 0};
    return storedQuestionFrom(q);
}

Result<QList<qint64>> Store::questionIds(const QuestionFilter &filter, QuestionOrder order,
                                         Qt::SortOrder direction, int limit) const
{
    std::optional<search::IdSet> hits;
    if (!filter.search.trimmed().isEmpty() && limit > 0) {
        // A screenful for a word found in most questions: read the questions of the list in
        // order and check their text, instead of reading the postings of every question.
        auto first = firstMatches(filter, order, direction, limit);
        if (!first)
            return first.error();
        if (*first)
            return **first;
    }
    if (!filter.search.trimmed().isEmpty()) {
        auto found = search::match(m_db.connection(), filter.search);
        if (!found)
            return found.error();
        if (!*found)
            return QList<qint64>{}; // nothing searchable was typed: nothing matches
        hits = std::move(**found);
    }
    auto ids = orderedIds(filter, order, direction, hits ? 0 : limit);
    if (!ids || !hits)
        return ids;
    QList<qint64> out;
    for (const qint64 id : std::as_const(*ids)) {
        if (hits->contains(id)) {
            out << id;
            if (limit > 0 && out.size() >= limit)
                break;
        }
    }
    return out;
}

Result<std::optional<QList<qint64>>> Store::firstMatches(const QuestionFilter &filter,
                                                         QuestionOrder order,
                                                         Qt::SortOrder direction, int limit) const
{
    // Words with short postings are read from the index; words found in a large part of the
    // library (a two-letter prefix matches thousands of words) are checked in the text of
    // the questions the others leave, in list order, until a screenful is found.
    const qint64 kLongPostings = m_searchTuning.longPostings;
    const qint64 kShortPostings = m_searchTuning.shortPostings;
    const qsizetype kMostChecked = m_searchTuning.mostChecked;
    auto words = search::queryWords(m_db.connection(), filter.search, kLongPostings);
    if (!words)
        return words.error();
    qint64 total = 0;
    QList<search::QueryWord> checked, fromIndex;
    for (const search::QueryWord &w : std::as_const(*words))
        total += w.bytes;
    if (words->isEmpty() || total < kLongPostings)
        return std::optional<QList<qint64>>{};
    for (const search::QueryWord &w : std::as_const(*words))
        (w.bytes > kShortPostings ? checked : fromIndex) << w;
    auto candidates = search::postingsOfAll(m_db.connection(), fromIndex);
    if (!candidates)
        return candidates.error();
    if (checked.isEmpty())
        return std::optional<QList<qint64>>{};
    const search::TextMatcher matcher(checked);

    QuestionFilter listed = filter;
    listed.search.clear();
    auto ids = orderedIds(listed, order, direction, 0);
    if (!ids)
        return ids.error();
    QList<qint64> out;
    qsizetype read = 0;
    const qsizetype kBatch = qsizetype(limit) * 5 / 4; // most words checked are in most
    QList<qint64> batch;
    auto check = [&]() -> Status {
        auto found = search::matchingText(m_db.connection(), batch, matcher);
        if (!found)
            return found.error();
        const QSet<qint64> &matching = *found;
        for (const qint64 id : std::as_const(batch))
            if (matching.contains(id) && out.size() < limit)
                out << id;
        read += batch.size();
        batch.clear();
        return success();
    };
    for (const qint64 id : std::as_const(*ids)) {
        if (*candidates && !(*candidates)->contains(id))
            continue;
        batch << id;
        if (batch.size() < kBatch)
            continue;
        if (Status s = check(); !s)
            return s.error();
        if (out.size() >= limit)
            return std::optional<QList<qint64>>(out);
        if (read >= kMostChecked)
            return std::optional<QList<qint64>>{};
    }
    if (!batch.isEmpty())
        if (Status s = check(); !s)
            return s.error();
    return std::optional<QList<qint64>>(out); // the whole list was checked
}

Result<QList<qint64>> Store::orderedIds(const QuestionFilter &filter, QuestionOrder order,
                                        Qt::SortOrder direction, int limit) const
{
    const SqlPart where = whereFor(filter);
    bool worstReadyFirst = false;
    if (order == QuestionOrder::Queue) {
        auto plan = interviewPlan();
        const QDate today =
            (filter.queueAt.isValid() ? filter.queueAt : QDateTime::currentDateTimeUtc())
                .toLocalTime()
                .date();
        worstReadyFirst = plan && plan->date.isValid() && plan->date >= today;
    }
    const SqlPart orderBy =
        orderFor(order, direction, filter.queueAt, worstReadyFirst, filter.categoryId != 0);
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

Result<QList<QuestionRow>> Store::questionRowsByIds(const QList<qint64> &ids) const
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
                QStringLiteral(", q.last_confidence, q.last_rated_at, q.due_at, q.frequency") +
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
        byId.insert(r.id, r);
    }
    QList<QuestionRow> rows;
    rows.reserve(ids.size());
    for (const qint64 id : ids)
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            rows << *it;
    return rows;
}

Result<int> Store::countQuestions(const QuestionFilter &filter) const
{
    if (!filter.search.trimmed().isEmpty()) {
        auto ids = questionIds(filter, QuestionOrder::Library, Qt::AscendingOrder);
        if (!ids)
            return ids.error();
        return static_cast<int>(ids->size());
    }
    // A whole bank, category or library: from the kept counts, not by counting rows.
    QuestionFilter placeOnly;
    placeOnly.bankId = filter.bankId;
    placeOnly.categoryId = filter.categoryId;
    if (filter.category == placeOnly.category && filter.categoryIds.isEmpty() &&
        filter.questionIds.isEmpty() && !filter.maxConfidence && !filter.dueBy.isValid() &&
        !filter.neverRated && !filter.queueAt.isValid()) {
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

Result<QList<CategorySummary>> Store::categorySummaries() const
{
    auto categories = readiness();
    if (!categories)
        return categories.error();
    QList<CategorySummary> out;
    out.reserve(categories->size());
    for (const Readiness &r : *categories)
        out << CategorySummary{r.bankId,        r.bank,      r.categoryId,
                               r.label(),       r.questions, r.questions - r.neverRated,
                               r.meanConfidence};
    return out;
}

Status Store::setNote(qint64 questionId, const QString &note)
{
    auto before = question(questionId);
    if (!before)
        return before.error();
    QSqlDatabase db = m_db.connection();
    return m_db.inTransaction(LibraryText::tr("Saving your note"), [&](QSqlQuery &q) -> Status {
        q.prepare(QStringLiteral("UPDATE questions SET note = ? WHERE id = ?"));
        q.addBindValue(text(note));
        q.addBindValue(questionId);
        if (!q.exec())
            return m_db.sqlError(LibraryText::tr("Saving your note"), q.lastError());
        search::IndexWriter words;
        words.replace(questionId, search::searchableText(before->question, before->note),
                      search::searchableText(before->question, note));
        return words.write(db);
    });
}

Result<LibraryStats> Store::stats() const
{
    // The per-category counts are the readiness figures, read once.
    auto categories = readiness();
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
        if (bank.categories.isEmpty() || bank.categories.last().name != s.category ||
            bank.categories.last().parents != s.categoryParents)
            bank.categories << Category{s.category, {}, s.categoryParents};
        bank.categories.last().questions << s.question;
    }
    return banks;
}

QString progressSummary(const Store &store, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    QStringList parts;
    if (auto plan = store.interviewPlan(); plan && plan->date.isValid() && plan->date >= today)
        parts << QObject::tr("Interview in %Ln day(s).", nullptr,
                             static_cast<int>(today.daysTo(plan->date)));
    if (auto recent = store.ratingRecords(QDateTime(today.addDays(-400), QTime(0, 0)).toUTC()))
        parts << QObject::tr("Streak: %Ln day(s).", nullptr, progress::streak(*recent, today));
    return parts.join(QLatin1Char(' '));
}

Status Store::refreshCategoryStats(QSqlQuery &q, qint64 bankId)
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

Result<std::unique_ptr<BulkImport>> Store::beginBulkImport(const QString &sourcePath,
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
