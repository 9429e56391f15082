// The user's own changes from a terminal, as a person types them: edit, add, suspend,
// delete, rename-bank; what `list --json` says of them; and an import of the same file
// meeting them.
#include "clisupport.h"
#include "tworeadings.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestEditCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_bank;

    Run prepdeck(QStringList args)
    {
        args << QStringLiteral("--database") << m_db;
        QProcessEnvironment env;
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        return runPrepdeck(args, env);
    }

    QJsonArray list(QStringList extra = {})
    {
        return prepdeck(QStringList{QStringLiteral("list"), QStringLiteral("--json")} + extra)
            .json()
            .array();
    }

    QJsonObject question(const QString &prompt)
    {
        for (const QJsonValue &v : list())
            if (v[QStringLiteral("prompt")].toString() == prompt)
                return v.toObject();
        return {};
    }

    void writeBank(const QByteArray &threadAnswer)
    {
        QFile f(m_bank);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Small bank\n\n## Basics\n\n### What is a process?\n\nA running program.\n\n"
                "### What is a thread?\n\n" +
                threadAnswer + "\n");
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("lib-%1.sqlite").arg(QTest::currentTestFunction()));
        m_bank = m_dir.filePath(QStringLiteral("small-%1.md").arg(QTest::currentTestFunction()));
        writeBank("A path of execution inside a process.");
        QCOMPARE(prepdeck({QStringLiteral("import"), m_bank}).exitCode, 0);
    }

    // Edit, then import the file again unchanged and changed: the user's text stays, the
    // report says which changed in the file, and --take-file takes the file's.
    void edit_survivesReimport_andTakeFileTakesTheFilesVersion()
    {
        const QString id = QString::number(
            question(QStringLiteral("What is a thread?"))[QStringLiteral("id")].toInteger());
        const Run edited = prepdeck({QStringLiteral("edit"), id, QStringLiteral("--answer"),
                                     QStringLiteral("My own answer."), QStringLiteral("--tag"),
                                     QStringLiteral("os")});
        QCOMPARE(edited.exitCode, 0);
        QJsonObject q = question(QStringLiteral("What is a thread?"));
        QCOMPARE(q[QStringLiteral("answer")].toString(), QStringLiteral("My own answer."));
        QCOMPARE(q[QStringLiteral("tags")].toArray(), QJsonArray{QStringLiteral("os")});
        QVERIFY(q[QStringLiteral("edited")].toBool());
        QVERIFY(!question(QStringLiteral("What is a process?"))[QStringLiteral("edited")].toBool());

        Run again = prepdeck({QStringLiteral("import"), QStringLiteral("--json"), m_bank});
        QCOMPARE(again.exitCode, 0);
        QJsonObject report = again.json()[QStringLiteral("files")].toArray().first().toObject();
        QCOMPARE(report[QStringLiteral("edited_kept")].toInt(), 1);
        QCOMPARE(question(QStringLiteral("What is a thread?"))[QStringLiteral("answer")].toString(),
                 QStringLiteral("My own answer."));

        writeBank("The file's new answer.");
        again = prepdeck({QStringLiteral("import"), m_bank});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains("1 question you edited changed in the file: kept yours (ids " +
                                    id.toUtf8()),
                 again.out.constData());
        QCOMPARE(question(QStringLiteral("What is a thread?"))[QStringLiteral("answer")].toString(),
                 QStringLiteral("My own answer."));
        QCOMPARE(prepdeck({QStringLiteral("edit"), id, QStringLiteral("--take-file")}).exitCode, 0);
        q = question(QStringLiteral("What is a thread?"));
        QCOMPARE(q[QStringLiteral("answer")].toString(), QStringLiteral("The file's new answer."));
        QVERIFY(!q[QStringLiteral("edited")].toBool());

        // Usage errors exit 2 and change nothing.
        QCOMPARE(prepdeck({QStringLiteral("edit"), id}).exitCode, 2);
        QCOMPARE(prepdeck({QStringLiteral("edit"), QStringLiteral("x"), QStringLiteral("--hint"),
                           QStringLiteral("h")})
                     .exitCode,
                 2);
        QCOMPARE(prepdeck({QStringLiteral("edit"), QStringLiteral("999"), QStringLiteral("--hint"),
                           QStringLiteral("h")})
                     .exitCode,
                 1);
    }

    // An edit is exported as the user wrote it, and the export reads back with it.
    void edit_exportedAsMarkdown_roundTrips()
    {
        const QString id = QString::number(
            question(QStringLiteral("What is a thread?"))[QStringLiteral("id")].toInteger());
        QCOMPARE(prepdeck({QStringLiteral("edit"), id, QStringLiteral("--answer"),
                           QStringLiteral("Mine: a **lightweight** process."),
                           QStringLiteral("--hint"), QStringLiteral("Shares memory.")})
                     .exitCode,
                 0);
        const QString exported = m_dir.filePath(QStringLiteral("exported.md"));
        QCOMPARE(prepdeck({QStringLiteral("export"), QStringLiteral("--format"),
                           QStringLiteral("markdown"), QStringLiteral("--output"), exported})
                     .exitCode,
                 0);
        m_db = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        QCOMPARE(prepdeck({QStringLiteral("import"), exported}).exitCode, 0);
        const QJsonObject q = question(QStringLiteral("What is a thread?"));
        QCOMPARE(q[QStringLiteral("answer")].toString(),
                 QStringLiteral("Mine: a **lightweight** process."));
        QCOMPARE(q[QStringLiteral("hint")].toString(), QStringLiteral("Shares memory."));
        QCOMPARE(list().size(), 2);
    }

    // Suspended questions are listed and marked, or left out; deleted ones are gone, stay
    // gone when the file is imported again, and come back with undelete.
    void suspendAndDelete()
    {
        const QJsonArray all = list();
        const QString first = QString::number(all[0][QStringLiteral("id")].toInteger());
        const QString second = QString::number(all[1][QStringLiteral("id")].toInteger());
        QCOMPARE(prepdeck({QStringLiteral("suspend"), first}).exitCode, 0);
        QVERIFY(
            question(QStringLiteral("What is a process?"))[QStringLiteral("suspended")].toBool());
        QCOMPARE(list({QStringLiteral("--no-suspended")}).size(), 1);
        QCOMPARE(prepdeck({QStringLiteral("unsuspend"), first}).exitCode, 0);
        QCOMPARE(list({QStringLiteral("--no-suspended")}).size(), 2);

        QCOMPARE(prepdeck({QStringLiteral("rate"), second, QStringLiteral("4")}).exitCode, 0);
        const Run deleted = prepdeck({QStringLiteral("delete"), second});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains("ratings are kept"));
        QCOMPARE(list().size(), 1);
        const Run again = prepdeck({QStringLiteral("import"), m_bank});
        QVERIFY(again.out.contains("1 question you deleted: left deleted"));
        QCOMPARE(list().size(), 1);
        QCOMPARE(prepdeck({QStringLiteral("undelete"), second}).exitCode, 0);
        QCOMPARE(
            question(QStringLiteral("What is a thread?"))[QStringLiteral("confidence")].toInt(), 4);
        QCOMPARE(prepdeck({QStringLiteral("delete"), QStringLiteral("12345")}).exitCode, 1);
        QCOMPARE(list().size(), 2);
    }

    // Add into a category of a bank, and into a new one (in "My questions"); rename a bank
    // and import its file again: the name stays, and nothing the user wrote is retired.
    void addAndRename()
    {
        Run added = prepdeck({QStringLiteral("add"), QStringLiteral("--category"),
                              QStringLiteral("basics"), QStringLiteral("--prompt"),
                              QStringLiteral("What is a fiber?"), QStringLiteral("--answer"),
                              QStringLiteral("A thread scheduled by the program.")});
        QCOMPARE(added.exitCode, 0);
        QJsonObject q = question(QStringLiteral("What is a fiber?"));
        QCOMPARE(q[QStringLiteral("bank")].toString(), QStringLiteral("Small bank"));
        QCOMPARE(q[QStringLiteral("category")].toString(), QStringLiteral("Basics"));
        added = prepdeck({QStringLiteral("add"), QStringLiteral("--category"),
                          QStringLiteral("Behavioural"), QStringLiteral("--prompt"),
                          QStringLiteral("Tell me about a conflict.")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(question(QStringLiteral("Tell me about a conflict."))[QStringLiteral("bank")]
                     .toString(),
                 QStringLiteral("My questions"));

        QCOMPARE(prepdeck({QStringLiteral("rename-bank"), QStringLiteral("Small bank"),
                           QStringLiteral("Operating systems")})
                     .exitCode,
                 0);
        QCOMPARE(prepdeck({QStringLiteral("import"), m_bank}).exitCode, 0);
        QCOMPARE(question(QStringLiteral("What is a process?"))[QStringLiteral("bank")].toString(),
                 QStringLiteral("Operating systems"));
        QCOMPARE(list().size(), 4);
        QCOMPARE(prepdeck({QStringLiteral("rename-bank"), QStringLiteral("No such"),
                           QStringLiteral("x")})
                     .exitCode,
                 1);
        QCOMPARE(prepdeck({QStringLiteral("add"), QStringLiteral("--prompt"), QStringLiteral("x")})
                     .exitCode,
                 2);
        // A name chosen at import (--bank, as in the window's preview) is kept the same way.
        QCOMPARE(prepdeck({QStringLiteral("import"), QStringLiteral("--bank"),
                           QStringLiteral("Kernels"), m_bank})
                     .exitCode,
                 0);
        const Run again = prepdeck({QStringLiteral("import"), m_bank});
        QVERIFY2(again.out.contains("bank \"Kernels\""), again.out.constData());
        QCOMPARE(question(QStringLiteral("What is a process?"))[QStringLiteral("bank")].toString(),
                 QStringLiteral("Kernels"));
    }

    // rename-category, merge-category, move, move-bank and delete-bank, as typed; an import
    // of the same file keeps what they did; delete-bank only says what would go without --yes.
    void arrange_renameMergeMoveOrderDelete()
    {
        const QString net = m_dir.filePath(QStringLiteral("net.md"));
        QFile f(net);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("# Networking\n\n## TCP\n\n### What is a handshake?\n\nSYN, SYN-ACK, ACK.\n\n"
                "## UDP\n\n### What is a datagram?\n\nA packet on its own.\n\n"
                "## IP\n\n### What is a subnet?\n\nA range of addresses.\n");
        f.close();
        QCOMPARE(prepdeck({QStringLiteral("import"), net}).exitCode, 0);
        const auto run = [&](const QStringList &args) {
            return prepdeck(args).exitCode;
        };
        QCOMPARE(run({QStringLiteral("rename-category"), QStringLiteral("Networking"),
                      QStringLiteral("TCP"), QStringLiteral("Transport")}),
                 0);
        QCOMPARE(run({QStringLiteral("merge-category"), QStringLiteral("Networking"),
                      QStringLiteral("UDP"), QStringLiteral("Transport")}),
                 0);
        const QString subnet = QString::number(
            question(QStringLiteral("What is a subnet?"))[QStringLiteral("id")].toInteger());
        QCOMPARE(run({QStringLiteral("move"), QStringLiteral("--category"),
                      QStringLiteral("Transport"), subnet}),
                 0);
        QCOMPARE(prepdeck({QStringLiteral("import"), net}).exitCode, 0);
        for (const char *prompt :
             {"What is a handshake?", "What is a datagram?", "What is a subnet?"})
            QCOMPARE(question(QString::fromLatin1(prompt))[QStringLiteral("category")].toString(),
                     QStringLiteral("Transport"));
        QCOMPARE(list().size(), 5);

        QCOMPARE(list().first()[QStringLiteral("bank")].toString(), QStringLiteral("Small bank"));
        QCOMPARE(
            run({QStringLiteral("move-bank"), QStringLiteral("Networking"), QStringLiteral("1")}),
            0);
        QCOMPARE(list().first()[QStringLiteral("bank")].toString(), QStringLiteral("Networking"));

        const Run asked = prepdeck({QStringLiteral("delete-bank"), QStringLiteral("Networking")});
        QCOMPARE(asked.exitCode, 2);
        QVERIFY2(asked.err.contains(QStringLiteral("3 question")), qPrintable(asked.err));
        QCOMPARE(list().size(), 5);
        const Run deleted = prepdeck(
            {QStringLiteral("delete-bank"), QStringLiteral("Networking"), QStringLiteral("--yes")});
        QCOMPARE(deleted.exitCode, 0);
        QVERIFY(deleted.out.contains("before-deleting-a-bank"));
        QCOMPARE(list().size(), 2);

        // Mistakes name what is there and change nothing.
        const Run wrong = prepdeck({QStringLiteral("rename-category"), QStringLiteral("Small bank"),
                                    QStringLiteral("Nope"), QStringLiteral("x")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("Basics"));
        QCOMPARE(
            run({QStringLiteral("move-bank"), QStringLiteral("Small bank"), QStringLiteral("0")}),
            2);
        QCOMPARE(run({QStringLiteral("move"), subnet}), 2);
    }

    // --preview reads the file as the import would, says why, lists the other readings and
    // the first questions, and saves nothing; --layout then imports the reading chosen.
    void importPreview_ourOwnFile_savesNothing_otherReadingChosen()
    {
        const QString file = m_dir.filePath(QStringLiteral("two-readings.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(twoReadingsBank());
        f.close();
        checkPreviewThenChoose(file);
    }

    void importPreview_corpusFileWithARunnerUp_chosenByHand()
    {
        const QString corpus = QString::fromLocal8Bit(qgetenv("PREPDECK_CORPUS_DIR"));
        const QString file =
            corpus + QStringLiteral("/Vasu7389__JavaScript-Interview-Questions-2023__README.md");
        if (corpus.isEmpty() || !QFile::exists(file)) {
            if (qgetenv("PREPDECK_REQUIRE_SEEDS") == "1")
                QFAIL("PREPDECK_REQUIRE_SEEDS=1 but the corpus is not in PREPDECK_CORPUS_DIR");
            QSKIP("The corpus is not here (set PREPDECK_CORPUS_DIR to ../shared/corpus)");
        }
        checkPreviewThenChoose(file);
    }

    void layoutHelp_listsEveryLayoutWithALine()
    {
        const Run help = prepdeck(
            {QStringLiteral("import"), QStringLiteral("--layout"), QStringLiteral("help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *id :
             {"prepdeck", "markdown-headings", "markdown-items", "plain-text", "plain-quoted",
              "plain-cards", "plain-marked", "csv", "tsv", "anki-notes"})
            QVERIFY2(help.out.contains(QByteArray("\n  ") + id + ' '), id);
    }

private:
    void checkPreviewThenChoose(const QString &file)
    {
        const int before = int(list().size());
        const Run text = prepdeck({QStringLiteral("import"), QStringLiteral("--preview"), file});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("[dry run: nothing saved]"), text.out.constData());
        QVERIFY(text.out.contains("read so because: "));
        QVERIFY(text.out.contains("the first questions:"));
        QVERIFY(text.out.contains("it also reads as: "));
        const QJsonObject preview = prepdeck({QStringLiteral("import"), QStringLiteral("--preview"),
                                              QStringLiteral("--json"), file})
                                        .json()[QStringLiteral("files")]
                                        .toArray()
                                        .first()
                                        .toObject();
        QVERIFY(preview[QStringLiteral("preview")].toBool());
        const QJsonArray readings = preview[QStringLiteral("readings")].toArray();
        QVERIFY(readings.size() >= 2);
        QCOMPARE(readings[0].toString(), preview[QStringLiteral("layout_id")].toString());
        QVERIFY(!preview[QStringLiteral("first_questions")].toArray().isEmpty());
        QCOMPARE(int(list().size()), before); // nothing saved

        // The runner-up, chosen by hand.
        const QString other = readings[1].toString();
        const Run chosen = prepdeck({QStringLiteral("import"), QStringLiteral("--json"),
                                     QStringLiteral("--layout"), other, file});
        QCOMPARE(chosen.exitCode, 0);
        const QJsonObject report =
            chosen.json()[QStringLiteral("files")].toArray().first().toObject();
        QCOMPARE(report[QStringLiteral("layout_id")].toString(), other);
        QVERIFY(int(list().size()) > before);
    }
};

QTEST_GUILESS_MAIN(TestEditCommands)
#include "tst_editcommands.moc"
