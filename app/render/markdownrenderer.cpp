#include "markdownrenderer.h"
#include "translation.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace prepdeck {
namespace {

struct ParserDeleter
{
    void operator()(cmark_parser *p) const { cmark_parser_free(p); }
};
struct NodeDeleter
{
    void operator()(cmark_node *n) const { cmark_node_free(n); }
};

constexpr const char *kExtensions[] = {"table", "strikethrough", "autolink", "tasklist"};

bool allowedUrl(const char *url)
{
    const QString u = QString::fromUtf8(url ? url : "").trimmed().toLower();
    return u.startsWith(QLatin1String("http://")) || u.startsWith(QLatin1String("https://")) ||
           u.startsWith(QLatin1String("mailto:"));
}

cmark_node *textNode(const char *literal)
{
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, literal);
    return text;
}

// Raw HTML becomes text showing the same characters.
void htmlToText(cmark_node *node)
{
    if (cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE) {
        cmark_node_replace(node, textNode(cmark_node_get_literal(node)));
        cmark_node_free(node);
        return;
    }
    // An HTML block becomes a paragraph that keeps its line breaks.
    const QByteArray literal = QByteArray(cmark_node_get_literal(node)).trimmed();
    cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    const QList<QByteArray> lines = literal.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            cmark_node_append_child(para, cmark_node_new(CMARK_NODE_LINEBREAK));
        cmark_node_append_child(para, textNode(lines[i].constData()));
    }
    cmark_node_replace(node, para);
    cmark_node_free(node);
}

// A link to a place we do not open keeps its text and loses the link.
void unlink(cmark_node *link)
{
    while (cmark_node *child = cmark_node_first_child(link))
        cmark_node_insert_before(link, child);
    cmark_node_free(link);
}

// An image is never loaded: it becomes a link to the picture (when the address is one we
// allow) labelled with its description.
void imageToLink(cmark_node *image)
{
    //: Put before an image's description, where the answer would have shown the image.
    const QByteArray label = AnswerText::tr("Image: ").toUtf8();
    const bool allowed = allowedUrl(cmark_node_get_url(image));
    cmark_node *replacement = cmark_node_new(allowed ? CMARK_NODE_LINK : CMARK_NODE_TEXT);
    if (allowed) {
        cmark_node_set_url(replacement, cmark_node_get_url(image));
        cmark_node_append_child(replacement, textNode(label.constData()));
        while (cmark_node *child = cmark_node_first_child(image))
            cmark_node_append_child(replacement, child);
        cmark_node_replace(image, replacement);
    } else {
        cmark_node_free(replacement);
        cmark_node_insert_before(image, textNode(label.constData()));
        while (cmark_node *child = cmark_node_first_child(image))
            cmark_node_insert_before(image, child);
    }
    cmark_node_free(image);
}

void sanitise(cmark_node *root)
{
    // Collect first: changing the tree while iterating over it is not allowed.
    std::vector<cmark_node *> html, links, images;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (ev != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            html.push_back(node);
            break;
        case CMARK_NODE_LINK:
            if (!allowedUrl(cmark_node_get_url(node)))
                links.push_back(node);
            break;
        case CMARK_NODE_IMAGE:
            images.push_back(node);
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *n : html)
        htmlToText(n);
    // Innermost first so a parent is never freed before its children are moved.
    for (auto it = images.rbegin(); it != images.rend(); ++it)
        imageToLink(*it);
    for (auto it = links.rbegin(); it != links.rend(); ++it)
        unlink(*it);
}

bool isContainer(cmark_node *node)
{
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_LIST || type == CMARK_NODE_ITEM || type == CMARK_NODE_BLOCK_QUOTE;
}

