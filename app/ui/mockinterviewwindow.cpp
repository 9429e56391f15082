#include "mockinterviewwindow.h"
#include "compactbutton.h"
#include "messagesink.h"
#include "windowsize.h"

#include "answerbrowser.h"
#include "answerstyle.h"
#include "markdownrenderer.h"
#include "mocksummary.h"
#include "questiontablemodel.h"
#include "sheetexport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace prepdeck {

namespace {

QString clockText(qint64 ms)
{
    const qint64 seconds = (std::abs(ms) + 999) / 1000; // a countdown shows 0:01 until it is up
    return QStringLiteral("%1%2:%3")
        .arg(ms < 0 ? QStringLiteral("+") : QString())
        .arg(seconds / 60)
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MockInterviewWindow::MockInterviewWindow(Library &store, const Clock &clock,
                                         const ElapsedClock &elapsed, const MockSettings &settings,
                                         const QList<qint64> &questionIds, QWidget *parent)
    : QWidget(parent), m_store(store), m_records(store),
      m_session(m_records, clock, elapsed, settings, questionIds)
{
    setWindowTitle(tr("Mock interview — Prepdeck"));
    auto *outer = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);
    m_pages->addWidget(makeInterviewPage());
    m_pages->addWidget(makeSummaryPage());
    addShortcuts();

    setFocusPolicy(Qt::StrongFocus);
    m_tick = new QTimer(this);
    m_tick->setInterval(200); // only how often the display refreshes; the time comes from the clock
    connect(m_tick, &QTimer::timeout, this, &MockInterviewWindow::refreshClock);
    resizeWithinScreen(*this, {980, 720});
}

// The interview: progress and the clock on top, the question, its answer when revealed,
// the interviewer's notes, and the buttons.
QWidget *MockInterviewWindow::makeInterviewPage()
{
    auto *interview = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(interview);
    layout->addLayout(makeClockRow(interview));
    addQuestionArea(interview, layout);
    layout->addLayout(makeButtonRow(interview));
    return interview;
}

// The question's number, "Time's up" when it is, and the countdown.
QLayout *MockInterviewWindow::makeClockRow(QWidget *interview)
{
    auto *top = new QHBoxLayout;
    m_progress = new QLabel(interview);
    m_progress->setObjectName(QStringLiteral("mockProgress"));
    top->addWidget(m_progress, 1);
    m_timeUp = new QLabel(tr("Time's up"), interview);
    m_timeUp->setObjectName(QStringLiteral("timeUp"));
    m_timeUp->setStyleSheet(QStringLiteral("color: white; background: #c62828; padding: 4px 10px; "
                                           "border-radius: 4px; font-weight: 600;"));
    m_timeUp->setVisible(false);
    m_timeUp->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    top->addWidget(m_timeUp, 0, Qt::AlignVCenter);
    m_countdown = new QLabel(interview);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 2.6);
    mono.setWeight(QFont::Bold);
    m_countdown->setFont(mono);
    top->addWidget(m_countdown);

    return top;
}

// The question, the code or choices that go with it, the answer (or what to do until it
// shows) and the notes box.
void MockInterviewWindow::addQuestionArea(QWidget *interview, QVBoxLayout *layout)
{
    m_meta = new QLabel(interview);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_meta);
    m_prompt = new QLabel(interview);
    m_prompt->setObjectName(QStringLiteral("mockPrompt"));
    m_prompt->setTextFormat(Qt::RichText); // the prompt's inline Markdown, rendered
    m_prompt->setWordWrap(true);
    QFont big = m_prompt->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    m_prompt->setFont(big);
    layout->addWidget(m_prompt);
    m_context = new AnswerBrowser(interview);
    m_context->setObjectName(QStringLiteral("mockContext"));
    m_context->setVisible(false);
    m_context->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_context);

    m_revealButton = new CompactButton(tr("Reveal the answer (Space)"), interview);
    m_revealButton->setFocusPolicy(Qt::NoFocus);
    connect(m_revealButton, &QPushButton::clicked, this, &MockInterviewWindow::reveal);
    layout->addWidget(m_revealButton);
    m_answer = new AnswerBrowser(interview);
    m_answer->setObjectName(QStringLiteral("mockAnswer"));
    m_answer->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_answer, 3);
    m_waiting = new QLabel(tr("Answer out loud. Space shows the suggested answer."), interview);
    m_waiting->setAlignment(Qt::AlignCenter);
    m_waiting->setForegroundRole(QPalette::PlaceholderText);
    m_waiting->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addWidget(m_waiting, 3);

    m_notes = new QPlainTextEdit(interview);
    m_notes->setObjectName(QStringLiteral("mockNotes"));
    m_notes->setPlaceholderText(tr("Notes: what the candidate said (click here to type)"));
    m_notes->setMaximumHeight(90);
    // Typing notes takes a click: the keys belong to the interview until then.
    m_notes->setFocusPolicy(Qt::ClickFocus);
    layout->addWidget(m_notes);
}

