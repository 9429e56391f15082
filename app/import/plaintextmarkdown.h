#pragma once

#include <QString>
#include <QStringList>

namespace prepdeck::plaintext {

// Escapes one line of plain text so that Markdown shows exactly these characters:
// no emphasis from * or _, no headings from #, no lists from "1." or "-", no raw HTML.
QString escapeLine(const QString &line);

// Turns the lines of a plain-text answer into Markdown that shows what the file said:
// paragraphs stay paragraphs, single line breaks stay line breaks, and runs of lines
// that look like code (Python, SQL, CSS, shell, JSON, JavaScript) become fenced code
// blocks with their indentation kept.
QString toMarkdown(const QStringList &lines);

// True if a single line of plain text reads as source code rather than prose.
bool looksLikeCode(QStringView line);

} // namespace prepdeck::plaintext
