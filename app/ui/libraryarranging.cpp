#include "libraryarranging.h"
#include "categorytreemodel.h"
#include "librarycare.h"
#include "librarychange.h"
#include "messagesink.h"
#include "questiontablemodel.h"
#include "studypage.h"

#include <QAction>
#include <QMenu>
#include <QTableView>
#include <QTreeView>
#include <QUndoStack>

namespace prepdeck {

namespace {

// The categories of the library (empty when it could not be read: the caller says why).
QList<CategoryRef> categoriesOf(Library &library, QString &error)
{
    auto all = library.edits().categories();
    if (!all) {
        error = all.error().toString();
        return {};
    }
    return *all;
}

// A name as a menu entry's text: its "&" shown, not taken for a shortcut mark.
QString entryText(const QString &name)
{
    QString text = name;
    return text.replace(QLatin1Char('&'), QLatin1String("&&"));
}

} // namespace

LibraryArranging::LibraryArranging(Library &library, StudyPage *page, QUndoStack *undo,
                                   QWidget *window)
    : QObject(window), m_library(library), m_page(page), m_undo(undo), m_window(window)
{
    m_moveMenu = new QMenu(tr("&Move to category"), window);
    m_moveMenu->setObjectName(QStringLiteral("moveToCategoryMenu"));
    connect(m_moveMenu, &QMenu::aboutToShow, this, &LibraryArranging::fillMoveMenu);

    QTreeView *tree = page->categoryView();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QTreeView::customContextMenuRequested, this, &LibraryArranging::showTreeMenu);
    // Questions dragged from the list onto a category of their bank move there.
    tree->setDragDropMode(QAbstractItemView::DropOnly);
    tree->setDropIndicatorShown(true);
    page->questionView()->setDragEnabled(true);
    page->questionView()->setDragDropMode(QAbstractItemView::DragOnly);
    connect(page->categoryModel(), &CategoryTreeModel::questionsDropped, this,
            &LibraryArranging::moveQuestions);
}

QList<QAction *> LibraryArranging::createActions()
{
    // F2 renames what the tree has chosen, as in a file manager.
    auto *rename = new QAction(tr("Re&name bank or category…"), m_window);
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    rename->setShortcutContext(Qt::WindowShortcut);
    rename->setObjectName(QStringLiteral("renameAction"));
    connect(rename, &QAction::triggered, this, &LibraryArranging::renameChosen);
    m_page->categoryView()->addAction(rename);
    return {rename};
}

void LibraryArranging::reloaded()
{
    m_page->reloadKeepingPlace();
    emit changed();
}

void LibraryArranging::change(const QString &text, const std::function<Status()> &doIt,
                              const std::function<Status()> &undoIt, const QString &done)
{
    if (Status s = doIt(); !s) {
        emit failed(s.error().toString());
        return;
    }
    reloaded();
    m_undo->push(new LibraryChange(text, doIt, undoIt, [this](const QString &error) {
        if (!error.isEmpty())
            emit failed(error);
        reloaded();
    }));
    emit statusMessage(done, 5000);
}

void LibraryArranging::showTreeMenu(const QPoint &pos)
{
    QTreeView *tree = m_page->categoryView();
    const QModelIndex index = tree->indexAt(pos);
    const qint64 bankId = index.data(CategoryTreeModel::BankIdRole).toLongLong();
    const qint64 categoryId = index.data(CategoryTreeModel::CategoryIdRole).toLongLong();
    if (!bankId)
        return; // "All banks" and empty space: nothing to arrange
    QString error;
    const QList<CategoryRef> all = categoriesOf(m_library, error);
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    QMenu menu(m_window);
    if (categoryId) {
        menu.addAction(tr("&Rename category…"), this,
                       [this, categoryId] { renameCategory(categoryId); });
        QMenu *merge = menu.addMenu(tr("&Merge into"));
        for (const CategoryRef &c : all)
            if (c.bankId == bankId && c.id != categoryId)
                merge->addAction(entryText(c.name), this, [this, categoryId, into = c.id] {
                    mergeCategory(categoryId, into);
                });
        merge->setEnabled(!merge->isEmpty());
        menu.addSeparator();
    }
    menu.addAction(tr("Re&name bank…"), this, [this, bankId] { renameBank(bankId); });
    auto order = m_library.banks().bankOrder();
    const qsizetype at = order ? order->indexOf(bankId) : -1;
    menu.addAction(tr("Move bank &up"), this, [this, bankId] { moveBank(bankId, -1); })
        ->setEnabled(at > 0);
    menu.addAction(tr("Move bank &down"), this, [this, bankId] { moveBank(bankId, 1); })
        ->setEnabled(at >= 0 && order && at < order->size() - 1);
    menu.addSeparator();
    menu.addAction(tr("&Delete bank…"), this, [this, bankId] { deleteBank(bankId); });
    menu.exec(tree->viewport()->mapToGlobal(pos));
}

