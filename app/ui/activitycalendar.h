#pragma once

#include <QDate>
#include <QList>
#include <QWidget>

#include <utility>

namespace prepdeck {

// A square per day, a column per week (Monday at the top), darker for more ratings, with
// the months above, today outlined and the numbers on hover. A day with no ratings is a
// plain square that still reads as a square on the light and the dark theme.
class ActivityCalendar final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityCalendar(QWidget *parent = nullptr);

    // The days shown, starting on a Monday, oldest first; `today` is outlined.
    void setDays(const QList<std::pair<QDate, int>> &days, QDate today);

    // Where day `i` is drawn, and its colour (for the tests and the hover).
    QRect cellRect(qsizetype i) const;
    QColor cellColour(int ratings) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int labelWidth() const;
    int topRow() const;

    QList<std::pair<QDate, int>> m_days;
    QDate m_today;
    int m_most = 1;
};

} // namespace prepdeck
