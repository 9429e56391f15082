#pragma once

#include "library.h"

#include <QObject>

class QAction;
class QKeySequence;
class QUndoStack;
class QWidget;

namespace prepdeck {

class StudyPage;
class StudySession;

// The study window's commands on the question on show: edit it, write a new one, suspend
// it, delete it. Suspending and deleting go on the window's undo stack (Ctrl+Z brings the
// question back); an edit is saved in one transaction. The page shows the result. On a
// suspended or deleted question (listed when the filter asks) the same commands bring it
// back: Unsuspend, Restore.
class QuestionEditing final : public QObject
{
    Q_OBJECT

public:
    QuestionEditing(Library &library, StudySession &session, StudyPage *page, QUndoStack *undo,
                    QWidget *window);

    // Edit, New, Suspend and Delete as window actions (E, Ctrl+N, Ctrl+J, Delete), also in
    // the question list's context menu; Suspend and Delete are named for the question on
    // show (Unsuspend, Restore).
    QList<QAction *> createActions();
    void editCurrent();
    void addQuestion();
    void suspendCurrent();
    void deleteCurrent();

signals:
    void changed(); // the library changed: counts and bars follow
    void statusMessage(const QString &message, int timeoutMs);
    void failed(const QString &message);

private:
    QAction *makeAction(const QString &text, const QKeySequence &key,
                        void (QuestionEditing::*slot)(), const QString &name);
    void questionShown(qint64 id, bool suspended, bool deleted);
    // Runs a change and puts it on the undo stack with its opposite.
    void change(const QString &text, const std::function<Status()> &doIt,
                const std::function<Status()> &undoIt, const QString &done);

    Library &m_library;
    StudySession &m_session;
    StudyPage *m_page;
    QUndoStack *m_undo;
    QWidget *m_window;
    QAction *m_editAction = nullptr;
    QAction *m_suspendAction = nullptr;
    QAction *m_deleteAction = nullptr;
    bool m_suspended = false; // the question on show
    bool m_deleted = false;
};

} // namespace prepdeck
