#pragma once

#include "bank.h"
#include "result.h"

#include <QString>

namespace prepdeck {

enum class ExportFormat
{
    Markdown,
    Csv
};

// The banks as text in the given format: Prepdeck's bank format (lossless; import reads it
// back unchanged) or CSV with one row per question and a header row.
QString exportBanks(const QList<Bank> &banks, ExportFormat format);

// Writes text to path atomically: the old file stays whole until the new one is complete.
Status writeTextFile(const QString &path, const QString &text);

} // namespace prepdeck
