// The prepdeck binary as a person uses it: commands, JSON shapes, exit codes, and the
// library left exactly as before when the input is bad.
#include "clisupport.h"
#include "layouts.h"
#include "library.h"
#include "mockquestions.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run prepdeck(const QStringList &args)
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        return runPrepdeck(args, env);
    }

    Run withDb(const QString &db, QStringList args)
    {
        args << QStringLiteral("--database") << db;
        return prepdeck(args);
    }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }

    QStringList seedFiles(const QString &seeds) const
    {
        QStringList files;
        for (const QString &f :
             QDir(seeds).entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
            files << QDir(seeds).filePath(f);
        return files;
    }

    static QJsonArray withoutIds(QJsonArray list)
    {
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject o = list[i].toObject();
            o.remove(QStringLiteral("id"));
            list[i] = o;
        }
        return list;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::exists(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY"))));
    }

    void helpAndVersion_workEverywhere_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("needle");
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("import");
        QTest::newRow("--version")
            << QStringList{QStringLiteral("--version")} << QStringLiteral("prepdeck 0.");
        for (const char *cmd : {"import", "list", "stats", "rate", "export"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 --help").arg(QLatin1String(cmd))))
                << QStringList{QLatin1String(cmd), QStringLiteral("--help")}
                << QStringLiteral("--database");
            QTest::newRow(qPrintable(QStringLiteral("%1 --version").arg(QLatin1String(cmd))))
                << QStringList{QLatin1String(cmd), QStringLiteral("--version")}
                << QStringLiteral("prepdeck 0.");
        }
    }
    void helpAndVersion_workEverywhere()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, needle);
        const Run r = prepdeck(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(needle), r.out.constData());
    }

    // LANGUAGE / LANG pick the help's language, as for the window.
    void help_speaksTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("needles");
        QTest::newRow("de") << QStringLiteral("de") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("Aufruf: prepdeck"),
                                           QStringLiteral("Befehle:")};
        QTest::newRow("es") << QStringLiteral("es") << QStringList{QStringLiteral("--help")}
                            << QStringList{QStringLiteral("Uso: prepdeck"),
                                           QStringLiteral("Órdenes:")};
        QTest::newRow("de import")
            << QStringLiteral("de")
            << QStringList{QStringLiteral("import"), QStringLiteral("--help")}
            << QStringList{QStringLiteral("Aufruf: prepdeck import")};
    }
    void help_speaksTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, args);
        QFETCH(QStringList, needles);
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(QStringLiteral("LANG"),
                   language + QStringLiteral("_") + language.toUpper() + QStringLiteral(".UTF-8"));
        const Run r = runPrepdeck(args, env);
        QCOMPARE(r.exitCode, 0);
        for (const QString &needle : needles)
            QVERIFY2(QString::fromUtf8(r.out).contains(needle), r.out.constData());
    }

    // Its messages speak the language too, with the language's plural forms and digit
    // grouping: the import report of a one-question bank and of a 12,345-question bank, and
    // the error for a file that is not there.
    void messages_speakTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("one");
        QTest::addColumn<QString>("many");
        QTest::addColumn<QString>("missing");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("1 question in 1 category (Markdown: headings")
                            << QStringLiteral("12,345 questions in 1 category")
                            << QStringLiteral("no such file. Check the path and try again.");
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringLiteral("1 Frage in 1 Kategorie (Markdown: Überschriften")
                            << QStringLiteral("12.345 Fragen in 1 Kategorie")
                            << QStringLiteral("Datei nicht gefunden.");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("1 pregunta en 1 categoría (Markdown: encabezados")
                            << QStringLiteral("12.345 preguntas en 1 categoría")
                            << QStringLiteral("el archivo no existe.");
    }
    void messages_speakTheSystemLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, one);
        QFETCH(QString, many);
        QFETCH(QString, missing);
        write(QStringLiteral("one.md"), "# One\n\n## Basics\n\n### What is a process?\n\nA "
                                        "running program.\n");
        QByteArray big = "# Many\n\n## Numbers\n\n";
        for (int i = 1; i <= 12345; ++i)
            big += "### Question " + QByteArray::number(i) + "?\n\nAnswer.\n\n";
        write(QStringLiteral("many.md"), big);
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LANGUAGE"), language);
        env.insert(
            QStringLiteral("LANG"),
            language + QStringLiteral("_") +
                (language == QLatin1String("en") ? QStringLiteral("US") : language.toUpper()) +
                QStringLiteral(".UTF-8"));
        const QString db = path(QStringLiteral("messages-%1.sqlite").arg(language));
        const Run imported =
            runPrepdeck({QStringLiteral("--database"), db, QStringLiteral("import"),
                         QStringLiteral("--dry-run"), path(QStringLiteral("one.md")),
                         path(QStringLiteral("many.md"))},
                        env);
        QCOMPARE(imported.exitCode, 0);
        const QString report = QString::fromUtf8(imported.out);
        QVERIFY2(report.contains(one), qPrintable(report));
        QVERIFY2(report.contains(many), qPrintable(report));
        const Run failed = runPrepdeck({QStringLiteral("--database"), db, QStringLiteral("import"),
                                        path(QStringLiteral("not-there.md"))},
                                       env);
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(path(QStringLiteral("not-there.md")) + QStringLiteral(": ") +
                                     missing),
                 qPrintable(failed.err));
    }

    void usageErrors_exitWith2AndSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("import nothing") << QStringList{QStringLiteral("import")};
        QTest::newRow("rate no args") << QStringList{QStringLiteral("rate")};
        QTest::newRow("rate out of range")
            << QStringList{QStringLiteral("rate"), QStringLiteral("1"), QStringLiteral("6")};
        QTest::newRow("rate not a number")
            << QStringList{QStringLiteral("rate"), QStringLiteral("one"), QStringLiteral("3")};
        QTest::newRow("export bad format")
            << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("pdf"), QStringLiteral("--output"), QStringLiteral("x")};
        QTest::newRow("export no output") << QStringList{
            QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv")};
        QTest::newRow("unknown layout")
            << QStringList{QStringLiteral("import"), QStringLiteral("--layout"),
                           QStringLiteral("docx"), QStringLiteral("a.md")};
        QTest::newRow("bank with two files")
            << QStringList{QStringLiteral("import"), QStringLiteral("--bank"), QStringLiteral("B"),
                           QStringLiteral("a.md"), QStringLiteral("b.md")};
    }
    void usageErrors_exitWith2AndSayWhatToDo()
    {
        QFETCH(QStringList, args);
        const Run r = withDb(path(QStringLiteral("usage.sqlite")), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--help")), qPrintable(r.err));
    }

    void starterBank_loadsAtLeast40QuestionsIn8Categories()
    {
        const QString db = path(QStringLiteral("starter.sqlite"));
        const Run r = withDb(
            db, {QStringLiteral("import"), QStringLiteral("--starter"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject file =
            r.json().object()[QStringLiteral("files")].toArray().first().toObject();
        QVERIFY(file[QStringLiteral("questions")].toInt() >= 40);
        QVERIFY(file[QStringLiteral("categories")].toArray().size() >= 8);
        QCOMPARE(file[QStringLiteral("layout")].toString(), QStringLiteral("prepdeck"));
        QVERIFY(file[QStringLiteral("warnings")].toArray().isEmpty());
        const QJsonArray list =
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        int tables = 0, code = 0, followUps = 0;
        for (const QJsonValue &v : list) {
            const QString answer = v[QStringLiteral("answer")].toString();
            QVERIFY2(answer.size() > 100, qPrintable(v[QStringLiteral("prompt")].toString()));
            tables += answer.contains(QStringLiteral("|---"));
            code += answer.contains(QStringLiteral("```"));
            followUps += !v[QStringLiteral("followups")].toArray().isEmpty();
        }
        QVERIFY(tables > 0 && code > 0 && followUps > 0);
    }

    void listStatsAndRate_jsonShapes()
    {
        const QString db = path(QStringLiteral("shapes.sqlite"));
        write(QStringLiteral("small.md"), kSmallBank);
        QCOMPARE(withDb(db, {QStringLiteral("import"), path(QStringLiteral("small.md"))}).exitCode,
                 0);
        const QJsonArray list =
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(list.size(), 2);
        for (const char *key : {"id", "bank", "category", "number", "prompt", "answer", "hint",
                                "followups", "tips", "tags", "frequency", "confidence", "due"})
            QVERIFY2(list[0].toObject().contains(QLatin1String(key)), key);
        QCOMPARE(list[0][QStringLiteral("bank")].toString(), QStringLiteral("Small bank"));
        QVERIFY(list[0][QStringLiteral("confidence")].isNull());

        const qint64 id = list[1][QStringLiteral("id")].toInteger();
        const Run rated =
            withDb(db, {QStringLiteral("rate"), QString::number(id), QStringLiteral("4")});
        QCOMPARE(rated.exitCode, 0);
        QCOMPARE(rated.out.count('\n'), 1);
        QVERIFY(rated.out.contains("4/5"));
        QCOMPARE(withDb(db, {QStringLiteral("rate"), QStringLiteral("999"), QStringLiteral("4")})
                     .exitCode,
                 1);

        const QJsonObject stats =
            withDb(db, {QStringLiteral("stats"), QStringLiteral("--json")}).json().object();
        QCOMPARE(stats[QStringLiteral("banks")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("categories")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("questions")].toInt(), 2);
        QCOMPARE(stats[QStringLiteral("rated")].toInt(), 1);
        QCOMPARE(stats[QStringLiteral("ratings")].toInt(), 1);
        const QJsonObject cat = stats[QStringLiteral("by_category")].toArray().first().toObject();
        QCOMPARE(cat[QStringLiteral("mean_confidence")].toDouble(), 4.0);
        QCOMPARE(cat[QStringLiteral("category")].toString(), QStringLiteral("Basics"));

        const QJsonArray found = withDb(db, {QStringLiteral("list"), QStringLiteral("--search"),
                                             QStringLiteral("execution"), QStringLiteral("--json")})
                                     .json()
                                     .array();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0][QStringLiteral("confidence")].toInt(), 4);
    }

    void badInput_exitsWith1AndLeavesLibraryExactlyAsBefore_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("needle");
        QTest::newRow("empty") << QStringLiteral("empty.md") << QByteArray() << QStringList()
                               << QStringLiteral("empty");
        QTest::newRow("binary") << QStringLiteral("image.png")
                                << QByteArray("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 16)
                                << QStringList() << QStringLiteral("not a text file");
        QTest::newRow("no questions")
            << QStringLiteral("notes.txt") << QByteArray("Remember to buy milk.\n") << QStringList()
            << QStringLiteral("no questions found");
        QTest::newRow("too large") << QStringLiteral("huge.md") << QByteArray()
                                   << QStringList{QStringLiteral("--max-size"), QStringLiteral("1")}
                                   << QStringLiteral("limit");
        QTest::newRow("directory") << QStringLiteral("folder") << QByteArray() << QStringList()
                                   << QStringLiteral("folder");
        QTest::newRow("missing") << QStringLiteral("missing.md") << QByteArray() << QStringList()
                                 << QStringLiteral("no such file");
    }
    void badInput_exitsWith1AndLeavesLibraryExactlyAsBefore()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, extra);
        QFETCH(QString, needle);
        const QString db = path(QStringLiteral("bad.sqlite"));
        write(QStringLiteral("small.md"), kSmallBank);
        QCOMPARE(withDb(db, {QStringLiteral("import"), path(QStringLiteral("small.md"))}).exitCode,
                 0);
        const QByteArray before =
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).out;
        const QByteArray statsBefore =
            withDb(db, {QStringLiteral("stats"), QStringLiteral("--json")}).out;

        if (file == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path(file)));
        } else if (file == QLatin1String("huge.md")) {
            QFile f(path(file));
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(2 * 1024 * 1024));
        } else if (file != QLatin1String("missing.md")) {
            write(file, bytes);
        }
        const Run r =
            withDb(db, QStringList{QStringLiteral("import")} + extra + QStringList{path(file)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path(file)), qPrintable(r.err));
        QVERIFY2(r.err.contains(needle), qPrintable(r.err));
        QCOMPARE(withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).out, before);
        QCOMPARE(withDb(db, {QStringLiteral("stats"), QStringLiteral("--json")}).out, statsBefore);
    }

    void severalFiles_oneBad_othersImportedAndExit1()
    {
        const QString db = path(QStringLiteral("several.sqlite"));
        write(QStringLiteral("good.md"), kSmallBank);
        write(QStringLiteral("bad.md"), QByteArray());
        const Run r = withDb(db, {QStringLiteral("import"), QStringLiteral("--json"),
                                  path(QStringLiteral("bad.md")), path(QStringLiteral("good.md"))});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject report = r.json().object();
        QCOMPARE(report[QStringLiteral("files")].toArray().size(), 1);
        QCOMPARE(
            report[QStringLiteral("errors")].toArray().first()[QStringLiteral("file")].toString(),
            path(QStringLiteral("bad.md")));
        QCOMPARE(withDb(db, {QStringLiteral("stats"), QStringLiteral("--json")})
                     .json()
                     .object()[QStringLiteral("questions")]
                     .toInt(),
                 2);
    }

    // --layout reads a file in the layout asked for, named in the report; a file that does
    // not read so is refused (exit 1), saying how it does read, and nothing is saved.
    // A file over 16 MB is read in parts as it streams in: the report says so, and nothing
    // else reaches standard error.
    void importLargeFile_inPartsAndQuietly()
    {
        QByteArray csv = "question,answer,category\n";
        const QByteArray answer(280, 'x');
        for (int i = 0; csv.size() < 17 * 1024 * 1024; ++i)
            csv += "What does step " + QByteArray::number(i) + " of the rollout check?," + answer +
                   ",Deploys\n";
        write(QStringLiteral("large.csv"), csv);
        const Run run = withDb(path(QStringLiteral("large.sqlite")),
                               {QStringLiteral("import"), QStringLiteral("--json"),
                                QStringLiteral("--dry-run"), path(QStringLiteral("large.csv"))});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject file =
            run.json().object()[QStringLiteral("files")].toArray().first().toObject();
        QVERIFY2(file[QStringLiteral("reason")].toString().contains(QLatin1String("part by part")),
                 qPrintable(file[QStringLiteral("reason")].toString()));
        QStringList err = run.err.split(u'\n', Qt::SkipEmptyParts);
        err.removeIf(
            [](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths")); });
        QVERIFY2(err.isEmpty(), qPrintable(err.join(u'\n')));
    }

    void importLayout_readsAsAskedOrSaysHowItReads()
    {
        const QString db = path(QStringLiteral("layout.sqlite"));
        // Read best as questions above "Answer:" lines; also readable as a numbered list.
        write(QStringLiteral("pairs.txt"),
              "Networking\n\n1. What is a socket?\nAnswer:\nAn endpoint of a connection.\n\n"
              "2. What is a port?\nAnswer:\nA number naming a service on a host.\n\n"
              "3. What is TCP?\nAnswer:\nA reliable byte stream.\n");
        const Run chosen =
            withDb(db, {QStringLiteral("import"), QStringLiteral("--json"),
                        QStringLiteral("--dry-run"), path(QStringLiteral("pairs.txt"))});
        QCOMPARE(chosen.exitCode, 0);
        const QJsonObject first =
            chosen.json().object()[QStringLiteral("files")].toArray().first().toObject();
        const QString other =
            first[QStringLiteral("runner_up")].toObject()[QStringLiteral("layout_id")].toString();
        QVERIFY2(!other.isEmpty(), "the file has a second reading");
        const Run asked =
            withDb(db, {QStringLiteral("import"), QStringLiteral("--json"),
                        QStringLiteral("--layout"), other, path(QStringLiteral("pairs.txt"))});
        QCOMPARE(asked.exitCode, 0);
        QCOMPARE(asked.json()
                     .object()[QStringLiteral("files")]
                     .toArray()
                     .first()[QStringLiteral("layout_id")]
                     .toString(),
                 other);
        const Run refused = withDb(path(QStringLiteral("layout2.sqlite")),
                                   {QStringLiteral("import"), QStringLiteral("--layout"),
                                    QStringLiteral("csv"), path(QStringLiteral("pairs.txt"))});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("does not read as \"csv\"")) &&
                     refused.err.contains(first[QStringLiteral("layout_id")].toString()),
                 qPrintable(refused.err));
        QCOMPARE(withDb(path(QStringLiteral("layout2.sqlite")),
                        {QStringLiteral("stats"), QStringLiteral("--json")})
                     .json()
                     .object()[QStringLiteral("questions")]
                     .toInt(),
                 0);
    }

    void mocks_jsonListsInterviewsWithTheirItems()
    {
        const QString db = path(QStringLiteral("mocks.sqlite"));
        write(QStringLiteral("small.md"), kSmallBank);
        QCOMPARE(withDb(db, {QStringLiteral("import"), path(QStringLiteral("small.md"))}).exitCode,
                 0);
        {
            auto store = prepdeck::Library::open(db);
            QVERIFY(store);
            prepdeck::MockSettings settings;
            settings.count = 2;
            settings.seed = 3;
            const QDateTime t = QDateTime::currentDateTimeUtc();
            const qint64 id = *(*store)->mocks().start(settings, t);
            QVERIFY((*store)->mocks().record(
                id, 0, prepdeck::MockItem{1, {}, {}, 4.5, 2, false, QStringLiteral("ok")}, t));
            QVERIFY((*store)->mocks().record(id, 1,
                                             prepdeck::MockItem{2, {}, {}, 1.0, 5, false, {}}, t));
            QVERIFY((*store)->mocks().finish(id, t, false));
        }
        const Run r = withDb(db, {QStringLiteral("mocks"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray mocks = r.json().array();
        QCOMPARE(mocks.size(), 1);
        const QJsonObject m = mocks.first().toObject();
        for (const char *key : {"id", "started", "settings", "items"})
            QVERIFY2(m.contains(QLatin1String(key)), key);
        QCOMPARE(m[QStringLiteral("settings")].toObject()[QStringLiteral("seed")].toString(),
                 QStringLiteral("3"));
        const QJsonArray items = m[QStringLiteral("items")].toArray();
        QCOMPARE(items.size(), 2);
        for (const char *key : {"question_id", "seconds", "confidence", "notes"})
            QVERIFY2(items[0].toObject().contains(QLatin1String(key)), key);
        QCOMPARE(items[0][QStringLiteral("seconds")].toDouble(), 4.5);
        QCOMPARE(items[0][QStringLiteral("confidence")].toInt(), 2);
        QCOMPARE(items[1][QStringLiteral("confidence")].toInt(), 5);
        QCOMPARE(withDb(db, {QStringLiteral("mock"), QStringLiteral("--order"),
                             QStringLiteral("sideways")})
                     .exitCode,
                 2);
    }

    // `prepdeck mock` opens the interview window and stays open (it crashed at start when
    // its translations went with the application object that read its options).
    void mock_opensTheInterviewWindowAndStaysOpen()
    {
        const QString db = path(QStringLiteral("mockwindow.sqlite"));
        write(QStringLiteral("small.md"), kSmallBank);
        QCOMPARE(withDb(db, {QStringLiteral("import"), path(QStringLiteral("small.md"))}).exitCode,
                 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QString::fromLocal8Bit(qgetenv("PREPDECK_BINARY")),
                {QStringLiteral("--database"), db, QStringLiteral("mock"),
                 QStringLiteral("--count"), QStringLiteral("1")});
        QVERIFY(p.waitForStarted());
        const bool ended = p.waitForFinished(3000);
        const QByteArray err = p.readAllStandardError();
        if (!ended) {
            p.kill();
            p.waitForFinished();
        }
        QVERIFY2(!ended, qPrintable(QStringLiteral("ended after less than 3 s: %1, exit %2: %3")
                                        .arg(p.exitStatus() == QProcess::CrashExit
                                                 ? QStringLiteral("crashed")
                                                 : QStringLiteral("exited"))
                                        .arg(p.exitCode())
                                        .arg(QString::fromUtf8(err))));
    }

    void exportPdf_badPathExits1_nothingLeftBehind()
    {
        const QString db = path(QStringLiteral("pdf.sqlite"));
        write(QStringLiteral("small.md"), kSmallBank);
        QCOMPARE(withDb(db, {QStringLiteral("import"), path(QStringLiteral("small.md"))}).exitCode,
                 0);
        const QString target = path(QStringLiteral("missing-folder/sheet.pdf"));
        const Run r = withDb(db, {QStringLiteral("export-pdf"), QStringLiteral("--sheet"),
                                  QStringLiteral("study"), QStringLiteral("--output"), target});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not exist")), qPrintable(r.err));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(withDb(db, {QStringLiteral("export-pdf"), QStringLiteral("--sheet"),
                             QStringLiteral("poster"), QStringLiteral("--output"),
                             path(QStringLiteral("x.pdf"))})
                     .exitCode,
                 2);
        const Run ok = withDb(db, {QStringLiteral("export-pdf"), QStringLiteral("--sheet"),
                                   QStringLiteral("study"), QStringLiteral("--output"),
                                   path(QStringLiteral("small.pdf"))});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(QFileInfo(path(QStringLiteral("small.pdf"))).size() > 1000);
    }

    void seeds_studySheetOfAll377_andAMatchedInterviewPair()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const QString db = path(QStringLiteral("seeds-pdf.sqlite"));
        QCOMPARE(withDb(db, QStringList{QStringLiteral("import")} + seedFiles(seeds)).exitCode, 0);
        const QString study = path(QStringLiteral("all.pdf"));
        const Run r = withDb(db, {QStringLiteral("export-pdf"), QStringLiteral("--sheet"),
                                  QStringLiteral("study"), QStringLiteral("--output"), study});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Wrote 377 questions"));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {study, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString all = QString::fromUtf8(text.readAllStandardOutput())
                                .normalized(QString::NormalizationForm_KC);
        const QJsonArray list =
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(list.size(), 377);
        qsizetype at = 0;
        for (int i = 0; i < list.size(); ++i) {
            // Long prompts wrap in the PDF; their first words are enough to find them in order.
            const QString start = QStringLiteral("%1. %2").arg(i + 1).arg(
                list[i][QStringLiteral("prompt")].toString().section(QLatin1Char(' '), 0, 3));
            const qsizetype found = all.indexOf(start, at);
            QVERIFY2(found >= 0, qPrintable(start));
            at = found;
        }

        // The interview pair holds what 'prepdeck mock' would ask, in that order.
        for (const char *kind : {"interviewer", "candidate"})
            QCOMPARE(withDb(db, {QStringLiteral("export-pdf"), QStringLiteral("--sheet"),
                                 QLatin1String(kind), QStringLiteral("--count"),
                                 QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("9"),
                                 QStringLiteral("--category"), QStringLiteral("django"),
                                 QStringLiteral("--output"),
                                 path(QLatin1String(kind) + QStringLiteral(".pdf"))})
                         .exitCode,
                     0);
        auto store = prepdeck::Library::open(db);
        QVERIFY(store);
        prepdeck::MockSettings settings;
        settings.count = 5;
        settings.seed = 9;
        settings.categoryTexts = {QStringLiteral("django")};
        const auto plan =
            *prepdeck::planMockInterview(**store, settings, QDateTime::currentDateTimeUtc());
        for (const char *kind : {"interviewer", "candidate"}) {
            QProcess sheet;
            sheet.start(QStringLiteral("pdftotext"),
                        {path(QLatin1String(kind) + QStringLiteral(".pdf")), QStringLiteral("-")});
            QVERIFY(sheet.waitForFinished(60000));
            const QString t = QString::fromUtf8(sheet.readAllStandardOutput())
                                  .normalized(QString::NormalizationForm_KC);
            qsizetype pos = 0;
            for (int i = 0; i < plan.size(); ++i) {
                const QString start = QStringLiteral("%1. %2").arg(i + 1).arg(
                    (*store)->questions().find(plan[i])->question.prompt.section(QLatin1Char(' '),
                                                                                 0, 3));
                const qsizetype found = t.indexOf(start, pos);
                QVERIFY2(found >= 0, qPrintable(start));
                pos = found;
            }
        }
    }

    void badDatabase_isMovedAsideUntouched_andTheRestoreCommandGiven()
    {
        write(QStringLiteral("photo.sqlite"), QByteArray(2048, 'z'));
        const Run r = withDb(path(QStringLiteral("photo.sqlite")), {QStringLiteral("stats")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("damaged: it is not an SQLite database")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("There is no backup")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("photo.sqlite"))));
        const QStringList moved =
            QDir(m_dir.path()).entryList({QStringLiteral("photo.sqlite.damaged-*")});
        QCOMPARE(moved.size(), 1);
        QVERIFY(r.err.contains(moved[0]));
        QFile f(path(moved[0]));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray(2048, 'z'));

        // A library with a backup, then damaged: the message gives the exact command.
        const QString lib = path(QStringLiteral("lib.sqlite"));
        QCOMPARE(withDb(lib, {QStringLiteral("import"), QStringLiteral("--starter")}).exitCode, 0);
        QCOMPARE(withDb(lib, {QStringLiteral("rate"), QStringLiteral("1"), QStringLiteral("4")})
                     .exitCode,
                 0);
        const Run listed = withDb(lib, {QStringLiteral("backups"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray backups = listed.json()[QStringLiteral("backups")].toArray();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups[0][QStringLiteral("questions")].toInt(), 51);
        QCOMPARE(backups[0][QStringLiteral("kind")].toString(), QStringLiteral("daily"));
        const QString backup = backups[0][QStringLiteral("file")].toString();
        write(QStringLiteral("lib.sqlite"), QByteArray(100, 'x'));
        const Run damaged = withDb(lib, {QStringLiteral("list")});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(
                     QStringLiteral("prepdeck --database %1 restore %2").arg(lib, backup)),
                 qPrintable(damaged.err));
        const Run restored = withDb(lib, {QStringLiteral("restore"), backup});
        QCOMPARE(restored.exitCode, 0);
        QVERIFY2(restored.out.contains("Restored"), restored.out.constData());
        const Run stats = withDb(lib, {QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(stats.out.contains("51"));
    }

    void seeds_importReportMatchesTheHandCounts()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const QString db = path(QStringLiteral("seeds-report.sqlite"));
        const Run r = withDb(db, QStringList{QStringLiteral("import"), QStringLiteral("--json")} +
                                     seedFiles(seeds));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray files = r.json().object()[QStringLiteral("files")].toArray();
        QCOMPARE(files.size(), 5);
        const QList<int> expected = {61, 80, 77, 100, 59};
        const QList<int> categories = {6, 10, 7, 5, 15};
        for (int i = 0; i < 5; ++i) {
            const QJsonObject f = files[i].toObject();
            for (const char *key : {"file", "layout", "questions", "categories", "added", "updated",
                                    "unchanged", "retired", "repairs", "warnings"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            QCOMPARE(f[QStringLiteral("questions")].toInt(), expected[i]);
            QCOMPARE(f[QStringLiteral("added")].toInt(), expected[i]);
            QCOMPARE(f[QStringLiteral("categories")].toArray().size(), categories[i]);
        }
        QCOMPARE(files[3]
                     .toObject()[QStringLiteral("categories")]
                     .toArray()[1]
                     .toObject()[QStringLiteral("name")]
                     .toString(),
                 QStringLiteral("FastAPI & Web APIs"));
        QCOMPARE(files[4].toObject()[QStringLiteral("repairs")].toArray().size(), 1);
        const QJsonObject stats =
            withDb(db, {QStringLiteral("stats"), QStringLiteral("--json")}).json().object();
        QCOMPARE(stats[QStringLiteral("questions")].toInt(), 377);
        QCOMPARE(stats[QStringLiteral("categories")].toInt(), 43);
        QCOMPARE(stats[QStringLiteral("banks")].toInt(), 5);
    }

    void seeds_rateThenReimport_nothingAddedRatingKept_editedCopyUpdatesOne()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const QString db = path(QStringLiteral("seeds-reimport.sqlite"));
        const QStringList files = seedFiles(seeds);
        QCOMPARE(withDb(db, QStringList{QStringLiteral("import")} + files).exitCode, 0);
        const QJsonArray list =
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        const qint64 id = list[100][QStringLiteral("id")].toInteger();
        QCOMPARE(
            withDb(db, {QStringLiteral("rate"), QString::number(id), QStringLiteral("2")}).exitCode,
            0);

        const Run again =
            withDb(db, QStringList{QStringLiteral("import"), QStringLiteral("--json")} + files);
        QCOMPARE(again.exitCode, 0);
        int added = 0, unchanged = 0, updated = 0, retired = 0;
        for (const QJsonValue &f : again.json().object()[QStringLiteral("files")].toArray()) {
            added += f[QStringLiteral("added")].toInt();
            unchanged += f[QStringLiteral("unchanged")].toInt();
            updated += f[QStringLiteral("updated")].toInt();
            retired += f[QStringLiteral("retired")].toInt();
        }
        QCOMPARE(added, 0);
        QCOMPARE(unchanged, 377);
        QCOMPARE(updated, 0);
        QCOMPARE(retired, 0);

        auto ratedQuestion = [&] {
            for (const QJsonValue &v :
                 withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array())
                if (v[QStringLiteral("id")].toInteger() == id)
                    return v.toObject();
            return QJsonObject();
        };
        QCOMPARE(ratedQuestion()[QStringLiteral("confidence")].toInt(), 2);

        // Edit one answer in a copy (same file name, another folder) and import the copy.
        QVERIFY(QDir().mkpath(path(QStringLiteral("edited"))));
        const QString copy = path(QStringLiteral("edited/001_79b4473ff4b728d8.txt"));
        QFile source(QDir(seeds).filePath(QStringLiteral("001_79b4473ff4b728d8.txt")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray text = source.readAll();
        const qsizetype at = text.indexOf("- **Approach:**");
        QVERIFY(at > 0);
        text.insert(at + qsizetype(sizeof("- **Approach:**") - 1), " (edited)");
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text);
        out.close();
        const Run edited = withDb(db, {QStringLiteral("import"), QStringLiteral("--json"), copy});
        const QJsonObject report =
            edited.json().object()[QStringLiteral("files")].toArray().first().toObject();
        QCOMPARE(report[QStringLiteral("updated")].toInt(), 1);
        QCOMPARE(report[QStringLiteral("added")].toInt(), 0);
        QCOMPARE(report[QStringLiteral("unchanged")].toInt(), 79);
        QCOMPARE(ratedQuestion()[QStringLiteral("confidence")].toInt(), 2);
        QCOMPARE(withDb(db, {QStringLiteral("stats"), QStringLiteral("--json")})
                     .json()
                     .object()[QStringLiteral("questions")]
                     .toInt(),
                 377);
    }

    void seeds_exportMarkdownThenImportFresh_givesIdenticalList()
    {
        PREPDECK_SEEDS_DIR_OR_SKIP(seeds);
        const QString db = path(QStringLiteral("seeds-export.sqlite"));
        QCOMPARE(withDb(db, QStringList{QStringLiteral("import"), QStringLiteral("--starter")} +
                                seedFiles(seeds))
                     .exitCode,
                 0);
        const QString exported = path(QStringLiteral("library.md"));
        QCOMPARE(withDb(db, {QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("markdown"), QStringLiteral("--output"), exported})
                     .exitCode,
                 0);
        const QString fresh = path(QStringLiteral("fresh.sqlite"));
        const Run imported = withDb(fresh, {QStringLiteral("import"), exported});
        QCOMPARE(imported.exitCode, 0);
        const QJsonArray a =
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        const QJsonArray b =
            withDb(fresh, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QVERIFY(a.size() > 377 + 40); // the five seeds and the starter bank
        QCOMPARE(withoutIds(b), withoutIds(a));

        const QString csv = path(QStringLiteral("library.csv"));
        QCOMPARE(withDb(db, {QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--output"), csv})
                     .exitCode,
                 0);
        const Run csvBack = withDb(path(QStringLiteral("csv.sqlite")),
                                   {QStringLiteral("import"), QStringLiteral("--json"), csv});
        QCOMPARE(csvBack.exitCode, 0);
        QCOMPARE(csvBack.json()
                     .object()[QStringLiteral("files")]
                     .toArray()
                     .first()[QStringLiteral("questions")]
                     .toInt(),
                 a.size());
    }

    // Case 10: what the CSV export writes, the CSV import reads back: banks and tags with
    // spaces and commas included.
    void csvExport_thenImport_keepsBanksAndMultiWordTags()
    {
        prepdeck::Bank first, second;
        first.name = QStringLiteral("Backend — Python");
        second.name = QStringLiteral("Backend — Databases");
        for (prepdeck::Bank *bank : {&first, &second}) {
            prepdeck::Category category;
            category.name = QStringLiteral("General");
            for (int i = 0; i < 3; ++i) {
                prepdeck::Question q;
                q.number = i + 1;
                q.prompt = QStringLiteral("%1: what is item %2?").arg(bank->name).arg(i);
                q.answer =
                    QStringLiteral("It is, \"quoted\", item %1.\n\nSecond paragraph.").arg(i);
                q.hint = QStringLiteral("hint %1").arg(i);
                q.tags = {QStringLiteral("AI Integration"), QStringLiteral("Python"),
                          QStringLiteral("Rate limiting; backoff")};
                q.followUps = {QStringLiteral("And then?"), QStringLiteral("Why, though?")};
                q.tips = {QStringLiteral("Be brief.")};
                q.frequency = 40 + i;
                category.questions << q;
            }
            bank->categories << category;
        }
        write(QStringLiteral("two-banks.md"), prepdeck::writeNativeBanks({first, second}).toUtf8());
        const QString db = path(QStringLiteral("csv-roundtrip.sqlite"));
        QCOMPARE(
            withDb(db, {QStringLiteral("import"), path(QStringLiteral("two-banks.md"))}).exitCode,
            0);
        const QString csv = path(QStringLiteral("two-banks.csv"));
        QCOMPARE(withDb(db, {QStringLiteral("export"), QStringLiteral("--format"),
                             QStringLiteral("csv"), QStringLiteral("--output"), csv})
                     .exitCode,
                 0);
        const QString fresh = path(QStringLiteral("csv-roundtrip-fresh.sqlite"));
        const Run back = withDb(fresh, {QStringLiteral("import"), csv});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        auto comparable = [](QJsonArray list) {
            for (qsizetype i = 0; i < list.size(); ++i) {
                QJsonObject o = list[i].toObject();
                for (const char *key : {"id", "source", "due", "confidence"})
                    o.remove(QLatin1String(key));
                list[i] = o;
            }
            return list;
        };
        const QJsonArray a = comparable(
            withDb(db, {QStringLiteral("list"), QStringLiteral("--json")}).json().array());
        const QJsonArray b = comparable(
            withDb(fresh, {QStringLiteral("list"), QStringLiteral("--json")}).json().array());
        QCOMPARE(a.size(), 6);
        QCOMPARE(b, a);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
