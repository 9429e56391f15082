#include "mainwindow.h"
#include "categorytreemodel.h"
#include "confidencebardelegate.h"
#include "filterbar.h"
#include "importflow.h"
#include "interviewdatedialog.h"
#include "libraryarranging.h"
#include "librarycare.h"
#include "libraryfilecommands.h"
#include "messagesink.h"
#include "mocklauncher.h"
#include "progressview.h"
#include "questionediting.h"
#include "questiontablemodel.h"
#include "questionview.h"
#include "ratingcommand.h"
#include "shortcutsdialog.h"
#include "studypage.h"
#include "studypane.h"
#include "welcomepage.h"
#include "windowsize.h"

#include <QAction>
#include <QCloseEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace prepdeck {

MainWindow::MainWindow(Library &store, const Clock &clock, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_clock(clock), m_records(store),
      m_session(m_records, clock)
{
    setWindowTitle(tr("Prepdeck"));
    setAcceptDrops(true);
    m_undo = new QUndoStack(this);
    m_fileCommands = new LibraryFileCommands(m_store, this);
    connect(m_fileCommands, &LibraryFileCommands::preferencesChanged, this,
            &MainWindow::applyPreferences);
    connect(m_fileCommands, &LibraryFileCommands::restartRequested, this,
            &MainWindow::restartRequested);
    m_imports = new ImportFlow(m_store, this);
    connect(m_imports, &ImportFlow::libraryChanged, this, &MainWindow::refreshLibrary);
    connect(m_imports, &ImportFlow::status, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_imports, &ImportFlow::failed, this, &MainWindow::showError);
    connect(m_imports, &ImportFlow::openQuestion, this, [this](qint64 id) {
        showStudy();
        m_study->openQuestion(id);
    });
    connect(m_imports, &ImportFlow::finished, this, [this] { questionView()->setFocus(); });
    m_mocks = new MockLauncher(m_store, m_clock, m_steady, this);
    connect(m_mocks, &MockLauncher::finished, this, [this] {
        refreshCounts();
        questionModel()->reload();
    });
    connect(m_mocks, &MockLauncher::failed, this, &MainWindow::showError);

    // A write that meets another program's long write (an import in a terminal) waits for
    // it and tries again, rather than failing a rating the user just gave.
    m_store.setBusyRetries(2);
    createWidgets();
    createActions();
    refreshLibrary();
    restoreState();
    studyPane()->setTextPointSize(Preferences::load().studyTextPoints);

    if (QLabel *notice = LibraryFileCommands::readOnlyNotice(m_store, this)) {
        setWindowTitle(tr("Prepdeck (read-only)"));
        statusBar()->insertPermanentWidget(0, notice);
    }
    // What another copy of Prepdeck or the command line writes shows up here too: the
    // library is looked at every two seconds, and whenever the window comes back to front.
    m_outsideVersion = m_store.outsideChanges();
    auto *poll = new QTimer(this);
    poll->setInterval(2000);
    connect(poll, &QTimer::timeout, this, &MainWindow::checkOutsideChanges);
    poll->start();
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    applyTheme(preferences.theme);
    studyPane()->setTextPointSize(preferences.studyTextPoints);
}

void MainWindow::checkOutsideChanges()
{
    if (isBusy())
        return;
    const qint64 version = m_store.outsideChanges();
    if (version == m_outsideVersion)
        return;
    m_outsideVersion = version;
    m_store.forgetCaches();
    m_study->reloadKeepingPlace();
    refreshCounts();
}

void MainWindow::restoreFromBackup()
{
    if (const QString backup = m_fileCommands->askForBackup(); !backup.isEmpty())
        restoreBackupFile(backup);
}

void MainWindow::restoreBackupFile(const QString &backup)
{
    if (m_restoring)
        return;
    if (isImporting() || m_mocks->openInterviews() > 0) {
        messageSink().warn(this, tr("Restore from Backup"),
                           tr("Finish the import or the mock interview first; then restore "
                              "the backup."));
        return;
    }
    m_restoring = true;
    m_study->hold(true); // nothing more is read from the file being replaced
    holdInput(true);
    statusBar()->showMessage(tr("Restoring %1…").arg(QFileInfo(backup).fileName()));
    m_fileCommands->restore(
        backup, m_clock.now(), [this] { return m_progress->isLoading(); },
        [this, backup](const Result<QString> &kept) {
            m_restoring = false;
            m_study->hold(false);
            m_undo->clear(); // the ratings it would take back may be gone
            holdInput(false);
            statusBar()->clearMessage();
            questionView()->setFocus();
            if (!kept) {
                messageSink().warn(this, tr("Restore from Backup"), kept.error().toString());
                if (m_store.isOpen())
                    refreshLibrary();
                return;
            }
            m_outsideVersion = m_store.outsideChanges();
            refreshLibrary();
            statusBar()->showMessage(
                tr("Restored %1. The library it replaced was kept as %2.")
                    .arg(QFileInfo(backup).fileName(), QFileInfo(*kept).fileName()),
                10000);
        });
}

// While the library's file is replaced nothing may reach it: every command, the toolbar,
// the pages and dropped files wait.
void MainWindow::holdInput(bool held)
{
    if (held) {
        m_heldActions.clear();
        for (QAction *action : actions())
            if (action->isEnabled()) {
                m_heldActions << action;
                action->setEnabled(false);
            }
    } else {
        for (const QPointer<QAction> &action : std::as_const(m_heldActions))
            if (action)
                action->setEnabled(true);
        m_heldActions.clear();
        m_undoAction->setEnabled(m_undo->canUndo());
        m_redoAction->setEnabled(m_undo->canRedo());
    }
    centralWidget()->setEnabled(!held);
    menuBar()->setEnabled(!held);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setEnabled(!held);
    setAcceptDrops(!held);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkOutsideChanges();
}

MainWindow::~MainWindow()
{
    // An import still running is told to stop and waited for, before the window goes.
    delete m_imports;
}

QString MainWindow::settingsFile()
{
    return care::settingsFile();
}

void MainWindow::createWidgets()
{
    m_pages = new QStackedWidget(this);
    setCentralWidget(m_pages);

    // Welcome page, for an empty library.
    auto *welcome = new WelcomePage(m_pages);
    connect(welcome, &WelcomePage::loadStarterRequested, m_imports, &ImportFlow::loadStarterBank);
    connect(welcome, &WelcomePage::importRequested, m_imports, &ImportFlow::chooseFiles);
    m_pages->addWidget(welcome);

    // The page and the controllers over it: what changed, what to say, what failed.
    m_study = new StudyPage(m_store, m_session, m_clock, m_undo, m_pages);
    hearFrom(m_study, &StudyPage::countsChanged);
    m_pages->addWidget(m_study);
    m_editing = new QuestionEditing(m_store, m_session, m_study, m_undo, this);
    hearFrom(m_editing, &QuestionEditing::changed);
    m_arranging = new LibraryArranging(m_store, m_study, m_undo, this);
    hearFrom(m_arranging, &LibraryArranging::changed);

    m_progress = new ProgressView(m_store, m_clock, m_pages);
    m_progress->setObjectName(QStringLiteral("progressView"));
    connect(m_progress, &ProgressView::categoryActivated, this,
            [this](qint64 bankId, qint64 categoryId) {
                showStudy();
                m_study->openCategory(bankId, categoryId);
            });
    m_pages->addWidget(m_progress);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusCounts"));
    statusBar()->addPermanentWidget(m_status);
}

QAction *MainWindow::addCommand(QMenu *menu, const QString &text, const QKeySequence &key,
                                const std::function<void()> &slot, const QString &name)
{
    auto *action = new QAction(text, this);
    if (!key.isEmpty())
        action->setShortcut(key);
    action->setShortcutContext(Qt::WindowShortcut);
    if (!name.isEmpty())
        action->setObjectName(name);
    connect(action, &QAction::triggered, this, slot);
    return addCommand(menu, action);
}

QAction *MainWindow::addCommand(QMenu *menu, QAction *action)
{
    menu->addAction(action);
    addAction(action);
    m_shortcutActions << action;
    return action;
}

void MainWindow::createActions()
{
    QAction *import = createFileMenu();
    const auto [undo, redo] = createEditMenu();
    const auto [due, reveal] = createStudyMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addCommand(view, tr("&Study"), QKeySequence(QStringLiteral("Ctrl+1")), [this] { showStudy(); });
    addCommand(
        view, tr("&Progress"), QKeySequence(QStringLiteral("Ctrl+2")), [this] { showProgress(); },
        QStringLiteral("progressAction"));

    QMenu *interview = menuBar()->addMenu(tr("&Interview"));
    QAction *mock = addCommand(
        interview, tr("&New mock interview…"), QKeySequence(QStringLiteral("Ctrl+M")),
        [this] { m_mocks->newInterview(this); }, QStringLiteral("newMockAction"));
    addCommand(interview, tr("&History…"), {}, [this] { m_mocks->showHistory(this); });
    addCommand(interview, tr("Print &sheets…"), {}, [this] { m_mocks->printSheets(this); });

    // The interview date plans the interview: it sits with it. (Preferences are under
    // Edit, in one place, as GNOME's and Windows' conventions have them.)
    interview->addSeparator();
    addCommand(
        interview, tr("My &interview is on…"), {}, [this] { editInterviewDate(); },
        QStringLiteral("interviewDateAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addCommand(help, tr("&Keyboard shortcuts"), QKeySequence::HelpContents,
               [this] { showShortcuts(); });
    addCommand(help, tr("&About Prepdeck"), {}, [this] {
        QMessageBox::about(
            this, tr("About Prepdeck"),
            tr("<p><b>Prepdeck %1</b></p><p>Study technical interview question "
               "banks.</p><p>Library: %2</p>")
                .arg(QLatin1String(PREPDECK_VERSION), m_store.path().toHtmlEscaped()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->addAction(import);
    bar->addSeparator();
    bar->addAction(due);
    bar->addAction(reveal);
    bar->addAction(mock);
    bar->addSeparator();
    bar->addAction(undo);
    bar->addAction(redo);
}

QAction *MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import =
        addCommand(file, tr("&Import…"), QKeySequence::Open, [this] { m_imports->chooseFiles(); });
    addCommand(file, tr("Load the &starter bank"), {}, [this] { m_imports->loadStarterBank(); });
    file->addSeparator();
    addCommand(
        file, tr("&Restore from Backup…"), {}, [this] { restoreFromBackup(); },
        QStringLiteral("restoreBackupAction"));
    file->addSeparator();
    addCommand(
        file, tr("&Export PDF…"), QKeySequence(QStringLiteral("Ctrl+Shift+E")),
        [this] { studySheet(SheetOutput::Pdf); }, QStringLiteral("exportPdfAction"));
    addCommand(file, tr("&Print…"), QKeySequence::Print,
               [this] { studySheet(SheetOutput::Printer); });
    addCommand(file, tr("Print Pre&view…"), {}, [this] { studySheet(SheetOutput::Preview); });
    file->addSeparator();
    addCommand(file, tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    return import;
}

std::pair<QAction *, QAction *> MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z, and the platform's redo keys when they differ (Ctrl+Y on some): listed
    // once each in the shortcuts window.
    QList<QKeySequence> redoKeys{QKeySequence(QStringLiteral("Ctrl+Shift+Z"))};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    addAction(undo);
    addAction(redo);
    m_shortcutActions << undo << redo;
    edit->addSeparator();
    addCommand(edit, tr("&Find"), QKeySequence::Find,
               [this] { m_study->filterBar()->focusSearch(); });
    edit->addSeparator();
    // The question on show (also in the list's context menu), and the library's arrangement.
    for (QAction *a : m_editing->createActions())
        addCommand(edit, a);
    QAction *move = edit->addMenu(m_arranging->moveMenu());
    m_study->questionView()->addAction(move);
    for (QAction *a : m_arranging->createActions())
        addCommand(edit, a);
    edit->addSeparator();
    addCommand(
        edit, tr("&Preferences…"), QKeySequence(QStringLiteral("Ctrl+,")),
        [this] { m_fileCommands->editPreferences(); }, QStringLiteral("preferencesAction"));
    return {undo, redo};
}

std::pair<QAction *, QAction *> MainWindow::createStudyMenu()
{
    QMenu *study = menuBar()->addMenu(tr("&Study"));
    m_revealAction = addCommand(
        study, tr("&Reveal answer"), QKeySequence(Qt::Key_Space), [this] { studyPane()->reveal(); },
        QStringLiteral("revealAction"));
    addCommand(study, tr("Show or hide the &hint"), QKeySequence(Qt::Key_H),
               [this] { studyPane()->toggleHint(); });
    study->addSeparator();
    for (int c = 1; c <= 5; ++c)
        addCommand(study, tr("Rate %1").arg(QuestionTableModel::confidenceLabel(c)),
                   QKeySequence(Qt::Key_0 + c), [this, c] { m_study->rate(c); });
    study->addSeparator();
    addCommand(study, tr("&Next question"), QKeySequence(Qt::Key_J),
               [this] { m_study->moveBy(1); });
    addCommand(study, tr("&Previous question"), QKeySequence(Qt::Key_K),
               [this] { m_study->moveBy(-1); });
    QAction *due = addCommand(
        study, tr("Study &due questions"), QKeySequence(QStringLiteral("Ctrl+D")),
        [this] { m_study->studyDue(); }, QStringLiteral("studyDueAction"));
    addCommand(study, tr("Save my &note"), QKeySequence::Save,
               [this] { m_study->saveEditedNote(); });
    return {due, m_revealAction};
}

void MainWindow::refreshLibrary()
{
    const StudyPage::Reloaded reloaded = m_study->reload();
    if (reloaded != StudyPage::Reloaded::Failed)
        m_pages->setCurrentIndex(reloaded == StudyPage::Reloaded::Shown ? 1 : 0);
    refreshCounts();
}

void MainWindow::refreshCounts()
{
    if (m_restoring)
        return; // the file is being replaced; the restore refreshes everything after
    if (auto summaries = m_store.questions().categorySummaries())
        categoryModel()->setSummaries(*summaries);
    if (m_progress && m_pages->currentWidget() == m_progress)
        m_progress->refresh();
    auto counts = m_session.counts();
    if (!counts) {
        m_status->setText(counts.error().toString());
        return;
    }
    QString interviewNote;
    if (counts->daysToInterview)
        interviewNote = QStringLiteral("  ·  ") +
                        tr("interview in %Ln day(s)", nullptr, *counts->daysToInterview);
    const int shown = questionModel()->totalCount();
    m_status->setText(tr("%Ln question(s) shown", nullptr, shown) + QStringLiteral("  ·  ") +
                      tr("%Ln due today", nullptr, counts->dueToday) + QStringLiteral("  ·  ") +
                      tr("%Ln rated today", nullptr, counts->ratedToday) + interviewNote);
}

QLineEdit *MainWindow::searchField() const
{
    return m_study->filterBar()->searchField();
}

QTreeView *MainWindow::categoryView() const
{
    return m_study->categoryView();
}

QTableView *MainWindow::questionView() const
{
    return m_study->questionView();
}

CategoryTreeModel *MainWindow::categoryModel() const
{
    return m_study->categoryModel();
}

QuestionTableModel *MainWindow::questionModel() const
{
    return m_study->questionModel();
}

StudyPane *MainWindow::studyPane() const
{
    return m_study->studyPane();
}

bool MainWindow::startMockInterview(const MockSettings &settings)
{
    if (Status started = m_mocks->start(settings); !started) {
        showError(started.error().toString());
        return false;
    }
    return true;
}

void MainWindow::studySheet(SheetOutput output)
{
    prepdeck::studySheet(this, m_store, m_clock.now(), questionModel()->filter(),
                         m_study->listName(), questionModel()->totalCount(), output,
                         [this](const QString &status, const QString &error) {
                             if (!error.isEmpty())
                                 showError(error);
                             else if (!status.isEmpty())
                                 statusBar()->showMessage(status, 6000);
                         });
}

void MainWindow::showStudy()
{
    m_pages->setCurrentIndex(categoryModel()->rowCount(categoryModel()->rootIndex()) > 0 ? 1 : 0);
}

void MainWindow::showProgress()
{
    m_study->saveEditedNote();
    m_progress->refresh();
    m_pages->setCurrentWidget(m_progress);
}

void MainWindow::editInterviewDate()
{
    auto plan = m_store.settings().interviewPlan();
    auto categories = m_store.questions().categorySummaries();
    if (!plan || !categories) {
        showError((plan ? categories.error() : plan.error()).toString());
        return;
    }
    InterviewDateDialog dialog(*plan, *categories, m_clock.now().toLocalTime().date(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status saved = m_store.settings().setInterviewPlan(dialog.plan()); !saved) {
        showError(saved.error().toString());
        return;
    }
    refreshCounts();
}

void MainWindow::importFiles(const QStringList &files)
{
    if (!m_restoring)
        m_imports->importFiles(files);
}

bool MainWindow::isImporting() const
{
    return m_imports->isImporting();
}

bool MainWindow::isBusy() const
{
    return isImporting() || m_restoring || m_progress->isLoading();
}

void MainWindow::setShowImportReports(bool show)
{
    m_imports->setShowReports(show);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcutActions, this);
    dialog.exec();
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    messageSink().warn(this, tr("Prepdeck"), message);
}

void MainWindow::restoreState()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    if (settings.contains(QStringLiteral("window/geometry")))
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    else // first start: roomy, but never larger than the screen (a 1280×800 laptop)
        resizeWithinScreen(*this, {1320, 820});
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_study->restoreLayout(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (settings.contains(QStringLiteral("table/header")))
        questionView()->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("table/header")).toByteArray());
    const QModelIndex last =
        categoryModel()->indexFor(settings.value(QStringLiteral("library/bank")).toLongLong(),
                                  settings.value(QStringLiteral("library/category")).toLongLong());
    if (last.isValid() && settings.contains(QStringLiteral("library/bank")))
        categoryView()->setCurrentIndex(last);
    // Keys go straight to the question list: Space then 4 rates the first question.
    questionView()->setFocus();
    m_study->selectRow(0);
}

void MainWindow::saveState() const
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_study->saveState());
    settings.setValue(QStringLiteral("table/header"),
                      questionView()->horizontalHeader()->saveState());
    const QModelIndex node = categoryView()->currentIndex();
    settings.setValue(QStringLiteral("library/bank"), node.data(CategoryTreeModel::BankIdRole));
    settings.setValue(QStringLiteral("library/category"),
                      node.data(CategoryTreeModel::CategoryIdRole));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_study->saveEditedNote();
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (!files.isEmpty()) {
        event->acceptProposedAction();
        importFiles(files);
    }
}

} // namespace prepdeck
