// The progress view as a person reads it: nothing clipped or sideways-scrolling at 800
// pixels, a sentence where a chart has nothing to draw, empty days that still read as days,
// and a page that scrolls under the mouse wheel without changing what it shows.
#include "activitycalendar.h"
#include "keptmessages.h"
#include "progressview.h"
#include "windowfixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QToolTip>
#include <QWheelEvent>

using namespace prepdeck;
using namespace prepdeck::testing;

namespace {

// Three questions in one category, so one rating makes a third of it ready.
const QByteArray kThirds = "# Thirds\n\n## Trees\n\n### What is a heap?\n\nA tree.\n\n"
                           "### What is a trie?\n\nA tree of prefixes.\n\n"
                           "### What is a B-tree?\n\nA wide tree.\n\n"
                           "## Graphs\n\n### What is a DAG?\n\nA graph without cycles.\n";

QWidget *section(ProgressView *view, const char *name)
{
    return view->findChild<QWidget *>(QLatin1String(name));
}

// The sentence shown in place of a section's chart, when it is showing.
QString emptyText(ProgressView *view, const char *name)
{
    auto *label = view->findChild<QLabel *>(QLatin1String(name) + QStringLiteral("Empty"));
    return label && label->isVisible() ? label->text() : QString();
}

} // namespace

class TestProgressView : public QObject
{
    Q_OBJECT

    WindowFixture m_f;

