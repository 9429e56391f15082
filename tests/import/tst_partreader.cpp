// A large file is read part by part as it streams in (partreader). Read so, a bank must
// give exactly what reading it whole gives: the same banks, categories and questions, with
// the same lines. Parts are made tiny here so that every kind of boundary is met: a part
// cut inside an answer, a CSV record, a section, right after a heading.
#include "bankfilereader.h"
#include "bankgenerator.h"
#include "partreader.h"
#include "textdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace prepdeck;

namespace {

class Collect final : public NativeBankSink
{
public:
    void bank(const QString &name) override { banks.append(Bank{name, {}}); }
    void renameBank(const QString &name) override { banks.last().name = name; }
    void category(const QString &name, const QStringList &parents) override
    {
        banks.last().categories.append(Category{name, {}, parents});
    }
    bool question(Question &&q) override
    {
        banks.last().categories.last().questions.append(std::move(q));
        return true;
    }
    void warning(const ImportWarning &w) override { warnings.append(w); }
    QList<Bank> banks;
    QList<ImportWarning> warnings;
};

QString describe(const Question &q)
{
    return QStringLiteral("line %1 #%2 \"%3\" hint=%4 tags=%5 tips=%6 follow=%7 answer=%8")
        .arg(q.sourceLine)
        .arg(q.number.value_or(-1))
        .arg(q.prompt, q.hint, q.tags.join(u'|'), q.tips.join(u'|'), q.followUps.join(u'|'),
             q.answer);
}

// The first difference between two readings, or nothing.
QString firstDifference(const QList<Bank> &whole, const QList<Bank> &parts)
{
    QStringList a, b;
    for (const auto *side : {&whole, &parts}) {
        QStringList &out = side == &whole ? a : b;
        for (const Bank &bank : *side)
            for (const Category &c : bank.categories) {
                out << QStringLiteral("bank %1 / %2 [%3]")
                           .arg(bank.name, c.name, c.parents.join(u'>'));
                for (const Question &q : c.questions)
                    out << describe(q);
            }
    }
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a[i] : QStringLiteral("(nothing)");
        const QString y = i < b.size() ? b[i] : QStringLiteral("(nothing)");
        if (x != y)
            return QStringLiteral("entry %1:\n  whole: %2\n  parts: %3")
                .arg(i)
                .arg(x.left(300), y.left(300));
    }
    return {};
}

struct Outcome
{
    bool planned = false; // the head gave a plan
    bool streamed = false;
    QString difference;
    PartStats stats;
};

// Reads text whole and in parts of partBytes; the head is the first part.
Outcome compare(const QByteArray &bytes, const QString &name, qsizetype partBytes)
{
    Outcome out;
    auto whole = readBankData(bytes, name);
    auto decoded = decodeText(bytes, name);
    if (!whole || !decoded || !decoded->repairs.isEmpty())
        return out;
    SourceText source;
    source.nameAfterFile(name);
    const QString suffix = QFileInfo(name).suffix().toLower();
    source.csvHint = suffix == QLatin1String("csv");
    source.tsvHint = suffix == QLatin1String("tsv");
    QStringList lines = decoded->text.split(u'\n');
    SourceText head = source; // the head is larger than the parts, as it is in use
    qsizetype size = 0;
    for (const QString &l : std::as_const(lines)) {
        if (size >= std::max<qsizetype>(partBytes, 64 * 1024))
            break;
        head.lines << l;
        size += l.size() + 1;
    }
    const std::optional<PartPlan> plan = planParts(head);
    if (!plan || plan->layoutId != whole->layoutId)
        return out;
    out.planned = true;
    ListLineSource stream(lines);
    Collect sink;
    PartOptions options;
    options.partBytes = partBytes;
    options.stats = &out.stats;
    out.streamed = readInParts(stream, source, *plan, options, sink);
    if (out.streamed)
        out.difference = firstDifference(whole->banks, sink.banks);
    return out;
}

int g_realRuns = 0;     // real banks compared, by part size
int g_realStreamed = 0; // of them read in parts (and so compared)

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

} // namespace

