#pragma once

#include "layouts.h"

#include <optional>

namespace prepdeck {

// Markdown (or plain text) of any layout, read from its structure as cmark-gfm parses it:
// headings of one level as questions, or items inside sections (list items, <details>
// blocks, Q/A pairs, bold paragraphs, table rows), whichever reads most like a bank of
// questions. Nothing when the file holds nothing question-like.
std::optional<ParsedBanks> readStructuredMarkdown(const SourceText &source);

} // namespace prepdeck
