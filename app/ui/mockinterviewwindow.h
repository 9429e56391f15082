#pragma once

#include "clock.h"
#include "library.h"
#include "librarysessionrecords.h"
#include "mockinterviewsession.h"
#include "mocksettings.h"

#include <QWidget>

class QLabel;
class QLayout;
class QVBoxLayout;
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

    // Saves the start and shows the first question.
    Status start();

    qint64 mockId() const { return m_session.mockId(); }
    bool isFinished() const { return m_session.isFinished(); }
    int currentIndex() const { return m_session.index(); }
    const MockInterviewSession &session() const { return m_session; }
    QLabel *countdown() const { return m_countdown; }
    QLabel *progress() const { return m_progress; }
    AnswerBrowser *answerView() const { return m_answer; }
    MockSummary *summary() const { return m_summary; }
    const QuestionTimer &timer() const { return m_session.timer(); }
    // Called by the display timer; public so tests can move time on and look at once.
    void refreshClock();

signals:
    void finished(qint64 mockId);
    void practiseAgainRequested(const MockSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeInterviewPage();
    QLayout *makeClockRow(QWidget *interview);
    void addQuestionArea(QWidget *interview, QVBoxLayout *layout);
    QLayout *makeButtonRow(QWidget *interview);
    QWidget *makeSummaryPage();
    void addShortcuts();
    void showQuestion();
    void reveal();
    void answer(std::optional<int> confidence);
    void showFinished();
    void togglePause();
    void askToEnd();
    void finish(bool early);
    void showError(const QString &message);

    Library &m_store;
    LibrarySessionRecords m_records;
    MockInterviewSession m_session;
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
