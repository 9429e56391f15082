#pragma once

#include <QString>
#include <QStringList>

namespace prepdeck::fts {

// Where a search's words are in a question's text, for showing why it matched. Done here
// on the few texts shown rather than by FTS5's snippet(): that builds the whole match again
// for every row it is asked about, which for the prefix of a common word being typed (a
// few thousand words) took half a second a row.

// The places in text where one of the words (or phrases) begins a word, compared without
// case or accents: [start, end) pairs in text, in order, not overlapping.
QList<std::pair<qsizetype, qsizetype>> matchesIn(const QString &text, const QStringList &words);

// The text with every match between start and end marks; empty when nothing matches.
QString markedText(const QString &text, const QStringList &words, QChar start, QChar end);

// A few words of the text around its first match, matches marked, "…" where it is cut;
// empty when nothing matches.
QString passage(const QString &text, const QStringList &words, QChar start, QChar end);

} // namespace prepdeck::fts
