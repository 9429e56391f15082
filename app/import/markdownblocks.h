#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Markdown file as cmark-gfm parses it, flattened into its blocks in document order, each
// with the lines it covers in the file and its text as a reader would write it. The bank
// readers look at structure here and cut answers from the file's own lines.
namespace prepdeck::markdown {

enum class Kind
{
    Heading,
    Paragraph,
    List,
    Item,
    Code,
    Html,
    Table,
    Row,
    Rule,
    Quote,
};

struct Block
{
    Kind kind = Kind::Paragraph;
    int level = 0;   // heading: 1–6; list and item: how deep the list is (1 = outermost)
    int line = 0;    // first line in the file, 1-based
    int endLine = 0; // last line
    int parent = -1; // the list, item, quote or table it sits in (index), or -1
    bool ordered = false;
    int number = 0;        // an ordered list item's number
    QString text;          // plain text: heading, paragraph, an item's first paragraph, a row's
                           // cells joined by tabs
    QStringList cells;     // a row's cells, plain text
    QString literal;       // an HTML block's or a code block's text; a code block's info string
    QString info;          //   in info
    int links = 0;         // links in the text
    int anchorLinks = 0;   // of them, to anchors in the same file (#…)
    QString firstUrl;      // the first link's target
    bool linkOnly = false; // the text is links and separators only
    bool startsWithLink = false;
    bool strongOnly = false; // the whole paragraph is bold (**…**, <b>…</b>)
    bool codeOnly = false;   // the whole text is inline code
    QString lead;            // a bold span the text opens with ("**Topic:** concept")
    bool isHeader = false;   // a table's header row
};

// Parses lines (without line ends). Large files are cut at top-level headings outside code
// fences and parsed a part at a time; line numbers stay those of the file.
QList<Block> readBlocks(const QStringList &lines);

// Decodes the HTML entities that text in HTML blocks holds (&amp;, &lt;, &#39;…).
QString decodeEntities(QString text);

// The text of an HTML fragment without its tags, entities decoded, white space collapsed.
QString htmlText(const QString &html);

} // namespace prepdeck::markdown

// Moved in memory as bytes when a list of blocks grows: its members are all Qt's
// relocatable types.
Q_DECLARE_TYPEINFO(prepdeck::markdown::Block, Q_RELOCATABLE_TYPE);
