#pragma once

#include <QProxyStyle>

namespace prepdeck {

// The desktop's style, with check boxes and radio buttons that stay visible on a dark
// palette: Fusion draws their frame a shade darker than the window, which on a dark window
// all but disappears. Where the window is dark, the frame is drawn again in the text
// colour, half strong. Nothing else changes.
class IndicatorStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

// Puts IndicatorStyle over the application's style, once.
void useIndicatorStyle();

} // namespace prepdeck
