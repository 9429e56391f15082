#include "answerstyle.h"

namespace prepdeck {

QColor blend(const QColor &a, const QColor &b, double amount)
{
    auto mix = [amount](float x, float y) {
        return x + (y - x) * static_cast<float>(amount);
    };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
                            mix(a.blueF(), b.blueF()));
}

QString answerStyleSheet(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor code = blend(base, text, 0.07);
    const QColor border = blend(base, text, 0.25);
    const QColor muted = blend(base, text, 0.65);
    const QColor link = palette.color(QPalette::Link);
    const QColor tip = blend(base, QColor(0x2e, 0x9e, 0x5b), 0.14);
    const QColor followUp = blend(base, QColor(0x3a, 0x7b, 0xd5), 0.14);
    const QColor note = blend(base, QColor(0xd5, 0x9b, 0x2b), 0.16);
    return QStringLiteral(
               "body { color: %1; }"
               "a { color: %2; }"
               "pre { background-color: %3; font-family: monospace; white-space: pre-wrap; }"
               "code { background-color: %3; font-family: monospace; }"
               "table { border-color: %4; border-style: solid; }"
               "th { background-color: %3; padding: 4px; }"
               "td { padding: 4px; }"
               "blockquote { color: %5; margin-left: 12px; }"
               "h4, h5, h6 { margin-top: 10px; }"
               ".label { color: %5; font-weight: 600; }"
               "table.tip { background-color: %6; border-width: 0; }"
               "table.followup { background-color: %7; border-width: 0; }"
               "table.note { background-color: %8; border-width: 0; }")
        .arg(text.name(), link.name(), code.name(), border.name(), muted.name(), tip.name(),
             followUp.name(), note.name());
}

} // namespace prepdeck
