// Every seed of the fuzz corpus and every input a fuzzer once broke Prepdeck with, through
// the fuzz targets' own code: a crash, a sanitizer report or an abort fails the test.
#include "fuzzbodies.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private:
    static QStringList inputs(const QString &target)
    {
        const QDir data(qEnvironmentVariable("PREPDECK_FUZZ_DATA"));
        QStringList files;
        for (const QString &folder : {QStringLiteral("corpus"), QStringLiteral("regressions")}) {
            const QDir dir(data.filePath(folder + QLatin1Char('/') + target));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        }
        return files;
    }
    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(path));
        return f.readAll();
    }

private slots:
    void import_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = inputs(QStringLiteral("import"));
        QVERIFY2(files.size() >= 10, "the import corpus is missing");
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void import()
    {
        QFETCH(QString, path);
        prepdeck::fuzz::importBytes(contents(path));
    }

    void markdown_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = inputs(QStringLiteral("markdown"));
        QVERIFY2(files.size() >= 5, "the markdown corpus is missing");
        for (const QString &f : files)
            QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
    }
    void markdown()
    {
        QFETCH(QString, path);
        prepdeck::fuzz::renderBytes(contents(path));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
