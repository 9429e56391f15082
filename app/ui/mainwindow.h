#pragma once

#include "clock.h"
#include "importer.h"
#include "library.h"
#include "librarysessionrecords.h"
#include "mocksettings.h"
#include "preferences.h"
#include "sheetexport.h"
#include "studysession.h"

#include <QMainWindow>
#include <QPointer>
#include <QStatusBar>

#include <functional>
#include <memory>
#include <utility>

class QAction;
class QCheckBox;
class QComboBox;
class QKeySequence;
class QLabel;
class QMenu;
class QLineEdit;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;
class QUndoStack;

namespace prepdeck {

class CategoryTreeModel;
class ImportFlow;
class LibraryFileCommands;
class QuestionTableModel;
class ProgressView;
class MockLauncher;
class StudyPage;
class LibraryArranging;
class QuestionEditing;
class StudyPane;

// The study window: categories on the left, the questions of the selection in the middle,
// the study pane on the right; menus, toolbar, search and filters, and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Library &store, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Plans and opens a mock interview window; false (with a message shown) if it cannot.
    bool startMockInterview(const MockSettings &settings);

    // A study sheet of the questions listed now: as a PDF, on paper, or previewed.
    void studySheet(SheetOutput output);

    // Imports in the background with a progress dialog; the report follows in a dialog.
    void importFiles(const QStringList &files);
    bool isImporting() const;
    // Something started is still running in the background (an import, a read, a restore).
    bool isBusy() const;

    QTreeView *categoryView() const;
    QTableView *questionView() const;
    CategoryTreeModel *categoryModel() const;
    QuestionTableModel *questionModel() const;
    StudyPane *studyPane() const;
    StudyPage *studyPage() const { return m_study; }
    QLineEdit *searchField() const;
    ImportFlow *importFlow() const { return m_imports; }
    QUndoStack *undoStack() const { return m_undo; }
    QStackedWidget *pages() const { return m_pages; }
    QLabel *statusLabel() const { return m_status; }
    ProgressView *progressView() const { return m_progress; }
    void showStudy();
    void showProgress();
    void editInterviewDate();
    // Shows import reports in a dialog (default) or only in the status bar (tests).
    void setShowImportReports(bool show);

    static QString settingsFile();

    // Reads the library again if another program changed it (called every two seconds).
    void checkOutsideChanges();
    // File → Restore from Backup…; restoreBackupFile() does it without asking, on a worker
    // (isBusy() until it is done).
    void restoreFromBackup();
    void restoreBackupFile(const QString &backup);
    // Makes preferences take effect in this window (Edit → Preferences… saves them).
    void applyPreferences(const Preferences &preferences);

signals:
    // The library was moved to another file: Prepdeck starts again to open it there.
    void restartRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    // A menu command with its keys, listed in Help → Keyboard shortcuts.
    QAction *addCommand(QMenu *menu, const QString &text, const QKeySequence &key,
                        const std::function<void()> &slot, const QString &name = {});
    QAction *addCommand(QMenu *menu, QAction *action); // made elsewhere: listed the same
    // A part of the window that says when the library changed, what to put in the status
    // bar, and what failed.
    template<typename Part> void hearFrom(Part *part, void (Part::*changed)())
    {
        connect(part, changed, this, &MainWindow::refreshCounts);
        connect(part, &Part::statusMessage, statusBar(), &QStatusBar::showMessage);
        connect(part, &Part::failed, this, &MainWindow::showError);
    }
    QAction *createFileMenu();                         // the import action
    std::pair<QAction *, QAction *> createEditMenu();  // undo and redo
    std::pair<QAction *, QAction *> createStudyMenu(); // study due, reveal
    void createActions();
    void createWidgets();
    void restoreState();
    void saveState() const;

    void holdInput(bool held);
    void refreshLibrary(); // after an import: tree, table, welcome page
    void refreshCounts();  // tree bars and the status bar
    void showShortcuts();
    void showError(const QString &message);

    Library &m_store;
    const Clock &m_clock;
    LibrarySessionRecords m_records;
    StudySession m_session; // the question on show, rating it, the queue, the day's counts
    SteadyClock m_steady;   // for interview timers
    QUndoStack *m_undo = nullptr;
    MockLauncher *m_mocks = nullptr;

    QStackedWidget *m_pages = nullptr;
    StudyPage *m_study = nullptr;
    QuestionEditing *m_editing = nullptr;
    LibraryArranging *m_arranging = nullptr;
    ProgressView *m_progress = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_outsideVersion = -1;
    bool m_restoring = false; // the library's file is being replaced: nothing reads it
    QList<QPointer<QAction>> m_heldActions; // disabled while it is
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    QList<QAction *> m_shortcutActions; // listed in Help → Keyboard shortcuts
    QAction *m_revealAction = nullptr;

    ImportFlow *m_imports = nullptr;
    LibraryFileCommands *m_fileCommands = nullptr;
};

} // namespace prepdeck
