#pragma once

#include "library.h"

#include <QObject>

class QAction;
class QMenu;
class QModelIndex;
class QPoint;
class QUndoStack;
class QWidget;

namespace prepdeck {

class StudyPage;

// The study window's commands on the library's arrangement: rename a bank or a category,
// merge two categories, move the question on show (or questions dropped on the tree) to
// another category of its bank, put the banks in another order, delete a bank. Renames,
// moves and the order go on the window's undo stack; a merge and a deletion are asked
// first, naming what they touch. The tree's context menu holds them all.
class LibraryArranging final : public QObject
{
    Q_OBJECT

public:
    LibraryArranging(Library &library, StudyPage *page, QUndoStack *undo, QWidget *window);

    // "Move to category" for the question on show: its bank's other categories.
    QMenu *moveMenu() const { return m_moveMenu; }
    // Window actions: rename what the tree has chosen (F2, also in the tree).
    QList<QAction *> createActions();

    void renameChosen(); // the bank or category chosen in the tree
    void renameBank(qint64 bankId);
    void renameCategory(qint64 categoryId);
    void mergeCategory(qint64 fromId, qint64 intoId);
    void moveQuestions(const QList<qint64> &questionIds, qint64 categoryId);
    void moveBank(qint64 bankId, int step);
    void deleteBank(qint64 bankId);

signals:
    void changed(); // the library changed: counts and bars follow
    void statusMessage(const QString &message, int timeoutMs);
    void failed(const QString &message);

private:
    void showTreeMenu(const QPoint &pos);
    void fillMoveMenu();
    // Runs a change and puts it on the undo stack with its opposite.
    void change(const QString &text, const std::function<Status()> &doIt,
                const std::function<Status()> &undoIt, const QString &done);
    void reloaded();

    Library &m_library;
    StudyPage *m_page;
    QUndoStack *m_undo;
    QWidget *m_window;
    QMenu *m_moveMenu = nullptr;
};

} // namespace prepdeck
