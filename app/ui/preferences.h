#pragma once

#include <QPageSize>
#include <QPalette>
#include <QString>

namespace prepdeck {

// What the user chose in Edit → Preferences, kept in the settings file (see
// care::settingsFile()). Where the library lives is kept there too, by care::moveLibrary.
struct Preferences
{
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    QString language; // "" follows the system; else a language code such as "en"
    Theme theme = Theme::System;
    int pageSize = -1;       // a QPageSize::PageSizeId, or -1 for the locale's (A4 or Letter)
    int studyTextPoints = 0; // the study pane's text size; 0 for the system's

    static Preferences load();
    void save() const;

    QPageSize::PageSizeId effectivePageSize() const;
};

// Makes the application's palette the one the theme asks for ("System" is the style's own).
void applyTheme(Preferences::Theme theme);
QPalette darkPalette();

} // namespace prepdeck
