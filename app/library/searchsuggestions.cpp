#include "searchsuggestions.h"
#include "ftsquery.h"
#include "sqlitestatus.h"
#include "translation.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace prepdeck::fts {

int editDistance(QStringView a, QStringView b, int limit)
{
    const qsizetype n = a.size(), m = b.size();
    if (std::abs(n - m) > limit)
        return limit + 1;
    // Three rows of the table: two back for a swap of neighbours (Damerau's distance).
    std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > limit)
            return limit + 1; // every way on is already too far
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return std::min(previous[m], limit + 1);
}

QString folded(QStringView word)
{
    const QString decomposed = word.toString().toLower().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

Result<QStringList> suggestedSearches(const QSqlDatabase &db, const QString &search, int most)
{
    const QString doing = LibraryText::tr("Looking for words like these");
    QSqlQuery q(db);
    // The index's vocabulary, for this connection only (nothing is added to the file).
    if (!q.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.questions_words USING "
                               "fts5vocab(main, questions_fts, 'row')")))
        return sqlite::failure(q.lastError(), doing, db.databaseName());
    static const QRegularExpression words(QStringLiteral("[\\w]+"));
    struct Word
    {
        QString typed;
        QList<std::pair<int, QString>> near; // (how far, word), best first
    };
    QList<Word> replaced;
    bool anyMissing = false;
    for (auto it = words.globalMatch(search); it.hasNext();) {
        const QString typed = it.next().captured(0);
        const QString word = folded(typed);
        if (word.size() < 3 || containsCjk(word))
            continue; // too short to guess at, or not a word of the index
        q.prepare(QStringLiteral("SELECT doc FROM temp.questions_words WHERE term = ?"));
        q.addBindValue(word);
        if (!q.exec())
            return sqlite::failure(q.lastError(), doing, db.databaseName());
        if (q.next() || (!it.hasNext() && !search.back().isSpace() && [&] {
                // The word being typed is a prefix: held when some word begins so.
                QSqlQuery p(db);
                p.prepare(QStringLiteral(
                    "SELECT 1 FROM temp.questions_words WHERE term >= ? AND term < ? LIMIT 1"));
                p.addBindValue(word);
                p.addBindValue(word + QChar(0xffff));
                return p.exec() && p.next();
            }()))
            continue;
        anyMissing = true;
        const int limit = word.size() <= 4 ? 1 : 2;
        q.prepare(QStringLiteral("SELECT term, doc FROM temp.questions_words WHERE "
                                 "length(term) BETWEEN ? AND ?"));
        q.addBindValue(word.size() - limit);
        q.addBindValue(word.size() + limit);
        if (!q.exec())
            return sqlite::failure(q.lastError(), doing, db.databaseName());
        struct Candidate
        {
            int distance;
            qint64 questions;
            QString term;
        };
        std::vector<Candidate> candidates;
        while (q.next()) {
            const QString term = q.value(0).toString();
            const int d = editDistance(word, term, limit);
            if (d <= limit)
                candidates.push_back({d, q.value(1).toLongLong(), term});
        }
        std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
            return a.distance != b.distance ? a.distance < b.distance : a.questions > b.questions;
        });
        Word w{typed, {}};
        for (const Candidate &c : candidates) {
            if (w.near.size() >= most)
                break;
            w.near << std::pair{c.distance, c.term};
        }
        if (w.near.isEmpty())
            return QStringList{}; // a word with nothing near: no search would find anything
        replaced << w;
    }
    if (!anyMissing)
        return QStringList{};
    // The search with every missing word's best replacement, then with the next best of
    // each in turn.
    QStringList out;
    for (int choice = 0; choice < most; ++choice) {
        QString suggestion = search.trimmed();
        bool any = false;
        for (const Word &w : std::as_const(replaced)) {
            const int pick = std::min<int>(choice, int(w.near.size()) - 1);
            any = any || pick == choice;
            suggestion.replace(
                QRegularExpression(
                    QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(w.typed))),
                w.near[pick].second);
        }
        if (any && !out.contains(suggestion))
            out << suggestion;
    }
    return out;
}

} // namespace prepdeck::fts
