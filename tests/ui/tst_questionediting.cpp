// Owning the library from the study window: a question edited in the editor (with its live
// preview), one written new, one suspended and one deleted, each driven with keys as a
// person would, checked in the library's rows, and taken back with Ctrl+Z.
#include "answerbrowser.h"
#include "importflow.h"
#include "importpreviewdialog.h"
#include "importreportdialog.h"
#include "keptmessages.h"
#include "questioneditor.h"
#include "questiontablemodel.h"
#include "storetestsupport.h"
#include "studypane.h"
#include "tworeadings.h"
#include "windowfixture.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>

using namespace prepdeck;
using namespace prepdeck::testing;

namespace {

// Runs `work` on the question editor as soon as it is open (it is modal).
void whenEditorOpens(const std::function<void(QuestionEditor *)> &work)
{
    auto *poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, work] {
        for (QWidget *w : QApplication::topLevelWidgets())
            // Active, so that its keys (Ctrl+Return) reach it.
            if (auto *editor = qobject_cast<QuestionEditor *>(w);
                editor && editor->isVisible() && QApplication::activeWindow() == editor) {
                poll->stop();
                poll->deleteLater();
                work(editor);
                return;
            }
    });
    poll->start(20);
}

QStringList prompts(Library &library, QuestionFilter filter = {})
{
    QStringList out;
    for (const StoredQuestion &s : *library.questions().list(filter))
        out << s.question.prompt;
    return out;
}

} // namespace

class TestQuestionEditing : public QObject
{
    Q_OBJECT

