// Importing files on a worker thread: each file's report in order, errors for files that
// cannot be read, progress before each file, and a cancel that saves nothing of the file
// being imported.
#include "importservice.h"
#include "library.h"
#include "storetestsupport.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

namespace {

QString writeBank(const QString &path, int questions)
{
    QByteArray text = "# Bank " + QFileInfo(path).baseName().toUtf8() + "\n\n## Basics\n\n";
    for (int i = 1; i <= questions; ++i)
        text += "### " + QByteArray::number(i) + ". What does step " + QByteArray::number(i) +
                " of " + QFileInfo(path).baseName().toUtf8() + " do?\n\nIt does thing " +
                QByteArray::number(i) + ", which is explained here at some length.\n\n";
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

ImportOutcome waitFor(ImportService &service)
{
    QSignalSpy finished(&service, &ImportService::finished);
    if (!finished.wait(60000))
        qFatal("the import did not finish");
    return finished.first().first().value<ImportOutcome>();
}

} // namespace

class TestImportService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("library.sqlite"));
        auto store = Library::open(m_db); // created, then left to the worker's own connection
        QVERIFY(store);
    }

    void importsEachFile_inOrder_withProgress_andAnErrorForAMissingOne()
    {
        ImportService service;
        QSignalSpy progress(&service, &ImportService::progressed);
        const QStringList files = {writeBank(m_dir->filePath(QStringLiteral("alpha.md")), 3),
                                   m_dir->filePath(QStringLiteral("missing.md")),
                                   writeBank(m_dir->filePath(QStringLiteral("beta.md")), 4)};
        QVERIFY(service.start(files, m_db));
        QVERIFY(service.isRunning());
        QVERIFY(!service.start(files, m_db)); // one import at a time
        const ImportOutcome outcome = waitFor(service);
        QVERIFY(!service.isRunning());
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.reports.size(), 2);
        QCOMPARE(outcome.reports[0].questionCount(), 3);
        QCOMPARE(outcome.reports[1].questionCount(), 4);
        QCOMPARE(outcome.errors.size(), 1);
        QVERIFY(outcome.errors.first().toString().contains(QLatin1String("missing.md")));
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress[1][0].toInt(), 1);
        QCOMPARE(progress[1][1].toInt(), 3);
        QCOMPARE(progress[1][2].toString(), QStringLiteral("missing.md"));
        auto store = Library::open(m_db);
        QVERIFY(store);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT COUNT(*) FROM questions")), 7);
    }

    void cancelBeforeTheFirstFile_savesNothing()
    {
        ImportService service;
        QVERIFY(service.start({writeBank(m_dir->filePath(QStringLiteral("gamma.md")), 5)}, m_db));
        service.cancel();
        const ImportOutcome outcome = waitFor(service);
        // The worker may have begun the file before the cancel was seen: it is then stopped
        // inside it, and in both cases nothing of it is saved.
        QVERIFY(outcome.cancelled);
        QVERIFY(outcome.reports.isEmpty());
        auto store = Library::open(m_db);
        QVERIFY(store);
        QCOMPARE(scalar(**store, QStringLiteral("SELECT COUNT(*) FROM questions")), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestImportService)
#include "tst_importservice.moc"
