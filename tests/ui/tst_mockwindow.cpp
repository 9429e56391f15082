// A mock interview driven with keys only, on clocks the test moves by hand.
#include "answerbrowser.h"
#include "bankfilereader.h"
#include "importer.h"
#include "keptmessages.h"
#include "mainwindow.h"
#include "mockinterviewwindow.h"
#include "mockquestions.h"
#include "mocksetupdialog.h"
#include "mocksummary.h"
#include "sheetexport.h"
#include "storetestsupport.h"
#include "translation.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace prepdeck;

namespace {

const QByteArray kBank =
    "# Interview bank\n\n## Systems\n\n### What is a load balancer?\n\nIt spreads requests.\n\n"
    "**Follow-up:** How does it know a server is down?\n\n### What is a CDN?\n\nEdge caches.\n\n"
    "### What is a message queue?\n\nA buffer between producers and consumers.\n\n"
    "### What is sharding?\n\nSplitting data by key.\n";

} // namespace

class TestMockWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_store;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 21), QTime(20, 0), Qt::UTC)};
    ManualElapsedClock m_elapsed;

    std::unique_ptr<MockInterviewWindow> startInterview(const MockSettings &settings)
    {
        auto questions = planMockInterview(*m_store, settings, m_clock.now());
        if (!questions)
            qFatal("%s", qPrintable(questions.error().toString()));
        auto w = std::make_unique<MockInterviewWindow>(*m_store, m_clock, m_elapsed, settings,
                                                       *questions);
        if (!w->start())
            qFatal("could not start");
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get()))
            qWarning("the interview window did not become active");
        return w;
    }

    void key(MockInterviewWindow &w, int k)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
        QTest::keyClick(target, static_cast<Qt::Key>(k));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto store = Library::open(m_dir.filePath(QStringLiteral("lib.sqlite")));
        QVERIFY(store);
        m_store = std::move(*store);
        auto file = readBankData(kBank, QStringLiteral("bank.md"));
        QVERIFY(file);
        QVERIFY(importBankFile(*m_store, *file, QStringLiteral("bank.md"), false));
    }

    void threeQuestions_keysOnly_summaryAndRowsAsExpected()
    {
        MockSettings settings;
        settings.count = 3;
        settings.secondsPerQuestion = 60;
        settings.order = MockOrder::Random;
        settings.seed = 5;
        auto w = startInterview(settings);
        QVERIFY(!w->answerView()->isVisible());
        QCOMPARE(w->progress()->text().left(13), QStringLiteral("Question 1 of"));

        m_elapsed.advance(40'000);
        key(*w, Qt::Key_Space);
        QVERIFY(w->answerView()->isVisible());
        key(*w, Qt::Key_2);
        QCOMPARE(w->currentIndex(), 1);
        QVERIFY(!w->answerView()->isVisible());

        m_elapsed.advance(75'000); // 15 s over
        w->refreshClock();
        QCOMPARE(w->timer().phase(), QuestionTimer::Phase::TimeUp);
        QCOMPARE(w->countdown()->text(), QStringLiteral("+0:15"));
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("timeUp"))->isVisible());
        key(*w, Qt::Key_Space);
        key(*w, Qt::Key_5);

        m_elapsed.advance(5'000);
        key(*w, Qt::Key_S);
        QVERIFY(w->isFinished());
        QVERIFY(w->summary()->isVisible());
        QCOMPARE(w->summary()->table()->rowCount(), 3);
        QCOMPARE(w->summary()->table()->item(0, 3)->text(), QStringLiteral("2 Shaky"));
        QCOMPARE(w->summary()->table()->item(2, 3)->text(), QStringLiteral("skipped"));
        QVERIFY(w->summary()->headline()->text().contains(QStringLiteral("mean confidence 3.5")));

        const MockRecord record = *m_store->mocks().find(w->mockId());
        QCOMPARE(record.items.size(), 3);
        QCOMPARE(record.items[0].seconds, 40.0);
        QCOMPARE(record.items[1].seconds, 75.0);
        QCOMPARE(record.items[2].seconds, 5.0);
        QCOMPARE(record.items[0].confidence, std::optional<int>(2));
        QCOMPARE(record.items[1].confidence, std::optional<int>(5));
        QVERIFY(record.items[2].skipped);
        QVERIFY(record.finished.isValid());
        QCOMPARE(
            scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM ratings WHERE context = 'mock'")),
            2);
        QCOMPARE(
            scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM ratings WHERE seconds = 75")), 1);
        QCOMPARE(w->summary()->weakQuestions(), QList<qint64>{record.items[0].questionId});

        QTableWidget *table = w->summary()->table();
        // Rows are as tall as their text at the window's width, whatever it was at first.
        w->resize(1500, 900);
        QApplication::processEvents();
        QList<int> heights;
        for (int row = 0; row < table->rowCount(); ++row)
            heights << table->rowHeight(row);
        table->resizeRowsToContents(); // measured now, at this width
        for (int row = 0; row < table->rowCount(); ++row)
            QCOMPARE(heights[row], table->rowHeight(row));
    }

    // On a small screen (800 pixels wide) the interview fits in every language, its
    // rating buttons showing just their keys.
    // The weakest categories are those below "4 Good": a category answered with a 5 is not
    // among them for coming third of three.
    void summary_weakestCategoriesAreTheWeakOnes()
    {
        MockRecord record;
        record.started = QDateTime(QDate(2026, 12, 7), QTime(10, 0));
        record.items = {
            MockItem{1, QStringLiteral("Q1"), QStringLiteral("Alpha"), 30, 2, false, {}},
            MockItem{2, QStringLiteral("Q2"), QStringLiteral("Beta"), 30, 5, false, {}},
            MockItem{3, QStringLiteral("Q3"), QStringLiteral("Gamma"), 30, 3, false, {}}};
        MockSummary summary;
        summary.showRecord(record);
        auto *weakest = summary.findChild<QLabel *>(QStringLiteral("weakestCategories"));
        QCOMPARE(weakest->text(), QStringLiteral("Weakest categories: Alpha (2.0), Gamma (3.0)"));
        for (MockItem &item : record.items)
            item.confidence = 4;
        summary.showRecord(record);
        QCOMPARE(weakest->text(),
                 QStringLiteral("No weak category: each one averaged 4 Good or better."));
    }

    void smallScreen_interviewFitsIn800PixelsInEveryLanguage()
    {
        for (const char *language : {"en", "de", "es"}) {
            installTranslations(QLatin1String(language));
            MockSettings settings;
            settings.count = 2;
            auto w = startInterview(settings);
            const QSize screen = w->screen()->availableGeometry().size();
            QVERIFY2(w->width() <= screen.width() && w->height() <= screen.height(),
                     qPrintable(QStringLiteral("opened %1x%2 on %3x%4")
                                    .arg(w->width())
                                    .arg(w->height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
            QVERIFY2(w->minimumSizeHint().width() <= 800,
                     qPrintable(QStringLiteral("%1: %2")
                                    .arg(QLatin1String(language))
                                    .arg(w->minimumSizeHint().width())));
            w->resize(800, 600);
            QTRY_COMPARE(w->width(), 800);
            for (QPushButton *b : w->findChildren<QPushButton *>())
                if (b->isVisible())
                    QVERIFY2(w->rect().contains(QRect(b->mapTo(w.get(), QPoint()), b->size())),
                             qPrintable(b->text()));
        }
        installTranslations(QStringLiteral("en"));
    }

    void pauseStopsTheClock_amberFromThe30SecondMark()
    {
        MockSettings settings;
        settings.count = 1;
        settings.secondsPerQuestion = 90;
        auto w = startInterview(settings);
        m_elapsed.advance(10'000);
        key(*w, Qt::Key_P);
        m_elapsed.advance(300'000);
        w->refreshClock();
        QCOMPARE(w->timer().elapsedMs(), 10'000);
        QCOMPARE(w->countdown()->text(), QStringLiteral("paused"));
        key(*w, Qt::Key_4); // no rating while paused
        QVERIFY(!w->isFinished());
        key(*w, Qt::Key_P);
        m_elapsed.advance(55'000);
        w->refreshClock();
        QCOMPARE(w->timer().phase(), QuestionTimer::Phase::Amber);
        QCOMPARE(w->countdown()->text(), QStringLiteral("0:25"));
        key(*w, Qt::Key_4);
        QVERIFY(w->isFinished());
        QCOMPARE(m_store->mocks().find(w->mockId())->items.first().seconds, 65.0);
    }

    void typingNotes_keepsDigitsOutOfTheInterview()
    {
        MockSettings settings;
        settings.count = 2;
        settings.interviewerMode = true;
        auto w = startInterview(settings);
        QVERIFY(w->answerView()->isVisible()); // interviewer mode: visible from the start
        auto *notes = w->findChild<QPlainTextEdit *>(QStringLiteral("mockNotes"));
        QTest::mouseClick(notes->viewport(), Qt::LeftButton);
        QTest::keyClicks(notes, QStringLiteral("said 3 layers"));
        QCOMPARE(w->currentIndex(), 0); // the 3 went into the notes
        w->setFocus();
        key(*w, Qt::Key_3);
        QCOMPARE(w->currentIndex(), 1);
        QCOMPARE(m_store->mocks().find(w->mockId())->items.first().notes,
                 QStringLiteral("said 3 layers"));
    }

    // Esc in the notes box leaves the box; from the interview it asks to end, and the
    // question's safe choice (Cancel) is what Enter and Esc press.
    void escape_leavesTheNotesFirst_thenAsksWithCancelTheDefault()
    {
        MockSettings settings;
        settings.count = 2;
        settings.interviewerMode = true;
        auto w = startInterview(settings);
        auto *notes = w->findChild<QPlainTextEdit *>(QStringLiteral("mockNotes"));
        QTest::mouseClick(notes->viewport(), Qt::LeftButton);
        QTest::keyClicks(notes, QStringLiteral("said"));
        keptMessages().questions.clear();
        keptMessages().confirmAnswer = false;
        key(*w, Qt::Key_Escape);
        QVERIFY(keptMessages().questions.isEmpty()); // not asked: the box was left
        QVERIFY(QApplication::focusWidget() != notes);
        QVERIFY(!w->isFinished());
        key(*w, Qt::Key_Escape);
        QCOMPARE(keptMessages().questions.size(), 1);
        QVERIFY(!w->isFinished()); // Cancel: the interview goes on
        key(*w, Qt::Key_3);
        QCOMPARE(w->currentIndex(), 1);

        std::unique_ptr<QMessageBox> box(confirmationBox(
            w.get(), QStringLiteral("End?"), QStringLiteral("End it?"), QStringLiteral("End")));
        QCOMPARE(box->buttonRole(box->defaultButton()), QMessageBox::RejectRole);
        QCOMPARE(box->escapeButton(), static_cast<QAbstractButton *>(box->defaultButton()));
    }

    void sheetsExportInTheBackground_cancelLeavesNothing()
    {
        const QList<StoredQuestion> questions = *m_store->questions().list();
        SheetOptions interviewer;
        interviewer.kind = SheetKind::Interviewer;
        SheetOptions candidate;
        candidate.kind = SheetKind::Candidate;
        const QString a = m_dir.filePath(QStringLiteral("pair.pdf"));
        const QString b = m_dir.filePath(QStringLiteral("pair-candidate.pdf"));
        bool finished = false;
        QStringList problems;
        exportSheets(nullptr, {{questions, interviewer, a}, {questions, candidate, b}},
                     [&](const QStringList &errors, bool) {
                         problems = errors;
                         finished = true;
                     });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 20000);
        QVERIFY(problems.isEmpty());
        QVERIFY(QFileInfo(a).size() > 1000);
        QVERIFY(QFileInfo(b).size() > 1000);

        // Cancel as soon as the dialog shows: no file, no temporary left.
        finished = false;
        bool wasCancelled = false;
        const QString c = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        QList<SheetJob> many;
        for (int i = 0; i < 40; ++i)
            many << SheetJob{questions, SheetOptions{}, c};
        exportSheets(nullptr, many, [&](const QStringList &, bool cancelled) {
            wasCancelled = cancelled;
            finished = true;
        });
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *progress = qobject_cast<QProgressDialog *>(w))
                progress->findChild<QPushButton *>()->click(); // the Cancel button
        QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
        QVERIFY(wasCancelled);
        QVERIFY(QFileInfo(c).size() == 0 || QFileInfo(c).size() > 1000); // a whole file or none
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("cancelled.pdf.*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    void setUp_isRemembered()
    {
        MockSettings s;
        s.count = 12;
        s.secondsPerQuestion = 150;
        s.order = MockOrder::Frequent;
        s.seed = 99;
        s.categoryIds = {1};
        s.interviewerMode = true;
        MockSetupDialog::remember(s);
        const MockSettings back = MockSetupDialog::remembered();
        QCOMPARE(back.toJson(), s.toJson());
        MockSetupDialog dialog(*m_store->questions().categorySummaries(), back);
        QCOMPARE(dialog.settings().count, 12);
        QCOMPARE(dialog.settings().order, MockOrder::Frequent);
        QCOMPARE(dialog.settings().seed, quint64(99));
        QVERIFY(dialog.settings().categoryIds.isEmpty()); // the one category there is: everything
    }

    // Interview → Print sheets has a dialog of its own: no Start, no beep or interviewer
    // mode, and what it is given is kept apart from the interview's set-up.
    void printSheets_ownDialog_leavesTheInterviewSetUpAlone()
    {
        QFile::remove(MainWindow::settingsFile());
        MockSettings interview;
        interview.count = 7;
        interview.beep = true;
        MockSetupDialog::remember(interview);
        MainWindow window(*m_store, m_clock);
        window.setShowImportReports(false);
        QAction *print = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == QStringLiteral("Print &sheets…"))
                print = a;
        QVERIFY(print);

        bool sawSetUp = false;
        bool sawStart = true;
        bool sawBeep = true;
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *setUp = qobject_cast<MockSetupDialog *>(modal)) {
                sawSetUp = true;
                sawStart = false;
                for (QPushButton *b : setUp->findChildren<QPushButton *>())
                    sawStart = sawStart || b->text() == QStringLiteral("Start");
                sawBeep = !setUp->findChild<QCheckBox *>(QStringLiteral("mockBeep"))->isHidden();
                setUp->findChild<QSpinBox *>(QStringLiteral("mockCount"))->setValue(3);
                setUp->accept();
            } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
                dialog->reject(); // where to save: cancelled
            }
        });
        answer.start();
        print->trigger();
        answer.stop();
        QVERIFY(sawSetUp);
        QVERIFY(!sawStart);
        QVERIFY(!sawBeep);
        QCOMPARE(MockSetupDialog::remembered().count, 7); // the interview's, untouched
        QVERIFY(MockSetupDialog::remembered().beep);
        QCOMPARE(MockSetupDialog::remembered(MockSetupDialog::Purpose::Sheets).count, 3);
    }
};

QTEST_MAIN(TestMockWindow)
#include "tst_mockwindow.moc"
