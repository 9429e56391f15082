#pragma once

#include <QString>

namespace prepdeck {

// Renders answer Markdown to HTML with cmark-gfm: CommonMark plus tables, strikethrough,
// autolinks and task lists. Safe by construction: raw HTML in the Markdown is shown as
// visible text (never interpreted, never dropped), links keep only http, https and mailto
// targets, and images become links so nothing is ever loaded. The same input always gives
// the same output.
QString renderMarkdown(const QString &markdown);

} // namespace prepdeck
