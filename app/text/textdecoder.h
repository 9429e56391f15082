#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace prepdeck {

// Text read from a file, with the encoding that was found and what was repaired.
struct DecodedText
{
    QString text;        // line endings normalised to '\n'
    QString encoding;    // human-readable, e.g. "UTF-8", "Windows-1252"
    QStringList repairs; // sentences for the import report; empty when nothing was fixed
};

// Turns the bytes of a question bank into text. Handles UTF-8 with or without BOM,
// UTF-16 with BOM, Windows-1252, Latin-1 and Mac OS Roman, and repairs UTF-8 that was
// mis-decoded as Mac OS Roman or Windows-1252 and saved again ("mojibake").
// Fails for data that is not text. fileName only goes into error messages.
// Control characters are not text: every one but tab, line feed, form feed and escape is
// taken out (and counted in the repairs), so nothing imported can make an exported bank
// unreadable.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

// Whether the text holds a control character decodeText() would take out.
bool hasStrayControls(QStringView text);

} // namespace prepdeck
