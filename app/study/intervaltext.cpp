#include "intervaltext.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace prepdeck::scheduling {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Interval", text);
}

// One decimal, dropped when it is zero: "1.3", "2".
QString oneDecimal(double value)
{
    const double rounded = std::round(value * 10) / 10;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : 1);
}

} // namespace

QString intervalText(const QDateTime &from, const QDateTime &due)
{
    // To the nearest second: "now" read a moment after the due time was set is not a day
    // short by a millisecond ("24 h" for "1 d").
    const qint64 seconds = std::max<qint64>(0, std::llround(from.msecsTo(due) / 1000.0));
    constexpr double kDay = 86400;
    if (seconds < 60)
        return tr("now");
    if (seconds < 3600)
        return tr("%1 min").arg(QLocale().toString(std::lround(seconds / 60.0)));
    if (seconds < 86400) // 23.6 hours read as "24 h", not "1 d": the day is not over
        return tr("%1 h").arg(QLocale().toString(std::lround(seconds / 3600.0)));
    const double days = seconds / kDay;
    if (days < 30)
        return tr("%1 d").arg(QLocale().toString(std::lround(days)));
    if (days < 365)
        return tr("%1 mo").arg(oneDecimal(days / (365.25 / 12)));
    return tr("%1 y").arg(oneDecimal(days / 365.25));
}

} // namespace prepdeck::scheduling