// Lists and block quotes nested deeper than `most` levels are flattened: their blocks
// (paragraphs, code, tables) move up, in order, to the deepest level kept. Qt's text
// layout takes time that grows with nesting (a 20 KB answer of 10,000 nested items froze
// the window for a minute); no real answer nests this deep. True when anything moved.
bool flattenDeepNesting(cmark_node *root, int most)
{
    std::vector<cmark_node *> tooDeep; // the outermost of each too-deep run
    int depth = 0;
    cmark_iter *iter = cmark_iter_new(root);
    for (cmark_event_type ev; (ev = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type != CMARK_NODE_LIST && type != CMARK_NODE_BLOCK_QUOTE)
            continue;
        if (ev == CMARK_EVENT_ENTER) {
            if (++depth == most + 1)
                tooDeep.push_back(node);
        } else {
            --depth;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *deep : tooDeep) {
        // Its blocks, in document order, without descending into them.
        std::vector<cmark_node *> blocks;
        cmark_iter *inner = cmark_iter_new(deep);
        for (cmark_event_type ev; (ev = cmark_iter_next(inner)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(inner);
            if (ev != CMARK_EVENT_ENTER || node == deep || isContainer(node))
                continue;
            blocks.push_back(node);
            cmark_iter_reset(inner, node, CMARK_EVENT_EXIT);
        }
        cmark_iter_free(inner);
        for (cmark_node *block : blocks)
            cmark_node_insert_before(deep, block);
        cmark_node_free(deep);
    }
    return !tooDeep.empty();
}

// A paragraph in emphasis, for what the renderer changed about an answer.
cmark_node *notice(const QString &text)
{
    cmark_node *para = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node *emph = cmark_node_new(CMARK_NODE_EMPH);
    cmark_node_append_child(emph, textNode(text.toUtf8().constData()));
    cmark_node_append_child(para, emph);
    return para;
}

} // namespace

QString renderMarkdown(const QString &markdown)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    for (const char *name : kExtensions) {
        if (cmark_syntax_extension *ext = cmark_find_syntax_extension(name))
            cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    // An answer longer than anyone reads in one go is cut at a line end before the limit,
    // and says so: laying out megabytes of text would stop the window.
    QStringView text = markdown;
    bool cut = false;
    if (text.size() > kMaxAnswerCharacters) {
        qsizetype end = text.lastIndexOf(QLatin1Char('\n'), kMaxAnswerCharacters);
        if (end < kMaxAnswerCharacters / 2)
            end = kMaxAnswerCharacters;
        text = text.left(end);
        cut = true;
    }
    const QByteArray utf8 = text.toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));

    if (flattenDeepNesting(root.get(), kMaxAnswerNesting)) {
        const QString said = AnswerText::tr("This answer is nested more than %1 levels deep; the "
                                            "deeper levels are shown flat.")
                                 .arg(kMaxAnswerNesting);
        if (cmark_node *first = cmark_node_first_child(root.get()))
            cmark_node_insert_before(first, notice(said));
        else
            cmark_node_append_child(root.get(), notice(said));
    }
    if (cut)
        cmark_node_append_child(
            root.get(), notice(AnswerText::tr("The rest of this answer is not shown: it is %L1 "
                                              "characters long, more than Prepdeck shows at "
                                              "once (%L2).")
                                   .arg(markdown.size())
                                   .arg(kMaxAnswerCharacters)));
    sanitise(root.get());

    char *html =
        cmark_render_html(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    QString result = QString::fromUtf8(html);
    cmark_get_default_mem_allocator()->free(html);
    return result;
}

namespace {

// A prompt's asterisks and underscores outside code spans, escaped: in a prompt they are
// nearly always literal ("*args and **kwargs", "__init__"), the import having taken the
// emphasis markers out already; read as emphasis they would turn "__slots__" bold.
QString literalEmphasis(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            out += text.mid(i, 2); // an escape the text has already
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            qsizetype run = 0;
            while (i + run < text.size() && text[i + run] == QLatin1Char('`'))
                ++run;
            const QString fence(run, QLatin1Char('`'));
            const qsizetype close = text.indexOf(fence, i + run);
            const qsizetype end = close < 0 ? i + run : close + run;
            out += text.mid(i, end - i); // a code span, as it is
            i = end;
            continue;
        }
        if (c == QLatin1Char('*') || c == QLatin1Char('_'))
            out += QLatin1Char('\\');
        out += c;
        ++i;
    }
    return out;
}

// The inline Markdown of a one-line text rendered by `render`; empty when the text is not
// one paragraph (or has no markup to render, so the caller keeps it as it is).
template<typename Render> std::optional<QString> renderInline(const QString &text, Render render)
{
    static const QRegularExpression markup(QStringLiteral("[`\\[\\\\~]"));
    if (text.size() > 4096 || text.contains(QLatin1Char('\n')) || !text.contains(markup))
        return std::nullopt;
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    const int options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE;
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(options));
    if (cmark_syntax_extension *ext = cmark_find_syntax_extension("strikethrough"))
        cmark_parser_attach_syntax_extension(parser.get(), ext);
    const QByteArray utf8 = literalEmphasis(text).toUtf8();
    cmark_parser_feed(parser.get(), utf8.constData(), static_cast<size_t>(utf8.size()));
    std::unique_ptr<cmark_node, NodeDeleter> root(cmark_parser_finish(parser.get()));
    cmark_node *only = cmark_node_first_child(root.get());
    if (!only || cmark_node_next(only) || cmark_node_get_type(only) != CMARK_NODE_PARAGRAPH)
        return std::nullopt;
    sanitise(root.get());
    char *out = render(root.get(), options, cmark_parser_get_syntax_extensions(parser.get()));
    QString result = QString::fromUtf8(out).trimmed();
    cmark_get_default_mem_allocator()->free(out);
    return result;
}

} // namespace

QString renderInlineMarkdown(const QString &text)
{
    const auto html = renderInline(text, [](cmark_node *root, int options, cmark_llist *ext) {
        return cmark_render_html(root, options, ext);
    });
    if (!html)
        return text.toHtmlEscaped();
    QString fragment = *html;
    if (fragment.startsWith(QLatin1String("<p>")) && fragment.endsWith(QLatin1String("</p>")))
        fragment = fragment.mid(3, fragment.size() - 7);
    return fragment;
}

QString inlineMarkdownText(const QString &text)
{
    const auto plain = renderInline(text, [](cmark_node *root, int options, cmark_llist *) {
        return cmark_render_plaintext(root, options, 0);
    });
    return plain ? *plain : text;
}

} // namespace prepdeck
