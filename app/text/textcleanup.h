#pragma once

#include <QString>

#include <optional>

namespace prepdeck::cleanup {

// The text with white space runs made one space and none at its ends (QString::simplified()),
// without a copy when it is so already, as most text is: simplified() always makes one.
QString simplified(const QString &text);

// Drops decorative symbols (emoji, arrows, bullets) from the start of a title.
QString withoutLeadingSymbols(const QString &text);

// A category or bank name as a reader would write it: no list number ("1. "), no trailing
// count ("(20 Questions)"), no decorative emoji, no Markdown emphasis.
QString categoryName(const QString &heading);

// A question's prompt from a heading or list item: no emoji, no "Q:" marker, no
// surrounding quotes or emphasis. The list number, if any, goes to *number.
QString questionPrompt(const QString &text, std::optional<int> *number = nullptr);

// Removes Markdown emphasis markers (** and __) around and inside a short text.
QString withoutEmphasis(const QString &text);

// A bank's name from its file's name, for a file that names none: the extension, runs
// that look like hashes or ids (8 or more hexadecimal digits with a digit among them, a
// UUID) and numbering prefixes ("000_", "01-") taken out, underscores and the hyphens of
// kebab-case read as spaces, the first letter capital when all is lower case:
// "002_b38047a05c_backend-python.md" → "Backend python". Empty when nothing readable is
// left (no letter), or only a name any file could have ("README", "index", "untitled").
QString bankNameFromFile(const QString &fileName);

// The identity of a prompt for matching on re-import: case, punctuation and spacing
// do not count.
QString identityKey(const QString &prompt);

} // namespace prepdeck::cleanup
