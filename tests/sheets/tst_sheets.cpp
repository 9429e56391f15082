// Sheets checked the way a reader sees them: the PDF turned back into text with pdftotext,
// the page count from pdfinfo.
#include "library.h"
#include "mockquestions.h"
#include "sheetdocument.h"

#include <QDir>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace prepdeck;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed: %s", qPrintable(program), p.readAllStandardError().constData());
    // As a reader copies it: ligatures (ﬁ, ﬀ) would stay ligatures (see pdfText_hasNoLigatures).
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// Answers long enough to fill pages, with code and a table, each with a sentence of its own.
Bank generatedBank(const QString &name, int categories, int perCategory)
{
    Bank bank{name, {}};
    for (int c = 0; c < categories; ++c) {
        Category cat{QStringLiteral("%1 topic %2").arg(name).arg(c), {}, {}};
        for (int i = 0; i < perCategory; ++i) {
            Question q;
            q.prompt =
                QStringLiteral("How would you explain idea %1 of %2 %3?").arg(i).arg(name).arg(c);
            q.answer = QStringLiteral(
                           "Unique answer sentence %1x%2x%3 explains it.\n\n"
                           "| term | meaning |\n|---|---|\n| cache | a copy kept close |\n\n"
                           "```python\ndef handle(request):\n    return respond(request)\n```\n\n")
                           .arg(name)
                           .arg(c)
                           .arg(i) +
                       QStringLiteral("More prose to fill the page. ").repeated(12);
            q.followUps = {QStringLiteral("Follow-up on idea %1?").arg(i)};
            q.hint = QStringLiteral("Hint %1").arg(i);
            cat.questions << q;
        }
        bank.categories << cat;
    }
    return bank;
}

} // namespace

class TestSheets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Library> m_store;

    QList<StoredQuestion> everything() { return *m_store->questions().list(); }

