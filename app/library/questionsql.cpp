#include "questionsql.h"

namespace prepdeck::questionsql {

const QString &categoryLabel()
{
    static const QString sql = QStringLiteral(
        "CASE WHEN c.parents = '[]' THEN c.name ELSE (SELECT value FROM json_each(c.parents) "
        "ORDER BY key DESC LIMIT 1) || ' › ' || c.name END");
    return sql;
}

} // namespace prepdeck::questionsql
