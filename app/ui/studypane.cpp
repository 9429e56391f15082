#include "studypane.h"
#include "answerbrowser.h"
#include "answerhtml.h"
#include "answerstyle.h"
#include "compactbutton.h"
#include "markdownrenderer.h"
#include "questiontablemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace prepdeck {

StudyPane::StudyPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    addQuestion(layout);
    addHintRow(layout);
    addAnswer(layout);
    addRateRow(layout);
    addNotesAndHistory(layout);
    showNothing(tr("Choose a question."));
}

// Where it comes from, the prompt, and what belongs to the question.
void StudyPane::addQuestion(QVBoxLayout *layout)
{
    m_meta = new QLabel(this);
    m_meta->setObjectName(QStringLiteral("questionMeta"));
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_meta);

    m_prompt = new QLabel(this);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::RichText); // the prompt's inline Markdown, rendered
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_prompt);

    // What belongs to the question (the code whose output is asked for, the choices of a
    // quiz): shown with the prompt, before the answer.
    m_context = new AnswerBrowser(this);
    m_context->setObjectName(QStringLiteral("questionContext"));
    m_context->setVisible(false);
    m_context->setMaximumHeight(260);
    m_context->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_context);
}

// "Show hint" and the hint beside it.
void StudyPane::addHintRow(QVBoxLayout *layout)
{
    auto *hintRow = new QHBoxLayout;
    m_hintButton = new CompactButton(tr("Show hint (H)"), this);
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    m_hintButton->setCheckable(true);
    m_hintButton->setFocusPolicy(Qt::NoFocus);
    connect(m_hintButton, &QPushButton::toggled, this, [this] { renderHint(); });
    hintRow->addWidget(m_hintButton, 0, Qt::AlignTop);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::RichText);
    m_hint->setOpenExternalLinks(false);
    hintRow->addWidget(m_hint, 1);
    layout->addLayout(hintRow);
}

// "Reveal answer", then the answer, which a line holds the place of until it is revealed.
void StudyPane::addAnswer(QVBoxLayout *layout)
{
    m_revealButton = new CompactButton(tr("Reveal answer (Space)"), this);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    m_revealButton->setFocusPolicy(Qt::NoFocus);
    connect(m_revealButton, &QPushButton::clicked, this, &StudyPane::reveal);
    layout->addWidget(m_revealButton);
    // With no question to show, the way on (e.g. "Search All Banks").
    m_offer = new QPushButton(this);
    m_offer->setObjectName(QStringLiteral("nothingOffer"));
    m_offer->setVisible(false);
    connect(m_offer, &QPushButton::clicked, this, &StudyPane::offerTaken);
    layout->addWidget(m_offer, 0, Qt::AlignLeft);

    m_answer = new AnswerBrowser(this);
    m_answer->setObjectName(QStringLiteral("answerView"));
    m_answer->setVisible(false);
    layout->addWidget(m_answer, 1);
    setTextPointSize(0);
    // Holds the answer's place until it is revealed.
    m_thinking = new QLabel(tr("Answer it in your head, or out loud, then press Space."), this);
    m_thinking->setAlignment(Qt::AlignCenter);
    m_thinking->setWordWrap(true);
    m_thinking->setForegroundRole(QPalette::PlaceholderText);
    m_thinking->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    layout->addWidget(m_thinking, 1);
}

// A button per confidence.
void StudyPane::addRateRow(QVBoxLayout *layout)
{
    auto *rateRow = new QHBoxLayout;
    for (int c = 1; c <= 5; ++c) {
        // On a narrow window only the key shows: "4" for "4 Good".
        auto *button =
            new CompactButton(QuestionTableModel::confidenceLabel(c), this, QString::number(c));
        button->setObjectName(QStringLiteral("rate%1").arg(c));
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this, [this, c] { emit rateRequested(c); });
        rateRow->addWidget(button);
        m_rateButtons << button;
    }
    layout->addLayout(rateRow);
}

