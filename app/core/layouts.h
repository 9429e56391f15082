#pragma once

#include "bank.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepdeck {

struct ImportWarning
{
    int line = 0; // 1-based; 0 when the warning is about the whole file
    QString message;
};

// A decoded file, ready for the layout readers.
struct SourceText
{
    QString fileName;         // name recorded as each question's origin
    QString bankName;         // the name the user chose (--bank); empty if none
    QString fallbackBankName; // name for a bank whose file does not name one (file name)

    QString chosenOr(const QString &fromFile) const
    {
        if (!bankName.isEmpty())
            return bankName;
        return fromFile.isEmpty() ? fallbackBankName : fromFile;
    }
    QStringList lines;    // without line endings; line N is lines[N - 1]
    bool csvHint = false; // the file name says .csv
    bool tsvHint = false; // the file name says .tsv / .tab
};

// What a layout reader found in a file.
struct ParsedBanks
{
    QString layout; // short description for the report, e.g. "markdown: headings"
    QList<Bank> banks;
    QList<ImportWarning> warnings;
    std::optional<ImportWarning> error; // the file is in this layout but cannot be read
};

// Each reader returns nothing when the file is not in its layout.

// Prepdeck's own bank format (docs/bank-format.md).
std::optional<ParsedBanks> readNativeBank(const SourceText &source);
// CSV or TSV with a header row naming the question and answer columns.
std::optional<ParsedBanks> readDelimited(const SourceText &source);
// Plain text: a section title, then per question a "quoted question" line, a tag line,
// "Suggested Answer", the answer and a closing coaching line.
std::optional<ParsedBanks> readQuotedQuestions(const SourceText &source);
// Plain text cards: number line, sub-category line, question line, "+", answer.
std::optional<ParsedBanks> readNumberedCards(const SourceText &source);
// Markdown (or plain text) with headings, Q/A pairs, <details> blocks, question tables or
// numbered question lists.
std::optional<ParsedBanks> readMarkdown(const SourceText &source);

// Writes banks in Prepdeck's own format; readNativeBank() gives them back unchanged.
QString writeNativeBanks(const QList<Bank> &banks);

} // namespace prepdeck
