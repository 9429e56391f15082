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
// Interview → Print sheets asks the same of the questions to print, without what only a
// running interview has (the beep, interviewer mode), and keeps its own last choice.
class MockSetupDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose
    {
        Interview, // start a mock interview
        Sheets,    // print its sheets
    };

    MockSetupDialog(const QList<CategorySummary> &categories, const MockSettings &last,
                    QWidget *parent = nullptr, Purpose purpose = Purpose::Interview);

    MockSettings settings() const;

    // The last set-up for each purpose, kept between runs: printing sheets leaves the
    // interview's alone.
    static MockSettings remembered(Purpose purpose = Purpose::Interview);
    static void remember(const MockSettings &settings, Purpose purpose = Purpose::Interview);

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
