#pragma once

#include <QString>

// SQL the library's readers share.
namespace prepdeck::questionsql {

// A category as lists show it, over categories c: under its nearest heading when it has one
// ("System Questions › Processes").
const QString &categoryLabel();

} // namespace prepdeck::questionsql
