#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace prepdeck::fts {

// What a person types in the search field, as SQLite's full-text engine (FTS5) reads it.
//
// The language is the one search boxes have taught everyone:
//   words        every word must be found (in any column, any order)
//   the last word is also the beginning of a word while it is being typed ("conn" finds
//                "connection"); a space after it makes it a whole word
//   "a phrase"   the words next to each other, in this order (an unclosed quote is a phrase
//                being typed)
//   word*        any word beginning so
//   a OR b       either (OR in capitals, between two terms; it binds tighter than the
//                spaces: `python OR java interview` is (python OR java) AND interview;
//                typed last it waits for its second term, typed first it is the word "or")
//   -word        leave out what holds it (also -"a phrase")
//   缓存          Chinese or Japanese: found anywhere in the text (see containsCjk); such a
//                term is always required, OR does not apply to it
// Everything else is text: each term is quoted before FTS5 sees it, so no input is a
// syntax error. Punctuation inside a term splits it as the index splits text ("node.js"
// is the phrase "node js"); a term without a letter or digit is dropped.
struct Query
{
    QString match;          // what must be found, as an FTS5 expression; empty: no condition
    QString excluded;       // what must not be, as an FTS5 expression; empty: none
    QStringList terms;      // the terms looked for (words and phrases), as typed
    QStringList highlights; // what to mark in the text shown: the terms and their stems
    // Terms in Chinese or Japanese script: looked for as text (see containsCjk()), each
    // required, or (excludedText) left out.
    QStringList text, excludedText;
    bool searchable = false; // anything searchable was typed at all

    // One expression for ranking: match without excluded; empty when only words to leave
    // out were typed (nothing to rank by).
    QString ranked() const
    {
        if (match.isEmpty())
            return {};
        return excluded.isEmpty() ? match : QStringLiteral("(%1) NOT (%2)").arg(match, excluded);
    }
};

Query translate(QStringView typed);

// Whether the text holds Chinese or Japanese script. Those languages write words without
// spaces between them, so the index's tokenizer makes one "word" of a whole run of them and
// a word inside it cannot be found through the index (a trigram index would not find the
// many two-character words either): such terms are looked for in the text itself, which
// costs a read of every question's text and is fine for the sizes such banks have.
bool containsCjk(QStringView text);

// The columns of questions_fts, in this order, and their weights in bm25 ranking: a word in
// the prompt says far more about what a question is about than one in its answer.
inline constexpr const char *kRankFunction = "bm25(questions_fts, 10.0, 4.0, 2.0, 1.0)";

} // namespace prepdeck::fts