void LibraryArranging::fillMoveMenu()
{
    m_moveMenu->clear();
    const qint64 id = m_page->questionModel()->idAt(m_page->currentRow());
    auto stored = m_library.questions().find(id);
    QString error;
    const QList<CategoryRef> all = categoriesOf(m_library, error);
    if (id && stored && !stored->deleted) {
        qint64 bankId = 0;
        for (const CategoryRef &c : all)
            if (c.id == stored->categoryId)
                bankId = c.bankId;
        for (const CategoryRef &c : all) {
            if (c.bankId != bankId)
                continue;
            QAction *a = m_moveMenu->addAction(entryText(c.name), this,
                                               [this, id, to = c.id] { moveQuestions({id}, to); });
            a->setEnabled(c.id != stored->categoryId);
        }
    }
    if (m_moveMenu->isEmpty())
        m_moveMenu->addAction(tr("No question on show"))->setEnabled(false);
}

void LibraryArranging::renameChosen()
{
    const QModelIndex index = m_page->categoryView()->currentIndex();
    if (const qint64 c = index.data(CategoryTreeModel::CategoryIdRole).toLongLong())
        renameCategory(c);
    else if (const qint64 b = index.data(CategoryTreeModel::BankIdRole).toLongLong())
        renameBank(b);
}

void LibraryArranging::renameBank(qint64 bankId)
{
    const auto before = m_library.banks().footprint(bankId);
    if (!before) {
        emit failed(before.error().toString());
        return;
    }
    const QString name = before->name;
    const auto newName = messageSink().askText(
        m_window, tr("Rename bank"),
        tr("New name for the bank \"%1\" (an import of its file keeps it):").arg(name), name);
    if (!newName || newName->trimmed() == name)
        return;
    // Undone, the bank is as it was: named by its file again if it was.
    change(
        tr("Rename bank"),
        [this, bankId, n = *newName] { return m_library.edits().renameBank(bankId, n); },
        [this, bankId, name, byUser = before->namedByUser] {
            return m_library.edits().renameBank(bankId, name, byUser);
        },
        tr("Renamed the bank to \"%1\".").arg(newName->trimmed()));
}

void LibraryArranging::renameCategory(qint64 categoryId)
{
    QString error, name;
    for (const CategoryRef &c : categoriesOf(m_library, error))
        if (c.id == categoryId)
            name = c.name;
    if (!error.isEmpty()) {
        emit failed(error);
        return;
    }
    const auto newName = messageSink().askText(
        m_window, tr("Rename category"),
        tr("New name for the category \"%1\" (an import of its file keeps it):").arg(name), name);
    if (!newName || newName->trimmed() == name)
        return;
    change(
        tr("Rename category"),
        [this, categoryId, n = *newName] {
            return m_library.banks().renameCategory(categoryId, n);
        },
        [this, categoryId, name] { return m_library.banks().renameCategory(categoryId, name); },
        tr("Renamed the category to \"%1\".").arg(newName->trimmed()));
}

void LibraryArranging::mergeCategory(qint64 fromId, qint64 intoId)
{
    QString error;
    CategoryRef from, into;
    for (const CategoryRef &c : categoriesOf(m_library, error)) {
        if (c.id == fromId)
            from = c;
        if (c.id == intoId)
            into = c;
    }
    QuestionFilter inFrom;
    inFrom.categoryId = fromId;
    inFrom.suspended = QuestionFilter::Suspended::Included;
    auto count = m_library.questions().countQuestions(inFrom);
    if (!error.isEmpty() || !count) {
        emit failed(!error.isEmpty() ? error : count.error().toString());
        return;
    }
    if (!messageSink().confirm(
            m_window, tr("Merge categories?"),
            tr("Move the %Ln question(s) of \"%1\" into \"%2\" and remove \"%1\"? Their ratings "
               "stay with them, and an import of the bank's file keeps them in \"%2\". This "
               "cannot be undone with Ctrl+Z.",
               nullptr, *count)
                .arg(from.name, into.name),
            tr("Merge")))
        return;
    if (Status s = m_library.banks().mergeCategories(fromId, intoId); !s) {
        emit failed(s.error().toString());
        return;
    }
    // The merged-away category's id may be given to a new category (of another bank): what
    // the stack would undo there must not reach that one.
    m_undo->clear();
    m_page->reload();
    m_page->openCategory(into.bankId, intoId);
    emit changed();
    emit statusMessage(tr("Merged \"%1\" into \"%2\".").arg(from.name, into.name), 5000);
}

