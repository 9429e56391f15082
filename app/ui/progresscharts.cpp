// The progress view's charts over time: mean confidence per day, mock interviews, and
// study against mock ratings; each a sentence instead when it has nothing to draw.
#include "progressview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QValueAxis>

namespace prepdeck {

void ProgressView::refreshTimeline()
{
    clearChart(m_timelineChart);
    const QStringList scope = m_scope->currentData().toString().split(QLatin1Char('/'));
    const qint64 bankId = scope.value(0).toLongLong();
    const qint64 categoryId = scope.value(1).toLongLong();
    const QDate today = m_shown.today;
    // The categories in scope: one, a bank's, or all.
    QSet<qint64> categories;
    for (const Readiness &r : std::as_const(m_shown.readiness))
        if ((!bankId || r.bankId == bankId) && (!categoryId || r.categoryId == categoryId))
            categories.insert(r.categoryId);
    const QDateTime since = QDateTime(today.addDays(-89), QTime(0, 0)).toUTC();
    QList<RatingRecord> records;
    for (const RatingRecord &r : std::as_const(m_shown.recent))
        if (r.ratedAt >= since && categories.contains(r.categoryId))
            records << r;
    const auto means = progress::dailyMeans(records, today.addDays(-89), today);
    if (means.isEmpty()) {
        m_timeline.showEmpty(
            tr("No ratings in the last 90 days for %1. Rate answers in the study view "
               "(Ctrl+1) and each day's mean confidence appears here.")
                .arg(m_scope->currentText().trimmed()));
        return;
    }
    m_timeline.showChart();
    auto *line = new QLineSeries;
    auto *dots = new QScatterSeries;
    dots->setMarkerSize(7);
    for (const DailyMean &m : means) {
        const qreal x = QDateTime(m.day, QTime(12, 0)).toMSecsSinceEpoch();
        line->append(x, m.mean);
        dots->append(x, m.mean);
    }
    m_timelineChart->addSeries(line);
    m_timelineChart->addSeries(dots);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("d MMM"));
    x->setRange(QDateTime(today.addDays(-89), QTime(0, 0)),
                QDateTime(today.addDays(1), QTime(0, 0)));
    x->setTickCount(7);
    auto *y = new QValueAxis;
    y->setRange(1, 5);
    y->setTickCount(5);
    y->setLabelFormat(QStringLiteral("%d"));
    m_timelineChart->addAxis(x, Qt::AlignBottom);
    m_timelineChart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(dots)}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    m_timelineChart->legend()->hide();
    style(m_timelineChart);
}

void ProgressView::refreshMocks()
{
    clearChart(m_mockChart);
    if (m_shown.mocks.isEmpty()) {
        m_mocks.showEmpty(tr("No mock interviews yet. Start one with Interview ▸ New mock "
                             "interview… (Ctrl+M): each one you finish adds a point here."));
        return;
    }
    m_mocks.showChart();
    auto *mean = new QLineSeries;
    mean->setName(tr("Mean confidence"));
    auto *inTime = new QLineSeries;
    inTime->setName(tr("Answered in time (%)"));
    int n = 0;
    for (const MockPoint &p : std::as_const(m_shown.mocks)) {
        ++n;
        mean->append(n, p.meanConfidence);
        inTime->append(n, 100 * p.withinTime);
    }
    for (QLineSeries *s : {mean, inTime})
        s->setPointsVisible(true);
    m_mockChart->addSeries(mean);
    m_mockChart->addSeries(inTime);
    auto *x = new QValueAxis;
    x->setRange(0.5, n + 0.5);
    x->setTickType(QValueAxis::TicksDynamic); // a tick on each interview
    x->setTickAnchor(1);
    x->setTickInterval(std::max(1, n / 10));
    x->setLabelFormat(QStringLiteral("#%d"));
    auto *left = new QValueAxis;
    left->setRange(1, 5);
    left->setTickCount(5);
    left->setLabelFormat(QStringLiteral("%d"));
    auto *right = new QValueAxis;
    right->setRange(0, 100);
    right->setLabelFormat(QStringLiteral("%d%"));
    m_mockChart->addAxis(x, Qt::AlignBottom);
    m_mockChart->addAxis(left, Qt::AlignLeft);
    m_mockChart->addAxis(right, Qt::AlignRight);
    mean->attachAxis(x);
    mean->attachAxis(left);
    inTime->attachAxis(x);
    inTime->attachAxis(right);
    style(m_mockChart);
    m_mockChart->legend()->setAlignment(Qt::AlignBottom);
}

void ProgressView::refreshCalibration()
{
    clearChart(m_calibrationChart);
    const QList<Calibration> calibration = progress::calibration(m_shown.recent);
    if (calibration.isEmpty()) {
        m_calibration.showEmpty(tr("Nothing to compare yet. Rate a question in study and "
                                   "again in a mock interview, and this shows whether you "
                                   "feel surer than you perform."));
        return;
    }
    m_calibration.showChart();
    auto *series = new QHorizontalBarSeries;
    auto *study = new QBarSet(tr("In study"));
    auto *mock = new QBarSet(tr("In mock interviews"));
    QStringList names;
    QStringList notes;
    const qsizetype shown = std::min<qsizetype>(calibration.size(), 5);
    for (qsizetype i = shown - 1; i >= 0; --i) { // largest gap at the top
        const Calibration &c = calibration[i];
        *study << c.study;
        *mock << c.mock;
        QString name =
            c.category.size() > 30 ? c.category.left(28) + QStringLiteral("…") : c.category;
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(c.category.left(26)).arg(n);
        names << name;
    }
    for (qsizetype i = 0; i < calibration.size() && notes.size() < 2; ++i) {
        const Calibration &c = calibration[i];
        if (c.gap() >= 0.75)
            notes << tr("You feel surer than you perform in %1.").arg(c.category);
        else if (c.gap() <= -0.75)
            notes << tr("You do better than you think in %1.").arg(c.category);
    }
    series->append(study);
    series->append(mock);
    m_calibrationChart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    y->setRange(0, 5);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%d"));
    m_calibrationChart->addAxis(x, Qt::AlignLeft);
    m_calibrationChart->addAxis(y, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    style(m_calibrationChart);
    m_calibrationChart->legend()->setAlignment(Qt::AlignBottom);
    m_calibrationText->setText(notes.join(QLatin1Char(' ')));
    m_calibrationText->setVisible(!notes.isEmpty());
}

} // namespace prepdeck
