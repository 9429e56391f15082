#include "compactbutton.h"

#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>

namespace prepdeck {

namespace {

// Room the style puts around a button's text: its margins and frame.
int textPadding(const QPushButton &button, const QStyleOptionButton &option)
{
    const QStyle *style = button.style();
    return 2 * (style->pixelMetric(QStyle::PM_ButtonMargin, &option, &button) +
                style->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, &button));
}

} // namespace

CompactButton::CompactButton(const QString &text, QWidget *parent, const QString &compactText)
    : QPushButton(text, parent), m_compact(compactText)
{
    // A push button's policy never shrinks it below its whole text; this one may.
    setSizePolicy(QSizePolicy::Preferred, sizePolicy().verticalPolicy());
}

void CompactButton::setCompactText(const QString &compactText)
{
    m_compact = compactText;
    updateGeometry();
    update();
}

QSize CompactButton::minimumSizeHint() const
{
    QStyleOptionButton option;
    initStyleOption(&option);
    const QString least = m_compact.isEmpty() ? QStringLiteral("M…") : m_compact;
    const int width = fontMetrics().horizontalAdvance(least) + textPadding(*this, option);
    return {std::min(width, sizeHint().width()), sizeHint().height()};
}

void CompactButton::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    if (width() < sizeHint().width()) {
        const int room = width() - textPadding(*this, option);
        option.text = !m_compact.isEmpty()
                          ? m_compact
                          : fontMetrics().elidedText(text(), Qt::ElideRight, std::max(room, 0));
    }
    painter.drawControl(QStyle::CE_PushButton, option);
}

} // namespace prepdeck
