#include "categorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace prepdeck;

namespace {

QList<CategorySummary> twoBanks()
{
    return {
        {1, QStringLiteral("Backend"), 10, QStringLiteral("Databases"), 5, 2, 3.0},
        {1, QStringLiteral("Backend"), 11, QStringLiteral("Queues"), 3, 0, std::nullopt},
        {2, QStringLiteral("Frontend"), 20, QStringLiteral("CSS"), 4, 4, 5.0},
    };
}

} // namespace

class TestCategoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void structure_rootBanksCategories_passesModelTester()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries(twoBanks());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.rootIndex();
        QCOMPARE(root.data().toString(), QStringLiteral("All banks"));
        QCOMPARE(model.rowCount(root), 2);
        const QModelIndex backend = model.index(0, 0, root);
        QCOMPARE(backend.data().toString(), QStringLiteral("Backend"));
        QCOMPARE(model.rowCount(backend), 2);
        QCOMPARE(model.parent(model.index(1, 0, backend)), backend);
        QCOMPARE(backend.data(CategoryTreeModel::QuestionCountRole).toInt(), 8);
        QCOMPARE(root.data(CategoryTreeModel::QuestionCountRole).toInt(), 12);
        // Bank and root means weigh each category by its rated questions: (3*2 + 5*4) / 6.
        QCOMPARE(backend.data(CategoryTreeModel::MeanConfidenceRole).toDouble(), 3.0);
        QCOMPARE(root.data(CategoryTreeModel::MeanConfidenceRole).toDouble(), 26.0 / 6.0);
        QVERIFY(!model.index(1, 0, backend).data(CategoryTreeModel::MeanConfidenceRole).isValid());
        QCOMPARE(model.firstCategory().data(CategoryTreeModel::CategoryIdRole).toLongLong(), 10);
        QCOMPARE(model.indexFor(2, 20).data().toString(), QStringLiteral("CSS"));
    }

    void newNumbers_updateInPlace_newShape_resets()
    {
        CategoryTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries(twoBanks());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        auto rated = twoBanks();
        rated[1].rated = 1;
        rated[1].meanConfidence = 4.0;
        model.setSummaries(rated);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 3); // the category, its bank and the root
        QCOMPARE(model.indexFor(1, 11).data(CategoryTreeModel::MeanConfidenceRole).toDouble(), 4.0);
        auto grown = rated;
        grown << CategorySummary{
            2, QStringLiteral("Frontend"), 21, QStringLiteral("HTML"), 1, 0, std::nullopt};
        model.setSummaries(grown);
        QCOMPARE(reset.count(), 1);
        model.setSummaries({});
        QCOMPARE(model.rowCount(model.rootIndex()), 0);
    }
};

QTEST_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
