#include "indicatorstyle.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace prepdeck {

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                   QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool indicator = element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton ||
                           element == PE_IndicatorItemViewItemCheck;
    if (!indicator || option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    QColor edge = option->palette.color(
        option->state & State_Enabled ? QPalette::Active : QPalette::Disabled, QPalette::Text);
    edge.setAlphaF(option->state & State_Enabled ? 0.6f : 0.35f);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(r);
    else
        painter->drawRoundedRect(r, 2, 2);
    painter->restore();
}

void useIndicatorStyle()
{
    if (qobject_cast<IndicatorStyle *>(QApplication::style()))
        return;
    QStyle *base = QStyleFactory::create(QApplication::style()->name());
    QApplication::setStyle(new IndicatorStyle(base));
}

} // namespace prepdeck
