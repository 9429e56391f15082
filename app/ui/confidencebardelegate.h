#pragma once

#include <QStyledItemDelegate>

namespace prepdeck {

// Paints a tree node as its name, its question count, and a small bar whose length and
// colour show the mean confidence (red for 1 through green for 5; empty if unrated).
class ConfidenceBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor colourFor(double confidence);
};

} // namespace prepdeck
