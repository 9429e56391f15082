// Reading the library on a worker while this thread keeps writing, and the restore's slow
// part on a worker: what the window relies on to never wait on SQL.
#include "backgroundread.h"
#include "librarycare.h"
#include "storetestsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);

void addBank(Library &library, int questions)
{
    Bank bank;
    bank.name = QStringLiteral("Systems");
    Category c;
    c.name = QStringLiteral("Basics");
    for (int i = 1; i <= questions; ++i) {
        Question q;
        q.prompt = QStringLiteral("What does step %1 do?").arg(i);
        q.answer = QStringLiteral("Thing %1.").arg(i);
        c.questions << q;
    }
    bank.categories << c;
    if (auto counts = library.imports().importBanks({bank}, QStringLiteral("systems.md"),
                                                    QStringLiteral("test"), false);
        !counts)
        qFatal("%s", qPrintable(counts.error().toString()));
}

// Runs a read in the background and waits (running the event loop) for its result.
template<typename T>
Result<T> readAndWait(const Library &library, std::function<Result<T>(const Library &)> read)
{
    QObject receiver;
    std::optional<Result<T>> result;
    readInBackground<T>(&receiver, library, std::move(read),
                        [&result](const Result<T> &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qFatal("the worker did not finish");
    return *result;
}

} // namespace

class TestBackgroundRead : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Library> m_library;

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto library = Library::open(m_dir->filePath(QStringLiteral("lib.sqlite")));
        QVERIFY(library);
        m_library = std::move(*library);
        addBank(*m_library, 50);
    }
    void cleanup()
    {
        m_library.reset();
        m_dir.reset();
    }

    // The read sees everything committed before it began, with a connection of its own.
    void aRead_seesWhatWasCommitted()
    {
        QVERIFY(m_library->ratings().rate(1, 5, QStringLiteral("study"), kNow));
        auto snapshot = readAndWait<ProgressSnapshot>(
            *m_library, [](const Library &l) { return readProgress(l, kNow); });
        QVERIFY(snapshot);
        QCOMPARE(snapshot->readiness.size(), 1);
        QCOMPARE(snapshot->readiness.first().ready, 1);
        QCOMPARE(snapshot->recent.size(), 1);
    }

    // Reads on workers while this thread rates: each read is whole, none fails as busy.
    void readsWhileWriting_neverFailOrTear()
    {
        QObject receiver;
        QList<Result<ProgressSnapshot>> snapshots;
        for (int i = 0; i < 20; ++i) {
            readInBackground<ProgressSnapshot>(
                &receiver, *m_library, [](const Library &l) { return readProgress(l, kNow); },
                [&snapshots](const Result<ProgressSnapshot> &s) { snapshots << s; });
            QVERIFY(m_library->ratings().rate(1 + i, 4, QStringLiteral("study"), kNow));
        }
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 20, 30000);
        for (const auto &snapshot : std::as_const(snapshots)) {
            QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().toString()));
            int ready = 0;
            for (const Readiness &r : snapshot->readiness)
                ready += r.ready;
            QCOMPARE(ready, snapshot->recent.size()); // one rating per question, all 4s
        }
    }

    // A read of a library that is gone is NotFound, and does not create an empty one.
    void aReadOfAVanishedLibrary_isNotFound()
    {
        const QString path = m_library->path();
        m_library->close();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        auto counted = readAndWait<int>(
            *m_library, [](const Library &l) { return l.questions().countQuestions({}); });
        QVERIFY(!counted);
        QCOMPARE(counted.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    // The result comes back on the receiver's thread, and not at all once it is gone (its
    // going waits for the work instead).
    void results_comeBackOnlyWhileTheReceiverLives()
    {
        bool called = false;
        QObject receiver;
        readInBackground<int>(
            &receiver, *m_library,
            [](const Library &l) { return l.questions().countQuestions({}); },
            [&](const Result<int> &n) {
                QCOMPARE(QThread::currentThread(), qApp->thread());
                called = n && *n == 50;
            });
        QTRY_VERIFY(called);

        bool lateCall = false;
        bool worked = false;
        auto gone = std::make_unique<QObject>();
        runInBackground<int>(
            gone.get(),
            [&worked] {
                QThread::msleep(50);
                worked = true;
                return 1;
            },
            [&](int) { lateCall = true; });
        gone.reset(); // waits for the work
        QVERIFY(worked);
        QCoreApplication::processEvents();
        QVERIFY(!lateCall);
    }

    // A receiver may go inside its own callback (a window closed from a message shown
    // there): nothing of the hand-over is touched after the call.
    void theReceiverGoing_insideItsCallback_isSafe()
    {
        auto *receiver = new QObject;
        bool called = false;
        runInBackground<int>(
            receiver, [] { return 7; },
            [&](int n) {
                called = n == 7;
                delete receiver;
            });
        QTRY_VERIFY(called);
        QCoreApplication::processEvents(); // the courier's deferred deletion, if any
    }

    // The restore's slow part on a worker, with the library closed here, then opened again.
    void restoreClosed_onAWorker_thenOpenedHere()
    {
        auto backup = care::takeBackup(m_library->path(), {}, kNow);
        QVERIFY(backup);
        QVERIFY(m_library->ratings().rate(1, 4, QStringLiteral("study"), kNow));
        const QString path = m_library->path();
        m_library->close();
        QObject receiver;
        std::optional<Result<QString>> restored;
        runInBackground<Result<QString>>(
            &receiver, [path, b = *backup] { return care::restoreClosed(path, b, kNow); },
            [&restored](const Result<QString> &r) { restored.emplace(r); });
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 30000);
        const Result<QString> kept = *restored;
        QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
        auto reopened = Library::open(path);
        QVERIFY(reopened);
        m_library->adopt(std::move(**reopened));
        QCOMPARE(scalar(*m_library, QStringLiteral("SELECT count(*) FROM ratings")), 0);
        QVERIFY(QFile::exists(*kept)); // the library with the rating, kept as a backup
    }
};

QTEST_GUILESS_MAIN(TestBackgroundRead)
#include "tst_backgroundread.moc"
