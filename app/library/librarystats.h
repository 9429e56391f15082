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
