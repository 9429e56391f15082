#pragma once

#include "importer.h"

#include <QJsonObject>
#include <QString>

namespace prepdeck::cli {

// Every layout id --layout takes, a line each with what it expects of a file.
QString layoutHelp();
// A preview for a terminal: the import report of a dry run, why the file reads so, the
// other readings to choose from, and the first questions with the start of their answers.
QString previewText(const ImportPreview &preview);
// The same as JSON: the report's keys, "preview": true and "first_questions".
QJsonObject previewJson(const ImportPreview &preview);

} // namespace prepdeck::cli
