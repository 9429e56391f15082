#include "confidencebardelegate.h"
#include "categorytreemodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace prepdeck {

namespace {
constexpr int kBarWidth = 44;
constexpr int kBarHeight = 6;
constexpr int kGap = 6;
// Rows narrower than this give the bar's room to the name (the tooltip keeps the figures).
constexpr int kRoomForBar = 190;
} // namespace

QColor ConfidenceBarDelegate::colourFor(double confidence)
{
    // 1 red → 3 amber → 5 green, by hue.
    const double t = std::clamp((confidence - 1.0) / 4.0, 0.0, 1.0);
    return QColor::fromHsvF(static_cast<float>(t * 0.33), 0.75f, 0.85f);
}

void ConfidenceBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count =
        QLocale().toString(index.data(CategoryTreeModel::QuestionCountRole).toInt());
    const QRect whole = opt.rect;
    const int countWidth = opt.fontMetrics.horizontalAdvance(count) + kGap;
    const int barWidth = whole.width() >= kRoomForBar ? kBarWidth : 0;

    // The standard item (selection, focus, text) in the room left by the count and bar.
    opt.rect.setRight(whole.right() - barWidth - countWidth - kGap);
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, opt.widget);
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(QPalette::Disabled, textRole));
    if (selected)
        painter->setPen(opt.palette.color(textRole));
    const QRect countRect(whole.right() - barWidth - countWidth - kGap, whole.top(), countWidth,
                          whole.height());
    painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, count);
    if (barWidth == 0) {
        painter->restore();
        return;
    }

    const QRect bar(whole.right() - kBarWidth - kGap / 2, whole.center().y() - kBarHeight / 2,
                    kBarWidth, kBarHeight);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    // The empty track: the text colour faint over the row, so it shows on light and dark.
    QColor track = opt.palette.color(QPalette::Text);
    track.setAlphaF(0.18f);
    painter->setBrush(track);
    painter->drawRoundedRect(bar, 3, 3);
    // The bar is the category's readiness: its questions rated 4 or 5 of all of them, the
    // unrated counting as not ready; its colour goes from red to green with it.
    const double readiness = index.data(CategoryTreeModel::ReadinessRole).toDouble();
    if (index.data(CategoryTreeModel::ReadyCountRole).toInt() > 0) {
        QRect filled = bar;
        filled.setWidth(std::max(kBarHeight, static_cast<int>(bar.width() * readiness)));
        painter->setBrush(colourFor(1.0 + 4.0 * readiness));
        painter->drawRoundedRect(filled, 3, 3);
    }
    painter->restore();
}

QSize ConfidenceBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() +=
        kBarWidth + 3 * kGap + option.fontMetrics.horizontalAdvance(QStringLiteral("0000"));
    return size;
}

} // namespace prepdeck
