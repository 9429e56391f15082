#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepdeck {

// What an import did to the library.
struct MergeCounts
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int retired = 0;
    // Questions the user edited whose text in the file changed as well: the user's text was
    // kept (the file's is kept beside it; `prepdeck edit ID --take-file` takes it).
    QList<qint64> editedChangedInFile;
    int editedKept = 0;  // edited by the user, unchanged in the file: kept as the user wrote
    int deletedKept = 0; // deleted by the user, still in the file: left deleted
    // Each bank's name in the library, in the file's order: the file's own, or one the
    // user gave it (kept by the import).
    QStringList bankNames;
};

// A category's size and standing, for `prepdeck stats` and the sheets.
struct CategoryStats
{
    QString bank;
    QString category;
    QStringList parents;
    int questions = 0;
    int rated = 0;
    std::optional<double> meanConfidence; // mean of each rated question's latest rating
};

// The whole library in figures.
struct LibraryStats
{
    int banks = 0;
    int categories = 0;
    int questions = 0;
    int rated = 0;   // questions with at least one rating
    int ratings = 0; // rating events
    QList<CategoryStats> byCategory;
};

} // namespace prepdeck
