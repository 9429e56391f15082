// How a sheet is cut into pages: headings and labels kept with what follows, a mock
// question's writing lines and notes kept on one page, the contents' page numbers.
#include "sheetblocks.h"
#include "sheetdocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

namespace prepdeck {

using namespace sheetblocks;

int SheetDocument::pageOf(qreal y) const
{
    const qreal page = m_document->pageSize().height();
    return page > 0 ? static_cast<int>(y / page) : 0;
}

// Where a block's first line is: pagination can push the line to the next page while the
// block's rectangle still starts on the one before.
qreal SheetDocument::firstLineTop(const QTextBlock &block) const
{
    const qreal top = m_document->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    return lines && lines->lineCount() > 0 ? top + lines->lineAt(0).y() + 1 : top + 1;
}

int SheetDocument::leadingSections() const
{
    return m_options.progressReport.isEmpty() ? 1 : 2;
}

bool SheetDocument::keepHeadingsWithNext()
{
    bool moved = false;
    QTextBlockFormat pageBreak;
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    int skip = leadingSections();
    QTextBlock first; // of the headings in a row up to here: a category's and its first question's
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        const int level = b.blockFormat().headingLevel();
        if (level != kQuestionHeading && level != kCategoryHeading &&
            b.userState() != kKeepWithNext) {
            first = QTextBlock();
            continue;
        }
        if (level == kCategoryHeading && skip > 0) {
            --skip;
            continue;
        }
        if (!first.isValid())
            first = b;
        const QTextBlock next = b.next();
        if (!next.isValid() || pageOf(firstLineTop(b)) == pageOf(firstLineTop(next)))
            continue;
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // already at the top of a page; what follows does not fit on one
        // Headings in a row move together. The headings after these are judged on the pages
        // this break makes. The layout redoes only what it had reached so far; marking the
        // rest as changed too makes it lay out the blocks just beyond that afresh, which it
        // would otherwise only move, without any lines.
        QTextCursor(first).mergeBlockFormat(pageBreak);
        m_document->markContentsDirty(first.position(),
                                      m_document->characterCount() - first.position());
        moved = true;
    }
    return moved;
}

qreal SheetDocument::lastLineTop(const QTextBlock &block) const
{
    const qreal top = m_document->documentLayout()->blockBoundingRect(block).top();
    const QTextLayout *lines = block.layout();
    return lines && lines->lineCount() > 0 ? top + lines->lineAt(lines->lineCount() - 1).y() + 1
                                           : top + 1;
}

QTextBlock SheetDocument::groupEnd(const QTextBlock &start)
{
    QTextBlock last = start;
    for (QTextBlock n = start.next(); n.isValid(); n = n.next()) {
        const int level = n.blockFormat().headingLevel();
        if (level == kQuestionHeading || level == kCategoryHeading)
            break;
        last = n;
    }
    return last;
}

QList<std::pair<int, int>> SheetDocument::keptGroupPages() const
{
    QList<std::pair<int, int>> pages;
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next())
        if (b.userState() == kKeepToQuestionEnd)
            pages << std::pair{pageOf(firstLineTop(b)) + 1, pageOf(lastLineTop(groupEnd(b))) + 1};
    return pages;
}

bool SheetDocument::keepGroupsTogether()
{
    bool moved = false;
    QTextBlockFormat pageBreak;
    pageBreak.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    const qreal page = m_document->pageSize().height();
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (b.userState() != kKeepToQuestionEnd)
            continue;
        const qreal top = firstLineTop(b);
        const qreal bottom = lastLineTop(groupEnd(b));
        if (pageOf(top) == pageOf(bottom))
            continue;
        if (b.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            continue; // at the top of a page already: longer than a page
        if (bottom - top > page * 0.9)
            continue; // would not fit on a page of its own either
        QTextCursor(b).mergeBlockFormat(pageBreak);
        m_document->markContentsDirty(b.position(), m_document->characterCount() - b.position());
        moved = true;
    }
    return moved;
}

QList<int> SheetDocument::categoryPages() const
{
    QList<int> pages;
    int skip = leadingSections();
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != kCategoryHeading)
            continue;
        if (skip > 0) {
            --skip;
            continue;
        }
        pages << pageOf(firstLineTop(b)) + 1;
    }
    return pages;
}

QTextTable *SheetDocument::contentsTable() const
{
    int sections = leadingSections();
    for (QTextBlock b = m_document->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != kCategoryHeading || --sections > 0)
            continue;
        QTextCursor cursor(b);
        cursor.movePosition(QTextCursor::NextBlock);
        return cursor.currentTable();
    }
    return nullptr;
}

bool SheetDocument::fillContents(const QList<int> &pages)
{
    QTextTable *table = contentsTable();
    if (!table || table->columns() < 2)
        return false;
    // Laid out to the end first, so the change below only moves what follows, or lays it out
    // again where it crosses a page.
    (void)m_document->pageCount();
    const QTextBlock below = m_document->findBlock(table->lastPosition() + 1);
    const qreal before = below.isValid() ? firstLineTop(below) : 0;
    QTextCursor edit(m_document.get());
    edit.beginEditBlock();
    for (int row = 0; row < table->rows() && row < pages.size(); ++row) {
        const QTextTableCell cell = table->cellAt(row, 1);
        QTextCursor number = cell.firstCursorPosition();
        number.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        number.insertText(QString::number(pages[row]));
    }
    edit.endEditBlock();
    return !below.isValid() || firstLineTop(below) == before;
}

} // namespace prepdeck
