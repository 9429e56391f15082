// The study window as a careful person uses it in a first week: what comes before a
// rating, what the tree's bars say, where Esc goes, what an empty search says. Each test
// drives the window with keys and clicks and checks what it shows and what the library holds.
#include "answerbrowser.h"
#include "categorytreemodel.h"
#include "compactbutton.h"
#include "importreportdialog.h"
#include "keptmessages.h"
#include "preferences.h"
#include "progressview.h"
#include "questiontablemodel.h"
#include "sheetexport.h"
#include "sheetoptionsdialog.h"
#include "storetestsupport.h"
#include "studypane.h"
#include "windowfixture.h"

#include <QTreeView>

#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

using namespace prepdeck;
using namespace prepdeck::testing;

namespace {

// The share of the category bar the delegate fills with colour, read from its pixels: the
// bar is the row's rightmost run of grey or coloured pixels.
double barFill(QTreeView *tree, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(tree);
    option.rect = QRect(0, 0, 300, 24);
    option.state &= ~QStyle::State_Selected;
    option.palette = tree->palette();
    QImage image(option.rect.size(), QImage::Format_ARGB32);
    image.fill(tree->palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        tree->itemDelegate()->paint(&painter, option, index);
    }
    const int y = option.rect.center().y();
    int barPixels = 0;
    int coloured = 0;
    const QColor base = tree->palette().color(QPalette::Base);
    for (int x = image.width() - 1; x > image.width() / 2; --x) {
        const QColor c = image.pixelColor(x, y);
        if (c == base)
            continue;
        ++barPixels;
        coloured += c.hsvSaturationF() > 0.4;
    }
    return barPixels ? double(coloured) / barPixels : 0.0;
}

} // namespace

class TestStudyWindow : public QObject
{
    Q_OBJECT

