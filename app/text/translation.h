#pragma once

#include <QCoreApplication>
#include <QString>

namespace prepdeck {

// The contexts the core's user-visible messages are translated in. A translator sees each
// context's messages together, so they are grouped by what the user was doing: reading a
// bank, keeping the library, writing files, planning a mock interview, reading an answer.
//
// Counts go through the plural form, tr("%n question(s)", nullptr, n), so that every
// language (English too, through translations/prepdeck_en.ts) gets its own plural forms;
// other numbers use %L1 so that they follow the locale.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct LibraryText
{
    Q_DECLARE_TR_FUNCTIONS(Library)
};

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

struct MockText
{
    Q_DECLARE_TR_FUNCTIONS(Mock)
};

struct AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(Answer)
};

// Counts of the library's things in the user's words, with the language's plural forms
// and digit grouping: "1 question", "12,345 questions", "12.345 Fragen".
QString questionCount(qint64 n);
QString ratingCount(qint64 n);
QString categoryCount(qint64 n);
QString bankCount(qint64 n);

// Loads Prepdeck's translation and Qt's own (so standard dialogs match) for the language
// given, or the system's (LANGUAGE, LANG) when it is empty, and makes it the default
// locale for dates and numbers. English plural forms are always there underneath. Earlier
// ones installed by this are replaced. Gives the language used ("en" when there is no
// translation for it).
QString installTranslations(const QString &language);

} // namespace prepdeck
