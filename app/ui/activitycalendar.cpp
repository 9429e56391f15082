#include "activitycalendar.h"

#include <QFontMetrics>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace prepdeck {

namespace {

constexpr int kCell = 14; // a square and its gap
constexpr int kGap = 3;

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QFont smaller(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.85);
    return f;
}

} // namespace

ActivityCalendar::ActivityCalendar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("activityCalendar"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
}

void ActivityCalendar::setDays(const QList<std::pair<QDate, int>> &days, QDate today)
{
    m_days = days;
    m_today = today;
    m_most = 1;
    for (const auto &[d, n] : days)
        m_most = std::max(m_most, n);
    updateGeometry();
    update();
}

int ActivityCalendar::labelWidth() const
{
    const QFontMetrics fm(smaller(font()));
    int widest = 0;
    for (int day : {1, 3, 5})
        widest =
            std::max(widest, fm.horizontalAdvance(QLocale().dayName(day, QLocale::ShortFormat)));
    return widest + 6;
}

int ActivityCalendar::topRow() const
{
    return QFontMetrics(smaller(font())).height() + 2; // the month names
}

QRect ActivityCalendar::cellRect(qsizetype i) const
{
    const int week = static_cast<int>(i / 7);
    const int weekday = static_cast<int>(i % 7);
    return QRect(labelWidth() + week * kCell, topRow() + weekday * kCell, kCell - kGap,
                 kCell - kGap);
}

QColor ActivityCalendar::cellColour(int ratings) const
{
    const QColor window = palette().color(QPalette::Window);
    if (ratings <= 0) // an empty day: a step from the page towards the text, plainly a square
        return mix(window, palette().color(QPalette::WindowText), 0.13);
    const double t = 0.35 + 0.65 * double(ratings) / m_most;
    const bool dark = window.lightness() < 128;
    return QColor::fromHsvF(0.35f, static_cast<float>(0.35 + 0.55 * t),
                            static_cast<float>(dark ? 0.45 + 0.45 * t : 0.95 - 0.45 * t));
}

QSize ActivityCalendar::sizeHint() const
{
    const QFontMetrics fm(smaller(font()));
    const int weeks = std::max<int>(26, static_cast<int>((m_days.size() + 6) / 7));
    // The squares, then a row for "Less ■■■■ More".
    return QSize(labelWidth() + weeks * kCell + 4, topRow() + 7 * kCell + fm.height() + 8);
}

void ActivityCalendar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QFont small = smaller(font());
    const QFontMetrics fm(small);
    p.setFont(small);
    p.setPen(palette().color(QPalette::WindowText));
    for (int row : {0, 2, 4})
        p.drawText(QRect(0, topRow() + row * kCell - 2, labelWidth() - 4, kCell),
                   Qt::AlignVCenter | Qt::AlignLeft,
                   QLocale().dayName(row + 1, QLocale::ShortFormat));
    // A month's name above the first week that starts in it, when there is room.
    int lastRight = -1;
    for (qsizetype i = 0; i < m_days.size(); i += 7) {
        const QDate monday = m_days[i].first;
        if (i != 0 && monday.day() > 7)
            continue;
        const QString name = QLocale().monthName(monday.month(), QLocale::ShortFormat);
        const int x = cellRect(i).left();
        if (x <= lastRight)
            continue;
        p.drawText(x, fm.ascent(), name);
        lastRight = x + fm.horizontalAdvance(name) + 4;
    }
    for (qsizetype i = 0; i < m_days.size(); ++i)
        p.fillRect(cellRect(i), cellColour(m_days[i].second));
    const qsizetype today = [this] {
        for (qsizetype i = 0; i < m_days.size(); ++i)
            if (m_days[i].first == m_today)
                return i;
        return qsizetype(-1);
    }();
    if (today >= 0) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        p.drawRect(QRectF(cellRect(today)).adjusted(-1, -1, 1, 1));
    }

    // The key: Less, the empty square and three greens, More.
    p.setPen(palette().color(QPalette::WindowText));
    const int y = topRow() + 7 * kCell + 4;
    int x = labelWidth();
    const QString less = tr("Less");
    p.drawText(QRect(x, y, fm.horizontalAdvance(less), fm.height()), Qt::AlignVCenter, less);
    x += fm.horizontalAdvance(less) + 4;
    for (int n : {0, m_most / 3 + 1, 2 * m_most / 3 + 1, m_most}) {
        const int top = y + (fm.height() - (kCell - kGap)) / 2;
        p.fillRect(QRect(x, top, kCell - kGap, kCell - kGap),
                   n == 0 ? cellColour(0) : cellColour(std::max(1, n)));
        x += kCell;
    }
    p.drawText(QRect(x + 2, y, fm.horizontalAdvance(tr("More")) + 2, fm.height()), Qt::AlignVCenter,
               tr("More"));
}

void ActivityCalendar::mouseMoveEvent(QMouseEvent *event)
{
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        if (cellRect(i).contains(event->position().toPoint())) {
            QToolTip::showText(event->globalPosition().toPoint(),
                               tr("%1: %Ln rating(s)", nullptr, m_days[i].second)
                                   .arg(QLocale().toString(m_days[i].first, QLocale::LongFormat)),
                               this);
            return;
        }
    }
    QToolTip::hideText();
}

} // namespace prepdeck