void LibraryArranging::moveQuestions(const QList<qint64> &questionIds, qint64 categoryId)
{
    QString name, error;
    for (const CategoryRef &c : categoriesOf(m_library, error))
        if (c.id == categoryId)
            name = c.name;
    auto moved = m_library.banks().moveQuestions(questionIds, categoryId);
    if (!moved) {
        emit failed(moved.error().toString());
        return;
    }
    if (moved->isEmpty()) { // dropped where it was: nothing to undo
        emit statusMessage(tr("Already in \"%1\".").arg(name), 4000);
        return;
    }
    reloaded();
    auto before = std::make_shared<QList<QuestionPlace>>(*moved);
    const int count = int(moved->size());
    m_undo->push(new LibraryChange(
        tr("Move question(s)", nullptr, count),
        [this, questionIds, categoryId, before]() -> Status {
            auto again = m_library.banks().moveQuestions(questionIds, categoryId);
            if (!again)
                return again.error();
            *before = *again;
            return success();
        },
        [this, before] { return m_library.banks().moveBack(*before); },
        [this](const QString &e) {
            if (!e.isEmpty())
                emit failed(e);
            reloaded();
        }));
    emit statusMessage(tr("Moved %Ln question(s) to \"%1\". An import of the file leaves them "
                          "there; Ctrl+Z moves them back.",
                          nullptr, count)
                           .arg(name),
                       5000);
}

void LibraryArranging::moveBank(qint64 bankId, int step)
{
    auto order = m_library.banks().bankOrder();
    if (!order) {
        emit failed(order.error().toString());
        return;
    }
    const int from = int(order->indexOf(bankId));
    if (from < 0 || from + step < 0 || from + step >= order->size())
        return;
    change(
        tr("Move bank"),
        [this, bankId, to = from + step] { return m_library.banks().moveBank(bankId, to); },
        [this, bankId, from] { return m_library.banks().moveBank(bankId, from); },
        step < 0 ? tr("Moved the bank up.") : tr("Moved the bank down."));
}

void LibraryArranging::deleteBank(qint64 bankId)
{
    auto f = m_library.banks().footprint(bankId);
    if (!f) {
        emit failed(f.error().toString());
        return;
    }
    QString what =
        tr("Delete the bank \"%1\" with its %Ln question(s)", nullptr, f->questions).arg(f->name);
    if (f->ratings > 0)
        what += tr(" and %Ln rating(s)", nullptr, f->ratings);
    if (!messageSink().confirm(
            m_window, tr("Delete bank?"),
            what + QLatin1Char('?') + QLatin1Char(' ') +
                (f->mockInterviews > 0
                     ? tr("%Ln past mock interview(s) lose their questions from it. ", nullptr,
                          f->mockInterviews)
                     : QString()) +
                tr("Ctrl+Z cannot bring it back, but a backup of the library is taken first "
                   "(File ▸ Restore from Backup…)."),
            tr("Delete Bank")))
        return;
    const auto backup = care::takeBackup(m_library.path(), QStringLiteral("before-deleting-a-bank"),
                                         QDateTime::currentDateTime());
    if (!backup) {
        emit failed(tr("Nothing was deleted: a backup could not be taken first. %1")
                        .arg(backup.error().toString()));
        return;
    }
    if (Status s = m_library.banks().deleteBank(bankId); !s) {
        emit failed(s.error().toString());
        return;
    }
    m_undo->clear(); // the stack's commands may name questions that are gone
    m_page->reload();
    emit changed();
    emit statusMessage(tr("Deleted the bank \"%1\".").arg(f->name), 5000);
}

} // namespace prepdeck
