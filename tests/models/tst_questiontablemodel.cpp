#include "questiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace prepdeck;

namespace {

// Questions in memory, for the model to page through without a database.
class FakeSource final : public QuestionListSource
{
public:
    explicit FakeSource(int n)
    {
        for (int i = 1; i <= n; ++i)
            rows << QuestionRow{i,
                                i,
                                QStringLiteral("Question %1").arg(i, 5, 10, QLatin1Char('0')),
                                QStringLiteral("Bank"),
                                QStringLiteral("Category"),
                                i % 5 ? std::optional<int>(i % 5) : std::nullopt,
                                {},
                                {},
                                {}};
    }
    Result<QList<qint64>> questionIds(const QuestionFilter &, QuestionOrder order,
                                      Qt::SortOrder direction, int limit) const override
    {
        lastOrder = order;
        ++listsAsked;
        QList<qint64> ids;
        for (const QuestionRow &r : rows)
            ids << r.id;
        if (direction == Qt::DescendingOrder)
            std::reverse(ids.begin(), ids.end());
        return limit > 0 ? ids.mid(0, limit) : ids;
    }
    Result<int> countQuestions(const QuestionFilter &) const override
    {
        return static_cast<int>(rows.size());
    }
    Result<QList<QuestionRow>> questionRowsByIds(const QList<qint64> &ids) const override
    {
        ++pagesAsked;
        QList<QuestionRow> out;
        for (const qint64 id : ids)
            out << rows[id - 1];
        return out;
    }

    Result<QList<SearchHit>> searchHits(const QList<qint64> &ids,
                                        const QString &search) const override
    {
        QList<SearchHit> out;
        for (const qint64 id : ids)
            out << SearchHit{id,
                             QString(SearchHit::kMatchStart) + search +
                                 QString(SearchHit::kMatchEnd) + QStringLiteral(" in %1").arg(id),
                             QStringLiteral("answer"), QString()};
        return out;
    }

    QList<QuestionRow> rows;
    mutable int pagesAsked = 0;
    mutable int listsAsked = 0;
    mutable QuestionOrder lastOrder = QuestionOrder::Library;
};

} // namespace

class TestQuestionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void pagingThroughEveryRow_passesModelTester()
    {
        FakeSource source(1000);
        QuestionTableModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
    }

    void fetchesAPageAtATime()
    {
        FakeSource source(1000);
        QuestionTableModel model(source);
        model.setFilter({});
        // Opening a list asks for a screenful of ids and rows, whatever the list's length.
        QCOMPARE(source.listsAsked, 1);
        QCOMPARE(model.rowCount(), QuestionTableModel::kFirstPage);
        QCOMPARE(source.pagesAsked, 1);
        QCOMPARE(model.totalCount(), 1000);
        QVERIFY(model.canFetchMore({}));
        // Scrolling on asks for the whole list once, then rows a page at a time.
        model.fetchMore({});
        QCOMPARE(source.listsAsked, 2);
        QCOMPARE(model.rowCount(), QuestionTableModel::kFirstPage + QuestionTableModel::kPageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(source.listsAsked, 2);
        QCOMPARE(source.pagesAsked, 4);
        QCOMPARE(model.index(0, QuestionTableModel::PromptColumn).data().toString(),
                 QStringLiteral("Question 00001"));
        QCOMPARE(model.index(3, QuestionTableModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("4 Good"));
        QCOMPARE(model.index(4, QuestionTableModel::ConfidenceColumn).data().toString(), QString());
        QCOMPARE(model.index(9, 0).data(QuestionTableModel::QuestionIdRole).toLongLong(), 10);
    }

    void sort_asksTheSourceAgainInThatOrder()
    {
        FakeSource source(50);
        QuestionTableModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        model.sort(QuestionTableModel::PromptColumn, Qt::DescendingOrder);
        QCOMPARE(source.lastOrder, QuestionOrder::Prompt);
        QCOMPARE(model.index(0, QuestionTableModel::PromptColumn).data().toString(),
                 QStringLiteral("Question 00050"));
        model.sort(-1, Qt::AscendingOrder);
        QCOMPARE(source.lastOrder, QuestionOrder::Library);
    }

    void searching_ranksByTheMatchColumn_andSaysWhereItMatched()
    {
        FakeSource source(50);
        QuestionTableModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QuestionFilter searching;
        searching.search = QStringLiteral("pool");
        const int asked = source.listsAsked;
        model.setFilterAndOrder(searching, QuestionOrder::Relevance, Qt::AscendingOrder);
        QCOMPARE(source.listsAsked, asked + 1); // one list for both
        QCOMPARE(source.lastOrder, QuestionOrder::Relevance);
        const QModelIndex match = model.index(1, QuestionTableModel::MatchColumn);
        QCOMPARE(match.data().toString(), QStringLiteral("Answer"));
        QCOMPARE(match.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("In the answer: pool in 2"));
        const QModelIndex prompt = model.index(1, QuestionTableModel::PromptColumn);
        QCOMPARE(prompt.data(QuestionTableModel::SnippetRole).toString(),
                 QString(SearchHit::kMatchStart) + QStringLiteral("pool") +
                     QString(SearchHit::kMatchEnd) + QStringLiteral(" in 2"));
        QVERIFY(prompt.data(QuestionTableModel::MarkedPromptRole).toString().isEmpty());
        model.sort(QuestionTableModel::DueColumn, Qt::AscendingOrder);
        QCOMPARE(source.lastOrder, QuestionOrder::Due);
        model.sort(QuestionTableModel::MatchColumn, Qt::AscendingOrder);
        QCOMPARE(source.lastOrder, QuestionOrder::Relevance);
        model.setFilter({}); // no search: no passages
        QVERIFY(model.index(1, QuestionTableModel::MatchColumn).data().toString().isEmpty());
        QVERIFY(model.index(1, QuestionTableModel::PromptColumn)
                    .data(QuestionTableModel::SnippetRole)
                    .isNull());
    }

    void updateRow_changesOnlyThatRow()
    {
        FakeSource source(10);
        QuestionTableModel model(source);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QuestionRow r = source.rows[2];
        r.confidence = 1;
        model.updateRow(r);
        QCOMPARE(model.index(2, QuestionTableModel::ConfidenceColumn).data().toString(),
                 QStringLiteral("1 Blank"));
        QCOMPARE(model.rowOf(3), 2);
        QCOMPARE(model.rowOf(999), -1);
    }
};

QTEST_MAIN(TestQuestionTableModel)
#include "tst_questiontablemodel.moc"