    WindowFixture m_f;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_f.open()); }
    void cleanup() { m_f.close(); }

    void search_bestMatchFirst_saysWhere_andOffersTheNearestWord()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        w->categoryView()->setCurrentIndex(w->categoryModel()->rootIndex());
        QHeaderView *header = w->questionView()->horizontalHeader();
        const int sortedBefore = header->sortIndicatorSection();
        QVERIFY(w->questionView()->isColumnHidden(QuestionTableModel::MatchColumn));
        // "memory" is in the first question's answer and the third one's prompt: the prompt
        // ranks first, where library order would put the first question.
        QTest::keyClicks(w->searchField(), QStringLiteral("memory "));
        QTRY_COMPARE(w->questionModel()->totalCount(), 2);
        QuestionTableModel *model = w->questionModel();
        QCOMPARE(model->idAt(0), 3);
        QCOMPARE(model->idAt(1), 1);
        QCOMPARE(header->sortIndicatorSection(), int(QuestionTableModel::MatchColumn));
        QVERIFY(!w->questionView()->isColumnHidden(QuestionTableModel::MatchColumn));
        QCOMPARE(model->index(0, QuestionTableModel::MatchColumn).data().toString(),
                 QStringLiteral("Question"));
        QCOMPARE(model->index(1, QuestionTableModel::MatchColumn).data().toString(),
                 QStringLiteral("Answer"));
        QVERIFY(model->index(1, QuestionTableModel::PromptColumn)
                    .data(QuestionTableModel::SnippetRole)
                    .toString()
                    .contains(QString(SearchHit::kMatchStart) + QStringLiteral("memory")));
        // Another column's order, and back by Match.
        header->setSortIndicator(QuestionTableModel::PromptColumn, Qt::AscendingOrder);
        QCOMPARE(model->order(), QuestionOrder::Prompt);
        header->setSortIndicator(QuestionTableModel::MatchColumn, Qt::AscendingOrder);
        QCOMPARE(model->order(), QuestionOrder::Relevance);
        QCOMPARE(model->idAt(0), 3);
        // Cleared: the order from before, no Match column.
        w->searchField()->clear();
        QTRY_COMPARE(model->totalCount(), 3);
        QCOMPARE(header->sortIndicatorSection(), sortedBefore);
        QVERIFY(w->questionView()->isColumnHidden(QuestionTableModel::MatchColumn));
        // A typo: the nearest word, one click away.
        QTest::keyClicks(w->searchField(), QStringLiteral("memroy "));
        auto *offer = w->studyPane()->findChild<QPushButton *>(QStringLiteral("nothingOffer"));
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        QVERIFY2(offer->text().contains(QStringLiteral("“memory”")), qPrintable(offer->text()));
        QTest::mouseClick(offer, Qt::LeftButton);
        QCOMPARE(w->searchField()->text(), QStringLiteral("memory"));
        QCOMPARE(model->totalCount(), 2);
    }

    void spaceThenFour_ratesWithoutAClick_andCtrlZTakesItBack()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->questionView()));
        QVERIFY(!w->studyPane()->answerView()->isVisible());

        WindowFixture::press(*w, Qt::Key_Space);
        QVERIFY(w->studyPane()->answerView()->isVisible());
        const QString shown = w->studyPane()->answerView()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("A running program with its own memory.")),
                 qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("Contrast it with a thread.")));

        WindowFixture::press(*w, Qt::Key_4);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM ratings")), 1);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT confidence FROM ratings")), 4);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT question_id FROM ratings")), 1);
        // The table row and the tree's bar show it; the next question is up, answer hidden.
        QCOMPARE(
            w->questionModel()->index(0, QuestionTableModel::ConfidenceColumn).data().toString(),
            QStringLiteral("4 Good"));
        const QModelIndex category = w->categoryModel()->indexFor(
            1,
            w->categoryView()->currentIndex().data(CategoryTreeModel::CategoryIdRole).toLongLong());
        QCOMPARE(category.data(CategoryTreeModel::MeanConfidenceRole).toDouble(), 4.0);
        QCOMPARE(w->questionView()->currentIndex().row(), 1);
        QVERIFY(!w->studyPane()->answerView()->isVisible());
        QVERIFY(w->statusLabel()->text().contains(QStringLiteral("1 rated today")));

        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM ratings")), 0);
        QVERIFY(!category.data(CategoryTreeModel::MeanConfidenceRole).isValid());
        QCOMPARE(
            w->questionModel()->index(0, QuestionTableModel::ConfidenceColumn).data().toString(),
            QString());
        QCOMPARE(w->questionView()->currentIndex().row(), 0); // back at the question
        QVERIFY(!m_f.library->questions().find(1)->due.isValid());

        WindowFixture::press(*w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM ratings")), 1);
        QCOMPARE(m_f.library->questions().find(1)->due, m_f.clock.now().addDays(7));
    }

    // The first screen: the welcome's description is shown whole at every window size, its
    // wrapped lines given the height they need.
    void welcomePage_descriptionIsNotClipped_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1366x768") << QSize(1366, 768);
        QTest::newRow("800x600") << QSize(800, 600);
        QTest::newRow("640x480") << QSize(640, 480);
    }
    void welcomePage_descriptionIsNotClipped()
    {
        QFETCH(QSize, size);
        auto w = m_f.showWindow();
        w->resize(size);
        auto *intro = w->findChild<QLabel *>(QStringLiteral("welcomeIntro"));
        QVERIFY(intro);
        QTRY_VERIFY(intro->isVisible());
        QApplication::processEvents();
        const int needed = intro->heightForWidth(intro->width());
        QVERIFY2(intro->height() >= needed,
                 qPrintable(QStringLiteral("%1 px high, needs %2 at %3 px wide")
                                .arg(intro->height())
                                .arg(needed)
                                .arg(intro->width())));
        QVERIFY(intro->width() > 200); // wrapped to a readable width, not a narrow column
    }

    // At 800x600 the answer is the point of the window: it gets the height, the notes and
    // history fold to their tabs (a click opens them), and the search field keeps room for
    // words while the filters take a row of their own. At 1366x768 all shows at once.
    void smallWindow_answerGetsTheSpace()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        w->resize(800, 600);
        QTRY_COMPARE(w->size(), QSize(800, 600));
        QApplication::processEvents();
        WindowFixture::press(*w, Qt::Key_Space);
        QApplication::processEvents();
        StudyPane *pane = w->studyPane();
        auto *tabs = pane->findChild<QTabWidget *>();
        QVERIFY(pane->notesFolded());
        QVERIFY2(pane->answerView()->height() > 2 * tabs->height(),
                 qPrintable(QStringLiteral("answer %1 px, notes %2 px")
                                .arg(pane->answerView()->height())
                                .arg(tabs->height())));
        QVERIFY(!pane->noteEditor()->isVisible());
        QVERIFY2(w->searchField()->width() >= 200,
                 qPrintable(QString::number(w->searchField()->width())));
        // A click on a tab opens them again, and they stay open.
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(0).center());
        QVERIFY(!pane->notesFolded());
        QTRY_VERIFY(pane->noteEditor()->isVisible());
        w->resize(790, 590);
        QApplication::processEvents();
        QVERIFY(!pane->notesFolded());

        auto wide = m_f.showWindow();
        wide->resize(1366, 768);
        QTRY_COMPARE(wide->size(), QSize(1366, 768));
        QApplication::processEvents();
        QVERIFY(!wide->studyPane()->notesFolded());
        QVERIFY(wide->studyPane()->noteEditor()->isVisible());
    }

    // The tree takes its share of a wide window: the starter bank's category names show
    // whole at 1366x768.
    void tree_namesShowWholeOnAWideWindow()
    {
        auto w = m_f.showWindow();
        w->resize(1366, 768);
        QTRY_COMPARE(w->size(), QSize(1366, 768));
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("loadStarter")),
                          Qt::LeftButton);
        QTRY_VERIFY(w->categoryModel()->rowCount(w->categoryModel()->rootIndex()) > 0);
        QApplication::processEvents();
        QTreeView *tree = w->categoryView();
        const QModelIndex bank = w->categoryModel()->index(0, 0, w->categoryModel()->rootIndex());
        for (int row = 0; row < w->categoryModel()->rowCount(bank); ++row) {
            const QModelIndex c = w->categoryModel()->index(row, 0, bank);
            const QRect cell = tree->visualRect(c);
            const int text = tree->fontMetrics().horizontalAdvance(c.data().toString());
            // The name, its count and the bar fit in the row.
            QVERIFY2(cell.width() >= text + 90,
                     qPrintable(QStringLiteral("%1: %2 px for a %3 px name")
                                    .arg(c.data().toString())
                                    .arg(cell.width())
                                    .arg(text)));
        }
    }

    // Esc leaves the notes box: the next 4 rates the question instead of going into the
    // note, and what was typed is saved.
    void escapeInTheNotes_givesTheKeysBackToTheList()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->questionView()));
        WindowFixture::press(*w, Qt::Key_Space);
        QPlainTextEdit *editor = w->studyPane()->noteEditor();
        QTest::mouseClick(editor->viewport(), Qt::LeftButton);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor));
        QTest::keyClicks(editor, QStringLiteral("pooling"));
        WindowFixture::press(*w, Qt::Key_Escape);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->questionView()));
        WindowFixture::press(*w, Qt::Key_4);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT confidence FROM ratings")), 4);
        QCOMPARE(m_f.library->questions().find(1)->note, QStringLiteral("pooling"));
    }

    // "Study due" is a mode you can see: a bar above the list says what it is doing and
    // how to leave; with nothing due it offers the weakest instead of building a queue
    // unasked; a click in the tree, even on the list already chosen, leaves it.
    void studyDue_isAVisibleModeWithAWayOut()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        w->categoryView()->setCurrentIndex(w->categoryModel()->rootIndex());
        auto *bar = w->findChild<QWidget *>(QStringLiteral("queueBar"));
        auto *text = w->findChild<QLabel *>(QStringLiteral("queueText"));
        QVERIFY(bar && text);
        QVERIFY(!bar->isVisible());
        QTest::keyClick(w->questionView(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("Nothing is due")), qPrintable(text->text()));
        QCOMPARE(w->questionModel()->order(), QuestionOrder::Library); // no queue unasked
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("queueWeakest")),
                          Qt::LeftButton);
        QCOMPARE(w->questionModel()->order(), QuestionOrder::Queue);
        QVERIFY2(text->text().contains(QStringLiteral("weakest first")), qPrintable(text->text()));

        // Clicking the list already chosen ("All banks") leaves the queue.
        QTreeView *tree = w->categoryView();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {},
                          tree->visualRect(w->categoryModel()->rootIndex()).center());
        QVERIFY(!bar->isVisible());
        QVERIFY(w->questionModel()->order() != QuestionOrder::Queue);

        // With a question overdue, the queue starts at once and says so.
        QVERIFY(m_f.library->ratings().rate(2, 4, QStringLiteral("study"),
                                            m_f.clock.now().addDays(-30)));
        QTest::keyClick(w->questionView(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        QVERIFY2(text->text().contains(QStringLiteral("overdue first")), qPrintable(text->text()));
        QCOMPARE(w->questionModel()->idAt(0), 2);
        QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("queueLeave")),
                          Qt::LeftButton);
        QVERIFY(!bar->isVisible());
        QVERIFY(w->questionModel()->order() != QuestionOrder::Queue);
    }

    // A search that finds nothing says so, not "press Space", and offers the whole library.
    void emptySearch_saysNothingMatchedAndOffersAllBanks()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        QCOMPARE(w->categoryView()->currentIndex().data().toString(), QStringLiteral("Processes"));
        QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
        QTest::keyClicks(w->searchField(), QStringLiteral("address space"));
        QTRY_COMPARE(w->questionModel()->rowCount(), 0);
        auto *prompt = w->studyPane()->findChild<QLabel *>(QStringLiteral("questionPrompt"));
        QTRY_VERIFY(prompt->text().contains(QStringLiteral("Nothing in Processes matches")));
        for (QLabel *label : w->studyPane()->findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || !label->text().contains(QStringLiteral("Space")),
                     qPrintable(label->text()));
        auto *offer = w->studyPane()->findChild<QPushButton *>(QStringLiteral("nothingOffer"));
        QVERIFY(offer->isVisible());
        QTest::mouseClick(offer, Qt::LeftButton);
        QTRY_COMPARE(w->questionModel()->rowCount(), 1); // virtual memory, in Memory
        QCOMPARE(w->searchField()->text(), QStringLiteral("address space"));
        QCOMPARE(w->studyPane()->questionId(), 3);
    }

    // A prompt's inline Markdown shows rendered in the pane and as plain words in the list;
    // a question whose bank gives only the key concept shows it once, as the answer.
    void promptMarkdown_isRendered_andTheKeyConceptShownOnce()
    {
        Question withCode;
        withCode.prompt = QStringLiteral("Slots (`__slots__`)");
        withCode.answer = QStringLiteral("They save memory.");
        Question keyOnly;
        keyOnly.prompt = QStringLiteral("What is the GIL?");
        keyOnly.hint = QStringLiteral("One thread runs Python bytecode at a time");
        const Bank bank{QStringLiteral("Python"),
                        {Category{QStringLiteral("Core"), {withCode, keyOnly}, {}}}};
        QVERIFY(m_f.library->imports().importBanks({bank}, QStringLiteral("/p.md"), {}, false));
        auto w = m_f.showWindow();
        QTRY_COMPARE(w->studyPane()->questionId(), 1);
        auto *prompt = w->studyPane()->findChild<QLabel *>(QStringLiteral("questionPrompt"));
        QCOMPARE(prompt->text(), QStringLiteral("Slots (<code>__slots__</code>)"));
        QCOMPARE(w->questionModel()->index(0, QuestionTableModel::PromptColumn).data().toString(),
                 QStringLiteral("Slots (__slots__)"));

        WindowFixture::press(*w, Qt::Key_J);
        QTRY_COMPARE(w->studyPane()->questionId(), 2);
        auto *hint = w->studyPane()->findChild<QPushButton *>(QStringLiteral("hintButton"));
        QVERIFY(hint);
        QVERIFY(!hint->isEnabled()); // the key concept is the answer: no hint to show first
        WindowFixture::press(*w, Qt::Key_Space);
        const QString shown = w->studyPane()->answerView()->toPlainText();
        QCOMPARE(shown.count(QStringLiteral("One thread runs Python bytecode")), 1);
    }

    // The menus follow one convention and list each key once: no Settings menu of one item
    // (the interview date sits with the interview, Preferences under Edit); no action bound
    // twice to the same keys ("Ctrl+Shift+Z, Ctrl+Shift+Z"); the import report does not say
    // "Repaired: Repaired …".
    void menusAndReports_sayEachThingOnce()
    {
        auto w = m_f.showWindow();
        QStringList menus;
        for (QAction *a : w->menuBar()->actions())
            menus << a->text();
        QVERIFY2(!menus.contains(QStringLiteral("Se&ttings")), qPrintable(menus.join(u' ')));
        QAction *date = w->findChild<QAction *>(QStringLiteral("interviewDateAction"));
        QVERIFY(date);
        QVERIFY(date->associatedObjects().size() >= 1);
        for (QAction *a : w->findChildren<QAction *>()) {
            const QList<QKeySequence> keys = a->shortcuts();
            for (qsizetype i = 0; i < keys.size(); ++i)
                QVERIFY2(!keys.mid(i + 1).contains(keys[i]),
                         qPrintable(a->text() + u' ' + keys[i].toString()));
        }
        ImportReport report;
        report.repairs << QStringLiteral("Repaired broken encoding: the file is UTF-8.");
        const QString html = ImportReportDialog::toHtml({report}, {});
        QVERIFY2(!html.contains(QStringLiteral("Repaired:</b> Repaired")), qPrintable(html));
    }

    // Changing the language offers to start again now; declined, nothing restarts.
    void newLanguage_offersARestart()
    {
        auto w = m_f.showWindow();
        QSignalSpy restarts(w.get(), &MainWindow::restartRequested);
        keptMessages().questions.clear();
        keptMessages().confirmAnswer = true;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"));
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            dialog->accept();
        });
        w->findChild<QAction *>(QStringLiteral("preferencesAction"))->trigger();
        QCOMPARE(keptMessages().questions.size(), 1);
        QCOMPARE(restarts.size(), 1);
        keptMessages().confirmAnswer = false;
    }

    // In the dark theme an unchecked check box and radio button stand out from the window
    // at least 3:1 (WCAG's contrast for a control's edge).
    void darkTheme_checkBoxesAndRadioButtonsAreVisible()
    {
        applyTheme(Preferences::Theme::Dark);
        auto restore = qScopeGuard([] { applyTheme(Preferences::Theme::System); });
        for (const bool radio : {false, true}) {
            std::unique_ptr<QAbstractButton> button;
            if (radio)
                button = std::make_unique<QRadioButton>(QStringLiteral("Never rated"));
            else
                button = std::make_unique<QCheckBox>(QStringLiteral("Due now"));
            button->resize(button->sizeHint());
            const QImage image = button->grab().toImage();
            QStyleOptionButton option;
            option.initFrom(button.get());
            const QRect indicator = button->style()->subElementRect(
                radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option,
                button.get());
            const double contrast = strongestContrast(image, indicator.intersected(image.rect()),
                                                      button->palette().color(QPalette::Window));
            QVERIFY2(contrast >= 3.0,
                     qPrintable(
                         QStringLiteral("%1: %2:1").arg(radio ? "radio" : "check").arg(contrast)));
        }
    }

    // The study sheet's dialog keeps what was ticked, and the PDF is offered under a name
    // from the selection and the date, not "study-sheet.pdf".
    void sheetDialog_remembersItsChoices_andNamesTheFile()
    {
        QFile::remove(MainWindow::settingsFile());
        {
            SheetOptionsDialog first(QStringLiteral("all"));
            QVERIFY(first.options().hints);
            first.findChild<QCheckBox *>(QStringLiteral("sheetHints"))->setChecked(false);
            first.findChild<QCheckBox *>(QStringLiteral("sheetNotes"))->setChecked(true);
            auto *confidence = first.findChild<QComboBox *>(QStringLiteral("sheetConfidence"));
            confidence->setCurrentIndex(confidence->findData(2));
            first.accept();
        }
        SheetOptionsDialog again(QStringLiteral("all"));
        QVERIFY(!again.options().hints);
        QVERIFY(again.options().notes);
        QCOMPARE(again.maxConfidence(), std::optional<int>(2));
        {
            SheetOptionsDialog cancelled(QStringLiteral("all"));
            cancelled.findChild<QCheckBox *>(QStringLiteral("sheetHints"))->setChecked(true);
            cancelled.reject(); // not kept
        }
        QVERIFY(!SheetOptionsDialog(QStringLiteral("all")).options().hints);

        QCOMPARE(suggestedPdfName(QStringLiteral("Study sheet — HTTP & APIs"), QDate(2026, 12, 7)),
                 QStringLiteral("Study sheet — HTTP & APIs 2026-12-07.pdf"));
        QCOMPARE(
            suggestedPdfName(QStringLiteral("Study sheet — C/C++: \"tricks\""), QDate(2026, 1, 2)),
            QStringLiteral("Study sheet — C-C++- -tricks- 2026-01-02.pdf"));
    }

    // One 5 in a two-question category is half of it ready, not all of it: the bar is
    // readiness over every question, and the tooltip gives both figures.
    void categoryBar_countsUnratedQuestionsAsNotReady()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        QVERIFY(m_f.library->ratings().rate(1, 5, QStringLiteral("study"), m_f.clock.now()));
        auto w = m_f.showWindow();
        QTreeView *tree = w->categoryView();
        const QModelIndex processes = tree->currentIndex();
        QCOMPARE(processes.data().toString(), QStringLiteral("Processes"));
        const double fill = barFill(tree, processes);
        QVERIFY2(fill > 0.4 && fill < 0.6, qPrintable(QString::number(fill)));
        QCOMPARE(barFill(tree, processes.siblingAtRow(1)), 0.0); // Memory: nothing rated
        const QString tip = processes.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("ready (50%)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("mean confidence 5.0")), qPrintable(tip));
        // The bank and the root count all their questions: 1 of 3.
        const double bank = barFill(tree, processes.parent());
        QVERIFY2(bank > 0.2 && bank < 0.45, qPrintable(QString::number(bank)));
    }

    // A rating comes after the reveal: before it the keys point at Space and save nothing;
    // after it each button says when the question would come back.
    void ratingKeys_beforeTheReveal_saveNothingAndPointAtSpace()
    {
        QVERIFY(m_f.importBytes(kSmallBank, QStringLiteral("small.md")));
        auto w = m_f.showWindow();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(w->questionView()));
        auto *four = w->studyPane()->findChild<QPushButton *>(QStringLiteral("rate4"));
        QVERIFY(four);
        QVERIFY(!four->isEnabled());

        WindowFixture::press(*w, Qt::Key_4);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM ratings")), 0);
        QVERIFY2(w->statusBar()->currentMessage().contains(QStringLiteral("Space")),
                 qPrintable(w->statusBar()->currentMessage()));
        QCOMPARE(w->studyPane()->questionId(), 1); // still on the same question

        WindowFixture::press(*w, Qt::Key_Space);
        QVERIFY(four->isEnabled());
        const auto button = [&](int c) {
            return w->studyPane()
                ->findChild<QPushButton *>(QStringLiteral("rate%1").arg(c))
                ->text();
        };
        QCOMPARE(button(1), QStringLiteral("1 Blank\n10 min"));
        QCOMPARE(button(2), QStringLiteral("2 Shaky\n1 d"));
        QCOMPARE(button(4), QStringLiteral("4 Good\n7 d"));
        QCOMPARE(button(5), QStringLiteral("5 Nailed it\n14 d"));

        WindowFixture::press(*w, Qt::Key_4);
        QCOMPARE(scalar(*m_f.library, QStringLiteral("SELECT COUNT(*) FROM ratings")), 1);
        QCOMPARE(m_f.library->questions().find(1)->due, m_f.clock.now().addDays(7));
        // The next question is up, hidden again: its buttons wait for the reveal.
        QCOMPARE(w->studyPane()->questionId(), 2);
        QVERIFY(!four->isEnabled());
        QCOMPARE(button(4), QStringLiteral("4 Good"));
    }
};

QTEST_MAIN(TestStudyWindow)
#include "tst_studywindow.moc"
