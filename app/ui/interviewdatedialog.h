#pragma once

#include "progressstats.h"
#include "questionquery.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QListWidget;

namespace prepdeck {

// Settings → My interview is on…: the date, and which categories it covers.
class InterviewDateDialog final : public QDialog
{
    Q_OBJECT

public:
    InterviewDateDialog(const InterviewPlan &plan, const QList<CategorySummary> &categories,
                        const QDate &today, QWidget *parent = nullptr);
    InterviewPlan plan() const;

private:
    QCheckBox *m_none = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_categories = nullptr;
};

} // namespace prepdeck
