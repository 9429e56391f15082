#pragma once

#include "questionedits.h"
#include "questionquery.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace prepdeck {

class AnswerBrowser;

// Edits a question, or writes a new one: the prompt, the category, tags, the answer in
// Markdown beside a live preview drawn as the study pane draws it, the hint, follow-ups and
// tips (one a line). Each text box has its own undo and redo. It only collects the text;
// the caller saves it (QuestionEdits), in one transaction.
class QuestionEditor final : public QDialog
{
    Q_OBJECT

public:
    // `categories` are where the question may go, `categoryId` the one it is in.
    QuestionEditor(const Question &question, const QString &note,
                   const QList<CategoryRef> &categories, qint64 categoryId,
                   QWidget *parent = nullptr);

    Question content() const;
    qint64 categoryId() const;

    QLineEdit *promptField() const { return m_prompt; }
    QPlainTextEdit *answerField() const { return m_answer; }
    AnswerBrowser *preview() const { return m_preview; }
    // Draws the preview now (it follows typing after a pause).
    void refreshPreview();

private:
    Question m_original;
    QString m_note;
    QLineEdit *m_prompt = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_tags = nullptr;
    QPlainTextEdit *m_answer = nullptr;
    QPlainTextEdit *m_hint = nullptr;
    QPlainTextEdit *m_followUps = nullptr;
    QPlainTextEdit *m_tips = nullptr;
    AnswerBrowser *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace prepdeck
