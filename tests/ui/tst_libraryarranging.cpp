// Arranging the library from the study window as a person would: suspended and deleted
// questions found again with the list's filter and brought back; a category renamed with F2,
// merged and a bank moved or deleted from the tree's context menu; a question moved with
// the Edit menu and by dropping it on a category. Each is checked in the library's rows.
#include "categorytreemodel.h"
#include "filterbar.h"
#include "keptmessages.h"
#include "librarycare.h"
#include "questiontablemodel.h"
#include "storetestsupport.h"
#include "studypage.h"
#include "studypane.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QTreeView>

using namespace prepdeck;
using namespace prepdeck::testing;

namespace {

const QByteArray kNetworkBank = "# Networking\n\n## TCP\n\n### What is a TCP handshake?\n\n"
                                "SYN, SYN-ACK, ACK.\n";

QVariant value(Library &library, const QString &sql)
{
    QSqlQuery q(LibraryInspector::database(library));
    if (!q.exec(sql) || !q.next())
        qFatal("%s failed", qPrintable(sql));
    return q.value(0);
}

QString categoryOf(Library &library, const QString &prompt)
{
    return value(library, QStringLiteral("SELECT c.name FROM questions q JOIN categories c ON "
                                         "c.id = q.category_id WHERE q.prompt = '%1'")
                              .arg(prompt))
        .toString();
}

// Opens the tree's context menu on `index` as a right click would, and triggers the
// entry `path` (a submenu's title, then its entry) once the menu shows.
bool chooseFromTreeMenu(QTreeView *tree, const QModelIndex &index, const QStringList &path)
{
    bool chosen = false;
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, path, &chosen] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *menu = qobject_cast<QMenu *>(w);
            if (!menu || !menu->isVisible())
                continue;
            poll->stop();
            poll->deleteLater();
            QMenu *in = menu;
            for (const QString &step : path) {
                QAction *found = nullptr;
                for (QAction *a : in->actions())
                    if (a->text().remove(QLatin1Char('&')) == step)
                        found = a;
                if (!found)
                    break;
                if (found->menu()) {
                    in = found->menu();
                    continue;
                }
                menu->close();
                found->trigger();
                chosen = true;
            }
            if (!chosen)
                menu->close();
            return;
        }
    });
    poll->start(20);
    tree->scrollTo(index);
    const QPoint at = tree->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
    QApplication::sendEvent(tree->viewport(), &event);
    return chosen;
}

} // namespace

class TestLibraryArranging : public QObject
{
    Q_OBJECT

    WindowFixture m_f;
    KeptMessages m_messages;

    qint64 categoryId(const QString &name)
    {
        return value(*m_f.library,
                     QStringLiteral("SELECT id FROM categories WHERE name = '%1'").arg(name))
            .toLongLong();
    }

    QModelIndex treeIndex(MainWindow &w, const QString &category)
    {
        const qint64 id = categoryId(category);
        const qint64 bank =
            value(*m_f.library,
                  QStringLiteral("SELECT bank_id FROM categories WHERE id = %1").arg(id))
                .toLongLong();
        return w.studyPage()->categoryModel()->indexFor(bank, id);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        setMessageSink(&m_messages);
    }
    void init()
    {
        QVERIFY(m_f.open());
        m_messages = {};
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
    }
    void cleanup() { m_f.close(); }

