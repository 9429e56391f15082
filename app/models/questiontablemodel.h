#pragma once

#include "questionquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace prepdeck {

// The questions of the current filter as a table. The library sorts and filters and hands
// over the ids in order; rows are fetched a page at a time by id as the view scrolls
// (canFetchMore/fetchMore), so a list of 100,000 questions holds 100,000 ids, only the
// rows that were shown, and never an answer.
class QuestionTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        PromptColumn,
        CategoryColumn,
        ConfidenceColumn,
        LastRatedColumn,
        DueColumn,
        MatchColumn, // while searching: where the words were found; sorting by it ranks
        ColumnCount
    };
    enum Role
    {
        QuestionIdRole = Qt::UserRole + 1,
        // 0 active, 1 suspended, 2 deleted (the last two listed only when the filter asks)
        StateRole,
        // While searching, on the prompt column: the prompt with its matches between
        // SearchHit::kMatchStart/End (when it matched), and a passage of the answer, hint
        // or note around a match, marked the same way
        MarkedPromptRole,
        SnippetRole
    };
    static constexpr int kFirstPage = 64; // a screenful, what opening a list costs
    static constexpr int kPageSize = 400;

    explicit QuestionTableModel(const QuestionListSource &source, QObject *parent = nullptr);

    // Shows the questions of this filter, in this order (Queue for the study queue).
    void setFilter(const QuestionFilter &filter);
    QuestionFilter filter() const { return m_filter; }
    void setOrder(QuestionOrder order, Qt::SortOrder direction);
    // Both at once: the list is read once.
    void setFilterAndOrder(const QuestionFilter &filter, QuestionOrder order,
                           Qt::SortOrder direction);
    QuestionOrder order() const { return m_order; }
    Qt::SortOrder direction() const { return m_direction; }
    // Asks the library again, keeping the filter and order.
    void reload();

    // How many questions the list holds (not only those fetched).
    int totalCount() const;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const; // -1 if not fetched
    void updateRow(const QuestionRow &row);
    // While held (the library's file is being replaced) nothing more is fetched.
    void hold(bool held) { m_held = held; }
    // Reads one question's row again (after a rating); nothing when it is not fetched.
    void refreshRow(qint64 id);
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

    // A row dragged onto a category of the tree carries its question and bank
    // (questionmime.h).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    static QString confidenceLabel(int confidence);
    // What the Match column can say (for its width).
    static QStringList matchColumnTexts();
    // The order a click on a column's header asks for (Library for none).
    static QuestionOrder orderForColumn(int column);

signals:
    void failed(const QString &message);

private:
    const QuestionListSource &m_source;
    bool m_held = false;
    QuestionFilter m_filter;
    QuestionOrder m_order = QuestionOrder::Library;
    Qt::SortOrder m_direction = Qt::AscendingOrder;
    QList<qint64> m_ids;             // the list's ids in order: the first page's, or all once
    bool m_complete = false;         // m_ids holds the whole list
    mutable int m_total = -1;        // countQuestions() while m_ids is not complete
    QList<QuestionRow> m_rows;       // the rows fetched so far: the first m_rows.size() of m_ids
    QHash<qint64, SearchHit> m_hits; // while searching: why the fetched rows match
    QString m_error;
    bool m_announcing = false;
};

} // namespace prepdeck
