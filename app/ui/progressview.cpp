#include "progressview.h"
#include "activitycalendar.h"
#include "backgroundread.h"
#include "confidencebardelegate.h"

#include <array>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

namespace prepdeck {

namespace {

// A combo box the mouse wheel passes over while the page scrolls: it turns only once
// clicked (or tabbed to), so scrolling the view never changes its chart.
class ScrollingComboBox final : public QComboBox
{
public:
    explicit ScrollingComboBox(QWidget *parent) : QComboBox(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
    }

protected:
    void wheelEvent(QWheelEvent *event) override
    {
        if (hasFocus())
            QComboBox::wheelEvent(event);
        else
            event->ignore(); // to the scrolling page
    }
};

QChartView *chartView(QChart *chart, QWidget *parent, int height)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    return view;
}

void styleHeading(QLabel *label)
{
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
}

} // namespace

void ProgressView::Section::showEmpty(const QString &why) const
{
    empty->setText(why);
    content->hide();
    empty->show();
}

void ProgressView::Section::showChart() const
{
    empty->hide();
    content->show();
}

bool ProgressView::Section::isEmpty() const
{
    return !empty->isHidden();
}

namespace {

ProgressView::Section makeSection(QWidget *parent, const QString &name, QLayout *head,
                                  QWidget *content)
{
    ProgressView::Section s;
    s.box = new QWidget(parent);
    s.box->setObjectName(name);
    auto *layout = new QVBoxLayout(s.box);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addLayout(head);
    s.content = content;
    layout->addWidget(content);
    // Not a stacked widget: that would keep the chart's height for the sentence.
    s.empty = new QLabel(s.box);
    s.empty->setObjectName(name + QStringLiteral("Empty"));
    s.empty->setWordWrap(true);
    s.empty->setAlignment(Qt::AlignCenter);
    s.empty->setMargin(16);
    s.empty->setFrameShape(QFrame::StyledPanel);
    s.empty->setBackgroundRole(QPalette::Base);
    s.empty->setAutoFillBackground(true);
    s.empty->setMinimumHeight(90);
    s.empty->hide();
    layout->addWidget(s.empty);
    return s;
}

QHBoxLayout *headRow(QWidget *heading)
{
    auto *row = new QHBoxLayout;
    row->addWidget(heading, 1);
    return row;
}

} // namespace

ProgressView::ProgressView(Library &store, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_store(store), m_clock(clock)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(m_scroll);
    m_charts = new QWidget(m_scroll);
    m_charts->setObjectName(QStringLiteral("progressCharts"));
    m_charts->setAutoFillBackground(true);
    m_scroll->setWidget(m_charts);
    auto *layout = new QVBoxLayout(m_charts);

    auto *top = new QHBoxLayout;
    m_headline = new QLabel(m_charts);
    m_headline->setObjectName(QStringLiteral("progressHeadline"));
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setWeight(QFont::DemiBold);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    top->addWidget(m_headline, 1);
    auto *save = new QPushButton(tr("Save as PNG…"), m_charts);
    save->setObjectName(QStringLiteral("saveProgressPng"));
    save->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the charts"),
                                                          QStringLiteral("progress.png"),
                                                          tr("PNG pictures (*.png)"));
        if (!path.isEmpty())
            savePng(path);
    });
    top->addWidget(save, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_forecast = new QLabel(m_charts);
    m_forecast->setObjectName(QStringLiteral("progressForecast"));
    m_forecast->setWordWrap(true);
    layout->addWidget(m_forecast);

    auto *readinessHead = new QLabel(
        tr("Ready per category (latest rating 4 or 5) — click a bar to study it"), m_charts);
    readinessHead->setWordWrap(true);
    styleHeading(readinessHead);
    m_readinessChart = new QChart;
    m_readinessView = chartView(m_readinessChart, m_charts, 260);
    m_readiness = makeSection(m_charts, QStringLiteral("readinessSection"), headRow(readinessHead),
                              m_readinessView);
    layout->addWidget(m_readiness.box);

    auto *timelineHead = new QHBoxLayout;
    auto *timelineTitle = new QLabel(tr("Mean confidence per day, last 90 days"), m_charts);
    styleHeading(timelineTitle);
    timelineHead->addWidget(timelineTitle);
    m_scope = new ScrollingComboBox(m_charts);
    m_scope->setObjectName(QStringLiteral("progressScope"));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_scope->setMinimumContentsLength(14);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { refreshTimeline(); });
    timelineHead->addWidget(m_scope, 1);
    m_timelineChart = new QChart;
    m_timeline = makeSection(m_charts, QStringLiteral("timelineSection"), timelineHead,
                             chartView(m_timelineChart, m_charts, 260));

    auto *activityTitle = new QLabel(tr("Activity, last 26 weeks"), m_charts);
    styleHeading(activityTitle);
    m_calendar = new ActivityCalendar(m_charts);
    auto *calendarBox = new QWidget(m_charts);
    auto *calendarLayout = new QVBoxLayout(calendarBox);
    calendarLayout->setContentsMargins(0, 0, 0, 0);
    calendarLayout->addWidget(m_calendar);
    calendarLayout->addStretch();
    m_activity = makeSection(m_charts, QStringLiteral("activitySection"), headRow(activityTitle),
                             calendarBox);

    auto *mockTitle = new QLabel(tr("Mock interviews"), m_charts);
    styleHeading(mockTitle);
    m_mockChart = new QChart;
    m_mocks = makeSection(m_charts, QStringLiteral("mockSection"), headRow(mockTitle),
                          chartView(m_mockChart, m_charts, 260));

    auto *calibrationTitle = new QLabel(tr("Study against mock interviews"), m_charts);
    styleHeading(calibrationTitle);
    auto *calibrationBox = new QWidget(m_charts);
    auto *calibration = new QVBoxLayout(calibrationBox);
    calibration->setContentsMargins(0, 0, 0, 0);
    m_calibrationChart = new QChart;
    calibration->addWidget(chartView(m_calibrationChart, m_charts, 260));
    m_calibrationText = new QLabel(m_charts);
    m_calibrationText->setObjectName(QStringLiteral("calibrationText"));
    m_calibrationText->setWordWrap(true);
    calibration->addWidget(m_calibrationText);
    m_calibration = makeSection(m_charts, QStringLiteral("calibrationSection"),
                                headRow(calibrationTitle), calibrationBox);

    m_grid = new QGridLayout;
    layout->addLayout(m_grid);
    layout->addStretch();
    placeSections();
}

