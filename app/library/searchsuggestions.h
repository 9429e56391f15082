#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace prepdeck::fts {

// The number of single-letter changes (a letter added, dropped, replaced, or two
// neighbours swapped) that turn a into b; more than `limit` as limit + 1.
int editDistance(QStringView a, QStringView b, int limit);

// A word as the index holds it: lower case, without accents ("Über" → "uber").
QString folded(QStringView word);

// "Did you mean …?": for a search whose words find nothing, the same search with each word
// the library does not hold replaced by the nearest one it does (at most two letters away,
// the one in most questions first): up to `most` searches, best first; none when every word
// is there or nothing near is.
Result<QStringList> suggestedSearches(const QSqlDatabase &db, const QString &search, int most = 3);

} // namespace prepdeck::fts