    WindowFixture m_f;
    KeptMessages m_messages;

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
    }
    void cleanup() { m_f.close(); }

    // E opens the editor on the question on show; the preview follows the Markdown as the
    // study pane would draw it; Ctrl+Return saves one row, marked edited, shown at once.
    void editKey_opensTheEditor_previewFollows_saveUpdatesTheRow()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        const qint64 id = w->studyPane()->questionId();
        QVERIFY(id > 0);
        bool previewed = false;
        whenEditorOpens([&](QuestionEditor *editor) {
            QCOMPARE(editor->promptField()->text(), QStringLiteral("What is a process?"));
            editor->answerField()->selectAll();
            QTest::keyClicks(editor->answerField(), QStringLiteral("A **running** program."));
            editor->refreshPreview();
            previewed =
                editor->preview()->toHtml().contains(QStringLiteral("font-weight:700")) &&
                editor->preview()->toPlainText().contains(QStringLiteral("A running program."));
            QTest::keyClick(editor->answerField(), Qt::Key_Return, Qt::ControlModifier);
        });
        WindowFixture::press(*w, Qt::Key_E);
        QVERIFY(previewed);
        const StoredQuestion after = *m_f.library->questions().find(id);
        QCOMPARE(after.question.answer, QStringLiteral("A **running** program."));
        QVERIFY(after.edited.isValid());
        QCOMPARE(w->studyPane()->questionId(), id);
        w->activateWindow(); // the offscreen platform does not give it back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        WindowFixture::press(*w, Qt::Key_Space);
        QVERIFY2(w->studyPane()->answerView()->toPlainText().contains(
                     QStringLiteral("A running program.")),
                 qPrintable(w->studyPane()->answerView()->toPlainText()));

        // Cancel saves nothing.
        whenEditorOpens([](QuestionEditor *editor) {
            editor->promptField()->setText(QStringLiteral("Changed my mind"));
            editor->reject();
        });
        WindowFixture::press(*w, Qt::Key_E);
        QCOMPARE(m_f.library->questions().find(id)->question.prompt,
                 QStringLiteral("What is a process?"));
    }

    // Saving after changing only the prompt leaves every other field exactly as it was: a
    // tip over several lines stays one tip. Tips that do run over lines are edited between
    // lines of "---".
    void edit_leavesUntouchedFieldsExactly()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        Question before = m_f.library->questions().find(1)->question;
        before.tips = {QStringLiteral("Name both:\n- the stack\n- the registers"),
                       QStringLiteral("Mention threads.")};
        before.answer = QStringLiteral("A running program.\n\n    indented code\n");
        QVERIFY(m_f.library->edits().edit(1, before));
        before = m_f.library->questions().find(1)->question;
        auto w = m_f.showWindow();
        whenEditorOpens([](QuestionEditor *editor) {
            editor->promptField()->end(false);
            QTest::keyClicks(editor->promptField(), QStringLiteral(" (an OS process)"));
            QTest::keyClick(editor->promptField(), Qt::Key_Return, Qt::ControlModifier);
        });
        WindowFixture::press(*w, Qt::Key_E);
        Question after = m_f.library->questions().find(1)->question;
        QCOMPARE(after.prompt, QStringLiteral("What is a process? (an OS process)"));
        QCOMPARE(after.tips, before.tips);
        QCOMPARE(after.answer, before.answer);

        whenEditorOpens([](QuestionEditor *editor) {
            auto *tips = editor->findChild<QPlainTextEdit *>(QStringLiteral("editTips"));
            QVERIFY(tips->toPlainText().contains(QStringLiteral("\n---\n")));
            tips->moveCursor(QTextCursor::End);
            QTest::keyClick(tips, Qt::Key_Return);
            QTest::keyClicks(tips, QStringLiteral("---"));
            QTest::keyClick(tips, Qt::Key_Return);
            QTest::keyClicks(tips, QStringLiteral("A third tip."));
            QTest::keyClick(editor->promptField(), Qt::Key_Return, Qt::ControlModifier);
        });
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        WindowFixture::press(*w, Qt::Key_E);
        after = m_f.library->questions().find(1)->question;
        QCOMPARE(after.tips, before.tips + QStringList{QStringLiteral("A third tip.")});
    }

    // Ctrl+J suspends the question on show: it leaves the list and the category's count,
    // the next one is shown, and Ctrl+Z brings it back.
    void suspend_leavesTheList_ctrlZBringsItBack()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        const qint64 id = w->studyPane()->questionId();
        WindowFixture::press(*w, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(m_f.library->questions().find(id)->suspended);
        QCOMPARE(w->questionModel()->rowCount(), 1);
        QVERIFY(w->studyPane()->questionId() != id);
        QCOMPARE(prompts(*m_f.library).size(), 2);
        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!m_f.library->questions().find(id)->suspended);
        QCOMPARE(w->questionModel()->rowCount(), 2);
    }

    // Delete asks first (Cancel is the default); once confirmed the row is gone from the
    // library's lists, its rating kept; Ctrl+Z brings it back.
    void delete_asksFirst_thenGoes_ctrlZBringsItBack()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        QVERIFY(m_f.library->ratings().rate(1, 4, QStringLiteral("study"), m_f.clock.now()));
        auto w = m_f.showWindow();
        const qint64 id = w->studyPane()->questionId();
        QCOMPARE(id, 1);
        m_messages.confirmAnswer = false;
        WindowFixture::press(*w, Qt::Key_Delete);
        QCOMPARE(m_messages.questions.size(), 1);
        QVERIFY(m_messages.questions.first().contains(QStringLiteral("What is a process?")));
        QCOMPARE(prompts(*m_f.library).size(), 3);

        m_messages.confirmAnswer = true;
        WindowFixture::press(*w, Qt::Key_Delete);
        QVERIFY(!prompts(*m_f.library).contains(QStringLiteral("What is a process?")));
        QCOMPARE(w->questionModel()->rowCount(), 1);
        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(prompts(*m_f.library).contains(QStringLiteral("What is a process?")));
        QCOMPARE(m_f.library->questions().find(id)->confidence, std::optional<int>(4));
    }

    // Ctrl+N writes a question into the category chosen; the empty prompt cannot be saved.
    void newQuestion_goesIntoTheChosenCategory()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        bool saveWasOff = false;
        whenEditorOpens([&](QuestionEditor *editor) {
            saveWasOff = !editor->findChild<QDialogButtonBox *>()
                              ->button(QDialogButtonBox::Save)
                              ->isEnabled();
            QTest::keyClicks(editor->promptField(), QStringLiteral("What is a zombie process?"));
            QTest::keyClicks(editor->answerField(), QStringLiteral("One whose parent never "
                                                                   "waited for it."));
            QTest::keyClick(editor->promptField(), Qt::Key_Return, Qt::ControlModifier);
        });
        WindowFixture::press(*w, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(saveWasOff);
        const auto all = *m_f.library->questions().list();
        QCOMPARE(all.size(), 4);
        const auto added = std::find_if(all.cbegin(), all.cend(), [](const StoredQuestion &s) {
            return s.question.prompt == QLatin1String("What is a zombie process?");
        });
        QVERIFY(added != all.cend());
        QCOMPARE(added->category, QStringLiteral("Processes"));
        QCOMPARE(w->questionModel()->rowCount(), 3);
    }

    // The import preview: how the file reads and the readings to choose from; choosing the
    // other reads it so; the bank's name can change; Cancel saves nothing, Import saves it
    // as shown.
    void importPreview_choosesAReading_namesTheBank_cancelSavesNothing()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("two-readings.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(twoReadingsBank());
        f.close();
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        w->importFlow()->setShowReports(false);

        auto whenPreviewOpens = [](const std::function<void(ImportPreviewDialog *)> &work) {
            auto *poll = new QTimer;
            QObject::connect(poll, &QTimer::timeout, poll, [poll, work] {
                for (QWidget *top : QApplication::topLevelWidgets())
                    if (auto *d = qobject_cast<ImportPreviewDialog *>(top);
                        d && d->isVisible() && !d->isReading() && d->importButton()->isEnabled()) {
                        poll->stop();
                        poll->deleteLater();
                        work(d);
                        return;
                    }
            });
            poll->start(20);
        };
        QString firstReading;
        whenPreviewOpens([&](ImportPreviewDialog *d) {
            firstReading = d->layoutChoice()->currentData().toString();
            QVERIFY(d->layoutChoice()->count() >= 2);
            QCOMPARE(d->categories()->topLevelItemCount(), 1);
            QVERIFY(
                d->sample()->toPlainText().contains(QStringLiteral("What does command 1 print?")));
            d->reject();
        });
        w->importFlow()->previewFile(path);
        QVERIFY(!firstReading.isEmpty());
        QCOMPARE(m_f.library->questions().list()->size(), 3); // Cancel: nothing saved

        QString chosen;
        whenPreviewOpens([&](ImportPreviewDialog *d) {
            const int other = d->layoutChoice()->currentIndex() == 0 ? 1 : 0;
            chosen = d->layoutChoice()->itemData(other).toString();
            d->layoutChoice()->setCurrentIndex(other);
            emit d->layoutChoice()->activated(other); // as a click on it does
            QTRY_VERIFY(!d->isReading() && d->importButton()->isEnabled());
            QCOMPARE(d->layoutChoice()->currentData().toString(), chosen);
            d->bankName()->setText(QStringLiteral("Shell basics"));
            d->importButton()->click();
        });
        w->importFlow()->previewFile(path);
        QTRY_VERIFY(!w->importFlow()->isImporting());
        QVERIFY(chosen != firstReading);
        QStringList banks;
        for (const StoredQuestion &s : *m_f.library->questions().list())
            if (!banks.contains(s.bank))
                banks << s.bank;
        QCOMPARE(banks,
                 (QStringList{QStringLiteral("Small bank"), QStringLiteral("Shell basics")}));
        // Saved in the reading chosen, not the one found best.
        ReadOptions asChosen;
        asChosen.layout = chosen;
        const QString chosenLayout = readBankFile(path, asChosen)->layout;
        QVERIFY(chosenLayout != readBankFile(path)->layout);
        QSqlQuery q(LibraryInspector::database(*m_f.library));
        QVERIFY(q.exec(QStringLiteral("SELECT layout FROM banks WHERE name = 'Shell basics'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), chosenLayout);
    }
    // Several files chosen together: each is previewed in turn, its place in the title;
    // Skip leaves one out, and those let through are imported; Cancel All imports none.
    void importPreview_severalFiles_skipOne_cancelAll()
    {
        QTemporaryDir files;
        QStringList paths;
        for (const char *name : {"alpha", "beta", "gamma"}) {
            const QString path = files.filePath(QString::fromLatin1(name) + ".md");
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# " + QByteArray(name) + " bank\n\n## Basics\n\n### What is " + name +
                    "?\n\nAn answer.\n");
            paths << path;
        }
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        w->importFlow()->setShowReports(false);
        // Answers the previews as they come: 'i' Import, 's' Skip, 'c' Cancel All.
        auto answer = [](const QString &script, QStringList &titles) {
            auto *poll = new QTimer;
            // Known by title ("(2 of 3)"): a dialog may be made where the last one was.
            auto handled = std::make_shared<QStringList>();
            QObject::connect(poll, &QTimer::timeout, poll, [poll, script, handled, &titles] {
                for (QWidget *top : QApplication::topLevelWidgets()) {
                    auto *d = qobject_cast<ImportPreviewDialog *>(top);
                    if (!d || !d->isVisible() || d->isReading() ||
                        !d->importButton()->isEnabled() || handled->contains(d->windowTitle()))
                        continue;
                    handled->append(d->windowTitle());
                    titles << d->windowTitle();
                    const QChar step = script.at(handled->size() - 1);
                    if (step == QLatin1Char('i'))
                        d->importButton()->click();
                    else if (step == QLatin1Char('s'))
                        d->findChild<QPushButton *>(QStringLiteral("previewSkip"))->click();
                    else
                        d->reject();
                    if (handled->size() == script.size()) {
                        poll->stop();
                        poll->deleteLater();
                    }
                    return;
                }
            });
            poll->start(20);
        };
        QStringList titles;
        answer(QStringLiteral("isi"), titles);
        w->importFlow()->previewFiles(paths);
        QTRY_VERIFY(!w->importFlow()->isImporting());
        QCOMPARE(titles.size(), 3);
        QVERIFY2(titles[1].contains(QStringLiteral("(2 of 3)")), qPrintable(titles[1]));
        QStringList banks;
        for (const StoredQuestion &q : *m_f.library->questions().list())
            if (!banks.contains(q.bank))
                banks << q.bank;
        QCOMPARE(banks, (QStringList{QStringLiteral("Small bank"), QStringLiteral("alpha bank"),
                                     QStringLiteral("gamma bank")}));

        titles.clear();
        answer(QStringLiteral("ic"), titles);
        w->importFlow()->previewFiles({files.filePath(QStringLiteral("beta.md")), paths[0]});
        QTRY_VERIFY(!w->importFlow()->isImporting());
        QCOMPARE(titles.size(), 2);
        QCOMPARE(m_f.library->questions().list()->size(), 5); // Cancel All: beta not imported
    }

    // Re-imported with an edited question changed in the file too: the report lists it by
    // the user's prompt; "Take the file's version" takes it, "Open" shows it in the window.
    void importReport_editedChangedInFile_takeTheFilesVersion_open()
    {
        QTemporaryDir files;
        const QString path = files.filePath(QStringLiteral("small.md"));
        auto write = [&](const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) > 0;
        };
        QVERIFY(write(kSmallBank));
        QVERIFY(importBankFile(*m_f.library, *readBankFile(path), path, false));
        const qint64 thread = m_f.library->questions().list()->at(1).id;
        Question mine = m_f.library->questions().find(thread)->question;
        mine.prompt = QStringLiteral("What is a thread, in my words?");
        QVERIFY(m_f.library->edits().edit(thread, mine));
        QByteArray changed = kSmallBank;
        changed.replace("A path of execution inside a process.", "The unit a CPU schedules.");
        QVERIFY(write(changed));

        auto w = m_f.showWindow();
        w->importFlow()->setShowReports(true);
        QString listed;
        bool took = false, opened = false, progressOver = false;
        auto *poll = new QTimer;
        connect(poll, &QTimer::timeout, poll, [&, poll] {
            for (QWidget *top : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<ImportReportDialog *>(top); d && d->isVisible()) {
                    poll->stop();
                    poll->deleteLater();
                    auto *view = d->findChild<QTextBrowser *>(QStringLiteral("importReport"));
                    listed = view->toPlainText();
                    // The import's progress is gone, not shown late over the report.
                    QTest::qWait(500);
                    for (auto *p : w->findChildren<QProgressDialog *>())
                        progressOver = progressOver || p->isVisible();
                    // A click on the links, as QTextBrowser reports it.
                    emit view->anchorClicked(QUrl(QStringLiteral("prepdeck-take:%1").arg(thread)));
                    took = view->toPlainText().contains(QStringLiteral("took the file's version"));
                    emit view->anchorClicked(QUrl(QStringLiteral("prepdeck-open:%1").arg(thread)));
                    opened = !d->isVisible();
                    return;
                }
        });
        poll->start(20);
        w->importFlow()->importFiles({path});
        QTRY_VERIFY(!w->importFlow()->isImporting());
        QVERIFY2(listed.contains(QStringLiteral("changed in the file too: kept yours")) &&
                     listed.contains(QStringLiteral("What is a thread, in my words?")),
                 qPrintable(listed));
        QVERIFY(took);
        QVERIFY(opened);
        QVERIFY(!progressOver);
        const StoredQuestion after = *m_f.library->questions().find(thread);
        QCOMPARE(after.question.prompt, QStringLiteral("What is a thread?"));
        QCOMPARE(after.question.answer, QStringLiteral("The unit a CPU schedules."));
        QVERIFY(!after.edited.isValid());
        QCOMPARE(w->studyPane()->questionId(), thread);
    }
};

QTEST_MAIN(TestQuestionEditing)
#include "tst_questionediting.moc"
