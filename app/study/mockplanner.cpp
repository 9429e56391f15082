#include "mockplanner.h"
#include "translation.h"

#include <algorithm>
#include <random>

namespace prepdeck {

namespace {

// Fisher-Yates on mt19937_64, whose output the C++ standard fixes, so a seed means the same
// order with any compiler or library.
void seededShuffle(QList<MockCandidate> &rows, quint64 seed)
{
    std::mt19937_64 random(seed);
    for (qsizetype i = rows.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(random() % static_cast<quint64>(i + 1));
        std::swap(rows[i], rows[j]);
    }
}

} // namespace

Result<QList<qint64>> chooseMockQuestions(QList<MockCandidate> candidates,
                                          const MockSettings &settings, const QDateTime &now)
{
    seededShuffle(candidates, settings.seed);

    switch (settings.order) {
    case MockOrder::Weakest:
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const MockCandidate &a, const MockCandidate &b) {
                             const double ka = a.confidence ? *a.confidence : 2.5;
                             const double kb = b.confidence ? *b.confidence : 2.5;
                             return ka < kb;
                         });
        break;
    case MockOrder::Due:
        std::stable_sort(candidates.begin(), candidates.end(),
                         [&now](const MockCandidate &a, const MockCandidate &b) {
                             auto bucket = [&now](const MockCandidate &r) {
                                 if (r.due.isValid() && r.due <= now)
                                     return 0;
                                 return r.due.isValid() ? 2 : 1;
                             };
                             const int ba = bucket(a), bb = bucket(b);
                             if (ba != bb)
                                 return ba < bb;
                             return ba != 1 && a.due < b.due;
                         });
        break;
    case MockOrder::Frequent:
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const MockCandidate &a, const MockCandidate &b) {
                             return a.frequency.value_or(-1) > b.frequency.value_or(-1);
                         });
        break;
    case MockOrder::Random:
        break;
    }

    QList<qint64> chosen;
    for (qsizetype i = 0; i < candidates.size() && i < settings.count; ++i)
        chosen << candidates[i].id;
    if (chosen.isEmpty())
        return Error{MockText::tr("there are no questions to ask in what you chose. Pick other "
                                  "categories, or import a bank first."),
                     {},
                     0};
    return chosen;
}

} // namespace prepdeck
