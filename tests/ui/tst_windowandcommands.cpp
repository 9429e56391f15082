// The study window open while commands run in a terminal on the same library: whatever
// the window says it saved must be in the file, read by another process.
#include "bankfilereader.h"
#include "bankgenerator.h"
#include "clisupport.h"
#include "importer.h"
#include "layouts.h"
#include "librarycare.h"
#include "libraryopening.h"
#include "mainwindow.h"
#include "storetestsupport.h"
#include "studypane.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace prepdeck;

namespace {

const QByteArray kBank =
    "# Window bank\n\n## Basics\n\n### What is a process?\n\nA running program.\n\n"
    "### What is a thread?\n\nA path of execution.\n\n### What is a pipe?\n\nA byte stream.\n\n"
    "### What is a socket?\n\nAn end of a connection.\n";

} // namespace

class TestWindowAndCommands : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment m_env;

    // The library's ratings as another process reads them.
    int ratingsSeenFromOutside(const QString &lib)
    {
        const Run r = runPrepdeck(
            {QStringLiteral("stats"), QStringLiteral("--json"), QStringLiteral("--database"), lib},
            m_env);
        if (r.exitCode != 0)
            qWarning("stats: %s", qPrintable(r.err));
        return r.exitCode == 0 ? r.json()[QStringLiteral("ratings")].toInt() : -1;
    }

    static void press(QWidget &w, int key)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &w;
        QTest::keyClick(target, static_cast<Qt::Key>(key));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QFile::exists(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY"))));
    }

    // Case 12: the window as it starts (the day's backup taken in the background), one
    // `prepdeck stats` from a terminal, then Space and 4: the rating is in the file.
    void ratingAfterACommandRan_isInTheFile()
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            QTemporaryDir dir;
            m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
            m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdgc")));
            const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
            {
                auto store = Library::open(lib);
                QVERIFY(store);
                auto file = readBankData(kBank, QStringLiteral("window.md"));
                QVERIFY(file);
                QVERIFY(importBankFile(**store, *file, QStringLiteral("window.md"), false));
            }
            auto store = openLibraryForWindow(lib, true);
            QVERIFY(store);
            SystemClock clock;
            MainWindow window(*store, clock);
            window.setShowImportReports(false);
            window.show();
            window.activateWindow();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            backUpInBackground(&window, lib);
            QTRY_VERIFY(!care::listBackups(lib).isEmpty());
            QTest::qWait(100);

            QCOMPARE(ratingsSeenFromOutside(lib), 0);
            window.questionView()->setFocus();
            press(window, Qt::Key_Space);
            press(window, Qt::Key_4);
            QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Rated")),
                     qPrintable(window.statusBar()->currentMessage()));
            QCOMPARE(ratingsSeenFromOutside(lib), 1);
            press(window, Qt::Key_Space);
            press(window, Qt::Key_3);
            QCOMPARE(ratingsSeenFromOutside(lib), 2);
        }
    }

    // A rating given while a terminal import holds the library: the window waits (and
    // tries again) rather than failing at once, and what it says it saved is there.
    void ratingDuringATerminalImport_isSavedOrSaysWhy()
    {
        QTemporaryDir dir;
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdgc")));
        const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
        const QString big = dir.filePath(QStringLiteral("big.md"));
        {
            auto store = Library::open(lib);
            QVERIFY(store);
            auto file = readBankData(kBank, QStringLiteral("window.md"));
            QVERIFY(importBankFile(**store, *file, QStringLiteral("window.md"), false));
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(writeNativeBanks({bench::generateBank(20000, 3)}).toUtf8());
        }
        auto store = openLibraryForWindow(lib, true);
        QVERIFY(store);
        SystemClock clock;
        MainWindow window(*store, clock);
        window.setShowImportReports(false);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.questionView()->setFocus();

        QProcess import;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(m_env);
        import.setProcessEnvironment(env);
        import.start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")),
                     {QStringLiteral("import"), QStringLiteral("--max-size"), QStringLiteral("500"),
                      QStringLiteral("--database"), lib, big});
        QVERIFY(import.waitForStarted());
        int acknowledged = 0;
        while (import.state() == QProcess::Running && acknowledged < 40) {
            press(window, Qt::Key_Space);
            press(window, Qt::Key_2 + acknowledged % 3);
            const QString said = window.statusBar()->currentMessage();
            if (said.startsWith(QStringLiteral("Rated")))
                ++acknowledged;
            else
                QVERIFY2(!said.contains(QStringLiteral("locked")), qPrintable(said));
            QTest::qWait(20);
        }
        if (import.state() != QProcess::NotRunning)
            QVERIFY(import.waitForFinished(300000));
        QCOMPARE(import.exitCode(), 0);
        QVERIFY(acknowledged > 0);
        QCOMPARE(ratingsSeenFromOutside(lib), acknowledged);
    }

    // Another program holds the write lock for longer than the busy timeout: the window
    // waits, tries again, and saves the rating rather than losing it.
    void ratingWhileAnotherProgramWritesLong_isSavedAfterAll()
    {
        QTemporaryDir dir;
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdgc")));
        const QString lib = dir.filePath(QStringLiteral("lib.sqlite"));
        {
            auto store = Library::open(lib);
            QVERIFY(store);
            auto file = readBankData(kBank, QStringLiteral("window.md"));
            QVERIFY(importBankFile(**store, *file, QStringLiteral("window.md"), false));
        }
        auto store = openLibraryForWindow(lib, true);
        QVERIFY(store);
        SystemClock clock;
        MainWindow window(*store, clock);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.questionView()->setFocus();
        int ready[2];
        QVERIFY(::pipe(ready) == 0);
        const pid_t child = fork();
        if (child == 0) {
            sqlite3 *db = nullptr;
            sqlite3_open_v2(lib.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
            sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
            (void)!::write(ready[1], "r", 1);
            ::usleep(6500 * 1000);
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            _exit(0);
        }
        char c = 0;
        QCOMPARE(::read(ready[0], &c, 1), 1);
        press(window, Qt::Key_Space);
        press(window, Qt::Key_4);
        int status = 0;
        waitpid(child, &status, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Rated")),
                 qPrintable(window.statusBar()->currentMessage()));
        QCOMPARE(ratingsSeenFromOutside(lib), 1);
    }
};

QTEST_MAIN(TestWindowAndCommands)
#include "tst_windowandcommands.moc"
