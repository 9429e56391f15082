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
};

} // namespace prepdeck
