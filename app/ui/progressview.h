#pragma once

#include "clock.h"
#include "library.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;

namespace prepdeck {

class ActivityCalendar;

// Where the learner stands: readiness per category, confidence over time, an activity
// calendar with the streak, mock interviews over time, and how study ratings compare with
// mock ratings. With an interview date, the days left and a forecast for the day.
class ProgressView final : public QWidget
{
    Q_OBJECT

public:
    // A chart with its heading, or in its place a sentence saying why there is nothing to
    // draw yet and what would fill it: an empty chart with a lone "#1" axis says nothing.
    struct Section
    {
        QWidget *box = nullptr;
        QWidget *content = nullptr;
        QLabel *empty = nullptr;

        void showEmpty(const QString &why) const;
        void showChart() const;
        bool isEmpty() const;
    };

    ProgressView(Library &store, const Clock &clock, QWidget *parent = nullptr);

    // Reads the library again (after a rating, an import, a new interview date), on a
    // worker; the view follows when the figures are back.
    void refresh();
    bool isLoading() const { return m_loading; }
    // Shows figures read before (refresh() reads and shows them).
    void show(const ProgressSnapshot &snapshot);
    // Saves all the charts as one PNG picture.
    bool savePng(const QString &path) const;

    QLabel *headline() const { return m_headline; }
    QChart *readinessChart() const { return m_readinessChart; }
    QList<Readiness> shownReadiness() const { return m_shown.readiness; }

signals:
    void categoryActivated(qint64 bankId, qint64 categoryId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static constexpr int kTwoColumns = 940; // pixels of page for two columns of charts

    void placeSections();
    void showHeadline();
    void fillScopes();
    void refreshReadiness();
    void refreshTimeline();
    void refreshMocks();
    void refreshCalibration();
    void style(QChart *chart) const;
    // Empties a chart for new data.
    static void clearChart(QChart *chart);

    Library &m_store;
    const Clock &m_clock;
    ProgressSnapshot m_shown;
    int m_generation = 0; // of the latest read: an older one coming back late is dropped
    bool m_loading = false;

    QLabel *m_headline = nullptr;
    QLabel *m_forecast = nullptr;
    QChart *m_readinessChart = nullptr;
    QChartView *m_readinessView = nullptr;
    QComboBox *m_scope = nullptr;
    QChart *m_timelineChart = nullptr;
    QChart *m_mockChart = nullptr;
    QChart *m_calibrationChart = nullptr;
    QLabel *m_calibrationText = nullptr;
    ActivityCalendar *m_calendar = nullptr;
    QWidget *m_charts = nullptr; // what is saved as PNG
    QScrollArea *m_scroll = nullptr;
    QGridLayout *m_grid = nullptr;
    bool m_twoColumns = false;
    Section m_readiness;
    Section m_timeline;
    Section m_activity;
    Section m_mocks;
    Section m_calibration;
};

} // namespace prepdeck
