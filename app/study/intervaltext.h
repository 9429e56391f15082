#pragma once

#include <QDateTime>
#include <QString>

namespace prepdeck::scheduling {

// How long until `due`, counted from `from`, in the few characters a rating button has room
// for: "10 min", "5 h", "3 d", "1.3 mo", "1.2 y" (in the user's language and number format).
// Under a minute reads "now".
QString intervalText(const QDateTime &from, const QDateTime &due);

} // namespace prepdeck::scheduling
