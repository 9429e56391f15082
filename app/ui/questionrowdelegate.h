#pragma once

#include <QStyledItemDelegate>

namespace prepdeck {

// The question list's rows: suspended and deleted questions in italics and the muted text
// colour; a search's results with the words found in bold, and where they were found.
class QuestionRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace prepdeck
