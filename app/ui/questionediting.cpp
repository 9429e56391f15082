#include "questionediting.h"
#include "librarychange.h"
#include "messagesink.h"
#include "questioneditor.h"
#include "studypage.h"
#include "studysession.h"

#include <QAction>
#include <QTableView>
#include <QUndoStack>

namespace prepdeck {

QuestionEditing::QuestionEditing(Library &library, StudySession &session, StudyPage *page,
                                 QUndoStack *undo, QWidget *window)
    : QObject(window), m_library(library), m_session(session), m_page(page), m_undo(undo),
      m_window(window)
{
    connect(page, &StudyPage::questionShown, this, &QuestionEditing::questionShown);
}

QAction *QuestionEditing::makeAction(const QString &text, const QKeySequence &key,
                                     void (QuestionEditing::*slot)(), const QString &name)
{
    auto *action = new QAction(text, m_window);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    return action;
}

QList<QAction *> QuestionEditing::createActions()
{
    m_editAction = makeAction(tr("&Edit question…"), QKeySequence(Qt::Key_E),
                              &QuestionEditing::editCurrent, QStringLiteral("editQuestionAction"));
    QAction *add = makeAction(tr("&New question…"), QKeySequence::New,
                              &QuestionEditing::addQuestion, QStringLiteral("newQuestionAction"));
    m_suspendAction =
        makeAction(tr("&Suspend question"), QKeySequence(QStringLiteral("Ctrl+J")),
                   &QuestionEditing::suspendCurrent, QStringLiteral("suspendQuestionAction"));
    m_deleteAction =
        makeAction(tr("&Delete question…"), QKeySequence::Delete, &QuestionEditing::deleteCurrent,
                   QStringLiteral("deleteQuestionAction"));
    const QList<QAction *> actions{m_editAction, add, m_suspendAction, m_deleteAction};
    m_page->questionView()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_page->questionView()->addActions(actions);
    return actions;
}

void QuestionEditing::questionShown(qint64, bool suspended, bool deleted)
{
    m_suspended = suspended;
    m_deleted = deleted;
    if (m_editAction)
        m_editAction->setEnabled(!deleted); // restored first, then edited
    if (m_suspendAction) {
        m_suspendAction->setText(suspended ? tr("Un&suspend question") : tr("&Suspend question"));
        m_suspendAction->setEnabled(!deleted);
    }
    if (m_deleteAction)
        m_deleteAction->setText(deleted ? tr("&Restore question") : tr("&Delete question…"));
}

void QuestionEditing::change(const QString &text, const std::function<Status()> &doIt,
                             const std::function<Status()> &undoIt, const QString &done)
{
    const int row = m_page->currentRow();
    if (Status s = doIt(); !s) {
        emit failed(s.error().toString());
        return;
    }
    m_page->reloadAtRow(row);
    emit changed();
    m_undo->push(new LibraryChange(text, doIt, undoIt, [this](const QString &error) {
        if (!error.isEmpty())
            emit failed(error);
        m_page->reloadKeepingPlace();
        emit changed();
    }));
    emit statusMessage(done, 5000);
}

void QuestionEditing::suspendCurrent()
{
    const qint64 id = m_session.current();
    if (!id || m_deleted)
        return;
    if (m_suspended) {
        change(
            tr("Unsuspend question"),
            [this, id] { return m_library.edits().setSuspended({id}, false); },
            [this, id] { return m_library.edits().setSuspended({id}, true); },
            tr("Back in study, mock interviews and sheets."));
        return;
    }
    change(
        tr("Suspend question"), [this, id] { return m_library.edits().setSuspended({id}, true); },
        [this, id] { return m_library.edits().setSuspended({id}, false); },
        tr("Suspended: out of study, mock interviews and sheets, ratings kept. Ctrl+Z brings it "
           "back."));
}

void QuestionEditing::deleteCurrent()
{
    const qint64 id = m_session.current();
    if (!id)
        return;
    if (m_deleted) {
        change(
            tr("Restore question"), [this, id] { return m_library.edits().restore({id}); },
            [this, id] { return m_library.edits().remove({id}); },
            tr("Restored with its ratings."));
        return;
    }
    auto stored = m_library.questions().find(id);
    if (!stored) {
        emit failed(stored.error().toString());
        return;
    }
    if (!messageSink().confirm(
            m_window, tr("Delete the question?"),
            tr("Delete \"%1\"? Its ratings are kept with it, and an import of its file does not "
               "bring it back. Ctrl+Z right after brings it back.")
                .arg(stored->question.prompt),
            tr("Delete")))
        return;
    change(
        tr("Delete question"), [this, id] { return m_library.edits().remove({id}); },
        [this, id] { return m_library.edits().restore({id}); },
        tr("Deleted. Ctrl+Z brings it back."));
}

void QuestionEditing::editCurrent()
{
    const qint64 id = m_session.current();
    if (!id)
        return;
    auto stored = m_library.questions().find(id);
    auto categories = m_library.edits().categories();
    if (!stored || !categories) {
        emit failed(!stored ? stored.error().toString() : categories.error().toString());
        return;
    }
    // A question moves between the categories of its own bank.
    QList<CategoryRef> choices;
    qint64 categoryId = 0;
    for (const CategoryRef &c : *categories)
        if (c.id == stored->categoryId)
            for (const CategoryRef &d : *categories)
                if (d.bankId == c.bankId)
                    choices << d;
    categoryId = stored->categoryId;
    QuestionEditor editor(stored->question, stored->note, choices, categoryId, m_window);
    if (editor.exec() != QDialog::Accepted)
        return;
    if (Status saved = m_library.edits().edit(id, editor.content(), editor.categoryId()); !saved) {
        emit failed(saved.error().toString());
        return;
    }
    m_page->reloadKeepingPlace();
    emit changed();
    emit statusMessage(tr("Saved. An import of its file keeps your version."), 5000);
}

void QuestionEditing::addQuestion()
{
    auto categories = m_library.edits().categories();
    if (!categories) {
        emit failed(categories.error().toString());
        return;
    }
    const auto [bankId, categoryId] = m_page->chosenCategory();
    qint64 into = categoryId;
    for (const CategoryRef &c : *categories)
        if (!into && (c.bankId == bankId || !bankId))
            into = c.id;
    // With no category yet, the question goes into a bank of the user's own, made only
    // once the question is saved (a Cancel leaves no empty bank behind).
    QList<CategoryRef> choices = *categories;
    if (choices.isEmpty())
        choices << CategoryRef{0, 0, tr("My questions"), tr("My questions")};
    QuestionEditor editor(Question{}, {}, choices, into, m_window);
    if (editor.exec() != QDialog::Accepted)
        return;
    qint64 target = editor.categoryId();
    if (target == 0) {
        auto made = m_library.edits().addBank(tr("My questions"), tr("My questions"));
        if (!made) {
            emit failed(made.error().toString());
            return;
        }
        target = *made;
    }
    auto id = m_library.edits().add(target, editor.content());
    if (!id) {
        emit failed(id.error().toString());
        return;
    }
    m_page->reload();
    emit changed();
    emit statusMessage(tr("Added to the end of its category."), 5000);
}

} // namespace prepdeck
