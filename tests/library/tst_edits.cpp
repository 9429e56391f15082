// The user's own changes and what an import of the same file does to them: an edited
// question keeps the user's text (and says so when the file changed too), a deleted one
// stays deleted, a renamed bank keeps its name, a suspended one leaves study but keeps its
// history, a question written by hand stays the user's.
#include "library.h"
#include "mockquestions.h"
#include "osbank.h"
#include "storetestsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace prepdeck;
using namespace prepdeck::testing;

namespace {

QStringList prompts(Library &library, const QuestionFilter &filter = {})
{
    QStringList out;
    for (const StoredQuestion &s : *library.questions().list(filter))
        out << s.question.prompt;
    return out;
}

} // namespace

class TestEdits : public QObject
{
    Q_OBJECT

    std::unique_ptr<Library> m_library;
    const QString m_path = QStringLiteral("/banks/os.md");

    MergeCounts importOs(const Bank &bank)
    {
        auto counts = m_library->imports().importBanks({bank}, m_path, {}, false);
        if (!counts)
            qFatal("import failed: %s", qPrintable(counts.error().toString()));
        return *counts;
    }

    qint64 idOf(const QString &prompt)
    {
        QuestionFilter all;
        all.suspended = QuestionFilter::Suspended::Included;
        for (const StoredQuestion &s : *m_library->questions().list(all))
            if (s.question.prompt == prompt)
                return s.id;
        return 0;
    }

private slots:
    void init()
    {
        auto opened = Library::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        m_library = std::move(*opened);
        importOs(osBank());
    }

    void edit_savesTheTextKeepsTheFilesVersion_andIsFoundBySearch()
    {
        const qint64 id = idOf(QStringLiteral("What is a thread?"));
        Question changed = m_library->questions().find(id)->question;
        changed.answer = QStringLiteral("A lightweight strand of execution sharing memory.");
        QVERIFY(m_library->edits().edit(id, changed));
        const StoredQuestion after = *m_library->questions().find(id);
        QCOMPARE(after.question.answer, changed.answer);
        QVERIFY(after.edited.isValid());
        QVERIFY(value(*m_library,
                      QStringLiteral("SELECT file_version FROM questions WHERE id = %1").arg(id))
                    .toString()
                    .contains(QStringLiteral("A path of execution.")));
        QCOMPARE(prompts(*m_library, QuestionFilter::matching({}, QStringLiteral("lightweight"))),
                 QStringList{QStringLiteral("What is a thread?")});
        QVERIFY(
            prompts(*m_library, QuestionFilter::matching({}, QStringLiteral("path"))).isEmpty());
        // The same text again changes nothing and is no new edit.
        const QDateTime edited = after.edited;
        QVERIFY(m_library->edits().edit(id, changed));
        QCOMPARE(m_library->questions().find(id)->edited, edited);
        // An empty prompt is refused, and nothing is saved.
        Question empty = changed;
        empty.prompt = QStringLiteral("  ");
        QCOMPARE(m_library->edits().edit(id, empty).error().kind, Error::Kind::Usage);
    }

    // Edited, and the file unchanged: the import keeps the user's text and says so.
    void reimport_editedUnchangedInFile_keepsTheUsersText()
    {
        const qint64 id = idOf(QStringLiteral("What is a thread?"));
        Question changed = m_library->questions().find(id)->question;
        changed.prompt = QStringLiteral("What is a thread, and how does it differ from a process?");
        QVERIFY(m_library->edits().edit(id, changed));
        const MergeCounts counts = importOs(osBank());
        QCOMPARE(counts.editedKept, 1);
        QVERIFY(counts.editedChangedInFile.isEmpty());
        QCOMPARE(counts.added, 0);
        QCOMPARE(m_library->questions().find(id)->question.prompt, changed.prompt);
        QCOMPARE(prompts(*m_library).size(), 3); // no second copy from the file
    }

