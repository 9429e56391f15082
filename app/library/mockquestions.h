#pragma once

#include "library.h"
#include "mockplanner.h"
#include "result.h"

namespace prepdeck {

// The categories whose name (as lists show it, "Heading › Name") holds one of the texts,
// any case; an error naming a text no category holds.
Result<QList<qint64>> categoriesMatching(const Library &store, const QStringList &texts);

// The questions of a mock interview from the library: the chosen questions, or the
// questions of the chosen categories (all when none are chosen; a category text picks every
// category whose name holds it), ordered and counted by chooseMockQuestions().
Result<QList<qint64>> planMockInterview(const Library &store, const MockSettings &settings,
                                        const QDateTime &now);

} // namespace prepdeck
