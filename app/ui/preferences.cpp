#include "preferences.h"
#include "indicatorstyle.h"
#include "librarycare.h"
#include "sheetdocument.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStyle>

#include <algorithm>

namespace prepdeck {

Preferences Preferences::load()
{
    const QSettings settings(care::settingsFile(), QSettings::IniFormat);
    Preferences p;
    p.language = settings.value(QStringLiteral("preferences/language")).toString();
    const QString theme = settings.value(QStringLiteral("preferences/theme")).toString();
    p.theme = theme == QLatin1String("dark")    ? Theme::Dark
              : theme == QLatin1String("light") ? Theme::Light
                                                : Theme::System;
    const QString paper = settings.value(QStringLiteral("preferences/paper")).toString();
    p.pageSize = paper == QLatin1String("a4")       ? QPageSize::A4
                 : paper == QLatin1String("letter") ? QPageSize::Letter
                                                    : -1;
    p.studyTextPoints =
        std::clamp(settings.value(QStringLiteral("preferences/studyTextPoints"), 0).toInt(), 0, 40);
    return p;
}

void Preferences::save() const
{
    QSettings settings(care::settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("preferences/language"), language);
    settings.setValue(QStringLiteral("preferences/theme"),
                      theme == Theme::Dark    ? QStringLiteral("dark")
                      : theme == Theme::Light ? QStringLiteral("light")
                                              : QStringLiteral("system"));
    settings.setValue(QStringLiteral("preferences/paper"),
                      pageSize == QPageSize::A4       ? QStringLiteral("a4")
                      : pageSize == QPageSize::Letter ? QStringLiteral("letter")
                                                      : QStringLiteral("locale"));
    settings.setValue(QStringLiteral("preferences/studyTextPoints"), studyTextPoints);
}

QPageSize::PageSizeId Preferences::effectivePageSize() const
{
    return pageSize < 0 ? SheetOptions::defaultPageSize()
                        : static_cast<QPageSize::PageSizeId>(pageSize);
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    const QColor highlight(0x3d, 0x7e, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

void applyTheme(Preferences::Theme theme)
{
    // The palette the desktop gave at start is "System": kept before the first change.
    static const QPalette system = QApplication::palette();
    QPalette palette = system;
    if (theme == Preferences::Theme::Dark)
        palette = darkPalette();
    else if (theme == Preferences::Theme::Light && system.color(QPalette::Window).lightness() < 128)
        palette = QApplication::style()->standardPalette();
    useIndicatorStyle(); // check boxes that show on a dark palette too
    QApplication::setPalette(palette);
}

} // namespace prepdeck
