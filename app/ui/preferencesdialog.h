#pragma once

#include "preferences.h"

#include <QDialog>

class QComboBox;
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
    // Moves the library there (what the Move… button does after asking where). False, with
    // the reason shown, when it could not be moved; the library then stays where it was.
    bool moveLibraryTo(const QString &target);
    // The languages Prepdeck has translations for, as codes ("de", "es"), and English.
    static QStringList availableLanguages();

signals:
    // The library was moved: the window should reopen it from its new place.
    void libraryMoved(const QString &newPath);

private:
    void chooseLibraryPlace();

    QString m_libraryPath;
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_paper = nullptr;
    QSpinBox *m_textSize = nullptr;
    QLineEdit *m_library = nullptr;
    QPushButton *m_move = nullptr;
};

} // namespace prepdeck
