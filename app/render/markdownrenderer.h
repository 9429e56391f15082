#pragma once

#include <QString>

namespace prepdeck {

// Renders answer Markdown to HTML with cmark-gfm: CommonMark plus tables, strikethrough,
// autolinks and task lists. Safe by construction: raw HTML in the Markdown is shown as
// visible text (never interpreted, never dropped), links keep only http, https and mailto
// targets, and images become links so nothing is ever loaded. The same input always gives
// the same output.
//
// Bounded, so that no answer can stop the window or a PDF: lists and block quotes nested
// deeper than kMaxAnswerNesting are flattened, and text past kMaxAnswerCharacters is cut
// at a line end; either way a notice in the answer says so.
QString renderMarkdown(const QString &markdown);

// A one-line text such as a question's prompt, its inline Markdown (code spans, links,
// backslash escapes) rendered as an HTML fragment with no paragraph around it, as safely as
// renderMarkdown(); text that would not be one paragraph ("1. …", "# …") is escaped as it
// is. Asterisks and underscores stay as written: in prompts they are literal ("*args and
// **kwargs", "__init__"), the import having removed emphasis markers already.
// "Slots (`__slots__`)" → "Slots (<code>__slots__</code>)".
QString renderInlineMarkdown(const QString &text);
// The same text as a reader sees it, without the markup: "Slots (__slots__)".
QString inlineMarkdownText(const QString &text);

constexpr int kMaxAnswerNesting = 8;
constexpr qsizetype kMaxAnswerCharacters = 256 * 1024;

} // namespace prepdeck