    std::unique_ptr<MainWindow> showProgress(QSize size)
    {
        auto w = m_f.showWindow();
        w->resize(size);
        QTest::keyClick(w->questionView(), Qt::Key_2, Qt::ControlModifier);
        if (!QTest::qWaitFor([&] { return !w->isBusy(); }))
            qWarning("the progress figures did not come back");
        QApplication::processEvents();
        return w;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_f.open()); }
    void cleanup() { m_f.close(); }

    // The progress view: the mouse wheel over its scope box scrolls the page instead of
    // changing the chart, and a bar's tooltip goes when the bar is clicked.
    void progressView_wheelPassesTheScopeBox_tooltipGoesOnClick()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        QVERIFY(m_f.library->ratings().rate(1, 5, QStringLiteral("study"), m_f.clock.now()));
        auto w = m_f.showWindow();
        QTest::keyClick(w->questionView(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!w->isBusy());
        auto *scope = w->progressView()->findChild<QComboBox *>(QStringLiteral("progressScope"));
        QVERIFY(scope && scope->count() > 1);
        const int before = scope->currentIndex();
        const QPointF at(scope->width() / 2.0, scope->height() / 2.0);
        QWheelEvent down(at, scope->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(scope, &down);
        QCOMPARE(scope->currentIndex(), before);

        auto *series = qobject_cast<QAbstractBarSeries *>(
            w->progressView()->readinessChart()->series().first());
        QVERIFY(series);
        emit series->barSets().first()->hovered(true, 0);
        QTRY_VERIFY(QToolTip::isVisible());
        emit series->barSets().first()->clicked(0);
        QCOMPARE(w->pages()->currentIndex(), 1);
        QVERIFY(!QToolTip::isVisible());
        // However the view goes (a click, Ctrl+1, a menu), a bar's tooltip goes with it: the
        // chart sends no "left the bar" once it is hidden.
        QTest::keyClick(w->questionView(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!w->isBusy());
        series = qobject_cast<QAbstractBarSeries *>( // drawn again from a new reading
            w->progressView()->readinessChart()->series().first());
        emit series->barSets().first()->hovered(true, 0);
        QTRY_VERIFY(QToolTip::isVisible());
        w->pages()->setCurrentIndex(1);
        QVERIFY(!QToolTip::isVisible());
    }

    // With no mock interview and nothing rated in both contexts, the two lower charts are a
    // sentence each saying what would fill them, not an empty plot with a "#1" axis; a scope
    // with no ratings says so too. Once there is something to draw, the chart comes back.
    void emptyCharts_sayWhatWouldFillThem()
    {
        QVERIFY(m_f.importBytes(kThirds, QStringLiteral("thirds.md")));
        QVERIFY(m_f.library->ratings().rate(1, 5, QStringLiteral("study"), m_f.clock.now()));
        auto w = showProgress(QSize(1300, 800));
        ProgressView *view = w->progressView();
        QVERIFY2(
            emptyText(view, "mockSection").startsWith(QStringLiteral("No mock interviews yet")),
            qPrintable(emptyText(view, "mockSection")));
        QVERIFY(!view->findChild<QChartView *>()->isHidden()); // the readiness chart
        QVERIFY(
            emptyText(view, "calibrationSection").startsWith(QStringLiteral("Nothing to compare")));
        QVERIFY(emptyText(view, "timelineSection").isEmpty()); // the library has a rating

        auto *scope = view->findChild<QComboBox *>(QStringLiteral("progressScope"));
        scope->setCurrentIndex(scope->findText(QStringLiteral("Graphs"), Qt::MatchEndsWith));
        QVERIFY(scope->currentIndex() > 0);
        QVERIFY2(emptyText(view, "timelineSection")
                     .startsWith(QStringLiteral("No ratings in the last 90 days for Graphs.")),
                 qPrintable(emptyText(view, "timelineSection")));
        QVERIFY(scope->isVisible()); // the way back to a scope with ratings stays
        scope->setCurrentIndex(0);
        QVERIFY(emptyText(view, "timelineSection").isEmpty());

        // A finished mock interview with a rating fills both.
        const qint64 id = *m_f.library->mocks().start(MockSettings{}, m_f.clock.now());
        QVERIFY(m_f.library->mocks().record(id, 0, MockItem{1, {}, {}, 50, 3, false, {}},
                                            m_f.clock.now()));
        QVERIFY(m_f.library->mocks().finish(id, m_f.clock.now(), false));
        view->refresh();
        QTRY_VERIFY(!view->isLoading());
        QVERIFY(emptyText(view, "mockSection").isEmpty());
        QVERIFY(emptyText(view, "calibrationSection").isEmpty());
    }

    // A third of a category ready is "33%" after the bar's end, where a short bar's label
    // has room; not "33.3%" squeezed inside a bar narrower than it.
    void readinessLabels_wholePercentsAfterTheBar()
    {
        QVERIFY(m_f.importBytes(kThirds, QStringLiteral("thirds.md")));
        QVERIFY(m_f.library->ratings().rate(1, 5, QStringLiteral("study"), m_f.clock.now()));
        auto w = showProgress(QSize(1300, 800));
        auto *series = qobject_cast<QAbstractBarSeries *>(
            w->progressView()->readinessChart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->labelsPosition(), QAbstractBarSeries::LabelsOutsideEnd);
        QBarSet *set = series->barSets().first();
        QCOMPARE(set->count(), 2);
        QCOMPARE(set->at(1), 33.0); // Trees, at the top
        QCOMPARE(set->at(0), 0.0);  // Graphs
        // After the bar means on the chart's background: the label has the text's colour.
        QCOMPARE(set->labelColor(), w->progressView()->palette().color(QPalette::Text));
    }

    // An empty day is a square one can see on the light and the dark theme, not a tint a
    // step away from the page; a day with ratings is green; today is outlined.
    void activityCalendar_emptyDaysShow_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(0xef, 0xef, 0xef) << QColor(Qt::black);
        QTest::newRow("dark") << QColor(0x2b, 0x2b, 0x2f) << QColor(0xe0, 0xe0, 0xe0);
    }
    void activityCalendar_emptyDaysShow()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        ActivityCalendar calendar;
        QPalette palette = calendar.palette();
        palette.setColor(QPalette::Window, window);
        palette.setColor(QPalette::WindowText, text);
        calendar.setPalette(palette);
        calendar.setAutoFillBackground(true);
        const QDate monday(2026, 11, 30);
        calendar.setDays({{monday, 0}, {monday.addDays(1), 3}, {monday.addDays(2), 0}},
                         monday.addDays(1));
        calendar.resize(calendar.sizeHint());
        const QImage image = calendar.grab().toImage();
        const QColor empty = image.pixelColor(calendar.cellRect(0).center());
        QVERIFY2(contrast(empty, window) >= 1.25,
                 qPrintable(QStringLiteral("%1 on %2").arg(empty.name(), window.name())));
        const QColor rated = image.pixelColor(calendar.cellRect(1).center());
        QVERIFY(rated.hsvHue() > 90 && rated.hsvHue() < 160); // green
        QVERIFY(rated.hsvSaturationF() > 0.3);
        // Today's outline: a pixel just outside its square differs from the page.
        const QPoint outline = calendar.cellRect(1).topLeft() - QPoint(1, 1);
        QVERIFY(image.pixelColor(outline) != window);
        QVERIFY(calendar.sizeHint().height() > calendar.cellRect(6).bottom()); // room for the key
    }

    // At 800x600 the page does not scroll sideways and nothing on it is cut: the charts
    // stand one below the other. A wide window puts two side by side.
    void smallWindow_noSidewaysScrolling_sectionsInOneColumn()
    {
        QVERIFY(m_f.importBytes(kThirds, QStringLiteral("thirds.md")));
        QVERIFY(m_f.library->ratings().rate(1, 5, QStringLiteral("study"), m_f.clock.now()));
        auto w = showProgress(QSize(800, 600));
        ProgressView *view = w->progressView();
        auto *scroll = view->findChild<QScrollArea *>();
        QTRY_VERIFY(!scroll->horizontalScrollBar()->isVisible());
        auto *save = view->findChild<QPushButton *>(QStringLiteral("saveProgressPng"));
        QVERIFY(save->width() >= save->sizeHint().width());
        auto *charts = view->findChild<QWidget *>(QStringLiteral("progressCharts"));
        for (const char *name :
             {"timelineSection", "activitySection", "mockSection", "calibrationSection"}) {
            QWidget *s = section(view, name);
            QVERIFY2(s->geometry().right() < charts->width(), name);
            QCOMPARE(s->x(), section(view, "timelineSection")->x());
        }

        w->resize(1366, 768);
        QTRY_VERIFY(section(view, "activitySection")->x() > section(view, "timelineSection")->x());
        QCOMPARE(section(view, "activitySection")->y(), section(view, "timelineSection")->y());
    }
};

QTEST_MAIN(TestProgressView)
#include "tst_progressview.moc"