private slots:
    void initTestCase()
    {
        auto store = Library::open(QStringLiteral(":memory:"));
        QVERIFY(store);
        m_store = std::move(*store);
        QVERIFY(m_store->imports().importBanks({generatedBank(QStringLiteral("Alpha"), 3, 7)},
                                               QStringLiteral("/a.md"), {}, false));
        QVERIFY(m_store->imports().importBanks({generatedBank(QStringLiteral("Beta"), 2, 6)},
                                               QStringLiteral("/b.md"), {}, false));
    }

    void studySheet_everyQuestionInOrder_pageNumbersAndContentsRight()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("study.pdf"));
        SheetOptions options;
        options.pageSize = QPageSize::A4;
        const QList<StoredQuestion> questions = everything();
        QVERIFY(writeSheetPdf(questions, options, pdf));

        const QString text = pdfText(pdf);
        qsizetype at = 0;
        for (int i = 0; i < questions.size(); ++i) {
            const QString heading =
                QStringLiteral("%1. %2").arg(i + 1).arg(questions[i].question.prompt);
            const qsizetype found = text.indexOf(heading, at);
            QVERIFY2(found >= 0, qPrintable(heading));
            at = found;
            QVERIFY(
                text.contains(QStringLiteral("Unique answer sentence %1x").arg(questions[i].bank)));
        }

        const int pages = pdfPages(pdf);
        QVERIFY(pages > 5);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(pdfText(pdf, p).contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                     qPrintable(QString::number(p)));

        // The contents: each category with the page where it starts, and the category's first
        // question really is on that page.
        const QString contents = pdfText(pdf, 1);
        QString lastCategory;
        int categories = 0;
        for (int i = 0; i < questions.size(); ++i) {
            if (questions[i].category == lastCategory)
                continue;
            lastCategory = questions[i].category;
            ++categories;
            const QRegularExpression line(QRegularExpression::escape(lastCategory) +
                                          QStringLiteral(" — \\S+\\s+(\\d+)"));
            const auto m = line.match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(lastCategory));
            const int page = m.captured(1).toInt();
            QVERIFY2(pdfText(pdf, page).contains(
                         QStringLiteral("%1. %2").arg(i + 1).arg(questions[i].question.prompt)),
                     qPrintable(QStringLiteral("%1 on page %2").arg(lastCategory).arg(page)));
        }
        QCOMPARE(categories, 5);
        QVERIFY(text.contains(
            QRegularExpression(QStringLiteral("☐\\s*1\\s*☐\\s*2\\s*☐\\s*3\\s*☐\\s*4\\s*☐\\s*5"))));
    }

    void interviewerAndCandidate_sameQuestions_onlyTheInterviewerSeesAnswers()
    {
        MockSettings settings;
        settings.count = 6;
        settings.seed = 11;
        const auto plan = *planMockInterview(*m_store, settings, QDateTime::currentDateTimeUtc());
        QList<StoredQuestion> questions;
        for (const qint64 id : plan)
            questions << *m_store->questions().find(id);

        SheetOptions interviewer;
        interviewer.kind = SheetKind::Interviewer;
        SheetOptions candidate;
        candidate.kind = SheetKind::Candidate;
        const QString a = m_dir.filePath(QStringLiteral("interviewer.pdf"));
        const QString b = m_dir.filePath(QStringLiteral("candidate.pdf"));
        QVERIFY(writeSheetPdf(questions, interviewer, a));
        QVERIFY(writeSheetPdf(questions, candidate, b));
        const QString forInterviewer = pdfText(a);
        const QString forCandidate = pdfText(b);

        auto headingsIn = [](const QString &text) {
            static const QRegularExpression heading(
                QStringLiteral("^(\\d+\\. How would you explain .*\\?)$"),
                QRegularExpression::MultilineOption);
            QStringList out;
            for (auto it = heading.globalMatch(text); it.hasNext();)
                out << it.next().captured(1);
            return out;
        };
        QCOMPARE(headingsIn(forInterviewer).size(), 6);
        QCOMPARE(headingsIn(forCandidate), headingsIn(forInterviewer));
        for (const StoredQuestion &q : questions) {
            const QString key = QStringLiteral("Unique answer sentence %1x").arg(q.bank);
            QVERIFY(forInterviewer.contains(key));
            QVERIFY(!forCandidate.contains(QStringLiteral("Unique answer sentence")));
            QVERIFY(!forCandidate.contains(QStringLiteral("Follow-up on idea")));
            QVERIFY(!forCandidate.contains(QStringLiteral("Hint ")));
        }
        QVERIFY(forInterviewer.contains(QStringLiteral("Follow-up on idea")));
        QVERIFY(forInterviewer.contains(QStringLiteral("Time used:")));
        QVERIFY(forCandidate.contains(QStringLiteral("Candidate:")));
        QVERIFY(forCandidate.contains(QStringLiteral("Interviewer:")));
    }

    void metadataAndPageSize()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("letter.pdf"));
        SheetOptions options;
        options.pageSize = QPageSize::Letter;
        options.title = QStringLiteral("Train reading");
        QVERIFY(writeSheetPdf(everything().mid(0, 3), options, pdf));
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Train reading"))));
        QVERIFY(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Prepdeck"))));
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts (letter)")), qPrintable(info));
        const QString xmp = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
        QVERIFY(xmp.contains(QStringLiteral("<dc:creator>")));
    }

    void progressReportPage_comesFirst_contentsStillRight()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("with-progress.pdf"));
        QVERIFY(m_store->ratings().rate(1, 5, QStringLiteral("study"),
                                        QDateTime::currentDateTimeUtc()));
        SheetOptions options;
        options.progressReport = *m_store->progress().readiness();
        options.progressSummary = QStringLiteral("Interview in 9 days.");
        const QList<StoredQuestion> questions = everything();
        QVERIFY(writeSheetPdf(questions, options, pdf));
        const QString first = pdfText(pdf, 1).simplified(); // as one line: the sentence wraps
        QVERIFY(first.contains(QStringLiteral("Progress report")));
        QVERIFY2(first.contains(QStringLiteral(
                     "In the 5 categories on this sheet, 1 of 33 questions are ready")),
                 qPrintable(first.left(400)));
        QVERIFY(first.contains(QStringLiteral("Interview in 9 days.")));
        QVERIFY(first.contains(QStringLiteral("Alpha topic 0")));
        QVERIFY(!first.contains(QStringLiteral("1. How would you explain"))); // a page of its own
        // The contents (on the next page) still point at where each category starts.
        const QString contents = pdfText(pdf, 2);
        const QRegularExpression line(QStringLiteral("Beta topic 1 — \\S+\\s+(\\d+)"));
        const auto m = line.match(contents);
        QVERIFY2(m.hasMatch(), qPrintable(contents.left(400)));
        const int firstBetaTopic1 =
            static_cast<int>(std::find_if(questions.cbegin(), questions.cend(),
                                          [](const StoredQuestion &q) {
                                              return q.category == QLatin1String("Beta topic 1");
                                          }) -
                             questions.cbegin());
        QVERIFY(pdfText(pdf, m.captured(1).toInt())
                    .contains(QStringLiteral("%1. %2")
                                  .arg(firstBetaTopic1 + 1)
                                  .arg(questions[firstBetaTopic1].question.prompt)));
    }

    // The progress page reports what the sheet prints: a sheet of Beta's questions does not
    // open with Alpha's categories and the whole library's count.
    void progressReport_coversThePrintedCategoriesOnly()
    {
        QList<StoredQuestion> beta;
        for (const StoredQuestion &q : everything())
            if (q.bank == QLatin1String("Beta"))
                beta << q;
        QCOMPARE(beta.size(), 12);
        SheetOptions options;
        options.progressReport = *m_store->progress().readiness();
        QCOMPARE(options.progressReport.size(), 5);
        const QString pdf = m_dir.filePath(QStringLiteral("beta-progress.pdf"));
        QVERIFY(writeSheetPdf(beta, options, pdf));
        const QString first = pdfText(pdf, 1).simplified();
        QVERIFY2(first.contains(QStringLiteral("In the 2 categories on this sheet, 0 of 12")),
                 qPrintable(first.left(400)));
        QVERIFY(first.contains(QStringLiteral("Beta topic 1")));
        QVERIFY(!first.contains(QStringLiteral("Alpha topic")));
    }

    // A candidate's question stays on one page with its writing lines (no page holding the
    // last line of the question before), and the interviewer's time, score and note lines
    // are not split across pages: each such part starts and ends on the same page.
    void mockSheets_questionsAndNoteLinesAreNotSplit_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("candidate") << int(SheetKind::Candidate);
        QTest::newRow("interviewer") << int(SheetKind::Interviewer);
    }
    void mockSheets_questionsAndNoteLinesAreNotSplit()
    {
        QFETCH(int, kind);
        const QList<StoredQuestion> questions = everything().mid(0, 24);
        SheetOptions options;
        options.kind = static_cast<SheetKind>(kind);
        options.pageSize = QPageSize::A4;
        QPdfWriter writer(m_dir.filePath(QStringLiteral("kept.pdf")));
        writer.setResolution(300);
        SheetDocument sheet(questions, options);
        sheet.layOutFor(writer);
        const auto groups = sheet.keptGroupPages();
        QCOMPARE(groups.size(), questions.size());
        QVERIFY(sheet.pageCount() > 3);
        for (qsizetype i = 0; i < groups.size(); ++i)
            QVERIFY2(groups[i].first == groups[i].second,
                     qPrintable(QStringLiteral("question %1 runs from page %2 to page %3")
                                    .arg(i + 1)
                                    .arg(groups[i].first)
                                    .arg(groups[i].second)));
        QCOMPARE(groups.last().second, sheet.pageCount()); // nothing after the last question
    }

    // A label ("Hint", "Tip", "Follow-up", "Key points") or the line under a question's
    // heading is never the last thing on a page, apart from what it introduces.
    void labels_areNeverLeftAloneAtAPageFoot_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("size");
        for (const int size :
             {int(SheetFontSize::Small), int(SheetFontSize::Normal), int(SheetFontSize::Large)}) {
            QTest::addRow("study %d", size) << int(SheetKind::Study) << size;
            QTest::addRow("interviewer %d", size) << int(SheetKind::Interviewer) << size;
        }
    }
    void labels_areNeverLeftAloneAtAPageFoot()
    {
        QFETCH(int, kind);
        QFETCH(int, size);
        SheetOptions options;
        options.kind = static_cast<SheetKind>(kind);
        options.fontSize = static_cast<SheetFontSize>(size);
        options.pageSize = QPageSize::A4;
        const QString pdf = m_dir.filePath(QStringLiteral("labels.pdf"));
        QVERIFY(writeSheetPdf(everything(), options, pdf));
        static const QRegularExpression label(
            QStringLiteral("^(Hint|Tip|Follow-up|Key points|Follow-ups to ask|No\\. \\d+.*)$"));
        const int pages = pdfPages(pdf);
        for (int page = 1; page < pages; ++page) {
            QStringList lines = pdfText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() ||
                                        lines.last().startsWith(QStringLiteral("Page ")) ||
                                        lines.last().startsWith(QLatin1Char('\f'))))
                lines.removeLast();
            QVERIFY(!lines.isEmpty());
            QVERIFY2(
                !label.match(lines.last().trimmed()).hasMatch(),
                qPrintable(QStringLiteral("page %1 ends with \"%2\"").arg(page).arg(lines.last())));
        }
    }

    void badPaths_clearErrorAndNothingLeftBehind()
    {
        const QList<StoredQuestion> some = everything().mid(0, 2);
        auto missing =
            writeSheetPdf(some, {}, m_dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("does not exist")));

        auto refused = writeSheetPdf(some, {}, QStringLiteral("/proc/prepdeck-sheet.pdf"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("cannot write")));
        QVERIFY(!QFile::exists(QStringLiteral("/proc/prepdeck-sheet.pdf")));

        // Cancelled half-way: the old file stays as it was, no temporary file remains.
        const QString kept = m_dir.filePath(QStringLiteral("kept.pdf"));
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old contents");
        old.close();
        auto cancelled =
            writeSheetPdf(everything(), {}, kept, [](int page, int) { return page < 2; });
        QVERIFY(!cancelled);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old contents"));
        const QStringList left =
            QDir(m_dir.path()).entryList({QStringLiteral("kept.pdf*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{QStringLiteral("kept.pdf")});
    }

    // The PDF's text copies and searches as the words it shows: no "ﬁ"/"ﬀ" ligatures in
    // place of their letters.
    void pdfText_hasNoLigatures()
    {
        StoredQuestion q = everything().first();
        q.question.prompt = QStringLiteral("What is a financial office workflow?");
        q.question.answer = QStringLiteral("Efficient offices file affidavits, fluffy or not.");
        const QString pdf = m_dir.filePath(QStringLiteral("ligatures.pdf"));
        QVERIFY(writeSheetPdf({q}, {}, pdf));
        const QString text = pdfText(pdf);
        for (const QChar ligature :
             {QChar(0xFB00), QChar(0xFB01), QChar(0xFB02), QChar(0xFB03), QChar(0xFB04)})
            QVERIFY2(!text.contains(ligature), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("financial office workflow")));
        QVERIFY(text.contains(QStringLiteral("Efficient offices file affidavits, fluffy")));
    }

    // A prompt's inline Markdown is printed as a reader sees it, not as its markup.
    void promptMarkdown_isPrintedRendered()
    {
        StoredQuestion q = everything().first();
        q.question.prompt = QStringLiteral("What do slots (`__slots__`) save in *args?");
        const QString pdf = m_dir.filePath(QStringLiteral("prompt.pdf"));
        QVERIFY(writeSheetPdf({q}, {}, pdf));
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(text.contains(QStringLiteral("1. What do slots (__slots__) save in *args?")),
                 qPrintable(text.left(300)));
        QVERIFY(!text.contains(QLatin1Char('`')));
    }
};

QTEST_MAIN(TestSheets)
#include "tst_sheets.moc"
