#pragma once

#include "bank.h"

#include <QString>

namespace prepdeck::bench {

// A realistic bank of n questions in 20 categories: prompts of 40-200 characters, answers
// of 300-3,000 characters with paragraphs and lists, a fenced code block in one answer of
// three and a table in one of ten. The same seed gives the same bank.
Bank generateBank(int n, quint64 seed);

// The generated banks' vocabulary, most frequent word first (rank 0); for search queries.
QString lexiconWord(qsizetype rank);
qsizetype lexiconSize();

// The same bank in the seed-like plain-text layout: a section title, then per question a
// quoted question, a tag line, "Suggested Answer", the answer and a coaching line.
QString toQuotedText(const Bank &bank);

// The same bank as a hand-written Markdown file would have it: "# bank", "## category",
// "### N. question?" with the answer below and **Hint:** / **Tip:** lines.
QString toHeadingsMarkdown(const Bank &bank);

// The same bank as CSV with a header row: number, category, question, answer, hint, tags.
QString toCsv(const Bank &bank);

} // namespace prepdeck::bench
