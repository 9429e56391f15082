#pragma once

#include <QStyledItemDelegate>

namespace prepdeck {

// The question list's rows: a suspended or deleted question (listed only when the filter
// asks) is drawn in italics and the muted text colour, so it stands apart from those
// being studied.
class QuestionRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace prepdeck
