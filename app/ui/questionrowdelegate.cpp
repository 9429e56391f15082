#include "questionrowdelegate.h"
#include "questiontablemodel.h"

#include <QApplication>
#include <QPainter>

namespace prepdeck {

void QuestionRowDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(QuestionTableModel::StateRole).toInt() == 0)
        return;
    option->font.setItalic(true);
    // PlaceholderText is the palette's muted text, readable in light and dark themes.
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
}

namespace {

// Draws marked text on one line of area from its left: the runs between kMatchStart and
// kMatchEnd in bold, the rest plain, the whole cut off with "…" where the area ends.
void drawMarked(QPainter *painter, const QRect &area, const QString &marked, const QFont &plain)
{
    QFont bold = plain;
    bold.setBold(true);
    int x = area.left();
    bool inMatch = false;
    QString run;
    auto flush = [&] {
        if (run.isEmpty() || x >= area.right())
            return;
        const QFont &font = inMatch ? bold : plain;
        const QFontMetrics metrics(font);
        const int room = area.right() - x;
        const QString shown = metrics.elidedText(run, Qt::ElideRight, room);
        painter->setFont(font);
        painter->drawText(QRect(x, area.top(), room, area.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, shown);
        x += metrics.horizontalAdvance(shown);
        run.clear();
    };
    for (const QChar c : marked) {
        if (c == SearchHit::kMatchStart || c == SearchHit::kMatchEnd) {
            flush();
            inMatch = c == SearchHit::kMatchStart;
            continue;
        }
        run += c;
    }
    flush();
}

} // namespace

void QuestionRowDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    if (index.column() != QuestionTableModel::PromptColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString prompt = index.data(QuestionTableModel::MarkedPromptRole).toString();
    const QString snippet = index.data(QuestionTableModel::SnippetRole).toString();
    if (prompt.isEmpty() && snippet.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // A search's result: the question with the words found in bold and, on a second line
    // when the row is tall enough (StudyPage makes it so while searching), the passage of
    // the answer, hint or note where they were found, in the muted text colour.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString plainPrompt = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    const QRect area =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);
    const bool selected = opt.state & QStyle::State_Selected;
    const int line = QFontMetrics(opt.font).height();
    const bool twoLines = !snippet.isEmpty() && area.height() >= 2 * line;
    painter->save();
    painter->setClipRect(area);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    QRect first = area;
    if (twoLines)
        first.setHeight(area.height() / 2);
    drawMarked(painter, first, prompt.isEmpty() ? plainPrompt : prompt, opt.font);
    if (twoLines) {
        if (!selected)
            painter->setPen(opt.palette.color(QPalette::PlaceholderText));
        drawMarked(painter, area.adjusted(0, area.height() / 2, 0, 0), snippet, opt.font);
    }
    painter->restore();
}

} // namespace prepdeck
