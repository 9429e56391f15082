#include "markdownblocks.h"
#include "textcleanup.h"

#include <QRegularExpression>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <mutex>

namespace prepdeck::markdown {
namespace {

// Parts of at least this many lines are parsed at a time: cmark-gfm holds a part's whole
// tree in memory (the tree of a 200 MB bank took 1.9 GB).
constexpr int kPartLines = 2000;

struct Inline
{
    QString text;
    int links = 0;
    int anchorLinks = 0;
    QString firstUrl;
    bool outsideLinks = false; // words outside any link
    bool outsideStrong = false;
    bool outsideCode = false;
    bool anyStrong = false;
    bool anyCode = false;
    bool startsWithLink = false;
    bool started = false;
    QString lead; // a bold span that opens the text
    bool leadTaken = false;
};

bool isSeparator(const QString &text)
{
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            return false;
    return true;
}

// An inline HTML tag: a line break is a space, <b>/<strong>, <code> and <a href> open
// and close what they mark (the flags are the walk's state).
// Whether an inline tag is markup a writer formats text with ("<b>", "</span>", "<img …>",
// "<!-- … -->"), not a tag the question names as its subject ("<!DOCTYPE html>", "<head>",
// "<script>"), which a reader sees written out.
bool isFormattingTag(const QString &tag)
{
    static thread_local const QRegularExpression formatting(
        QStringLiteral(R"(^<(!--|/?(a|abbr|b|big|br|center|cite|code|del|details|div|em|font|hr|i|)"
                       R"(img|ins|kbd|mark|p|picture|q|s|samp|small|source|span|strike|strong|sub|)"
                       R"(summary|sup|tt|u|var|wbr)\b))"));
    return formatting.match(tag).hasMatch();
}

void readInlineHtml(const QString &tag, Inline &out, bool &inLink, bool &inStrong, bool &inCode,
                    bool &inAnchor)
{
    if (tag.startsWith(QLatin1String("<br")))
        out.text += QLatin1Char(' ');
    else if (tag.startsWith(QLatin1String("<b>")) || tag.startsWith(QLatin1String("<strong")))
        inStrong = true;
    else if (tag.startsWith(QLatin1String("</b>")) || tag.startsWith(QLatin1String("</strong")))
        inStrong = false;
    else if (tag.startsWith(QLatin1String("<code")))
        inCode = true, out.anyCode = true;
    else if (tag.startsWith(QLatin1String("</code")))
        inCode = false;
    else if (tag.startsWith(QLatin1String("<a ")) && tag.contains(QLatin1String("href"))) {
        ++out.links;
        static thread_local const QRegularExpression href(
            QStringLiteral(R"(href\s*=\s*["']([^"']*))"));
        const QString url = href.match(tag).captured(1);
        if (out.firstUrl.isEmpty())
            out.firstUrl = url;
        inLink = true;
        if (url.startsWith(u'#')) {
            ++out.anchorLinks;
            inAnchor = true;
        }
    } else if (tag.startsWith(QLatin1String("</a"))) {
        inLink = false;
        inAnchor = false;
    }
    if (inStrong)
        out.anyStrong = true;
}

// Inline content as plain text. Links count, and the text of a link to an anchor in the
// same file is left out (a "[⬆](#top)" in a heading, a "[1.1](#x)" self-link).
void walkInline(cmark_node *node, Inline &out, bool inLink, bool inStrong, bool inCode,
                bool inAnchor)
{
    for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
        const cmark_node_type type = cmark_node_get_type(n);
        auto addText = [&](const QString &t) {
            if (!inAnchor)
                out.text += t;
            if (!isSeparator(t)) {
                if (!out.started) {
                    out.started = true;
                    out.startsWithLink = inLink;
                }
                out.outsideLinks = out.outsideLinks || !inLink;
                out.outsideStrong = out.outsideStrong || !inStrong;
                out.outsideCode = out.outsideCode || !inCode;
            }
        };
        switch (type) {
        case CMARK_NODE_TEXT:
            addText(QString::fromUtf8(cmark_node_get_literal(n)));
            break;
        case CMARK_NODE_CODE:
            out.anyCode = true;
            {
                const bool wasCode = inCode;
                inCode = true;
                addText(QString::fromUtf8(cmark_node_get_literal(n)));
                inCode = wasCode;
            }
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            if (!inAnchor)
                out.text += QLatin1Char(' ');
            break;
        case CMARK_NODE_HTML_INLINE: {
            const QString literal = QString::fromUtf8(cmark_node_get_literal(n));
            const QString tag = literal.trimmed().toLower();
            if (isFormattingTag(tag))
                readInlineHtml(tag, out, inLink, inStrong, inCode, inAnchor);
            else
                addText(literal);
        } break;
        case CMARK_NODE_LINK: {
            ++out.links;
            const QString url = QString::fromUtf8(cmark_node_get_url(n));
            if (out.firstUrl.isEmpty())
                out.firstUrl = url;
            const bool anchor = url.startsWith(u'#');
            out.anchorLinks += anchor;
            walkInline(n, out, true, inStrong, inCode, inAnchor || anchor);
            break;
        }
        case CMARK_NODE_IMAGE:
            break; // badges and pictures say nothing a prompt needs
        case CMARK_NODE_STRONG:
            out.anyStrong = true;
            if (!out.started && !out.leadTaken) {
                Inline lead;
                walkInline(n, lead, inLink, true, inCode, inAnchor);
                out.lead = cleanup::simplified(lead.text);
                out.leadTaken = true;
            }
            walkInline(n, out, inLink, true, inCode, inAnchor);
            break;
        default:
            walkInline(n, out, inLink, inStrong, inCode, inAnchor);
            break;
        }
    }
}

