#pragma once

#include "librarystats.h"
#include "mockrecord.h"
#include "questionquery.h"

#include <QJsonObject>

// What the library holds, as the command line's --json prints it (the keys are a contract
// scripts rely on: add keys, never rename them).
namespace prepdeck {

QJsonObject toJson(const StoredQuestion &question);
QJsonObject toJson(const MockRecord &mock);
QJsonObject toJson(const LibraryStats &stats);

} // namespace prepdeck