    // Edited, and changed in the file as well: the user's text stays, the question is
    // listed, and the file's new version can be taken instead.
    void reimport_editedAndChangedInFile_keepsYoursAndListsIt()
    {
        const qint64 id = idOf(QStringLiteral("What is a thread?"));
        Question changed = m_library->questions().find(id)->question;
        changed.answer = QStringLiteral("My own answer.");
        QVERIFY(m_library->edits().edit(id, changed));
        const MergeCounts counts = importOs(osBank(QStringLiteral("The file's better answer.")));
        QCOMPARE(counts.editedChangedInFile, QList<qint64>{id});
        QCOMPARE(m_library->questions().find(id)->question.answer,
                 QStringLiteral("My own answer."));
        QVERIFY(m_library->edits().takeFileVersion(id));
        const StoredQuestion taken = *m_library->questions().find(id);
        QCOMPARE(taken.question.answer, QStringLiteral("The file's better answer."));
        QVERIFY(!taken.edited.isValid());
        // As the file's again, the next import updates it as any other.
        QCOMPARE(importOs(osBank(QStringLiteral("Newer still."))).updated, 1);
        QCOMPARE(m_library->questions().find(id)->question.answer, QStringLiteral("Newer still."));
    }

    // Deleted: out of every list; an import does not bring it back; restore does, with its
    // ratings.
    void delete_staysDeletedOnReimport_restoreBringsItBackWhole()
    {
        const qint64 id = idOf(QStringLiteral("What is a process?"));
        QVERIFY(m_library->ratings().rate(id, 4, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(m_library->edits().remove({id}));
        QVERIFY(!prompts(*m_library).contains(QStringLiteral("What is a process?")));
        QCOMPARE(m_library->questions().stats()->questions, 2);
        const MergeCounts counts = importOs(osBank());
        QCOMPARE(counts.deletedKept, 1);
        QCOMPARE(counts.added, 0);
        QVERIFY(!prompts(*m_library).contains(QStringLiteral("What is a process?")));
        QVERIFY(m_library->edits().restore({id}));
        QVERIFY(prompts(*m_library).contains(QStringLiteral("What is a process?")));
        QCOMPARE(m_library->questions().find(id)->confidence, std::optional<int>(4));
        QCOMPARE(m_library->edits().restore({id}).error().kind, Error::Kind::NotFound);
    }

    // Renamed: an import of the same file keeps the user's name, and finds the bank by the
    // file's name when the file holds several banks.
    void renamedBank_keepsItsNameOnReimport()
    {
        const qint64 bankId =
            value(*m_library, QStringLiteral("SELECT id FROM banks")).toLongLong();
        QVERIFY(m_library->edits().renameBank(bankId, QStringLiteral("OS basics")));
        importOs(osBank());
        QCOMPARE(value(*m_library, QStringLiteral("SELECT name FROM banks")).toString(),
                 QStringLiteral("OS basics"));
        Bank other{QStringLiteral("Networking"), {}};
        other.categories << Category{QStringLiteral("TCP"), {}, {}};
        other.categories[0].questions
            << question(QStringLiteral("What is TCP?"), QStringLiteral("A"));
        QVERIFY(m_library->imports().importBanks({osBank(), other}, m_path, {}, false));
        QCOMPARE(value(*m_library, QStringLiteral("SELECT COUNT(*) FROM banks")).toInt(), 2);
        QCOMPARE(
            value(*m_library, QStringLiteral("SELECT name FROM banks WHERE id = %1").arg(bankId))
                .toString(),
            QStringLiteral("OS basics"));
        QCOMPARE(m_library->questions().stats()->questions, 4);
    }

    // A renamed bank is found again only from its own file: another file whose bank has
    // the old name is a bank of its own, not merged into the renamed one.
    void renamedBank_anotherFileOfTheOldNameIsNotMerged()
    {
        const qint64 bankId =
            value(*m_library, QStringLiteral("SELECT id FROM banks")).toLongLong();
        QVERIFY(m_library->edits().renameBank(bankId, QStringLiteral("OS basics")));
        Bank other = osBank();
        other.categories.removeLast();
        const auto counts = m_library->imports().importBanks(
            {other}, QStringLiteral("/elsewhere/os.md"), {}, false);
        QVERIFY(counts);
        QCOMPARE(counts->retired, 0);
        QCOMPARE(value(*m_library, QStringLiteral("SELECT COUNT(*) FROM banks")).toInt(), 2);
        QCOMPARE(m_library->questions().stats()->questions, 5);
    }

    // A search lists suspended questions when asked to include them, as `list` does.
    void search_includesSuspendedWhenAsked()
    {
        const qint64 id = idOf(QStringLiteral("What is a thread?"));
        QVERIFY(m_library->edits().setSuspended({id}, true));
        QuestionFilter search = QuestionFilter::matching({}, QStringLiteral("execution"));
        QVERIFY(prompts(*m_library, search).isEmpty());
        search.suspended = QuestionFilter::Suspended::Included;
        QCOMPARE(prompts(*m_library, search), QStringList{QStringLiteral("What is a thread?")});
        QCOMPARE(*m_library->questions().countQuestions(search), 1);
        QuestionFilter all;
        all.suspended = QuestionFilter::Suspended::Included;
        QCOMPARE(*m_library->questions().countQuestions(all), 3);
        QCOMPARE(*m_library->questions().countQuestions({}), 2);
    }

    // Suspended: out of the lists, the category's figures and the mock interview, kept with
    // its ratings; shown when asked for.
    void suspended_leavesStudyAndMocks_keepsItsHistory()
    {
        const qint64 id = idOf(QStringLiteral("What is a thread?"));
        QVERIFY(m_library->ratings().rate(id, 2, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(m_library->edits().setSuspended({id}, true));
        QVERIFY(!prompts(*m_library).contains(QStringLiteral("What is a thread?")));
        QuestionFilter only;
        only.suspended = QuestionFilter::Suspended::Only;
        QCOMPARE(prompts(*m_library, only), QStringList{QStringLiteral("What is a thread?")});
        QCOMPARE(
            value(*m_library, QStringLiteral("SELECT SUM(questions) FROM category_stats")).toInt(),
            2);
        MockSettings settings;
        settings.count = 10;
        const auto plan = planMockInterview(*m_library, settings, QDateTime::currentDateTimeUtc());
        QVERIFY(plan);
        QVERIFY(!plan->contains(id));
        QCOMPARE(plan->size(), 2);
        QVERIFY(m_library->questions().find(id)->suspended);
        QCOMPARE(m_library->questions().find(id)->confidence, std::optional<int>(2));
        QVERIFY(m_library->edits().setSuspended({id}, false));
        QCOMPARE(prompts(*m_library).size(), 3);
        QCOMPARE(
            value(*m_library, QStringLiteral("SELECT SUM(questions) FROM category_stats")).toInt(),
            3);
    }

    // Written by hand: at the end of its category, counted, searchable, and left alone by
    // an import of the bank's file (neither matched nor retired).
    void addedQuestion_staysTheUsers()
    {
        const qint64 memory = value(*m_library, QStringLiteral("SELECT id FROM categories "
                                                               "WHERE name = 'Memory'"))
                                  .toLongLong();
        Question mine;
        mine.prompt = QStringLiteral("What is a page fault?");
        mine.answer = QStringLiteral("A trap when a page is not resident.");
        const auto id = m_library->edits().add(memory, mine);
        QVERIFY(id);
        QuestionFilter inMemory;
        inMemory.categoryId = memory;
        QCOMPARE(prompts(*m_library, inMemory),
                 (QStringList{QStringLiteral("What is virtual memory?"),
                              QStringLiteral("What is a page fault?")}));
        QCOMPARE(m_library->questions().stats()->questions, 4);
        QCOMPARE(prompts(*m_library, QuestionFilter::matching({}, QStringLiteral("resident"))),
                 QStringList{QStringLiteral("What is a page fault?")});
        const MergeCounts counts = importOs(osBank());
        QCOMPARE(counts.retired, 0);
        QCOMPARE(prompts(*m_library).size(), 4);

        const auto own =
            m_library->edits().addBank(QStringLiteral("My questions"), QStringLiteral("Mine"));
        QVERIFY(own);
        QVERIFY(m_library->edits().add(*own, mine));
        QCOMPARE(m_library->edits()
                     .addBank(QStringLiteral("My questions"), QStringLiteral("x"))
                     .error()
                     .kind,
                 Error::Kind::Usage);
    }
};

QTEST_GUILESS_MAIN(TestEdits)
#include "tst_edits.moc"
