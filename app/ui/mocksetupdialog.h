#pragma once

#include "mocksettings.h"
#include "questionquery.h"

#include <QDialog>

class QFormLayout;
class QCheckBox;
class QComboBox;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace prepdeck {

// Interview → New mock interview: which banks and categories, how many questions, how much
// time, in what order (with a seed for a repeatable order), follow-ups, interviewer mode.
class MockSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    MockSetupDialog(const QList<CategorySummary> &categories, const MockSettings &last,
                    QWidget *parent = nullptr);

    MockSettings settings() const;

    // The last set-up, kept between runs.
    static MockSettings remembered();
    static void remember(const MockSettings &settings);

private:
    void addCategoryTree(const QList<CategorySummary> &categories, const MockSettings &last);
    QFormLayout *makeForm(const MockSettings &last);
    QTreeWidget *m_tree = nullptr;
    QSpinBox *m_count = nullptr;
    QRadioButton *m_perQuestion = nullptr;
    QSpinBox *m_minutes = nullptr;
    QSpinBox *m_seconds = nullptr;
    QRadioButton *m_total = nullptr;
    QSpinBox *m_totalMinutes = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_seed = nullptr;
    QCheckBox *m_followUps = nullptr;
    QCheckBox *m_interviewer = nullptr;
    QCheckBox *m_beep = nullptr;
};

} // namespace prepdeck