void fillText(Block &block, cmark_node *node)
{
    Inline in;
    walkInline(node, in, false, false, false, false);
    block.text = cleanup::simplified(in.text);
    block.links = in.links;
    block.anchorLinks = in.anchorLinks;
    block.firstUrl = in.firstUrl;
    block.linkOnly = in.links > 0 && !in.outsideLinks;
    block.startsWithLink = in.startsWithLink;
    block.strongOnly = in.anyStrong && !in.outsideStrong;
    block.codeOnly = in.anyCode && !in.outsideCode;
    block.lead = in.lead;
}

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

bool isType(cmark_node *node, const char *name)
{
    return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

using ParsedTree = std::unique_ptr<cmark_node, NodeDeleter>;

// Lines [first, first + count) parsed with GitHub's extensions, line numbers from 1.
ParsedTree parseLines(const QStringList &lines, int first, int count)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    std::unique_ptr<cmark_parser, ParserDeleter> parser(
        cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE));
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    // Fed at once: the parser copies what a feed leaves of a line until the next one.
    qsizetype size = 0;
    for (int i = first; i < first + count; ++i)
        size += lines[i].size() + 1;
    QByteArray text;
    text.reserve(size + size / 4);
    for (int i = first; i < first + count; ++i) {
        text += lines[i].toUtf8();
        text += '\n';
    }
    cmark_parser_feed(parser.get(), text.constData(), size_t(text.size()));
    return ParsedTree(cmark_parser_finish(parser.get()));
}

// An item's first paragraph is the item's text as well.
void takeParagraphText(Block &item, const Block &paragraph)
{
    item.text = paragraph.text;
    item.links = paragraph.links;
    item.anchorLinks = paragraph.anchorLinks;
    item.firstUrl = paragraph.firstUrl;
    item.linkOnly = paragraph.linkOnly;
    item.startsWithLink = paragraph.startsWithLink;
    item.strongOnly = paragraph.strongOnly;
    item.codeOnly = paragraph.codeOnly;
    item.lead = paragraph.lead;
}

// A table row: its cells' text, joined by tabs, and their links.
void fillRow(Block &b, cmark_node *row)
{
    b.kind = Kind::Row;
    b.isHeader = isType(row, "table_header");
    for (cmark_node *cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
        Block c;
        fillText(c, cell);
        b.cells << c.text;
        b.links += c.links;
        b.anchorLinks += c.anchorLinks;
        if (b.firstUrl.isEmpty())
            b.firstUrl = c.firstUrl;
    }
    b.text = b.cells.join(QLatin1Char('\t'));
}

// The number of an ordered list's item: the list's start and the items before it.
int itemNumber(cmark_node *item)
{
    cmark_node *list = cmark_node_parent(item);
    int n = cmark_node_get_list_start(list);
    for (cmark_node *s = cmark_node_first_child(list); s && s != item; s = cmark_node_next(s))
        ++n;
    return n;
}

// What a node is as a block: false for inline content (taken with its block). A
// container's children are blocks of their own; the others' are not visited.
enum class Visit
{
    Skip,      // inline content
    Leaf,      // a block; its children are its text
    Container, // a block that holds blocks
};

