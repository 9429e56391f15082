#include "questionrowdelegate.h"
#include "questiontablemodel.h"

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

} // namespace prepdeck
