#include "questionediting.h"
#include "messagesink.h"
#include "questioneditor.h"
#include "studypage.h"
#include "studysession.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace prepdeck {

namespace {

// A change to the library that Ctrl+Z takes back: made before it is pushed, so its first
// redo() does nothing.
class LibraryChange final : public QUndoCommand
{
public:
    LibraryChange(const QString &text, std::function<Status()> redo, std::function<Status()> undo,
                  std::function<void(const QString &error)> after)
        : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo)),
          m_after(std::move(after))
    {}

    void undo() override { m_after(errorOf(m_undo())); }
    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        m_after(errorOf(m_redo()));
    }

private:
    static QString errorOf(const Status &s) { return s ? QString() : s.error().toString(); }

    std::function<Status()> m_redo, m_undo;
    std::function<void(const QString &)> m_after;
    bool m_done = true;
};

} // namespace

QuestionEditing::QuestionEditing(Library &library, StudySession &session, StudyPage *page,
                                 QUndoStack *undo, QWidget *window)
    : QObject(window), m_library(library), m_session(session), m_page(page), m_undo(undo),
      m_window(window)
{}

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
    if (!id)
        return;
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