// A button per confidence, then Skip, Pause and End.
QLayout *MockInterviewWindow::makeButtonRow(QWidget *interview)
{
    auto *buttons = new QHBoxLayout;
    for (int c = 1; c <= 5; ++c) {
        // On a narrow window only the key shows: "4" for "4 Good".
        auto *b = new CompactButton(QuestionTableModel::confidenceLabel(c), interview,
                                    QString::number(c));
        b->setFocusPolicy(Qt::NoFocus);
        connect(b, &QPushButton::clicked, this, [this, c] { answer(c); });
        buttons->addWidget(b);
    }
    buttons->addSpacing(16);
    auto *skip = new CompactButton(tr("Skip (S)"), interview);
    skip->setFocusPolicy(Qt::NoFocus);
    connect(skip, &QPushButton::clicked, this, [this] { answer(std::nullopt); });
    buttons->addWidget(skip);
    m_pauseButton = new CompactButton(tr("Pause (P)"), interview);
    m_pauseButton->setFocusPolicy(Qt::NoFocus);
    connect(m_pauseButton, &QPushButton::clicked, this, &MockInterviewWindow::togglePause);
    buttons->addWidget(m_pauseButton);
    auto *end = new CompactButton(tr("End (Esc)"), interview);
    end->setFocusPolicy(Qt::NoFocus);
    connect(end, &QPushButton::clicked, this, &MockInterviewWindow::askToEnd);
    buttons->addWidget(end);
    return buttons;
}

// What an interview ends on: its summary, with sheets to print and a second round of the
// weakest answers.
QWidget *MockInterviewWindow::makeSummaryPage()
{
    m_summary = new MockSummary(m_pages);
    m_summary->setObjectName(QStringLiteral("mockSummary"));
    connect(m_summary, &MockSummary::closeRequested, this, &QWidget::close);
    connect(m_summary, &MockSummary::printSheetsRequested, this,
            [this](const QList<qint64> &ids, int seconds) {
                exportMockSheets(this, m_store, ids, seconds);
            });
    connect(m_summary, &MockSummary::practiseAgainRequested, this,
            [this](const QList<qint64> &ids) {
                MockSettings again = m_session.settings();
                again.questionIds = ids;
                again.categoryIds.clear();
                again.categoryTexts.clear();
                again.count = static_cast<int>(ids.size());
                again.order = MockOrder::Weakest;
                emit practiseAgainRequested(again);
            });
    return m_summary;
}

