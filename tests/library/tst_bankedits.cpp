// The user's arrangement of the library and an import of the same file meeting it: a
// renamed or merged category stays as the user left it, a moved question stays where it
// was put, banks keep the order given, and a deleted bank takes its questions and ratings.
#include "library.h"
#include "osbank.h"
#include "storetestsupport.h"

#include <QTest>

using namespace prepdeck;
using namespace prepdeck::testing;

class TestBankEdits : public QObject
{
    Q_OBJECT

    std::unique_ptr<Library> m_library;
    const QString m_path = QStringLiteral("/banks/os.md");

    void importOs(const Bank &bank = osBank())
    {
        if (auto counts = m_library->imports().importBanks({bank}, m_path, {}, false); !counts)
            qFatal("import failed: %s", qPrintable(counts.error().toString()));
    }

    // A second bank, from its own file.
    void importNet(const QString &answer)
    {
        Bank net{QStringLiteral("Networking"), {}};
        net.categories << Category{QStringLiteral("TCP"), {}, {}};
        net.categories[0].questions << question(QStringLiteral("What is TCP?"), answer);
        if (!m_library->imports().importBanks({net}, QStringLiteral("/banks/net.md"), {}, false))
            qFatal("importing the second bank failed");
    }

    qint64 categoryId(const QString &name)
    {
        return value(*m_library,
                     QStringLiteral("SELECT id FROM categories WHERE name = '%1'").arg(name))
            .toLongLong();
    }

    // Category name -> prompts, as the library lists them.
    QMap<QString, QStringList> placed()
    {
        QMap<QString, QStringList> out;
        for (const StoredQuestion &s : *m_library->questions().list({}))
            out[s.category] << s.question.prompt;
        return out;
    }

    int categoryCount()
    {
        return value(*m_library, QStringLiteral("SELECT COUNT(*) FROM categories")).toInt();
    }

private slots:
    void init()
    {
        auto opened = Library::open(QStringLiteral(":memory:"));
        QVERIFY(opened);
        m_library = std::move(*opened);
        importOs();
    }

    void renamedCategory_keepsItsNameAndQuestionsOnReimport()
    {
        const qint64 id = categoryId(QStringLiteral("Processes"));
        QVERIFY(m_library->banks().renameCategory(id, QStringLiteral("Processes and threads")));
        importOs();
        QCOMPARE(categoryCount(), 2);
        QCOMPARE(placed().value(QStringLiteral("Processes and threads")).size(), 2);
        // The summaries (and so the tree) count them where they are.
        for (const CategorySummary &c : *m_library->questions().categorySummaries())
            if (c.categoryId == id)
                QCOMPARE(c.questions, 2);
        // A name another category has is refused: that is a merge.
        QCOMPARE(m_library->banks().renameCategory(id, QStringLiteral("Memory")).error().kind,
                 Error::Kind::Usage);
        QCOMPARE(m_library->banks().renameCategory(id, QStringLiteral(" ")).error().kind,
                 Error::Kind::Usage);
        // Renamed back, the file's name is its own again.
        QVERIFY(m_library->banks().renameCategory(id, QStringLiteral("Processes")));
        importOs();
        QCOMPARE(categoryCount(), 2);
    }

