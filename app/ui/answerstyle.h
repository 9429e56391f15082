#pragma once

#include <QPalette>
#include <QString>

namespace prepdeck {

// The stylesheet for rendered answers, made from a palette so code blocks, tables, quotes
// and tip boxes are readable in light and dark themes alike.
QString answerStyleSheet(const QPalette &palette);

// A colour between two others; amount 0 gives a, 1 gives b.
QColor blend(const QColor &a, const QColor &b, double amount);

} // namespace prepdeck
