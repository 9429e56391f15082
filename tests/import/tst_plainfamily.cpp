// The plain-text family: a short head (number, question, labels) above an answer marker
// line. Each bank here is a variant a person could have written — a longer tag line, another
// marker, labels above or below the question, no blank lines — and each must read whole.
#include "bankfilereader.h"

#include <QTest>

using namespace prepdeck;

namespace {

struct Flat
{
    QString category;
    Question q;
};

QList<Flat> flatten(const BankFile &f)
{
    QList<Flat> out;
    for (const Bank &b : f.banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions)
                out << Flat{c.name, q};
    return out;
}

BankFile mustRead(const QString &text, const QString &name)
{
    auto r = readBankData(text.toUtf8(), name);
    if (!r)
        qFatal("%s", qPrintable(r.error().toString()));
    return *r;
}

} // namespace

class TestPlainFamily : public QObject
{
    Q_OBJECT

private slots:
    void quoted_longTagLine_sampleAnswer_titlesAfterCoaching()
    {
        const QString text = QStringLiteral(
            "Storage engines\n"
            "\"Why would a B-tree beat a hash index for range scans?\"\n"
            "Databases and storage engines, intermediate\n" // 43 characters
            "Sample answer\n"
            "\n"
            "Leaves are kept in key order, so a range is one seek and a walk.\n"
            "\n"
            "A hash spreads neighbours apart.\n"
            "→ Draw the leaf chain if there is a whiteboard.\n"
            "\"What does a write-ahead log protect against?\"\n"
            "Databases\n"
            "Sample answer\n"
            "\n"
            "Losing committed work when the process dies mid-write.\n"
            "✓ Name fsync.\n"
            "Networking\n"
            "\"What happens when a TCP segment is lost?\"\n"
            "Networking\n"
            "Sample answer\n"
            "\n"
            "The receiver keeps acknowledging the last in-order byte; the sender retransmits.\n"
            "→ Mention fast retransmit.\n");
        const BankFile f = mustRead(text, QStringLiteral("engines.txt"));
        QCOMPARE(f.layoutId, QStringLiteral("plain-quoted"));
        const QList<Flat> all = flatten(f);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].category, QStringLiteral("Storage engines"));
        QCOMPARE(all[1].category, QStringLiteral("Storage engines"));
        QCOMPARE(all[2].category, QStringLiteral("Networking"));
        QCOMPARE(all[0].q.prompt,
                 QStringLiteral("Why would a B-tree beat a hash index for range scans?"));
        QCOMPARE(all[0].q.tags,
                 QStringList{QStringLiteral("Databases and storage engines, intermediate")});
        QVERIFY(all[0].q.answer.startsWith(QStringLiteral("Leaves are kept in key order")));
        QVERIFY(all[0].q.answer.contains(QStringLiteral("A hash spreads neighbours apart.")));
        QCOMPARE(all[0].q.tips,
                 QStringList{QStringLiteral("Draw the leaf chain if there is a whiteboard.")});
        QCOMPARE(all[1].q.tips, QStringList{QStringLiteral("Name fsync.")});
        QVERIFY(!all[1].q.answer.contains(QStringLiteral("Networking")));
        QCOMPARE(all[2].q.sourceLine, 17);
        QVERIFY(f.warnings.isEmpty());
    }

    void cards_answerColonMarker_noBlankLines_topicsUnderTitle()
    {
        const QString text = QStringLiteral("Platform team\n"
                                            "\n"
                                            "Linux · Containers\n"
                                            "\n"
                                            "1.\n"
                                            "Linux\n"
                                            "How do you find what holds a port open?\n"
                                            "Answer:\n"
                                            "ss -ltnp, or lsof -i :PORT.\n"
                                            "2.\n"
                                            "Containers\n"
                                            "Explain what a cgroup limits.\n"
                                            "Answer:\n"
                                            "CPU, memory and I/O a group of processes may use.\n"
                                            "It does not isolate what they see; namespaces do.\n"
                                            "\n"
                                            "Data team\n"
                                            "\n"
                                            "SQL · Pipelines\n"
                                            "\n"
                                            "1.\n"
                                            "SQL\n"
                                            "Rank rows within a group without a self-join.\n"
                                            "Answer:\n"
                                            "A window function: RANK() OVER (PARTITION BY g "
                                            "ORDER BY v).\n");
        const BankFile f = mustRead(text, QStringLiteral("teams.txt"));
        QCOMPARE(f.layoutId, QStringLiteral("plain-cards"));
        const QList<Flat> all = flatten(f);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].category, QStringLiteral("Platform team"));
        QCOMPARE(all[2].category, QStringLiteral("Data team"));
        QCOMPARE(all[1].q.number, 2);
        QCOMPARE(all[1].q.tags, QStringList{QStringLiteral("Containers")});
        QCOMPARE(all[1].q.prompt, QStringLiteral("Explain what a cgroup limits."));
        // Plain text keeps its line breaks; the next section's title is not answer text.
        QVERIFY(all[1].q.answer.contains(QStringLiteral("may use.")));
        QVERIFY(all[1].q.answer.contains(QStringLiteral("namespaces do.")));
        QVERIFY(!all[1].q.answer.contains(QStringLiteral("Data team")));
        QVERIFY(!all[1].q.answer.contains(QStringLiteral("SQL · Pipelines")));
        QCOMPARE(all[2].q.prompt, QStringLiteral("Rank rows within a group without a self-join."));
    }

    void unquoted_twoLabelsBelow_modelAnswer_standaloneTitles()
    {
        const QString text = QStringLiteral("Caching\n"
                                            "\n"
                                            "What is cache stampede?\n"
                                            "Caching\n"
                                            "Hard\n"
                                            "Model answer\n"
                                            "Many requests miss at once and all hit the origin.\n"
                                            "Use a lock or serve stale while one refreshes.\n"
                                            "\n"
                                            "When is write-through better than write-back?\n"
                                            "Caching\n"
                                            "Medium\n"
                                            "Model answer\n"
                                            "When losing a write is worse than a slower write.\n"
                                            "\n"
                                            "Queues\n"
                                            "\n"
                                            "What does at-least-once delivery oblige a consumer "
                                            "to do?\n"
                                            "Queues\n"
                                            "Easy\n"
                                            "Model answer\n"
                                            "Handle duplicates: make processing idempotent.\n");
        const BankFile f = mustRead(text, QStringLiteral("systems.txt"));
        QCOMPARE(f.layoutId, QStringLiteral("plain-marked"));
        const QList<Flat> all = flatten(f);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0].category, QStringLiteral("Caching"));
        QCOMPARE(all[2].category, QStringLiteral("Queues"));
        QCOMPARE(all[0].q.tags, (QStringList{QStringLiteral("Caching"), QStringLiteral("Hard")}));
        QVERIFY(all[1].q.answer.startsWith(QStringLiteral("When losing a write")));
        QVERIFY(!all[1].q.answer.contains(QStringLiteral("Queues")));
    }

    void markerLineInsideAnAnswer_isAnswerText()
    {
        // "+" alone and a quoted line inside an answer do not start a question in a bank
        // whose questions are marked "Suggested Answer".
        QString text;
        for (int i = 1; i <= 4; ++i)
            text += QStringLiteral("\"Question number %1, what is it?\"\nTopic\nSuggested Answer\n"
                                   "\nFirst line of answer %1.\n%2Still answer %1.\n")
                        .arg(i)
                        .arg(i == 2 ? QStringLiteral("\"A quoted aside\"\nTopic\n+\n") : QString());
        const BankFile f = mustRead(text, QStringLiteral("asides.txt"));
        const QList<Flat> all = flatten(f);
        QCOMPARE(all.size(), 4);
        QVERIFY(all[1].q.answer.contains(QStringLiteral("Still answer 2.")));
        QVERIFY(all[1].q.answer.contains(QStringLiteral("A quoted aside")));
    }

    void spanishMarkers_andQuestionMarks()
    {
        const QString text = QStringLiteral("¿Qué es un índice compuesto?\n"
                                            "Respuesta:\n"
                                            "Un índice sobre varias columnas, en orden.\n"
                                            "\n"
                                            "¿Cuándo conviene desnormalizar?\n"
                                            "Respuesta:\n"
                                            "Cuando las lecturas dominan y las uniones cuestan.\n");
        const BankFile f = mustRead(text, QStringLiteral("bases.txt"));
        const QList<Flat> all = flatten(f);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].q.prompt, QStringLiteral("¿Qué es un índice compuesto?"));
        QCOMPARE(all[1].q.answer,
                 QStringLiteral("Cuando las lecturas dominan y las uniones cuestan."));
    }

    void questionWithoutAnswer_warnsNamingTheMarker()
    {
        const QString text = QStringLiteral("\"What is a deadlock?\"\nConcurrency\nSuggested "
                                            "Answer\n\n\"What is a livelock?\"\nConcurrency\n"
                                            "Suggested Answer\n\nThreads keep reacting to each "
                                            "other and make no progress.\n");
        const BankFile f = mustRead(text, QStringLiteral("locks.txt"));
        QCOMPARE(flatten(f).size(), 2);
        QCOMPARE(f.warnings.size(), 1);
        QCOMPARE(f.warnings[0].line, 1);
        QVERIFY(f.warnings[0].message.contains(QStringLiteral("Suggested Answer")));
    }

    void oneMarkerInProse_isNotABank()
    {
        const QString text = QStringLiteral(
            "Notes from the meeting\n\nWe asked whether the cache was warm.\nAnswer:\nIt was "
            "not, and that explains the latency.\n\nNext steps are in the tracker.\n");
        auto r = readBankData(text.toUtf8(), QStringLiteral("notes.txt"));
        QVERIFY(!r || r->layoutId != QStringLiteral("plain-marked"));
    }
};

QTEST_GUILESS_MAIN(TestPlainFamily)
#include "tst_plainfamily.moc"
