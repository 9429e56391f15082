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
    struct Word
    {
        QString typed;
        qsizetype at = 0;                    // where in the search
        QList<std::pair<int, QString>> near; // (how far, word), best first
    };
    // The search's words: runs of letters and digits, in any script.
    QList<std::pair<qsizetype, QString>> typedWords;
    for (qsizetype i = 0; i < search.size();) {
        if (!search[i].isLetterOrNumber()) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < search.size() && search[j].isLetterOrNumber())
            ++j;
        typedWords << std::pair{i, search.mid(i, j - i)};
        i = j;
    }
    QList<Word> replaced;
    bool anyMissing = false;
    for (qsizetype n = 0; n < typedWords.size(); ++n) {
        const auto &[at, typed] = typedWords[n];
        const bool last = n + 1 == typedWords.size();
        const QString word = folded(typed);
        if (word.size() < 3 || containsCjk(word))
            continue; // too short to guess at, or not a word of the index
        q.prepare(QStringLiteral("SELECT doc FROM temp.questions_words WHERE term = ?"));
        q.addBindValue(word);
        if (!q.exec())
            return sqlite::failure(q.lastError(), doing, db.databaseName());
        if (q.next() || (last && !search.back().isSpace() && [&] {
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
        // Words beginning with the same letter: the vocabulary table counts each word's
        // questions as it is read, so a scan of all of it took 0.3 s at 100,000 questions.
        q.prepare(QStringLiteral("SELECT term, doc FROM temp.questions_words WHERE term >= ? "
                                 "AND term < ? AND length(term) BETWEEN ? AND ?"));
        q.addBindValue(word.left(1));
        q.addBindValue(QString(QChar(word.front().unicode() + 1)));
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
        Word w{typed, at, {}};
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
    // each in turn; replaced where each was typed (from the end, so positions hold).
    QStringList out;
    for (int choice = 0; choice < most; ++choice) {
        QString suggestion = search;
        bool any = false;
        for (auto w = replaced.crbegin(); w != replaced.crend(); ++w) {
            const int pick = std::min<int>(choice, int(w->near.size()) - 1);
            any = any || pick == choice;
            suggestion.replace(w->at, w->typed.size(), w->near[pick].second);
        }
        suggestion = suggestion.trimmed();
        if (any && !out.contains(suggestion))
            out << suggestion;
    }
    return out;
}

} // namespace prepdeck::fts
