#pragma once

#include <QRegularExpression>
#include <QString>

#include <optional>

namespace prepdeck {

// A pattern's match, tried only when `worth` says the text may hold it; nothing when it
// was not tried or did not match. (An empty QRegularExpressionMatch is not free: it
// allocates a pattern of its own, and on the readers' per-line paths making empty ones
// cost about as much as the matches tried.)
inline std::optional<QRegularExpressionMatch> matchIf(bool worth, const QRegularExpression &re,
                                                      const QString &text)
{
    if (!worth)
        return std::nullopt;
    QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m;
}

} // namespace prepdeck
