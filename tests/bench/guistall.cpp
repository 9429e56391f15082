#include "guistall.h"
#include "bankgenerator.h"
#include "librarycare.h"
#include "mainwindow.h"
#include "messagesink.h"
#include "progressview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

namespace prepdeck::bench {

namespace {

// Ticks every millisecond; a tick can only come when the event loop is free, so the
// longest gap between two ticks is the longest the loop was held.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            if (m_verbose && now - m_last > 8'000'000)
                std::fprintf(stderr, "stall %.1f ms at %.3f s\n", double(now - m_last) / 1e6,
                             double(now) / 1e9);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void reset()
    {
        m_last = m_clock.nsecsElapsed();
        m_longest = 0;
    }
    double longestMs() const { return double(m_longest) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_verbose = qEnvironmentVariableIsSet("PREPDECK_BENCH_VERBOSE");
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

// Runs the event loop for `ms`, or until `done` holds (then a little longer, for what it
// set off) — the way a user waits.
void waitFor(int ms, const std::function<bool()> &done = {})
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (done && done()) {
            waitFor(50);
            return;
        }
    }
}

// What a user types: 30 words of the generated vocabulary, a key at a time, quickly.
void typeSearches(MainWindow &window, int run)
{
    std::mt19937_64 random(7 + static_cast<quint64>(run));
    QLineEdit *field = window.searchField();
    for (int i = 0; i < 30; ++i) {
        const QString word = lexiconWord(static_cast<qsizetype>(random() % 400));
        for (qsizetype k = 1; k <= word.size(); ++k) {
            field->setText(word.left(k));
            waitFor(60); // a fast typist's gap between keys
        }
        waitFor(400, [&] { return !window.isBusy(); });
    }
    field->clear();
    waitFor(2000, [&] { return !window.isBusy(); });
}

} // namespace

QJsonObject measureGuiStall(const QString &database, int runs)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto backup = care::takeBackup(database, QStringLiteral("bench"), now);
    if (!backup) {
        std::fprintf(stderr, "prepdeck-bench: %s\n", qPrintable(backup.error().toString()));
        std::exit(1);
    }
    auto library = Library::open(database);
    if (!library) {
        std::fprintf(stderr, "prepdeck-bench: %s\n", qPrintable(library.error().toString()));
        std::exit(1);
    }
    // A message box would wait for a click nobody gives; a warning fails the figure instead.
    KeptMessages messages;
    setMessageSink(&messages);
    SystemClock clock;
    MainWindow window(**library, clock);
    window.setShowImportReports(false);
    window.resize(1280, 800);
    window.show();
    waitFor(30'000, [&] { return !window.isBusy(); });

    // Each part `runs` times; the longest hold of each run, and their median (this machine
    // has other work now and then: one run's worst is reported too).
    QList<double> searches, restores, progresses;
    StallProbe probe;
    for (int run = 0; run < runs; ++run) {
        probe.reset();
        typeSearches(window, run);
        searches << probe.longestMs();

        probe.reset();
        QTimer::singleShot(0, &window, [&] { window.restoreBackupFile(*backup); });
        waitFor(120'000, [&] { return !window.isBusy(); });
        restores << probe.longestMs();
        if (!window.statusBar()->currentMessage().startsWith(QStringLiteral("Restored"))) {
            std::fprintf(stderr, "prepdeck-bench: the restore did not finish: %s\n",
                         qPrintable(window.statusBar()->currentMessage()));
            std::exit(1);
        }

        probe.reset();
        QTimer::singleShot(0, &window, [&] { window.showProgress(); });
        waitFor(60'000, [&] { return !window.isBusy(); });
        progresses << probe.longestMs();
        if (!window.progressView()->headline()->text().contains(QStringLiteral("ready"))) {
            std::fprintf(stderr, "prepdeck-bench: the progress view shows nothing\n");
            std::exit(1);
        }
        window.showStudy();
    }
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double search = median(searches), restore = median(restores),
                 progress = median(progresses);
    const double worst = std::max({*std::max_element(searches.cbegin(), searches.cend()),
                                   *std::max_element(restores.cbegin(), restores.cend()),
                                   *std::max_element(progresses.cbegin(), progresses.cend())});

    setMessageSink(nullptr);
    if (!messages.warnings.isEmpty()) {
        std::fprintf(stderr, "prepdeck-bench: the window warned: %s\n",
                     qPrintable(messages.warnings.join(QLatin1Char('\n'))));
        std::exit(1);
    }
    return QJsonObject{{QStringLiteral("gui_stall_max_ms"), std::max({search, restore, progress})},
                       {QStringLiteral("gui_stall_search_ms"), search},
                       {QStringLiteral("gui_stall_restore_ms"), restore},
                       {QStringLiteral("gui_stall_progress_ms"), progress},
                       {QStringLiteral("gui_stall_worst_ms"), worst}};
}

} // namespace prepdeck::bench
