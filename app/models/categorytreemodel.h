#pragma once

#include "questionquery.h"

#include <QAbstractItemModel>

namespace prepdeck {

// Banks and their categories under one "All banks" root, each with its question count,
// how many are ready (latest rating 4 or 5) and the mean confidence of those rated, fed
// from CategorySummary rows.
class CategoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        QuestionCountRole = Qt::UserRole + 1, // int
        RatedCountRole,                       // int
        MeanConfidenceRole,                   // double, or invalid when nothing is rated
        BankIdRole,                           // qint64, 0 for the root
        CategoryIdRole,                       // qint64, 0 for the root and banks
        ReadyCountRole,                       // int: latest rating 4 or 5
        ReadinessRole, // double 0..1: ready questions of all, the unrated counting as not ready
    };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    // Replaces the contents; when only the numbers changed, updates them in place so
    // selection and expansion stay as they are.
    void setSummaries(const QList<CategorySummary> &summaries);

    QModelIndex rootIndex() const;
    QModelIndex indexFor(qint64 bankId, qint64 categoryId) const;
    QModelIndex firstCategory() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Questions of the list dropped on a category of their own bank ask to move there
    // (questionsDropped); the model itself changes nothing.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    void questionsDropped(const QList<qint64> &questionIds, qint64 categoryId);

private:
    struct Node
    {
        QString name;
        qint64 bankId = 0;
        qint64 categoryId = 0;
        int questions = 0;
        int rated = 0;
        int ready = 0;
        double confidenceSum = 0; // mean * rated, to aggregate upwards
        int parent = -1;          // index in m_nodes, -1 for the root
        QList<int> children;
        int row = 0; // row under its parent
    };

    static QList<Node> build(const QList<CategorySummary> &summaries);
    int nodeOf(const QModelIndex &index) const;

    QList<Node> m_nodes; // m_nodes[0] is "All banks"
};

} // namespace prepdeck
