#pragma once

#include <QString>
#include <QStringList>

namespace prepdeck {

// An answer's lines as a bank file has them, made into the answer a person reads: HTML
// comments, "back to top" links and other junk lines out (never inside code), the
// indentation the lines share removed, rules and <br> at the edges dropped, a leading
// "**Answer:**" label taken off, placeholders ("TODO", "...") removed, and, when the answer
// ends a file or chapter (chapterEnds), the promotion after it ("⭐ Star the repo…") cut.
// A plain-text bank's lines (plain) are turned into Markdown; others are joined as they are.
QString cleanAnswerLines(QStringList lines, bool plain, bool chapterEnds);

} // namespace prepdeck