// Two columns when the page is wide enough for a chart and the calendar side by side, one
// below the other when it is not: the page never scrolls sideways at 800 pixels.
void ProgressView::placeSections()
{
    const bool wide = width() >= kTwoColumns;
    if (m_grid->count() > 0 && wide == m_twoColumns)
        return;
    m_twoColumns = wide;
    const std::array<QWidget *, 4> boxes = {m_timeline.box, m_activity.box, m_mocks.box,
                                            m_calibration.box};
    for (QWidget *box : boxes)
        m_grid->removeWidget(box);
    for (int i = 0; i < 4; ++i) {
        if (wide)
            m_grid->addWidget(boxes[i], i / 2, i % 2, Qt::AlignTop);
        else
            m_grid->addWidget(boxes[i], i, 0, Qt::AlignTop);
    }
    m_grid->setColumnStretch(0, wide ? 3 : 1);
    m_grid->setColumnStretch(1, wide ? 2 : 0);
}

// A chart sends no "left the bar" once hidden: a bar's tooltip would float over whatever
// comes up instead (Ctrl+1 while pointing at a bar).
void ProgressView::hideEvent(QHideEvent *event)
{
    QToolTip::hideText();
    QWidget::hideEvent(event);
}

void ProgressView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeSections();
}

// removeAxis() hands the axis back, so it is deleted here.
void ProgressView::clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

void ProgressView::style(QChart *chart) const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
}

void ProgressView::refresh()
{
    const int generation = ++m_generation;
    m_loading = true;
    readInBackground<ProgressSnapshot>(
        this, m_store,
        [now = m_clock.now()](const Library &library) { return readProgress(library, now); },
        [this, generation](const Result<ProgressSnapshot> &snapshot) {
            if (generation != m_generation)
                return; // a newer read is on its way
            m_loading = false;
            if (!snapshot) {
                m_headline->setText(snapshot.error().toString());
                return;
            }
            show(*snapshot);
        });
}

void ProgressView::show(const ProgressSnapshot &snapshot)
{
    m_shown = snapshot;
    showHeadline();
    fillScopes();
    refreshReadiness();
    refreshTimeline();
    const QDate today = m_shown.today;
    const QDate monday =
        today.addDays(-(26 * 7 - 1)).addDays(-(today.addDays(-(26 * 7 - 1)).dayOfWeek() - 1));
    m_calendar->setDays(progress::activity(m_shown.recent, monday, today), today);
    refreshMocks();
    refreshCalibration();
}

