#pragma once

#include "questionquery.h"
#include "ratingevent.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;

namespace prepdeck {

class AnswerBrowser;
class CompactButton;

// One question at a time: the prompt in large type, the hint behind a toggle, the answer
// (with coaching tips, follow-ups and the user's own notes) behind "Reveal", five rating
// buttons, the notes editor and the rating history.
class StudyPane final : public QWidget
{
    Q_OBJECT

public:
    explicit StudyPane(QWidget *parent = nullptr);

    void showQuestion(const StoredQuestion &question, const QList<RatingEvent> &history);
    // No question: the message in the prompt's place and, when `offer` is given, a button
    // with that text (offerTaken() when clicked).
    void showNothing(const QString &message, const QString &offer = {});
    qint64 questionId() const { return m_question.id; }

    void reveal();
    // When the question would come back after each rating, 1 to 5 ("10 min", "3 d"),
    // shown on the rating buttons once the answer is revealed.
    void setRatingOutlook(const QStringList &intervals);
    void toggleHint();
    bool isRevealed() const { return m_revealed; }
    void setHighlightWords(const QStringList &words);
    // The size of the prompt, hint and answer text; 0 for the system's.
    void setTextPointSize(int points);

    AnswerBrowser *answerView() const { return m_answer; }
    AnswerBrowser *contextView() const { return m_context; }
    QPlainTextEdit *noteEditor() const { return m_noteEditor; }
    // The note as edited, if it differs from the saved one.
    bool noteModified() const;
    // The library now holds this note for the question shown.
    void noteSaved(const QString &note);
    QString editedNote() const;
    // Whether the notes and history are folded to their tabs (on a short window).
    bool notesFolded() const { return m_notesFolded; }

signals:
    void rateRequested(int confidence);
    void revealed();
    // Esc in the notes box: the keys go back to the question list.
    void leaveTextRequested();
    void offerTaken();
    void noteSaveRequested(qint64 questionId, const QString &note);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addQuestion(QVBoxLayout *layout);
    void addHintRow(QVBoxLayout *layout);
    void addAnswer(QVBoxLayout *layout);
    void addRateRow(QVBoxLayout *layout);
    void addNotesAndHistory(QVBoxLayout *layout);
    void renderAnswer();
    void renderHint();
    void resetRateButtons(bool enabled);
    void setNotesFolded(bool folded);

    // The notes and history at most this high; folded to their tabs when the pane is
    // shorter than kRoomForNotes, unless the user opened or folded them.
    static constexpr int kNotesHeight = 170;
    static constexpr int kRoomForNotes = 600;

    AnswerBrowser *m_context = nullptr;
    StoredQuestion m_question;
    QStringList m_highlight;
    bool m_revealed = false;

    QLabel *m_meta = nullptr;
    QLabel *m_prompt = nullptr;
    QPushButton *m_hintButton = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_revealButton = nullptr;
    QPushButton *m_offer = nullptr;
    AnswerBrowser *m_answer = nullptr;
    QLabel *m_thinking = nullptr;
    QList<CompactButton *> m_rateButtons;
    QTabWidget *m_tabs = nullptr;
    QToolButton *m_notesToggle = nullptr;
    bool m_notesFolded = false;
    bool m_notesChosen = false;
    QPlainTextEdit *m_noteEditor = nullptr;
    QPushButton *m_saveNote = nullptr;
    QListWidget *m_history = nullptr;
};

} // namespace prepdeck
