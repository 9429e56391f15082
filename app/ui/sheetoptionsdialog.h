#pragma once

#include "sheetdocument.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace prepdeck {

// What goes on a study sheet: which of the listed questions (all, only weak ones, only due
// ones), which parts of each, the paper and the type size; as last chosen.
class SheetOptionsDialog final : public QDialog
{
    Q_OBJECT

public:
    SheetOptionsDialog(const QString &scope, QWidget *parent = nullptr);

    SheetOptions options() const;
    std::optional<int> maxConfidence() const;
    bool dueOnly() const;
    bool progressReport() const;

    // Keeps what was ticked for the next sheet.
    void accept() override;

private:
    void restoreChoices();
    QList<std::pair<QString, QCheckBox *>> checkBoxes() const;

    QComboBox *m_confidence = nullptr;
    QCheckBox *m_due = nullptr;
    QCheckBox *m_answers = nullptr;
    QCheckBox *m_hints = nullptr;
    QCheckBox *m_tips = nullptr;
    QCheckBox *m_followUps = nullptr;
    QCheckBox *m_notes = nullptr;
    QCheckBox *m_progress = nullptr;
    QComboBox *m_paper = nullptr;
    QComboBox *m_font = nullptr;
};

} // namespace prepdeck
