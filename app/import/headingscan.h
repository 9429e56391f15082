#pragma once

#include <QStringView>
#include <QtGlobal>

namespace prepdeck {

// The Markdown structure part boundaries need, line by line: code fences and <details>
// blocks (headings inside them are not the document's), and the level of each heading
// outside them. Checked by hand, not with a pattern: this runs on every line of the file.
class HeadingScan
{
public:
    // The level of the line's heading (1–6) if it is one of the document's, minus it for a
    // heading inside a <details> block (the reader may take it for either: an unclosed
    // block ends at a blank line), else 0.
    qint8 take(QStringView line);

private:
    char16_t m_fence = 0;
    qsizetype m_fenceLength = 0;
    int m_details = 0;
};

} // namespace prepdeck
