#pragma once

#include "mocksettings.h"
#include "result.h"
#include "store.h"

namespace prepdeck {

// The questions of a mock interview, in the order they will be asked.
//
// Candidates are the chosen questions, or the questions of the chosen categories (all when
// none are chosen). They are shuffled with the seed first, so ties are broken the same way
// every time, then ordered:
//   weakest   lowest latest confidence first; a never-rated question counts as 2.5
//   due       overdue first (longest overdue first), then never rated, then the rest by due time
//   frequent  highest "asked in N%" first; questions without a figure last
//   random    the seeded shuffle as it is
// The same settings, seed and library give the same questions in the same order.
Result<QList<qint64>> planMockInterview(const Store &store, const MockSettings &settings,
                                        const QDateTime &now);

} // namespace prepdeck
