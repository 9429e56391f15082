#pragma once

#include <QTableView>

namespace prepdeck {

class QuestionTableModel;

// The question list: one row per question, sortable by any column, the question's text
// taking the width the other columns leave.
class QuestionView final : public QTableView
{
    Q_OBJECT

public:
    explicit QuestionView(QuestionTableModel *model, QWidget *parent = nullptr);
    // Shares the width between the question and its category so that the question keeps
    // most of what the other columns leave (again after columns are shown or hidden).
    void fitColumns();

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace prepdeck