    // A suspended question leaves the list; "Suspended only" lists it (drawn apart), and
    // the same Ctrl+J, now "Unsuspend", brings it back. "Deleted" lists deleted questions,
    // and Delete, now "Restore", brings one back without asking.
    void shownFilter_findsSuspendedAndDeleted_andBringsThemBack()
    {
        auto w = m_f.showWindow();
        const qint64 id = w->studyPane()->questionId();
        WindowFixture::press(*w, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(m_f.library->questions().find(id)->suspended);
        auto *shown = w->findChild<QComboBox *>(QStringLiteral("shownFilter"));
        QVERIFY(shown);
        shown->setCurrentIndex(shown->findData(int(FilterBar::Shown::Suspended)));
        QCOMPARE(w->questionModel()->rowCount(), 1);
        QCOMPARE(w->questionModel()->index(0, 0).data(QuestionTableModel::StateRole).toInt(), 1);
        w->studyPage()->selectRow(0);
        QCOMPARE(w->studyPane()->questionId(), id);
        QVERIFY(w->studyPane()
                    ->findChild<QLabel *>(QStringLiteral("questionMeta"))
                    ->text()
                    .startsWith(QStringLiteral("Suspended")));
        auto *suspend = w->findChild<QAction *>(QStringLiteral("suspendQuestionAction"));
        QCOMPARE(suspend->text().remove(QLatin1Char('&')), QStringLiteral("Unsuspend question"));
        w->questionView()->setFocus();
        WindowFixture::press(*w, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(!m_f.library->questions().find(id)->suspended);
        QCOMPARE(w->questionModel()->rowCount(), 0);

        shown->setCurrentIndex(shown->findData(int(FilterBar::Shown::Active)));
        m_messages.confirmAnswer = true;
        w->questionView()->setFocus();
        WindowFixture::press(*w, Qt::Key_Delete);
        QVERIFY(m_f.library->questions().find(id)->deleted);
        shown->setCurrentIndex(shown->findData(int(FilterBar::Shown::Deleted)));
        QCOMPARE(w->questionModel()->rowCount(), 1);
        w->studyPage()->selectRow(0);
        auto *remove = w->findChild<QAction *>(QStringLiteral("deleteQuestionAction"));
        QCOMPARE(remove->text().remove(QLatin1Char('&')), QStringLiteral("Restore question"));
        QVERIFY(!w->findChild<QAction *>(QStringLiteral("editQuestionAction"))->isEnabled());
        const qsizetype asked = m_messages.questions.size();
        w->questionView()->setFocus();
        WindowFixture::press(*w, Qt::Key_Delete);
        QCOMPARE(m_messages.questions.size(), asked);
        QVERIFY(!m_f.library->questions().find(id)->deleted);
        QCOMPARE(w->questionModel()->rowCount(), 0);
    }

    // F2 on the tree renames the category chosen; Ctrl+Z names it back; an import of the
    // same file keeps the new name and its questions in it.
    void f2_renamesTheCategory_keptOnReimport()
    {
        auto w = m_f.showWindow();
        w->categoryView()->setCurrentIndex(treeIndex(*w, QStringLiteral("Processes")));
        w->categoryView()->setFocus();
        m_messages.textAnswer = QStringLiteral("Processes and threads");
        WindowFixture::press(*w, Qt::Key_F2);
        QCOMPARE(m_messages.asked.size(), 1);
        QCOMPARE(categoryOf(*m_f.library, QStringLiteral("What is a thread?")),
                 QStringLiteral("Processes and threads"));
        QVERIFY(treeIndex(*w, QStringLiteral("Processes and threads")).isValid());
        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(categoryOf(*m_f.library, QStringLiteral("What is a thread?")),
                 QStringLiteral("Processes"));
        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        QCOMPARE(value(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM categories")).toInt(), 2);
        QCOMPARE(categoryOf(*m_f.library, QStringLiteral("What is a thread?")),
                 QStringLiteral("Processes and threads"));
    }

    // From the tree's context menu: merge a category into another (asked first), move a
    // bank up, delete a bank (asked first, naming its questions and ratings; a backup first).
    void treeMenu_mergesMovesAndDeletes()
    {
        QVERIFY(m_f.importBytes(kNetworkBank, QStringLiteral("net.md")));
        QVERIFY(m_f.library->ratings().rate(1, 4, QStringLiteral("study"), m_f.clock.now()));
        auto w = m_f.showWindow();
        QTreeView *tree = w->categoryView();

        m_messages.confirmAnswer = false;
        QVERIFY(chooseFromTreeMenu(tree, treeIndex(*w, QStringLiteral("Memory")),
                                   {QStringLiteral("Merge into"), QStringLiteral("Processes")}));
        QCOMPARE(m_messages.questions.size(), 1);
        QVERIFY(categoryId(QStringLiteral("Memory")) != 0); // cancelled: nothing changed
        m_messages.confirmAnswer = true;
        QVERIFY(chooseFromTreeMenu(tree, treeIndex(*w, QStringLiteral("Memory")),
                                   {QStringLiteral("Merge into"), QStringLiteral("Processes")}));
        QCOMPARE(categoryOf(*m_f.library, QStringLiteral("What is virtual memory?")),
                 QStringLiteral("Processes"));
        QCOMPARE(value(*m_f.library,
                       QStringLiteral("SELECT COUNT(*) FROM categories WHERE name = 'Memory'"))
                     .toInt(),
                 0);

        const qint64 net =
            value(*m_f.library, QStringLiteral("SELECT id FROM banks WHERE name = 'Networking'"))
                .toLongLong();
        QVERIFY(chooseFromTreeMenu(tree, treeIndex(*w, QStringLiteral("TCP")),
                                   {QStringLiteral("Move bank up")}));
        QCOMPARE(m_f.library->banks().bankOrder()->first(), net);
        const QModelIndex firstBank = w->studyPage()->categoryModel()->index(
            0, 0, w->studyPage()->categoryModel()->rootIndex());
        QCOMPARE(firstBank.data(CategoryTreeModel::BankIdRole).toLongLong(), net);

        QVERIFY(chooseFromTreeMenu(tree, treeIndex(*w, QStringLiteral("Processes")),
                                   {QStringLiteral("Delete bank…")}));
        QVERIFY2(m_messages.questions.constLast().contains(QStringLiteral("3 question")) &&
                     m_messages.questions.constLast().contains(QStringLiteral("1 rating")),
                 qPrintable(m_messages.questions.constLast()));
        QCOMPARE(value(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 1);
        QCOMPARE(value(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM ratings")).toInt(), 0);
        QCOMPARE(QDir(care::backupFolder(m_f.library->path()))
                     .entryList({QStringLiteral("*before-deleting-a-bank*")}, QDir::Files)
                     .size(),
                 1);
        QCOMPARE(w->questionModel()->rowCount(), 1);
    }

    // Edit ▸ Move to category moves the question on show within its bank; Ctrl+Z moves it
    // back. A row dropped on a category of its bank moves there; on another bank's, no.
    void moveMenuAndDrop_moveWithinTheBank()
    {
        QVERIFY(m_f.importBytes(kNetworkBank, QStringLiteral("net.md")));
        auto w = m_f.showWindow();
        const qint64 id = w->studyPane()->questionId();
        const QString prompt = m_f.library->questions().find(id)->question.prompt;
        auto *menu = w->findChild<QMenu *>(QStringLiteral("moveToCategoryMenu"));
        QVERIFY(menu);
        emit menu->aboutToShow();
        QStringList entries;
        QAction *toMemory = nullptr;
        for (QAction *a : menu->actions()) {
            entries << a->text();
            if (a->text() == QLatin1String("Memory"))
                toMemory = a;
        }
        QCOMPARE(entries, (QStringList{QStringLiteral("Processes"), QStringLiteral("Memory")}));
        QVERIFY(toMemory);
        toMemory->trigger();
        QCOMPARE(categoryOf(*m_f.library, prompt), QStringLiteral("Memory"));
        // An import of its file leaves it where it was put, and does not call it edited.
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        QCOMPARE(categoryOf(*m_f.library, prompt), QStringLiteral("Memory"));
        QVERIFY(!m_f.library->questions().find(id)->edited.isValid());
        w->questionView()->setFocus();
        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(categoryOf(*m_f.library, prompt), QStringLiteral("Processes"));
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        QCOMPARE(categoryOf(*m_f.library, prompt), QStringLiteral("Processes"));

        CategoryTreeModel *tree = w->studyPage()->categoryModel();
        std::unique_ptr<QMimeData> dragged(w->questionModel()->mimeData(
            {w->questionModel()->index(w->questionModel()->rowOf(id), 1)}));
        QVERIFY(dragged);
        QVERIFY(!tree->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1,
                                       treeIndex(*w, QStringLiteral("TCP"))));
        QVERIFY(tree->canDropMimeData(dragged.get(), Qt::MoveAction, -1, -1,
                                      treeIndex(*w, QStringLiteral("Memory"))));
        tree->dropMimeData(dragged.get(), Qt::MoveAction, -1, -1,
                           treeIndex(*w, QStringLiteral("Memory")));
        QVERIFY2(m_messages.warnings.isEmpty(), qPrintable(m_messages.warnings.join('\n')));
        QCOMPARE(categoryOf(*m_f.library, prompt), QStringLiteral("Memory"));

        // A name with "&" shows it, not a shortcut mark.
        QVERIFY(m_f.library->banks().renameCategory(categoryId(QStringLiteral("Memory")),
                                                    QStringLiteral("Memory & paging")));
        emit menu->aboutToShow();
        QStringList texts;
        for (QAction *a : menu->actions())
            texts << a->text();
        QVERIFY2(texts.contains(QStringLiteral("Memory && paging")), qPrintable(texts.join('|')));
    }
};

QTEST_MAIN(TestLibraryArranging)
#include "tst_libraryarranging.moc"