// The interview's keys, while its window is active.
void MockInterviewWindow::addShortcuts()
{
    auto key = [this](const QKeySequence &seq, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(seq);
        a->setShortcutContext(Qt::WindowShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    key(QKeySequence(Qt::Key_Space), [this] { reveal(); });
    for (int c = 1; c <= 5; ++c)
        key(QKeySequence(Qt::Key_0 + c), [this, c] { answer(c); });
    key(QKeySequence(Qt::Key_S), [this] { answer(std::nullopt); });
    key(QKeySequence(Qt::Key_P), [this] { togglePause(); });
    // Esc leaves the notes box first; only from the interview itself does it ask to end.
    key(QKeySequence(Qt::Key_Escape), [this] {
        if (QApplication::focusWidget() == m_notes) {
            setFocus();
            return;
        }
        askToEnd();
    });
    key(QKeySequence(Qt::Key_F11),
        [this] { setWindowState(windowState() ^ Qt::WindowFullScreen); });
}

Status MockInterviewWindow::start()
{
    if (Status started = m_session.start(); !started)
        return started;
    showQuestion();
    m_tick->start();
    return success();
}

void MockInterviewWindow::showQuestion()
{
    auto q = m_store.questions().find(m_session.currentQuestion());
    if (!q) {
        showError(q.error().toString());
        answer(std::nullopt); // recorded as skipped
        return;
    }
    m_current = *q;
    m_notes->clear();
    m_timeUp->setVisible(false);
    m_meta->setText(QStringLiteral("%1  ·  %2").arg(m_current.bank, m_current.category));
    m_prompt->setText(renderInlineMarkdown(m_current.question.prompt));
    m_context->setVisible(!m_current.question.context.isEmpty());
    if (!m_current.question.context.isEmpty()) {
        m_context->setHtml(renderMarkdown(m_current.question.context));
        m_context->setFixedHeight(std::min(int(m_context->document()->size().height()) + 8, 300));
    }
    m_answer->clear();
    m_answer->setVisible(false);
    m_waiting->setVisible(true);
    m_revealButton->setVisible(true);
    setFocus(); // out of the notes box, so Space and the digits drive the interview again
    if (m_session.settings().interviewerMode)
        reveal();
    refreshClock();
}

void MockInterviewWindow::reveal()
{
    if (!m_session.reveal())
        return;
    const Question &q = m_current.question;
    m_answer->document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    QString html = q.answer.isEmpty() ? (q.hint.isEmpty() ? QString() : renderMarkdown(q.hint))
                                      : renderMarkdown(q.answer);
    for (const QString &tip : q.tips)
        html += QStringLiteral("<table class=\"tip\" width=\"100%\" cellpadding=\"8\"><tr><td>"
                               "<p class=\"label\">%1</p>%2</td></tr></table><p></p>")
                    .arg(tr("Coaching tip").toHtmlEscaped(), renderMarkdown(tip));
    if (m_session.settings().includeFollowUps)
        for (const QString &f : q.followUps)
            html +=
                QStringLiteral("<table class=\"followup\" width=\"100%\" cellpadding=\"8\"><tr><td>"
                               "<p class=\"label\">%1</p>%2</td></tr></table><p></p>")
                    .arg(tr("Follow-up to ask").toHtmlEscaped(), renderMarkdown(f));
    m_answer->setHtml(html);
    m_answer->setVisible(true);
    m_waiting->setVisible(false);
    m_revealButton->setVisible(false);
}

void MockInterviewWindow::answer(std::optional<int> confidence)
{
    if (!m_session.canAnswer())
        return;
    if (Status saved = m_session.answer(confidence, m_notes->toPlainText()); !saved)
        showError(saved.error().toString());
    if (m_session.isFinished())
        showFinished();
    else
        showQuestion();
}

void MockInterviewWindow::togglePause()
{
    if (!m_session.togglePause())
        return;
    if (m_session.isPaused()) {
        m_pauseButton->setText(tr("Resume (P)"));
    } else {
        m_pauseButton->setText(tr("Pause (P)"));
        m_prompt->setVisible(true);
    }
    refreshClock();
}

void MockInterviewWindow::askToEnd()
{
    if (m_session.isFinished())
        return;
    if (messageSink().confirm(
            this, tr("End the interview?"),
            tr("End the mock interview now? The questions answered so far are kept."),
            tr("End the Interview")))
        finish(true);
}

void MockInterviewWindow::finish(bool early)
{
    if (!m_session.isRunning())
        return;
    if (Status done = m_session.finish(early); !done)
        showError(done.error().toString());
    showFinished();
}

void MockInterviewWindow::showFinished()
{
    m_tick->stop();
    if (auto record = m_store.mocks().find(m_session.mockId()))
        m_summary->showRecord(*record);
    m_pages->setCurrentWidget(m_summary);
    emit finished(m_session.mockId());
}

void MockInterviewWindow::refreshClock()
{
    if (!m_session.isRunning())
        return;
    QuestionTimer &timer = m_session.timer();
    const auto events = timer.poll();
    const qint64 left = timer.remainingMs();
    m_countdown->setText(timer.isPaused() ? tr("paused") : clockText(left));
    QString colour;
    switch (timer.phase()) {
    case QuestionTimer::Phase::Normal:
        colour = palette().color(QPalette::WindowText).name();
        break;
    case QuestionTimer::Phase::Amber:
        colour = QStringLiteral("#e69500");
        break;
    case QuestionTimer::Phase::TimeUp:
        colour = QStringLiteral("#d32f2f");
        break;
    }
    m_countdown->setStyleSheet(QStringLiteral("color: %1;").arg(colour));
    m_countdown->setProperty("phase", static_cast<int>(timer.phase()));
    if (events.timeUp) {
        m_timeUp->setVisible(true);
        if (m_session.settings().beep)
            QApplication::beep();
    }
    m_progress->setText(
        tr("Question %1 of %2  ·  %3 in all%4")
            .arg(m_session.index() + 1)
            .arg(m_session.count())
            .arg(MockSummary::duration(static_cast<double>(m_session.totalSeconds())))
            .arg(timer.isPaused() ? tr("  ·  paused — press P to go on") : QString()));
}

void MockInterviewWindow::closeEvent(QCloseEvent *event)
{
    if (m_session.isRunning()) {
        if (!messageSink().confirm(
                this, tr("End the interview?"),
                tr("Close the mock interview? The questions answered so far are kept."),
                tr("End the Interview"))) {
            event->ignore();
            return;
        }
        finish(true);
    }
    QWidget::closeEvent(event);
}

void MockInterviewWindow::showError(const QString &message)
{
    messageSink().warn(this, tr("Prepdeck"), message);
}

} // namespace prepdeck
