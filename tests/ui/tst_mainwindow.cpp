// The study window driven as a person drives it: keys and clicks, checked against what
// the window shows and what the library file holds.
#include "answerbrowser.h"
#include "bankfilereader.h"
#include "categorytreemodel.h"
#include "importer.h"
#include "keptmessages.h"
#include "librarycare.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "progressview.h"
#include "questiontablemodel.h"
#include "sheetoptionsdialog.h"
#include "storetestsupport.h"
#include "studypane.h"
#include "testsupport.h"
#include "translation.h"
#include "windowfixture.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextList>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace prepdeck;
using namespace prepdeck::testing;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    WindowFixture m_f;

    void importBytes(const QByteArray &bytes, const QString &name)
    {
        QVERIFY(m_f.importBytes(bytes, name));
    }

    void importSeeds(const QString &seeds)
    {
        for (const QString &f :
             QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            QVERIFY(importFile(*m_f.library, QDir(seeds).filePath(f), {}, false));
    }

    std::unique_ptr<MainWindow> showWindow() { return m_f.showWindow(); }

    static void press(MainWindow &w, int key, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        WindowFixture::press(w, key, mods);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QVERIFY(m_f.open()); }

    void cleanup() { m_f.close(); }

    void emptyLibrary_showsWelcome_starterBankButtonLoadsIt()
    {
        auto w = showWindow();
        QCOMPARE(w->pages()->currentIndex(), 0);
        auto *load = w->findChild<QPushButton *>(QStringLiteral("loadStarter"));
        QVERIFY(load);
        QTest::mouseClick(load, Qt::LeftButton);
        QTRY_COMPARE(w->pages()->currentIndex(), 1); // read and saved on the worker
        QVERIFY(*m_f.library->questions().countQuestions({}) >= 40);
        QVERIFY(w->questionModel()->rowCount() > 0);
    }

    void startUp_tableHasFocusAndFirstQuestionOfFirstCategory()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        QCOMPARE(w->pages()->currentIndex(), 1);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->questionView()));
        QCOMPARE(w->categoryView()->currentIndex().data().toString(), QStringLiteral("Processes"));
        QCOMPARE(w->questionView()->currentIndex().row(), 0);
        QCOMPARE(w->studyPane()->questionId(), 1);
    }

    void typingASearch_filtersTheRows_acrossBanksFromTheRoot()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        w->categoryView()->setCurrentIndex(w->categoryModel()->rootIndex());
        QCOMPARE(w->questionModel()->totalCount(), 3);
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->searchField()));
        QTest::keyClicks(w->searchField(), QStringLiteral("address space"));
        QTRY_COMPARE(w->questionModel()->totalCount(), 1);
        QCOMPARE(w->studyPane()->questionId(), 3);
        // Space in the search field types a space; it does not reveal.
        QVERIFY(!w->studyPane()->isRevealed());
        w->searchField()->clear();
        QTRY_COMPARE(w->questionModel()->totalCount(), 3);
    }

    void notes_savedToTheLibraryAndShownRendered()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        QPlainTextEdit *editor = w->studyPane()->noteEditor();
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("My **own** take"));
        auto *save = w->studyPane()->findChild<QPushButton *>(QStringLiteral("saveNote"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(m_f.library->questions().find(1)->note, QStringLiteral("My **own** take"));
        w->studyPane()->reveal();
        QVERIFY(w->studyPane()->answerView()->toHtml().contains(
                    QStringLiteral("font-weight:700;\">own")) ||
                w->studyPane()->answerView()->toHtml().contains(
                    QStringLiteral("font-weight:600;\">own")));
    }

    void filters_confidenceDueAndNeverRated()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        QVERIFY(m_f.library->ratings().rate(1, 2, QStringLiteral("study"),
                                            m_f.clock.now().addDays(-3)));
        QVERIFY(m_f.library->ratings().rate(2, 5, QStringLiteral("study"), m_f.clock.now()));
        auto w = showWindow();
        w->categoryView()->setCurrentIndex(w->categoryModel()->rootIndex());
        auto *never = w->findChild<QCheckBox *>(QStringLiteral("neverRatedFilter"));
        never->setChecked(true);
        QCOMPARE(w->questionModel()->totalCount(), 1);
        never->setChecked(false);
        auto *due = w->findChild<QCheckBox *>(QStringLiteral("dueNowFilter"));
        due->setChecked(true);
        QCOMPARE(w->questionModel()->totalCount(), 1);
        QCOMPARE(w->studyPane()->questionId(), 1);
        due->setChecked(false);
        auto *confidence = w->findChild<QComboBox *>(QStringLiteral("confidenceFilter"));
        confidence->setCurrentIndex(2); // ≤ 2
        QCOMPARE(w->questionModel()->totalCount(), 1);
    }

    void studyDue_walksOverdueThenWeakestThenNeverRated()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        QVERIFY(m_f.library->ratings().rate(3, 2, QStringLiteral("study"),
                                            m_f.clock.now())); // weak, due later
        QVERIFY(m_f.library->ratings().rate(2, 4, QStringLiteral("study"),
                                            m_f.clock.now().addDays(-30))); // overdue
        auto w = showWindow();
        w->categoryView()->setCurrentIndex(
            w->categoryModel()->rootIndex()); // the queue of everything
        QTest::keyClick(w->questionView(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(w->questionModel()->totalCount(), 3);
        QCOMPARE(w->questionModel()->idAt(0), 2);
        QCOMPARE(w->questionModel()->idAt(1), 3);
        QCOMPARE(w->questionModel()->idAt(2), 1);
        QCOMPARE(w->studyPane()->questionId(), 2);
    }

    void restart_restoresWindowState()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        QList<int> widths;
        {
            auto w = showWindow();
            w->resize(1111, 777);
            auto *splitter = w->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({300, 400, 411});
            widths = splitter->sizes(); // fitted to the splitter's own width
            QVERIFY(std::abs(widths.first() - 300) < 10);
            // (The question's column stretches into what the others leave: a column the
            // user sizes is one of the others.)
            w->questionView()->horizontalHeader()->resizeSection(
                QuestionTableModel::LastRatedColumn, 222);
            w->questionView()->sortByColumn(QuestionTableModel::PromptColumn, Qt::DescendingOrder);
            w->categoryView()->setCurrentIndex(w->categoryModel()->indexFor(1, 2));
            QVERIFY(w->close());
        }
        auto w = showWindow();
        QCOMPARE(w->size(), QSize(1111, 777));
        QCOMPARE(w->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), widths);
        QCOMPARE(
            w->questionView()->horizontalHeader()->sectionSize(QuestionTableModel::LastRatedColumn),
            222);
        QCOMPARE(w->questionView()->horizontalHeader()->sortIndicatorSection(),
                 int(QuestionTableModel::PromptColumn));
        QCOMPARE(w->questionModel()->order(), QuestionOrder::Prompt);
        QCOMPARE(w->categoryView()->currentIndex().data().toString(), QStringLiteral("Memory"));
    }

    void importInTheBackground_addsTheFileAndSelectsIt()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        QFile extra(m_f.dir->filePath(QStringLiteral("extra.md")));
        QVERIFY(extra.open(QIODevice::WriteOnly));
        extra.write("# Extra\n\n## Networks\n\n**Q: What is DNS?**\n**A:** Names to addresses.\n\n"
                    "**Q: What is TCP?**\n**A:** A reliable byte stream.\n");
        extra.close();
        w->importFiles({extra.fileName(), m_f.dir->filePath(QStringLiteral("missing.md"))});
        QTRY_VERIFY(!w->isImporting());
        QCOMPARE(*m_f.library->questions().countQuestions({}), 5);
        QVERIFY(w->categoryModel()->indexFor(2, 3).isValid());
    }

    void progressView_followsRatings_barOpensCategory_savesPng()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        QTest::keyClick(w->questionView(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->pages()->currentWidget(), static_cast<QWidget *>(w->progressView()));
        // The figures are read on a worker; the view follows when they are back.
        QTRY_VERIFY(!w->isBusy());
        QVERIFY(w->progressView()->headline()->text().startsWith(
            QStringLiteral("0 of 3 questions ready")));

        // A rating while the progress view is showing updates it at once.
        QVERIFY(m_f.library->ratings().rate(1, 5, QStringLiteral("study"), m_f.clock.now()));
        w->undoStack()->clear();
        QTest::keyClick(w->questionView(), Qt::Key_1, Qt::ControlModifier);
        QTest::keyClick(w->questionView(), Qt::Key_J); // to question 2
        QTest::keyClick(w->questionView(), Qt::Key_Space);
        QTest::keyClick(w->questionView(), Qt::Key_4); // rates question 2 through the window
        QTest::keyClick(w->questionView(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!w->isBusy());
        QVERIFY2(w->progressView()->headline()->text().startsWith(
                     QStringLiteral("2 of 3 questions ready (66%)")),
                 qPrintable(w->progressView()->headline()->text()));
        const auto shown = w->progressView()->shownReadiness();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown[0].ready, 2);

        // Clicking the bar of "Memory" (the bottom bar; bars run bottom to top) opens it.
        auto *series = qobject_cast<QAbstractBarSeries *>(
            w->progressView()->readinessChart()->series().first());
        QVERIFY(series);
        emit series->barSets().first()->clicked(0);
        QCOMPARE(w->pages()->currentIndex(), 1);
        QCOMPARE(w->categoryView()->currentIndex().data().toString(), QStringLiteral("Memory"));

        const QString png = m_f.dir->filePath(QStringLiteral("progress.png"));
        QVERIFY(w->progressView()->savePng(png));
        QImage image(png);
        QVERIFY(image.width() > 400 && image.height() > 400);
    }

    void interviewDate_showsDaysLeft()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        QVERIFY(m_f.library->settings().setInterviewPlan(
            InterviewPlan{m_f.clock.now().date().addDays(9), {}}));
        auto w = showWindow();
        QVERIFY2(w->statusLabel()->text().contains(QStringLiteral("interview in 9 days")),
                 qPrintable(w->statusLabel()->text()));
        QTest::keyClick(w->questionView(), Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(!w->isBusy());
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("progressForecast"))
                    ->text()
                    .contains(QStringLiteral("Interview in 9 days")));
    }

    void seeds_eachCategoryShowsExactlyItsQuestions()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        importSeeds(seeds);
        auto w = showWindow();
        CategoryTreeModel *tree = w->categoryModel();
        QCOMPARE(tree->rootIndex().data(CategoryTreeModel::QuestionCountRole).toInt(), 377);
        int categories = 0;
        for (int b = 0; b < tree->rowCount(tree->rootIndex()); ++b) {
            const QModelIndex bank = tree->index(b, 0, tree->rootIndex());
            for (int c = 0; c < tree->rowCount(bank); ++c) {
                const QModelIndex category = tree->index(c, 0, bank);
                w->categoryView()->setCurrentIndex(category);
                const int expected = category.data(CategoryTreeModel::QuestionCountRole).toInt();
                QCOMPARE(w->questionModel()->totalCount(), expected);
                QCOMPARE(w->questionModel()->rowCount(), expected);
                for (int r = 0; r < expected; ++r)
                    QCOMPARE(w->questionModel()
                                 ->index(r, QuestionTableModel::CategoryColumn)
                                 .data()
                                 .toString(),
                             category.data().toString());
                ++categories;
            }
        }
        QCOMPARE(categories, 43);
        // 003's "Python Core & Advanced" holds 20: the seed README's count.
        w->categoryView()->setCurrentIndex(
            tree->indexFor(4, tree->index(0, 0, tree->index(3, 0, tree->rootIndex()))
                                  .data(CategoryTreeModel::CategoryIdRole)
                                  .toLongLong()));
        QCOMPARE(w->questionModel()->totalCount(), 20);
    }

    void outsideWrites_showOnTheNextRefresh_keepingTheQuestion()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto window = showWindow();
        QTableView *table = window->questionView();
        window->questionView()->setCurrentIndex(
            window->questionModel()->index(1, QuestionTableModel::PromptColumn));
        const qint64 id = window->questionModel()->idAt(1);
        // `prepdeck rate` (another connection) while the window is open.
        auto other = Library::open(m_f.library->path());
        QVERIFY(other);
        QVERIFY((*other)->ratings().rate(id, 5, QStringLiteral("study"), m_f.clock.now()));
        const QModelIndex cell =
            window->questionModel()->index(1, QuestionTableModel::ConfidenceColumn);
        QVERIFY(!cell.data(Qt::DisplayRole).toString().contains(QLatin1Char('5')));
        window->checkOutsideChanges(); // what the two-second timer does
        QCOMPARE(window->questionModel()->idAt(table->currentIndex().row()), id);
        const int row = window->questionModel()->rowOf(id);
        QVERIFY2(window->questionModel()
                     ->index(row, QuestionTableModel::ConfidenceColumn)
                     .data(Qt::DisplayRole)
                     .toString()
                     .contains(QLatin1Char('5')),
                 qPrintable(window->questionModel()
                                ->index(row, QuestionTableModel::ConfidenceColumn)
                                .data(Qt::DisplayRole)
                                .toString()));
    }

    void restoreFromBackup_putsTheBackupsRatingsBack()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto window = showWindow();
        auto backup = care::takeBackup(m_f.library->path(), {}, m_f.clock.now());
        QVERIFY(backup);
        press(*window, Qt::Key_Space); // reveal
        press(*window, Qt::Key_4);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT count(*) FROM ratings")), 1);
        auto *progressAction = window->findChild<QAction *>(QStringLiteral("progressAction"));
        QVERIFY(progressAction && progressAction->isEnabled());
        window->restoreBackupFile(*backup);
        QVERIFY(window->isBusy()); // on a worker; the window stays responsive
        // Nothing may reach the file being replaced: no page, command or import.
        QVERIFY(!window->centralWidget()->isEnabled());
        QVERIFY(!progressAction->isEnabled());
        QVERIFY(!window->findChild<QToolBar *>()->isEnabled());
        window->importFiles({m_f.dir->filePath(QStringLiteral("small.md"))});
        QVERIFY(!window->isImporting());
        QTRY_VERIFY(!window->isBusy());
        QVERIFY(window->centralWidget()->isEnabled());
        QVERIFY(progressAction->isEnabled());
        QVERIFY(!window->undoStack()->canUndo()); // the rating it could take back is gone
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT count(*) FROM ratings")), 0);
        QCOMPARE(window->questionModel()->totalCount(), 2);
        // The library it replaced is a backup of its own, with the rating.
        QStringList kinds;
        for (const care::Backup &b : care::listBackups(m_f.library->path()))
            kinds << QStringLiteral("%1:%2").arg(b.kind).arg(b.ratings);
        QVERIFY2(kinds.contains(QStringLiteral("before restore:1")), qPrintable(kinds.join(u' ')));
    }

    // An answer of 10,000 nested list items used to freeze the window for a minute when
    // revealed: it is shown flat below the eighth level, with a line saying so.
    void deeplyNestedAnswer_revealsFlattenedWithANotice()
    {
        importBytes("# Deep\n\n## Nesting\n\n### What is deep nesting?\n\n" +
                        QByteArray("- ").repeated(10000) + "the bottom\n",
                    QStringLiteral("deep.md"));
        auto window = showWindow();
        press(*window, Qt::Key_Space);
        QTextBrowser *answer = window->studyPane()->answerView();
        QVERIFY(answer->isVisible());
        const QString shown = answer->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("nested more than 8 levels deep")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("the bottom")));
        int deepest = 0;
        for (QTextBlock b = answer->document()->begin(); b.isValid(); b = b.next())
            if (b.textList())
                deepest = std::max(deepest, b.textList()->format().indent());
        QVERIFY2(deepest <= 8, qPrintable(QString::number(deepest)));
    }

    void readOnlyLibrary_saysSoAndRatingsFailVisibly()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        const QString path = m_f.library->path();
        m_f.library.reset();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        auto store = Library::open(path);
        QVERIFY(store);
        m_f.library = std::move(*store);
        QVERIFY(m_f.library->isReadOnly());
        auto window = showWindow();
        auto *notice = window->findChild<QLabel *>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY(window->windowTitle().contains(QStringLiteral("read-only")));
        const qsizetype warned = keptMessages().warnings.size();
        press(*window, Qt::Key_Space);
        press(*window, Qt::Key_4);
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("read-only")),
                 qPrintable(window->statusBar()->currentMessage()));
        // Told in a message too, not only in the status bar.
        QCOMPARE(keptMessages().warnings.size(), warned + 1);
        QVERIFY(keptMessages().warnings.last().contains(QStringLiteral("read-only")));
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT count(*) FROM ratings")), 0);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    // Edit → Preferences: the theme, the study text size and the paper take effect at once
    // and are kept for the next start.
    void preferences_applyAtOnceAndAreKept()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("themeChoice"));
            theme->setCurrentIndex(theme->findData(static_cast<int>(Preferences::Theme::Dark)));
            dialog->findChild<QSpinBox *>(QStringLiteral("textSizeChoice"))->setValue(19);
            auto *paper = dialog->findChild<QComboBox *>(QStringLiteral("paperChoice"));
            paper->setCurrentIndex(paper->findData(static_cast<int>(QPageSize::Letter)));
            dialog->accept();
        });
        w->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QVERIFY(seen);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 100);
        QTRY_VERIFY(w->studyPane()->palette().color(QPalette::Base).lightness() < 100);
        QCOMPARE(w->studyPane()->answerView()->font().pointSize(), 19);
        QCOMPARE(w->studyPane()
                     ->findChild<QLabel *>(QStringLiteral("questionPrompt"))
                     ->font()
                     .pointSizeF(),
                 19 * 1.45);
        const Preferences kept = Preferences::load();
        QCOMPARE(kept.theme, Preferences::Theme::Dark);
        QCOMPARE(kept.studyTextPoints, 19);
        QCOMPARE(SheetOptionsDialog(QStringLiteral("all")).options().pageSize, QPageSize::Letter);
        // A new window (the next start) has the same text size.
        w.reset();
        auto again = showWindow();
        QCOMPARE(again->studyPane()->answerView()->font().pointSize(), 19);
        applyTheme(Preferences::Theme::System);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 128);
        QTRY_VERIFY(again->palette().color(QPalette::Window).lightness() > 128);
    }

    // Preferences → Library file → Move…: copied and checked, then the window asks for a
    // restart to open it there; the command line finds it there too.
    void preferences_moveLibrary_copiesThenAsksForARestart()
    {
        importBytes(kSmallBank, QStringLiteral("small.md"));
        QVERIFY(m_f.library->ratings().rate(1, 4, QStringLiteral("study"),
                                            QDateTime::currentDateTimeUtc()));
        auto w = showWindow();
        const QString target = m_f.dir->filePath(QStringLiteral("elsewhere/library.sqlite"));
        PreferencesDialog dialog(Preferences::load(), m_f.library->path(), w.get());
        QSignalSpy moved(&dialog, &PreferencesDialog::libraryMoved);
        dialog.moveLibraryTo(target);
        QVERIFY(dialog.isMoving()); // on a worker, the dialog waiting
        QTRY_COMPARE(moved.count(), 1);
        QVERIFY(!dialog.isMoving());
        QCOMPARE(Library::defaultPath(), QFileInfo(target).absoluteFilePath());
        auto copy = Library::open(target);
        QVERIFY(copy);
        QCOMPARE(scalar(**copy, QStringLiteral("SELECT COUNT(*) FROM ratings")), 1);
        QFile::remove(care::settingsFile());
    }

    // The first start on a small screen: the window is no larger than the screen, or than
    // the least it needs when the screen is smaller still (the offscreen one is 800 wide).
    void firstStart_windowFitsTheScreen()
    {
        auto w = showWindow();
        const QSize screen = w->screen()->availableGeometry().size();
        const QSize least = w->minimumSizeHint();
        QVERIFY2(w->width() <= std::max(screen.width(), least.width()) &&
                     w->height() <= std::max(screen.height(), least.height()),
                 qPrintable(QStringLiteral("%1x%2 on %3x%4, needing %5x%6")
                                .arg(w->width())
                                .arg(w->height())
                                .arg(screen.width())
                                .arg(screen.height())
                                .arg(least.width())
                                .arg(least.height())));
    }

    // A small screen (800 pixels wide) holds the whole window in every language: the
    // buttons give way to shorter labels ("4" for "4 Good") rather than push the rating
    // row off the screen.
    void smallScreen_windowFitsIn800PixelsInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void smallScreen_windowFitsIn800PixelsInEveryLanguage()
    {
        QFETCH(QString, language);
        installTranslations(language);
        const auto restore = qScopeGuard([] { installTranslations(QStringLiteral("en")); });
        importBytes(kSmallBank, QStringLiteral("small.md"));
        auto w = showWindow();
        QVERIFY2(w->minimumSizeHint().width() <= 800,
                 qPrintable(QString::number(w->minimumSizeHint().width())));
        w->resize(800, 600);
        QTRY_COMPARE(w->width(), 800);
        for (int c = 1; c <= 5; ++c) {
            auto *button = w->findChild<QPushButton *>(QStringLiteral("rate%1").arg(c));
            QVERIFY(button && button->isVisible());
            const QRect inWindow(button->mapTo(w.get(), QPoint(0, 0)), button->size());
            QVERIFY2(w->rect().contains(inWindow), qPrintable(QStringLiteral("rate%1 at %2+%3")
                                                                  .arg(c)
                                                                  .arg(inWindow.x())
                                                                  .arg(inWindow.width())));
            QVERIFY(button->text().startsWith(QString::number(c) + QLatin1Char(' ')));
        }
    }

    // Settings → Language, or the system's: the menus speak German, or Spanish.
    void translations_menusSpeakTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{
                                   QStringLiteral("&Datei"),     QStringLiteral("&Bearbeiten"),
                                   QStringLiteral("&Lernen"),    QStringLiteral("&Ansicht"),
                                   QStringLiteral("&Interview"), QStringLiteral("&Hilfe")};
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList{QStringLiteral("&Archivo"),    QStringLiteral("&Editar"),
                                           QStringLiteral("E&studiar"),   QStringLiteral("&Ver"),
                                           QStringLiteral("E&ntrevista"), QStringLiteral("Ay&uda")};
    }
    void translations_menusSpeakTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QCOMPARE(installTranslations(language), language);
        auto w = showWindow();
        QStringList titles;
        for (const QAction *menu : w->menuBar()->actions())
            titles << menu->text();
        installTranslations(QStringLiteral("en"));
        QCOMPARE(titles, menus);
        QVERIFY(PreferencesDialog::availableLanguages().contains(language));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
