#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

// How values are written to and read from the library's columns.
namespace prepdeck::sqlvalues {

// A list column: a compact JSON array of strings.
QString toJson(const QStringList &list);
QStringList fromJson(const QString &json);
// An optional number: NULL when there is none.
QVariant optionalInt(const std::optional<int> &v);
std::optional<int> toOptionalInt(const QVariant &v);
// An empty QString may be null, which SQLite stores as NULL; text columns want ''.
QString text(const QString &s);
// Times: ISO 8601 in UTC with milliseconds; NULL for none.
QString timestamp(const QDateTime &t);
QDateTime fromTimestamp(const QVariant &v);

} // namespace prepdeck::sqlvalues
