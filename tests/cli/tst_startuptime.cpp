// `prepdeck --startup-time`: opens the study window, prints the milliseconds to its first
// paint, and quits. The number itself depends on the machine, so only its form is checked.
#include "clisupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

class TestStartupTime : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run prepdeck(const QStringList &args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // Window settings and the default library stay inside the test's folder.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        return runPrepdeck(args, env);
    }

    // The single line of output as a positive number of milliseconds, or -1.
    static qint64 milliseconds(const QByteArray &out)
    {
        static const QRegularExpression oneNumber(QStringLiteral("\\A([0-9]+)\\n\\z"));
        const QRegularExpressionMatch m = oneNumber.match(QString::fromUtf8(out));
        return m.hasMatch() ? m.captured(1).toLongLong() : -1;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void printsMillisecondsForAnEmptyLibrary()
    {
        const Run run = prepdeck({QStringLiteral("--startup-time"), QStringLiteral("--database"),
                                  path(QStringLiteral("empty.sqlite"))});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(milliseconds(run.out) > 0, run.out.constData());
    }

    void printsMillisecondsForALibraryWithQuestions()
    {
        const QString db = path(QStringLiteral("small.sqlite"));
        QFile bank(path(QStringLiteral("small.md")));
        QVERIFY(bank.open(QIODevice::WriteOnly));
        bank.write(kSmallBank);
        bank.close();
        const Run imported =
            prepdeck({QStringLiteral("import"), bank.fileName(), QStringLiteral("--database"), db});
        QCOMPARE(imported.exitCode, 0);

        const Run run =
            prepdeck({QStringLiteral("--database"), db, QStringLiteral("--startup-time")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(milliseconds(run.out) > 0, run.out.constData());
    }

    void printsJsonWhenAsked()
    {
        const Run run =
            prepdeck({QStringLiteral("--startup-time"), QStringLiteral("--json"),
                      QStringLiteral("--database"), path(QStringLiteral("json.sqlite"))});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        const QJsonObject o = doc.object();
        QCOMPARE(o.keys(), QStringList{QStringLiteral("startup_ms")});
        QVERIFY(o.value(QStringLiteral("startup_ms")).isDouble());
        const double ms = o.value(QStringLiteral("startup_ms")).toDouble();
        QVERIFY2(ms > 0 && ms == qRound64(ms), run.out.constData());
    }

    void anUnreadableLibraryIsAnErrorNotADialog()
    {
        QFile bad(path(QStringLiteral("not-a-library.sqlite")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not an SQLite database, only text that says so.\n");
        bad.close();
        const Run run = prepdeck(
            {QStringLiteral("--startup-time"), QStringLiteral("--database"), bad.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QLatin1String("prepdeck: ")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestStartupTime)
#include "tst_startuptime.moc"