// The user's notes on the question, and its rating history, as tabs.
void StudyPane::addNotesAndHistory(QVBoxLayout *layout)
{
    m_tabs = new QTabWidget(this);
    auto *notesPage = new QWidget(m_tabs);
    auto *notesLayout = new QVBoxLayout(notesPage);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    m_noteEditor = new QPlainTextEdit(notesPage);
    m_noteEditor->setObjectName(QStringLiteral("noteEditor"));
    m_noteEditor->installEventFilter(this); // Esc leaves it
    m_noteEditor->setPlaceholderText(
        tr("Your own answer, in Markdown. It is saved with the question "
           "and shown under the suggested answer."));
    notesLayout->addWidget(m_noteEditor);
    m_saveNote = new QPushButton(tr("Save note"), notesPage);
    m_saveNote->setObjectName(QStringLiteral("saveNote"));
    m_saveNote->setEnabled(false);
    connect(m_noteEditor, &QPlainTextEdit::textChanged, this,
            [this] { m_saveNote->setEnabled(noteModified()); });
    connect(m_saveNote, &QPushButton::clicked, this, [this] {
        if (m_question.id && noteModified())
            emit noteSaveRequested(m_question.id, editedNote());
    });
    notesLayout->addWidget(m_saveNote, 0, Qt::AlignRight);
    m_tabs->addTab(notesPage, tr("My notes"));
    m_history = new QListWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("history"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->setMaximumHeight(kNotesHeight);
    // When room is short the notes and history fold to their tabs, and the answer gets the
    // space; a tab, or the arrow beside them, opens them again.
    m_notesToggle = new QToolButton(m_tabs);
    m_notesToggle->setObjectName(QStringLiteral("notesToggle"));
    m_notesToggle->setAutoRaise(true);
    m_notesToggle->setFocusPolicy(Qt::NoFocus);
    m_tabs->setCornerWidget(m_notesToggle, Qt::TopRightCorner);
    connect(m_notesToggle, &QToolButton::clicked, this, [this] {
        m_notesChosen = true;
        setNotesFolded(!m_notesFolded);
    });
    connect(m_tabs, &QTabWidget::tabBarClicked, this, [this] {
        if (m_notesFolded) {
            m_notesChosen = true;
            setNotesFolded(false);
        }
    });
    layout->addWidget(m_tabs);
    setNotesFolded(false);
}

void StudyPane::setNotesFolded(bool folded)
{
    m_notesFolded = folded;
    if (auto *pages = m_tabs->findChild<QStackedWidget *>())
        pages->setVisible(!folded);
    m_tabs->setMaximumHeight(folded ? m_tabs->tabBar()->sizeHint().height() : kNotesHeight);
    m_notesToggle->setArrowType(folded ? Qt::UpArrow : Qt::DownArrow);
    m_notesToggle->setToolTip(folded ? tr("Show my notes and the history")
                                     : tr("Fold my notes and the history away"));
}

void StudyPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_notesChosen && (height() < kRoomForNotes) != m_notesFolded)
        setNotesFolded(height() < kRoomForNotes);
}

void StudyPane::showQuestion(const StoredQuestion &question, const QList<RatingEvent> &history)
{
    m_question = question;
    m_revealed = false;
    const Question &q = question.question;

    QStringList meta;
    // Listed only when the filter asks: say so first, with the way back.
    if (question.deleted)
        meta << tr("Deleted (Delete restores it)");
    else if (question.suspended)
        meta << tr("Suspended (Ctrl+J brings it back)");
    meta << question.bank << question.category;
    if (q.number)
        meta << tr("No. %1").arg(*q.number);
    if (q.frequency)
        meta << tr("asked in %1% of interviews").arg(*q.frequency);
    if (!q.tags.isEmpty())
        meta << q.tags.join(QLatin1String(", "));
    m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    m_prompt->setText(AnswerBrowser::highlightedHtml(renderInlineMarkdown(q.prompt), m_highlight,
                                                     palette(), m_prompt->font()));
    m_context->setVisible(!q.context.isEmpty());
    if (!q.context.isEmpty()) {
        m_context->setHtml(renderMarkdown(q.context));
        const int height = int(m_context->document()->size().height()) + 8;
        m_context->setFixedHeight(std::min(height, 260));
    }

    // A bank that gives only the key concept shows it as the answer: "Show hint" would
    // show the same text before it.
    m_hintButton->setEnabled(!q.hint.isEmpty() && !q.answer.isEmpty());
    m_hintButton->setChecked(false);
    renderHint();
    m_revealButton->setVisible(true);
    m_revealButton->setEnabled(true);
    m_offer->setVisible(false);
    m_answer->setVisible(false);
    m_thinking->setVisible(true);
    m_answer->clear();
    resetRateButtons(false); // a rating comes after the reveal

    m_noteEditor->blockSignals(true);
    m_noteEditor->setPlainText(question.note);
    m_noteEditor->blockSignals(false);
    m_noteEditor->setEnabled(true);
    m_saveNote->setEnabled(false);

    m_history->clear();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const QString when = QLocale().toString(it->ratedAt.toLocalTime(), QLocale::ShortFormat);
        m_history->addItem(
            tr("%1   %2   (%3)")
                .arg(when, QuestionTableModel::confidenceLabel(it->confidence),
                     it->context == QLatin1String("mock") ? tr("mock interview") : tr("study")));
    }
    if (history.isEmpty())
        m_history->addItem(tr("Not rated yet."));
    m_tabs->setTabText(1, tr("History (%1)").arg(history.size()));
}

