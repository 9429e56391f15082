#include "categorytreemodel.h"
#include "questionmime.h"

#include <QLocale>

namespace prepdeck {

CategoryTreeModel::CategoryTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_nodes = build({});
}

QList<CategoryTreeModel::Node> CategoryTreeModel::build(const QList<CategorySummary> &summaries)
{
    QList<Node> nodes;
    nodes << Node{tr("All banks"), 0, 0, 0, 0, 0, 0, -1, {}, 0};
    int bank = -1;
    for (const CategorySummary &s : summaries) {
        if (bank < 0 || nodes[bank].bankId != s.bankId) {
            bank = static_cast<int>(nodes.size());
            nodes << Node{s.bank, s.bankId, 0, 0,  0,
                          0,      0,        0, {}, static_cast<int>(nodes[0].children.size())};
            nodes[0].children << bank;
        }
        const int id = static_cast<int>(nodes.size());
        const double sum = s.meanConfidence.value_or(0) * s.rated;
        nodes << Node{s.category,   s.bankId,
                      s.categoryId, s.questions,
                      s.rated,      s.ready,
                      sum,          bank,
                      {},           static_cast<int>(nodes[bank].children.size())};
        nodes[bank].children << id;
        for (int up : {bank, 0}) {
            nodes[up].questions += s.questions;
            nodes[up].rated += s.rated;
            nodes[up].ready += s.ready;
            nodes[up].confidenceSum += sum;
        }
    }
    return nodes;
}

void CategoryTreeModel::setSummaries(const QList<CategorySummary> &summaries)
{
    QList<Node> fresh = build(summaries);
    bool sameShape = fresh.size() == m_nodes.size();
    for (qsizetype i = 0; sameShape && i < fresh.size(); ++i)
        sameShape = fresh[i].bankId == m_nodes[i].bankId &&
                    fresh[i].categoryId == m_nodes[i].categoryId &&
                    fresh[i].name == m_nodes[i].name;
    if (!sameShape) {
        beginResetModel();
        m_nodes = std::move(fresh);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        Node &n = m_nodes[i];
        if (n.questions == fresh[i].questions && n.rated == fresh[i].rated &&
            n.ready == fresh[i].ready && n.confidenceSum == fresh[i].confidenceSum)
            continue;
        n.ready = fresh[i].ready;
        n.questions = fresh[i].questions;
        n.rated = fresh[i].rated;
        n.confidenceSum = fresh[i].confidenceSum;
        const QModelIndex changed = createIndex(n.row, 0, static_cast<quintptr>(i));
        emit dataChanged(changed, changed);
    }
}

int CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<int>(index.internalId()) : -1;
}

QModelIndex CategoryTreeModel::rootIndex() const
{
    return createIndex(0, 0, quintptr(0));
}

QModelIndex CategoryTreeModel::indexFor(qint64 bankId, qint64 categoryId) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].bankId == bankId && m_nodes[i].categoryId == categoryId)
            return createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
    return {};
}

QModelIndex CategoryTreeModel::firstCategory() const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].categoryId != 0)
            return createIndex(m_nodes[i].row, 0, static_cast<quintptr>(i));
    return rootIndex();
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? rootIndex() : QModelIndex();
    const int p = nodeOf(parent);
    if (p < 0 || p >= m_nodes.size() || row >= m_nodes[p].children.size())
        return {};
    return createIndex(row, 0, static_cast<quintptr>(m_nodes[p].children[row]));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const int n = nodeOf(child);
    if (n <= 0 || n >= m_nodes.size())
        return {};
    const int p = m_nodes[n].parent;
    return createIndex(m_nodes[p].row, 0, static_cast<quintptr>(p));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const int n = nodeOf(parent);
    return n >= 0 && n < m_nodes.size() ? static_cast<int>(m_nodes[n].children.size()) : 0;
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    const int i = nodeOf(index);
    if (i < 0 || i >= m_nodes.size())
        return {};
    const Node &n = m_nodes[i];
    const QVariant mean = n.rated > 0 ? QVariant(n.confidenceSum / n.rated) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return n.name;
    case Qt::ToolTipRole: {
        // Both figures: how much of the whole category is ready, and how the rated ones went.
        const QString ready =
            tr("%1 of %Ln question(s) ready (%2%)", nullptr, n.questions)
                .arg(QLocale().toString(n.ready))
                .arg(n.questions ? QLocale().toString(100.0 * n.ready / n.questions, 'f', 0)
                                 : QStringLiteral("0"));
        if (n.rated == 0)
            return tr("%1\n%2; none rated yet").arg(n.name, ready);
        return tr("%1\n%2; %3, mean confidence %4")
            .arg(n.name, ready, tr("%Ln rated", nullptr, n.rated),
                 QLocale().toString(mean.toDouble(), 'f', 1));
    }
    case QuestionCountRole:
        return n.questions;
    case RatedCountRole:
        return n.rated;
    case MeanConfidenceRole:
        return mean;
    case BankIdRole:
        return n.bankId;
    case CategoryIdRole:
        return n.categoryId;
    case ReadyCountRole:
        return n.ready;
    case ReadinessRole:
        return n.questions > 0 ? double(n.ready) / n.questions : 0.0;
    default:
        return {};
    }
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (index.data(CategoryIdRole).toLongLong() != 0)
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QStringList CategoryTreeModel::mimeTypes() const
{
    return {QString::fromLatin1(kQuestionsMimeType)};
}

Qt::DropActions CategoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool CategoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                        const QModelIndex &parent) const
{
    const auto dragged = questionsFromMime(data);
    return dragged && parent.data(CategoryIdRole).toLongLong() != 0 &&
           parent.data(BankIdRole).toLongLong() == dragged->bankId;
}

bool CategoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                     int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    emit questionsDropped(questionsFromMime(data)->ids, parent.data(CategoryIdRole).toLongLong());
    // Not a move the list carries out: it is read again once the library has it.
    return false;
}

} // namespace prepdeck