Visit fillBlock(Block &b, cmark_node *node, int listDepth)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_HEADING:
        b.kind = Kind::Heading;
        b.level = cmark_node_get_heading_level(node);
        fillText(b, node);
        return Visit::Leaf;
    case CMARK_NODE_PARAGRAPH:
        b.kind = Kind::Paragraph;
        fillText(b, node);
        return Visit::Leaf;
    case CMARK_NODE_LIST:
        b.kind = Kind::List;
        b.level = listDepth + 1;
        b.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
        return Visit::Container;
    case CMARK_NODE_ITEM:
        b.kind = Kind::Item;
        b.level = listDepth;
        b.ordered = cmark_node_get_list_type(cmark_node_parent(node)) == CMARK_ORDERED_LIST;
        if (b.ordered)
            b.number = itemNumber(node);
        return Visit::Container;
    case CMARK_NODE_BLOCK_QUOTE:
        b.kind = Kind::Quote;
        return Visit::Container;
    case CMARK_NODE_CODE_BLOCK:
        b.kind = Kind::Code;
        b.literal = QString::fromUtf8(cmark_node_get_literal(node));
        b.info = QString::fromUtf8(cmark_node_get_fence_info(node));
        return Visit::Leaf;
    case CMARK_NODE_HTML_BLOCK:
        b.kind = Kind::Html;
        b.literal = QString::fromUtf8(cmark_node_get_literal(node));
        return Visit::Leaf;
    case CMARK_NODE_THEMATIC_BREAK:
        b.kind = Kind::Rule;
        return Visit::Leaf;
    default:
        if (isType(node, "table")) {
            b.kind = Kind::Table;
            return Visit::Container;
        }
        if (isType(node, "table_row") || isType(node, "table_header")) {
            fillRow(b, node);
            return Visit::Leaf;
        }
        return Visit::Skip;
    }
}

// Adds the blocks of one part (lines [first, first + count)) to out.
void readPart(const QStringList &lines, int first, int count, QList<Block> &out)
{
    const ParsedTree root = parseLines(lines, first, count);
    // The blocks that hold others, innermost last, with their index in out.
    struct Open
    {
        cmark_node *node;
        qsizetype index;
    };
    QList<Open> open;
    int listDepth = 0;
    cmark_iter *iter = cmark_iter_new(root.get());
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (ev == CMARK_EVENT_EXIT) {
            if (!open.isEmpty() && open.last().node == node) {
                open.removeLast();
                if (cmark_node_get_type(node) == CMARK_NODE_LIST)
                    --listDepth;
            }
            continue;
        }
        if (node == root.get())
            continue;
        Block b;
        b.line = first + cmark_node_get_start_line(node);
        b.endLine = first + cmark_node_get_end_line(node);
        b.parent = open.isEmpty() ? -1 : int(open.last().index);
        const Visit visit = fillBlock(b, node, listDepth);
        if (visit == Visit::Skip)
            continue;
        if (b.kind == Kind::List)
            ++listDepth;
        if (b.kind == Kind::Paragraph && b.parent >= 0 && out[b.parent].kind == Kind::Item &&
            cmark_node_first_child(cmark_node_parent(node)) == node)
            takeParagraphText(out[b.parent], b);
        out.append(std::move(b));
        if (visit == Visit::Container)
            open.append({node, out.size() - 1});
        else
            cmark_iter_reset(iter, node, CMARK_EVENT_EXIT);
    }
    cmark_iter_free(iter);
}

} // namespace

QString decodeEntities(QString text)
{
    if (!text.contains(u'&'))
        return text;
    static const QList<std::pair<QString, QString>> entities = {
        {QStringLiteral("&lt;"), QStringLiteral("<")},
        {QStringLiteral("&gt;"), QStringLiteral(">")},
        {QStringLiteral("&quot;"), QStringLiteral("\"")},
        {QStringLiteral("&#39;"), QStringLiteral("'")},
        {QStringLiteral("&apos;"), QStringLiteral("'")},
        {QStringLiteral("&nbsp;"), QStringLiteral(" ")},
        {QStringLiteral("&#x27;"), QStringLiteral("'")},
        {QStringLiteral("&amp;"), QStringLiteral("&")}};
    for (const auto &[entity, character] : entities)
        text.replace(entity, character);
    return text;
}

QString htmlText(const QString &html)
{
    static thread_local const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString t = html;
    if (t.contains(u'<'))
        t.replace(tags, QStringLiteral(" "));
    return cleanup::simplified(decodeEntities(t));
}

QList<Block> readBlocks(const QStringList &lines)
{
    QList<Block> out;
    // About a block per two lines (a paragraph and the blank line after it): grown by
    // doubling from nothing, a large part's list was copied a dozen times.
    out.reserve(lines.size() / 2);
    static thread_local const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    static thread_local const QRegularExpression topHeading(QStringLiteral(R"(^#{1,2}(\s|$))"));
    int start = 0;
    QString openFence;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        // Patterns only where they can match: a fence opens with ` or ~, a heading with #.
        const QStringView lead = QStringView(line).trimmed();
        if (lead.isEmpty() || (lead[0] != u'`' && lead[0] != u'~' && lead[0] != u'#'))
            continue;
        if (const auto m = fence.match(line); m.hasMatch()) {
            const QString marks = m.captured(1);
            if (openFence.isEmpty())
                openFence = marks;
            else if (marks.at(0) == openFence.at(0) && marks.size() >= openFence.size())
                openFence.clear();
            continue;
        }
        if (openFence.isEmpty() && i - start >= kPartLines && topHeading.match(line).hasMatch()) {
            readPart(lines, start, i - start, out);
            start = i;
        }
    }
    if (start < lines.size())
        readPart(lines, start, int(lines.size()) - start, out);
    return out;
}

} // namespace prepdeck::markdown