void StudyPane::showNothing(const QString &message, const QString &offer)
{
    m_question = StoredQuestion{};
    m_revealed = false;
    m_meta->clear();
    m_prompt->setText(message.toHtmlEscaped());
    m_context->setVisible(false);
    m_hintButton->setEnabled(false);
    m_hintButton->setChecked(false);
    m_hint->clear();
    // Nothing to answer: no "press Space", only the way on, if there is one.
    m_revealButton->setEnabled(false);
    m_revealButton->setVisible(false);
    m_offer->setText(offer);
    m_offer->setVisible(!offer.isEmpty());
    m_answer->setVisible(false);
    m_thinking->setVisible(false);
    resetRateButtons(false);
    m_noteEditor->setPlainText({});
    m_noteEditor->setEnabled(false);
    m_history->clear();
}

bool StudyPane::noteModified() const
{
    return m_question.id && m_noteEditor->toPlainText() != m_question.note;
}

QString StudyPane::editedNote() const
{
    return m_noteEditor->toPlainText();
}

void StudyPane::noteSaved(const QString &note)
{
    m_question.note = note;
    m_saveNote->setEnabled(noteModified());
    if (m_revealed)
        renderAnswer();
}

void StudyPane::reveal()
{
    if (!m_question.id)
        return;
    m_revealed = true;
    m_revealButton->setVisible(false);
    m_thinking->setVisible(false);
    m_answer->setVisible(true);
    renderAnswer();
    resetRateButtons(true);
    emit revealed();
}

void StudyPane::resetRateButtons(bool enabled)
{
    for (int c = 1; c <= m_rateButtons.size(); ++c) {
        CompactButton *b = m_rateButtons[c - 1];
        b->setEnabled(enabled);
        b->setText(QuestionTableModel::confidenceLabel(c));
        b->setCompactText(QString::number(c));
        b->setToolTip(enabled ? tr("Rate your answer %1 of 5 (key %1)").arg(c)
                              : tr("Reveal the answer first (Space), then rate it"));
    }
}

void StudyPane::setRatingOutlook(const QStringList &intervals)
{
    if (!m_revealed)
        return;
    for (int c = 1; c <= m_rateButtons.size() && c <= intervals.size(); ++c) {
        CompactButton *b = m_rateButtons[c - 1];
        const QString &when = intervals[c - 1];
        b->setText(QuestionTableModel::confidenceLabel(c) + QLatin1Char('\n') + when);
        b->setCompactText(QString::number(c) + QLatin1Char('\n') + when);
        b->setToolTip(tr("Rate your answer %1 of 5 (key %1): the question comes back in %2")
                          .arg(c)
                          .arg(when));
    }
}

void StudyPane::toggleHint()
{
    if (m_hintButton->isEnabled())
        m_hintButton->toggle();
}

void StudyPane::setHighlightWords(const QStringList &words)
{
    m_highlight = words;
    if (m_revealed)
        renderAnswer();
}

void StudyPane::renderHint()
{
    const bool shown = m_hintButton->isChecked() && !m_question.question.hint.isEmpty();
    m_hint->setText(shown ? renderMarkdown(m_question.question.hint) : QString());
    m_hintButton->setText(shown ? tr("Hide hint (H)") : tr("Show hint (H)"));
}

void StudyPane::setTextPointSize(int points)
{
    QFont text = font();
    if (points > 0)
        text.setPointSize(points);
    m_hint->setFont(text);
    m_answer->setFont(text);
    QFont big = text;
    big.setPointSizeF(text.pointSizeF() * 1.45);
    big.setWeight(QFont::DemiBold);
    m_prompt->setFont(big);
}

void StudyPane::renderAnswer()
{
    const Question &q = m_question.question;
    m_answer->document()->setDefaultStyleSheet(answerStyleSheet(palette()));
    const QString html = answerHtml(q, m_question.note);
    m_answer->setHtml(html);
    m_answer->highlight(m_highlight);
}

bool StudyPane::eventFilter(QObject *watched, QEvent *event)
{
    // Esc leaves the notes box, so the next 1-5 rates instead of being typed into the note.
    if (watched == m_noteEditor && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        emit leaveTextRequested();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StudyPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_revealed)
        renderAnswer();
    QWidget::changeEvent(event);
}

} // namespace prepdeck
