#include "questionview.h"
#include "questionrowdelegate.h"
#include "questiontablemodel.h"

#include <QHeaderView>

#include <algorithm>

namespace prepdeck {

QuestionView::QuestionView(QuestionTableModel *model, QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("questionView"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegate(new QuestionRowDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    // The question takes whatever width the other columns leave, so every column stays in
    // view at any window size without a horizontal scroll bar.
    header->setSectionResizeMode(QuestionTableModel::PromptColumn, QHeaderView::Stretch);
    // Wide enough for six digits: banks of 100,000 questions number them that far.
    header->resizeSection(QuestionTableModel::NumberColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("000000")) + 12);
    header->resizeSection(QuestionTableModel::CategoryColumn, 110);
    // Room for a date, and for the header in any language ("Zuletzt bewertet").
    for (int c : {QuestionTableModel::ConfidenceColumn, QuestionTableModel::LastRatedColumn,
                  QuestionTableModel::DueColumn})
        header->resizeSection(c, std::max(78, header->sectionSizeHint(c)));
    // Shown while searching: where the words were found, in a word; sorting by it ranks.
    int matchWidth = header->sectionSizeHint(QuestionTableModel::MatchColumn);
    for (const QString &text : QuestionTableModel::matchColumnTexts())
        matchWidth = std::max(matchWidth, fontMetrics().horizontalAdvance(text) + 12);
    header->resizeSection(QuestionTableModel::MatchColumn, matchWidth);
    setColumnHidden(QuestionTableModel::MatchColumn, true);
    setSortingEnabled(true);
}

void QuestionView::fitColumns()
{
    QHeaderView *header = horizontalHeader();
    if (isColumnHidden(QuestionTableModel::CategoryColumn))
        return;
    int fixed = 0;
    for (int c = 0; c < QuestionTableModel::ColumnCount; ++c)
        if (c != QuestionTableModel::PromptColumn && c != QuestionTableModel::CategoryColumn &&
            !isColumnHidden(c))
            fixed += header->sectionSize(c);
    // The category a third of what is left, between a short name's width and 160 pixels:
    // on a narrow list the question is what must stay readable.
    const int room = viewport()->width() - fixed;
    const int category =
        std::clamp(room / 3, fontMetrics().horizontalAdvance(QLatin1Char('M')) * 5, 160);
    header->resizeSection(QuestionTableModel::CategoryColumn, category);
}

void QuestionView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

} // namespace prepdeck
