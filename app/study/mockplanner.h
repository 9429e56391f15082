#pragma once

#include "mocksettings.h"
#include "result.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace prepdeck {

// What the planner needs to know of a question it may ask.
struct MockCandidate
{
    qint64 id = 0;
    std::optional<int> confidence; // latest rating
    QDateTime due;                 // invalid when not scheduled
    std::optional<int> frequency;  // how often it is asked, in percent
};

// The questions of a mock interview, in the order they will be asked, chosen from
// `candidates` (given in library order).
//
// They are shuffled with the seed first, so ties are broken the same way every time,
// then ordered:
//   weakest   lowest latest confidence first; a never-rated question counts as 2.5
//   due       overdue first (longest overdue first), then never rated, then the rest by due time
//   frequent  highest "asked in N%" first; questions without a figure last
//   random    the seeded shuffle as it is
// The same settings, seed and candidates give the same questions in the same order.
Result<QList<qint64>> chooseMockQuestions(QList<MockCandidate> candidates,
                                          const MockSettings &settings, const QDateTime &now);

} // namespace prepdeck
