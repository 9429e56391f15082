#pragma once

#include "preferences.h"

#include <QDialog>

class QLayout;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace prepdeck {

// Edit → Preferences: language, theme, paper for sheets, the study pane's text size, and
// where the library file lives (moved safely: copied, checked, then switched to).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    // libraryPath is the library this window has open.
    PreferencesDialog(const Preferences &current, const QString &libraryPath,
                      QWidget *parent = nullptr);

    Preferences preferences() const;
    // Moves the library there (what the Move… button does after asking where), copying and
    // checking it on a worker while the dialog waits; libraryMoved() follows, or the reason
    // it could not be moved is shown and the library stays where it was.
    void moveLibraryTo(const QString &target);
    bool isMoving() const { return m_moving; }

    void reject() override; // not while the library is being moved
    // The languages Prepdeck has translations for, as codes ("de", "es"), and English.
    static QStringList availableLanguages();

signals:
    // The library was moved: the window should reopen it from its new place.
    void libraryMoved(const QString &newPath);

private:
    QLayout *makeLanguageRow(const Preferences &current);
    QLayout *makeLibraryRow(const QString &libraryPath);
    void chooseLibraryPlace();

    QString m_libraryPath;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_paper = nullptr;
    QSpinBox *m_textSize = nullptr;
    QLineEdit *m_library = nullptr;
    QPushButton *m_move = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_moving = false;
};

} // namespace prepdeck
