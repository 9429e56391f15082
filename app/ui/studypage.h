#pragma once

#include "clock.h"
#include "library.h"
#include "studysession.h"

#include "questionview.h"

#include <QSplitter>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTreeView;
class QUndoStack;
class QVBoxLayout;

namespace prepdeck {

class CategoryTreeModel;
class FilterBar;

class QuestionTableModel;
class StudyPane;

// The study page of the window: the categories on the left, the questions of the selection
// (under the filter bar) in the middle, the question on show on the right. It moves through
// the list, rates and keeps notes through the StudySession; ratings go on the window's undo
// stack. What the window shows around it (counts, messages) it hears from the signals.
class StudyPage final : public QSplitter
{
    Q_OBJECT

public:
    StudyPage(Library &library, StudySession &session, const Clock &clock, QUndoStack *undo,
              QWidget *parent = nullptr);

    QTreeView *categoryView() const { return m_tree; }
    QTableView *questionView() const { return m_table; }
    CategoryTreeModel *categoryModel() const { return m_categories; }
    QuestionTableModel *questionModel() const { return m_questions; }
    StudyPane *studyPane() const { return m_pane; }
    FilterBar *filterBar() const { return m_filters; }
    QString listName() const; // the category or bank selected

    // Reads the categories again, keeping the selection (after an import or a restore).
    enum class Reloaded
    {
        Shown,
        Empty,  // the library has no questions
        Failed, // they could not be read (failed() said why); what was shown stays
    };
    Reloaded reload();
    // The same, keeping the question on show too (another program changed the library).
    void reloadKeepingPlace();
    // The same, showing the question now at `row` (the one on show left the list).
    void reloadAtRow(int row);
    int currentRow() const;
    // The bank and category chosen in the tree (0 for "all").
    std::pair<qint64, qint64> chosenCategory() const;
    // While held, the file is being replaced: nothing is read until it is released.
    void hold(bool held);
    void openCategory(qint64 bankId, qint64 categoryId);
    // Shows the question in its category (the search cleared, suspended ones listed when it
    // is one); false when it is not in the library's lists.
    bool openQuestion(qint64 questionId);

    void applyFilters();
    void selectRow(int row);
    void moveBy(int step);
    void rate(int confidence);
    // The study queue of the tree's list (due first); with nothing due, a bar offers the
    // weakest instead. The bar above the list shows the mode and the way out.
    void studyDue();
    void leaveQueue();
    void saveEditedNote();

    // The widths the user left the tree, list and pane at; without them (a first start) the
    // three take shares of the window's width.
    void restoreLayout(const QByteArray &state);

signals:
    // A rating or a new list: the window's counts follow.
    void countsChanged();
    // The question on show changed (0: none), with whether it is suspended or deleted.
    void questionShown(qint64 id, bool suspended, bool deleted);
    void statusMessage(const QString &message, int timeoutMs);
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showCurrentQuestion();
    void fitTreeToNames();
    void addQueueBar(QWidget *parent, QVBoxLayout *layout);
    void enterQueue(bool dueFirst);
    void showNoMatch();
    void ratingChanged(qint64 questionId, const QString &error);
    void showRatingOutlook();
    void saveNote(qint64 questionId, const QString &note);

    Library &m_library;
    StudySession &m_session;
    const Clock &m_clock;
    QFrame *m_queueBar = nullptr;
    QLabel *m_queueText = nullptr;
    QPushButton *m_queueWeakest = nullptr;
    QPushButton *m_queueLeave = nullptr;
    bool m_widthsSet = false;  // restored, or shared out on the first resize
    bool m_userWidths = false; // restored, or the user moved a handle
    QByteArray m_pendingState; // restored before the first resize
    QUndoStack *m_undo;
    bool m_held = false;
    bool m_searching = false; // the list holds a search's results (and its Match column)
    bool m_tallRows = false;  // rows of two lines, for a search's passages
    int m_rowHeight = 0;      // the list's row height when not searching
    std::pair<int, Qt::SortOrder> m_sortBeforeSearch{-1, Qt::AscendingOrder};
    QString m_offeredSearch; // the search the "nothing matches" button runs ("did you mean")
    CategoryTreeModel *m_categories = nullptr;
    QuestionTableModel *m_questions = nullptr;
    QTreeView *m_tree = nullptr;
    FilterBar *m_filters = nullptr;
    QuestionView *m_table = nullptr;
    StudyPane *m_pane = nullptr;
};

} // namespace prepdeck