class TestPartReader : public QObject
{
    Q_OBJECT

private slots:
    void generatedBank_readInParts_isTheWholeReading_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("partBytes");
        const Bank bank = bench::generateBank(240, 7);
        for (const qsizetype part : {qsizetype(3000), qsizetype(20000), qsizetype(100000)}) {
            QTest::addRow("headings %lld", qlonglong(part))
                << QStringLiteral("bank.markdown") << utf8(bench::toHeadingsMarkdown(bank)) << part;
            QTest::addRow("quoted %lld", qlonglong(part))
                << QStringLiteral("bank.txt") << utf8(bench::toQuotedText(bank)) << part;
            QTest::addRow("csv %lld", qlonglong(part))
                << QStringLiteral("bank.csv") << utf8(bench::toCsv(bank)) << part;
        }
    }
    void generatedBank_readInParts_isTheWholeReading()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, partBytes);
        const Outcome out = compare(bytes, name, partBytes);
        QVERIFY2(out.planned, "the head gives no plan");
        QVERIFY2(out.streamed, "the parts were refused");
        QVERIFY2(out.difference.isEmpty(), qPrintable(out.difference));
        // Markdown headings and CSV records show where a part ends before it is read: the
        // next part is read ahead on another thread, and the guess is right; plain text's
        // last kilobytes are read to guess. (Parts of a few kilobytes often hold no whole
        // question, and grow: what was read ahead is dropped.)
        if (partBytes == 20000) {
            QVERIFY2(out.stats.readAhead > 2, qPrintable(QString::number(out.stats.readAhead)));
            if (name.endsWith(QLatin1String(".txt"))) // (a section title may be in the way)
                QVERIFY2(out.stats.readAheadTaken * 4 >= out.stats.readAhead * 3,
                         qPrintable(QStringLiteral("%1 of %2")
                                        .arg(out.stats.readAheadTaken)
                                        .arg(out.stats.readAhead)));
            else
                QCOMPARE(out.stats.readAheadTaken, out.stats.readAhead);
        }
    }

    // A title heading's sibling far down the file shows the title was not the file's: the
    // reading in parts says so (the file is then read whole), it never guesses.
    void secondTopHeading_refusesTheParts()
    {
        QString text = QStringLiteral("# Part one\n\n");
        for (int i = 1; i <= 60; ++i)
            text += QStringLiteral("## %1. What does step %1 of the rollout check?\n\nIt "
                                   "checks the health of replica %1 before moving on.\n\n")
                        .arg(i);
        text += QStringLiteral("# Part two\n\n## 61. What comes last?\n\nThe summary.\n");
        const Outcome out = compare(utf8(text), QStringLiteral("two.md"), 1500);
        QVERIFY(out.planned);
        QVERIFY2(!out.streamed, qPrintable(out.difference));
    }

    // The real banks: where a reading in parts goes ahead, it gives the whole reading.
    void realBanks_readInParts_isTheWholeReading_data()
    {
        QTest::addColumn<QString>("path");
        QStringList dirs;
        for (const char *var : {"PREPDECK_SEEDS_DIR", "PREPDECK_CORPUS_DIR"})
            if (const QString d = qEnvironmentVariable(var); !d.isEmpty() && QDir(d).exists())
                dirs << d;
        if (dirs.isEmpty() && qEnvironmentVariableIntValue("PREPDECK_REQUIRE_SEEDS"))
            QFAIL("PREPDECK_SEEDS_DIR / PREPDECK_CORPUS_DIR are not set");
        int rows = 0;
        for (const QString &dir : std::as_const(dirs)) {
            QDirIterator it(dir,
                            {QStringLiteral("*.md"), QStringLiteral("*.txt"),
                             QStringLiteral("*.csv"), QStringLiteral("*.tsv")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (QFileInfo(path).fileName() == QLatin1String("README.md"))
                    continue; // the folder's own description
                QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
                ++rows;
            }
        }
        if (rows == 0)
            QTest::newRow("none") << QString();
    }
    void realBanks_readInParts_isTheWholeReading()
    {
        QFETCH(QString, path);
        if (path.isEmpty())
            QSKIP("no seed or corpus folder here");
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const qsizetype part : {qsizetype(4000), qsizetype(30000)}) {
            const Outcome out = compare(bytes, path, part);
            qInfo("%s, parts of %lld: %s", qPrintable(QFileInfo(path).fileName()), qlonglong(part),
                  !out.planned   ? "read whole (no plan)"
                  : out.streamed ? "read in parts"
                                 : "parts refused: read whole");
            ++g_realRuns;
            g_realStreamed += out.streamed;
            if (out.streamed)
                QVERIFY2(out.difference.isEmpty(),
                         qPrintable(QStringLiteral("parts of %1: ").arg(part) + out.difference));
        }
    }

    // The comparison above means something only if most real banks are read in parts.
    void realBanks_mostAreReadInParts()
    {
        if (g_realRuns == 0)
            QSKIP("no seed or corpus folder here");
        QVERIFY2(g_realStreamed * 2 > g_realRuns,
                 qPrintable(QStringLiteral("%1 of %2").arg(g_realStreamed).arg(g_realRuns)));
    }
};

QTEST_GUILESS_MAIN(TestPartReader)
#include "tst_partreader.moc"
