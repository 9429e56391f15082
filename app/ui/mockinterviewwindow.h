#pragma once

#include "clock.h"
#include "library.h"
#include "mocksettings.h"
#include "questiontimer.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace prepdeck {

class AnswerBrowser;
class MockSummary;

// A mock interview: one question at a time against the clock, then a summary. Keys:
// Space reveals, 1-5 rates and moves on, S skips, P pauses, Esc ends early (after asking),
// F11 toggles full screen. Each answered question is saved as it is left behind.
class MockInterviewWindow final : public QWidget
{
    Q_OBJECT

public:
    MockInterviewWindow(Library &store, const Clock &clock, const ElapsedClock &elapsed,
                        const MockSettings &settings, const QList<qint64> &questionIds,
                        QWidget *parent = nullptr);

    // Saves the start and shows the first question; false (with the reason) if it cannot.
    bool start(QString *error = nullptr);

    qint64 mockId() const { return m_mockId; }
    bool isFinished() const { return m_finished; }
    int currentIndex() const { return m_index; }
    QLabel *countdown() const { return m_countdown; }
    QLabel *progress() const { return m_progress; }
    AnswerBrowser *answerView() const { return m_answer; }
    MockSummary *summary() const { return m_summary; }
    const QuestionTimer &timer() const { return m_timer; }
    // Called by the display timer; public so tests can move time on and look at once.
    void refreshClock();

signals:
    void finished(qint64 mockId);
    void practiseAgainRequested(const MockSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showQuestion(int index);
    void reveal();
    void answer(std::optional<int> confidence, bool skipped);
    void togglePause();
    void askToEnd();
    void finish(bool early);
    void showError(const QString &message);

    Library &m_store;
    const Clock &m_clock;
    MockSettings m_settings;
    QList<qint64> m_questions;
    QuestionTimer m_timer;
    const ElapsedClock &m_elapsed;
    qint64 m_interviewStartMs = 0;
    qint64 m_mockId = 0;
    int m_index = -1;
    bool m_finished = false;
    bool m_revealed = false;
    StoredQuestion m_current;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_timeUp = nullptr;
    QLabel *m_prompt = nullptr;
    AnswerBrowser *m_context = nullptr;
    QLabel *m_meta = nullptr;
    QPushButton *m_revealButton = nullptr;
    AnswerBrowser *m_answer = nullptr;
    QLabel *m_waiting = nullptr; // holds the answer's place until it is shown
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QTimer *m_tick = nullptr;
    MockSummary *m_summary = nullptr;
};

} // namespace prepdeck