    void mergedCategory_staysMergedOnReimport_countsFollow()
    {
        const qint64 memory = categoryId(QStringLiteral("Memory"));
        const qint64 processes = categoryId(QStringLiteral("Processes"));
        const QList<qint64> ids =
            *m_library->questions().questionIds({}, QuestionOrder::Library, Qt::AscendingOrder);
        QVERIFY(m_library->ratings().rate(ids.constLast(), 5, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(m_library->banks().mergeCategories(memory, processes));
        QCOMPARE(categoryCount(), 1);
        QCOMPARE(placed().value(QStringLiteral("Processes")).size(), 3);
        const auto summaries = *m_library->questions().categorySummaries();
        int counted = 0, ready = 0;
        for (const CategorySummary &c : summaries) {
            counted += c.questions;
            ready += c.ready;
        }
        QCOMPARE(counted, 3);
        QCOMPARE(ready, 1);
        importOs();
        QCOMPARE(categoryCount(), 1);
        QCOMPARE(placed().value(QStringLiteral("Processes")).size(), 3);
        QCOMPARE(m_library->questions().stats()->questions, 3);
        QCOMPARE(m_library->banks().mergeCategories(processes, processes).error().kind,
                 Error::Kind::Usage);
    }

    void mergeAcrossBanks_isRefused()
    {
        importNet(QStringLiteral("A"));
        const Status merged = m_library->banks().mergeCategories(
            categoryId(QStringLiteral("TCP")), categoryId(QStringLiteral("Memory")));
        QCOMPARE(merged.error().kind, Error::Kind::Usage);
        QCOMPARE(categoryCount(), 3);
    }

    void movedQuestion_staysWhereItWasPut_andMovesBack()
    {
        const qint64 thread = value(*m_library, QStringLiteral("SELECT id FROM questions WHERE "
                                                               "prompt = 'What is a thread?'"))
                                  .toLongLong();
        auto before =
            m_library->banks().moveQuestions({thread}, categoryId(QStringLiteral("Memory")));
        QVERIFY(before);
        QCOMPARE(before->size(), 1);
        QCOMPARE(placed().value(QStringLiteral("Memory")),
                 (QStringList{QStringLiteral("What is a thread?"),
                              QStringLiteral("What is virtual memory?")}));
        importOs();
        QCOMPARE(placed().value(QStringLiteral("Memory")).size(), 2);
        QCOMPARE(m_library->questions().stats()->questions, 3);
        // Undone: where it was, and no longer counted as edited.
        QVERIFY(m_library->banks().moveBack(*before));
        QCOMPARE(placed().value(QStringLiteral("Processes")).size(), 2);
        QVERIFY(!m_library->questions().find(thread)->edited.isValid());
        QCOMPARE(m_library->banks()
                     .moveQuestions({999}, categoryId(QStringLiteral("Memory")))
                     .error()
                     .kind,
                 Error::Kind::NotFound);
    }

    // A merge, then another category renamed to the merged-away name: each file category
    // still leads where the user put it.
    void mergeThenRenameToTheMergedName_bothStay()
    {
        Bank bank = osBank();
        Category disk{QStringLiteral("Disk"), {}, {}};
        disk.questions << question(QStringLiteral("What is an inode?"), QStringLiteral("A"));
        bank.categories << disk;
        importOs(bank);
        QVERIFY(m_library->banks().mergeCategories(categoryId(QStringLiteral("Memory")),
                                                   categoryId(QStringLiteral("Processes"))));
        QVERIFY(m_library->banks().renameCategory(categoryId(QStringLiteral("Disk")),
                                                  QStringLiteral("Memory")));
        importOs(bank);
        QCOMPARE(placed().value(QStringLiteral("Processes")).size(), 3);
        QCOMPARE(placed().value(QStringLiteral("Memory")),
                 QStringList{QStringLiteral("What is an inode?")});
        QCOMPARE(categoryCount(), 2);
    }

    // Renamed and renamed back (what Ctrl+Z does): the user's passing name means nothing
    // to a later import; a new category of that name in the file is a category of its own.
    void renamedAndBack_leavesNoTrace()
    {
        const qint64 id = categoryId(QStringLiteral("Processes"));
        QVERIFY(m_library->banks().renameCategory(id, QStringLiteral("Concurrency")));
        QVERIFY(m_library->banks().renameCategory(id, QStringLiteral("Processes")));
        Bank bank = osBank();
        Category concurrency{QStringLiteral("Concurrency"), {}, {}};
        concurrency.questions << question(QStringLiteral("What is a deadlock?"),
                                          QStringLiteral("A wait that never ends."));
        bank.categories << concurrency;
        importOs(bank);
        QCOMPARE(categoryCount(), 3);
        QCOMPARE(placed().value(QStringLiteral("Concurrency")),
                 QStringList{QStringLiteral("What is a deadlock?")});
    }

    // A moved question is not an edited one: the file's changes to its text reach it, it
    // stays where it was put, and undoing the move after an edit keeps the edit.
    void movedQuestion_getsTheFilesChanges_undoKeepsALaterEdit()
    {
        const qint64 thread = value(*m_library, QStringLiteral("SELECT id FROM questions WHERE "
                                                               "prompt = 'What is a thread?'"))
                                  .toLongLong();
        auto before =
            m_library->banks().moveQuestions({thread}, categoryId(QStringLiteral("Memory")));
        QVERIFY(before);
        QVERIFY(!m_library->questions().find(thread)->edited.isValid());
        importOs(osBank(QStringLiteral("The unit the CPU schedules.")));
        QCOMPARE(m_library->questions().find(thread)->question.answer,
                 QStringLiteral("The unit the CPU schedules."));
        QCOMPARE(m_library->questions().find(thread)->category, QStringLiteral("Memory"));

        Question mine = m_library->questions().find(thread)->question;
        mine.answer = QStringLiteral("My own words.");
        QVERIFY(m_library->edits().edit(thread, mine));
        QVERIFY(m_library->banks().moveBack(*before));
        QCOMPARE(m_library->questions().find(thread)->category, QStringLiteral("Processes"));
        QVERIFY(m_library->questions().find(thread)->edited.isValid());
        importOs(osBank(QStringLiteral("The unit the CPU schedules.")));
        QCOMPARE(m_library->questions().find(thread)->question.answer,
                 QStringLiteral("My own words."));
        // Taking the file's version back keeps where it is.
        QVERIFY(m_library->banks().moveQuestions({thread}, categoryId(QStringLiteral("Memory"))));
        importOs(osBank(QStringLiteral("Yet another answer.")));
        QVERIFY(m_library->edits().takeFileVersion(thread));
        importOs(osBank(QStringLiteral("Yet another answer.")));
        QCOMPARE(m_library->questions().find(thread)->category, QStringLiteral("Memory"));
        QCOMPARE(m_library->questions().find(thread)->question.answer,
                 QStringLiteral("Yet another answer."));
        // Deleted questions do not move.
        QVERIFY(m_library->edits().remove({thread}));
        QCOMPARE(m_library->banks()
                     .moveQuestions({thread}, categoryId(QStringLiteral("Processes")))
                     .error()
                     .kind,
                 Error::Kind::NotFound);
    }

    // A rename undone gives the file its say over the bank's name again.
    void bankRenameUndone_isTheFilesAgain()
    {
        const qint64 bankId =
            value(*m_library, QStringLiteral("SELECT id FROM banks")).toLongLong();
        QVERIFY(m_library->edits().renameBank(bankId, QStringLiteral("Systems")));
        QVERIFY(m_library->banks().footprint(bankId)->namedByUser);
        QVERIFY(m_library->edits().renameBank(bankId, QStringLiteral("Operating systems"), false));
        QVERIFY(!m_library->banks().footprint(bankId)->namedByUser);
    }

    // The file renames a category the user had renamed, to the user's name; renamed again
    // by the user, the category is still the file's one.
    void fileTakesTheUsersName_thenRenamedAgain()
    {
        const qint64 id = categoryId(QStringLiteral("Processes"));
        QVERIFY(m_library->banks().renameCategory(id, QStringLiteral("Sequences")));
        Bank renamed = osBank();
        renamed.categories[0].name = QStringLiteral("Sequences");
        importOs(renamed);
        QVERIFY(m_library->banks().renameCategory(id, QStringLiteral("Lists")));
        importOs(renamed);
        QCOMPARE(categoryCount(), 2);
        QCOMPARE(placed().value(QStringLiteral("Lists")).size(), 2);
    }

    // A moved question whose prompt the file then changes is still found (by its answer),
    // updated in place with its rating, not retired for a new copy.
    void movedQuestion_fileChangesItsPrompt_staysTheSameQuestion()
    {
        const qint64 thread = value(*m_library, QStringLiteral("SELECT id FROM questions WHERE "
                                                               "prompt = 'What is a thread?'"))
                                  .toLongLong();
        QVERIFY(m_library->ratings().rate(thread, 4, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(m_library->banks().moveQuestions({thread}, categoryId(QStringLiteral("Memory"))));
        Bank changed = osBank();
        changed.categories[0].questions[1].prompt = QStringLiteral("What is a thread, exactly?");
        const auto counts = m_library->imports().importBanks({changed}, m_path, {}, false);
        QVERIFY(counts);
        QCOMPARE(counts->added, 0);
        QCOMPARE(counts->retired, 0);
        const StoredQuestion after = *m_library->questions().find(thread);
        QCOMPARE(after.question.prompt, QStringLiteral("What is a thread, exactly?"));
        QCOMPARE(after.category, QStringLiteral("Memory"));
        QCOMPARE(after.confidence, std::optional<int>(4));
    }

    // Undoing a move never sends a question into another bank's category, even when the
    // category it came from was merged away and its id taken by a new one.
    void moveBack_onlyIntoItsOwnBank()
    {
        const qint64 vm = value(*m_library, QStringLiteral("SELECT id FROM questions WHERE "
                                                           "prompt = 'What is virtual memory?'"))
                              .toLongLong();
        const qint64 memory = categoryId(QStringLiteral("Memory"));
        auto before =
            m_library->banks().moveQuestions({vm}, categoryId(QStringLiteral("Processes")));
        QVERIFY(before);
        QVERIFY(
            m_library->banks().mergeCategories(memory, categoryId(QStringLiteral("Processes"))));
        importNet(QStringLiteral("A"));
        QCOMPARE(categoryId(QStringLiteral("TCP")), memory); // the freed id, taken again
        QCOMPARE(m_library->banks().moveBack(*before).error().kind, Error::Kind::Usage);
        QCOMPARE(m_library->questions().find(vm)->category, QStringLiteral("Processes"));
    }

    // Choosing another category in the editor, and nothing else, moves the question: it is
    // placed, not edited.
    void editorCategoryOnly_isAMove()
    {
        const qint64 thread = value(*m_library, QStringLiteral("SELECT id FROM questions WHERE "
                                                               "prompt = 'What is a thread?'"))
                                  .toLongLong();
        const Question same = m_library->questions().find(thread)->question;
        QVERIFY(m_library->edits().edit(thread, same, categoryId(QStringLiteral("Memory"))));
        QVERIFY(!m_library->questions().find(thread)->edited.isValid());
        importOs();
        QCOMPARE(m_library->questions().find(thread)->category, QStringLiteral("Memory"));
    }

    void banks_keepTheOrderGiven()
    {
        importNet(QStringLiteral("A"));
        const QList<qint64> order = *m_library->banks().bankOrder();
        QCOMPARE(order.size(), 2);
        QVERIFY(m_library->banks().moveBank(order[1], 0));
        QCOMPARE(*m_library->banks().bankOrder(), (QList<qint64>{order[1], order[0]}));
        QCOMPARE(m_library->questions().list({})->first().question.prompt,
                 QStringLiteral("What is TCP?"));
        importOs();
        QCOMPARE(*m_library->banks().bankOrder(), (QList<qint64>{order[1], order[0]}));
    }

    void deletedBank_takesItsQuestionsRatingsAndWords()
    {
        const qint64 bankId =
            value(*m_library, QStringLiteral("SELECT id FROM banks")).toLongLong();
        const QList<qint64> ids =
            *m_library->questions().questionIds({}, QuestionOrder::Library, Qt::AscendingOrder);
        QVERIFY(m_library->ratings().rate(ids[0], 3, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc()));
        QVERIFY(m_library->ratings().rate(ids[0], 4, QStringLiteral("study"),
                                          QDateTime::currentDateTimeUtc()));
        const auto footprint = m_library->banks().footprint(bankId);
        QVERIFY2(footprint, qPrintable(footprint ? QString() : footprint.error().toString()));
        const BankFootprint f = *footprint;
        QCOMPARE(f.name, QStringLiteral("Operating systems"));
        QCOMPARE(f.questions, 3);
        QCOMPARE(f.ratings, 2);
        const Status deleted = m_library->banks().deleteBank(bankId);
        QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().toString()));
        QCOMPARE(value(*m_library, QStringLiteral("SELECT COUNT(*) FROM questions")).toInt(), 0);
        QCOMPARE(value(*m_library, QStringLiteral("SELECT COUNT(*) FROM ratings")).toInt(), 0);
        QCOMPARE(categoryCount(), 0);
        QCOMPARE(m_library->banks().deleteBank(9999).error().kind, Error::Kind::NotFound);
    }

    // A question written later may take a deleted question's id: the deleted one's words
    // are not found in it.
    void deletedBank_wordsLeaveTheIndex()
    {
        importNet(QStringLiteral("A handshake."));
        const qint64 tcp =
            value(*m_library, QStringLiteral("SELECT MAX(id) FROM questions")).toLongLong();
        QVERIFY(m_library->banks().deleteBank(
            value(*m_library, QStringLiteral("SELECT id FROM banks WHERE name = 'Networking'"))
                .toLongLong()));
        Question mine;
        mine.prompt = QStringLiteral("What is a page fault?");
        auto added = m_library->edits().add(categoryId(QStringLiteral("Memory")), mine);
        QVERIFY(added);
        QCOMPARE(*added, tcp); // the freed id, taken again
        QCOMPARE(m_library->questions()
                     .list(QuestionFilter::matching({}, QStringLiteral("handshake")))
                     ->size(),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestBankEdits)
#include "tst_bankedits.moc"
