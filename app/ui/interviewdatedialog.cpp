#include "interviewdatedialog.h"
#include "windowsize.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace prepdeck {

InterviewDateDialog::InterviewDateDialog(const InterviewPlan &plan,
                                         const QList<CategorySummary> &categories,
                                         const QDate &today, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("My interview"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("With a date, Prepdeck schedules every covered question to be reviewed "
                      "before the day, puts the least ready categories first in Study due, "
                      "and shows the days left and a forecast."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("interviewDate"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(today);
    m_date->setDate(plan.date.isValid() ? plan.date : today.addDays(14));
    form->addRow(tr("My interview is on:"), m_date);
    m_none = new QCheckBox(tr("No interview date"), this);
    m_none->setChecked(!plan.date.isValid());
    connect(m_none, &QCheckBox::toggled, m_date, &QWidget::setDisabled);
    m_date->setDisabled(m_none->isChecked());
    form->addRow(QString(), m_none);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("It covers (none ticked: everything):"), this));
    m_categories = new QListWidget(this);
    for (const CategorySummary &c : categories) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(c.category, c.bank), m_categories);
        item->setData(Qt::UserRole, c.categoryId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(plan.categoryIds.contains(c.categoryId) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(m_categories, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resizeWithinScreen(*this, {520, 520});
}

InterviewPlan InterviewDateDialog::plan() const
{
    InterviewPlan p;
    if (m_none->isChecked())
        return p;
    p.date = m_date->date();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            p.categoryIds << m_categories->item(i)->data(Qt::UserRole).toLongLong();
    return p;
}

} // namespace prepdeck