void ProgressView::showHeadline()
{
    const QDate today = m_shown.today;
    int total = 0, ready = 0;
    for (const Readiness &r : std::as_const(m_shown.readiness)) {
        total += r.questions;
        ready += r.ready;
    }
    const int streak = progress::streak(m_shown.recent, today);
    m_headline->setText(
        tr("%L1 of %Ln question(s) ready (%2) · streak: %3", nullptr, total)
            .arg(ready)
            .arg(QLocale().toString(total ? 100 * ready / total : 0) + QLocale().percent())
            .arg(tr("%Ln day(s)", nullptr, streak)));

    const InterviewPlan &plan = m_shown.plan;
    QStringList forecast;
    if (plan.date.isValid() && plan.date >= today) {
        const qint64 days = today.daysTo(plan.date);
        forecast << tr("Interview in %Ln day(s) (%1).", nullptr, static_cast<int>(days))
                        .arg(QLocale().toString(plan.date, QLocale::LongFormat));
        QList<Forecast> f = progress::forecast(m_shown.readiness, m_shown.recent, plan, today);
        std::sort(f.begin(), f.end(),
                  [](const Forecast &a, const Forecast &b) { return a.readyThen < b.readyThen; });
        const QString dayName = QLocale().dayName(plan.date.dayOfWeek());
        for (qsizetype i = 0; i < f.size() && i < 3; ++i)
            forecast << tr("• At this pace: %1% of %2 ready by %3 (%4% now).")
                            .arg(qRound(100 * f[i].readyThen))
                            .arg(f[i].category, dayName)
                            .arg(qRound(100 * f[i].readyNow));
    }
    m_forecast->setText(forecast.join(QLatin1Char('\n')));
    m_forecast->setVisible(!forecast.isEmpty());
}

// The scope list of the timeline: the whole library, each bank, each category.
void ProgressView::fillScopes()
{
    const QVariant current = m_scope->currentData();
    m_scope->blockSignals(true);
    m_scope->clear();
    m_scope->addItem(tr("Whole library"), QStringLiteral("0/0"));
    qint64 lastBank = 0;
    for (const Readiness &r : std::as_const(m_shown.readiness)) {
        if (r.bankId != lastBank) {
            m_scope->addItem(r.bank, QStringLiteral("%1/0").arg(r.bankId));
            lastBank = r.bankId;
        }
        m_scope->addItem(QStringLiteral("    ") + r.category,
                         QStringLiteral("%1/%2").arg(r.bankId).arg(r.categoryId));
    }
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(current)));
    m_scope->blockSignals(false);
}

void ProgressView::refreshReadiness()
{
    clearChart(m_readinessChart);
    if (m_shown.readiness.isEmpty()) {
        m_readiness.showEmpty(tr("No questions yet. Import a bank (File ▸ Import…, Ctrl+O) "
                                 "and each of its categories gets a bar here."));
        return;
    }
    m_readiness.showChart();
    auto *series = new QHorizontalBarSeries;
    auto *set = new QBarSet(tr("Ready"));
    QStringList names;
    // Bottom to top in the chart, so the library's first category is at the top.
    for (auto it = m_shown.readiness.crbegin(); it != m_shown.readiness.crend(); ++it) {
        // Whole percents: "3.33%" is more than a thin bar has room for, and no one needs it.
        *set << std::round(100.0 * it->share());
        QString name = it->category;
        if (name.size() > 44)
            name = name.left(42) + QStringLiteral("…");
        // A category axis drops repeated names: two banks may share one.
        for (int n = 2; names.contains(name); ++n)
            name = QStringLiteral("%1 (%2)").arg(it->category.left(40)).arg(n);
        names << name;
    }
    set->setColor(ConfidenceBarDelegate::colourFor(4.2));
    series->append(set);
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    // After the bar's end, where a short bar's label still has room.
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_readinessChart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(names);
    categories->setTruncateLabels(false);
    m_readinessChart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto *values = new QValueAxis;
    values->setRange(0, 100);
    values->setLabelFormat(QStringLiteral("%d%"));
    values->setTickCount(6);
    m_readinessChart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    m_readinessChart->legend()->hide();
    style(m_readinessChart);
    set->setLabelColor(palette().color(QPalette::Text)); // outside the bar, on the chart
    m_readinessView->setMinimumHeight(
        std::max(260, 22 * static_cast<int>(m_shown.readiness.size()) + 60));

    const QList<Readiness> shown = m_shown.readiness;
    connect(set, &QBarSet::clicked, this, [this, shown](int index) {
        const Readiness &r = shown[shown.size() - 1 - index];
        QToolTip::hideText(); // the study window comes up: the bar's tooltip goes with it
        emit categoryActivated(r.bankId, r.categoryId);
    });
    connect(set, &QBarSet::hovered, this, [this, shown](bool on, int index) {
        if (!on) {
            QToolTip::hideText();
            return;
        }
        const Readiness &r = shown[shown.size() - 1 - index];
        QToolTip::showText(
            QCursor::pos(),
            tr("%1 — %2\n%3 of %4 ready, %5 never rated%6")
                .arg(r.category, r.bank)
                .arg(r.ready)
                .arg(r.questions)
                .arg(r.neverRated)
                .arg(r.meanConfidence
                         ? tr(", mean confidence %L1").arg(*r.meanConfidence, 0, 'f', 1)
                         : QString()),
            m_readinessView);
    });
}

bool ProgressView::savePng(const QString &path) const
{
    return m_charts->grab().save(path, "PNG");
}

void ProgressView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_shown.today.isValid())
        show(m_shown); // the charts in the new colours; nothing to read again
    QWidget::changeEvent(event);
}

} // namespace prepdeck
