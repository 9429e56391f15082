#pragma once

#include "bank.h"
#include "textcleanup.h"

#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

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
    // The file's name had nothing readable ("000_06dcea8f.txt"): a bank that would take the
    // fallback name is named from its categories instead, once they are known.
    bool nameFromCategories = false;

    // Its file: the name recorded as the questions' origin, and the bank name a file that
    // names none gets (cleanup::bankNameFromFile, or the file's base name with
    // nameFromCategories set when nothing readable is left).
    void nameAfterFile(const QString &path)
    {
        const QFileInfo info(path);
        fileName = info.fileName();
        fallbackBankName = cleanup::bankNameFromFile(fileName);
        nameFromCategories = fallbackBankName.isEmpty();
        if (nameFromCategories)
            fallbackBankName = info.completeBaseName();
    }

    QString chosenOr(const QString &fromFile) const
    {
        if (!bankName.isEmpty())
            return bankName;
        return fromFile.isEmpty() ? fallbackBankName : fromFile;
    }
    QStringList lines; // without line endings; line N is lines[N - 1]
    // The category the text begins in, when it is a part of a larger file cut inside a
    // section (a section title above it is out of sight); empty for a whole file.
    QString openingCategory;
    // Decisions about the whole file a part of it cannot take alone (a Markdown reading).
    struct PartOfFile
    {
        // The lines of this text with the file's title heading (0 if not in it): the
        // document's title, and the heading that names the bank.
        int titleRoleLine = 0;
        int bankTitleLine = 0;
        bool bankSignal = false; // the file reads as a bank by its name or first heading
        int numberBefore = 0;    // the highest question number above the part
        QString frontTitle;      // the title its front matter gives, if any
    };
    std::optional<PartOfFile> part;
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
    // How well this reading accounts for the file: the number of questions weighed by how
    // much they read like questions. The best of the readings of a file wins.
    double score = 0;
    // A stable name of the reading ("markdown-headings", "tsv", "anki-notes"…), and why it
    // read the file so, in a sentence for the report.
    QString layoutId;
    QString reason;
    // A Markdown reading's decisions about the whole file: the line of the heading that is
    // the document's title, of the one that names the bank (0 if none), and whether the
    // file reads as a bank by its name.
    int titleRoleLine = 0;
    int bankTitleLine = 0;
    bool bankSignal = false;
    QString frontTitle; // the title the file's YAML front matter gives ("title: …"), if any
    // Numbered list or table questions were found, whose numbers continue those above the
    // text (SourceText::PartOfFile::numberBefore): the reading depends on that number.
    bool numberingContinued = false;
    // The reading took (or could have taken) a decision only the whole file can make: a
    // heading repeated as a separator, a file whose questions are marked, numbered headings
    // spread over levels, a preface above the title. A file read in parts is read whole.
    bool wholeFileDecision = false;
};

// Each reader returns nothing when the file is not in its layout.

// Lines handed out one at a time, for readers that can work on a file as it is read.
class LineSource
{
public:
    virtual ~LineSource() = default;
    // The next line without its line ending, or nothing at the end. The text stays valid
    // while the line after it is looked at (peek, then next), not longer: keep a copy.
    virtual std::optional<QStringView> next() = 0;
    // The line next() will return, without taking it.
    virtual std::optional<QStringView> peek() = 0;
    // 1-based number of the line next() returned last.
    virtual int lineNumber() const = 0;
};

// The lines of a text already in memory, one at a time. The list must outlive the source.
class ListLineSource final : public LineSource
{
public:
    explicit ListLineSource(const QStringList &lines) : m_lines(lines) {}
    std::optional<QStringView> next() override
    {
        if (m_next >= m_lines.size())
            return std::nullopt;
        return QStringView(m_lines[m_next++]);
    }
    std::optional<QStringView> peek() override
    {
        if (m_next >= m_lines.size())
            return std::nullopt;
        return QStringView(m_lines[m_next]);
    }
    int lineNumber() const override { return static_cast<int>(m_next); }

private:
    const QStringList &m_lines;
    qsizetype m_next = 0;
};

// What the reader of Prepdeck's format finds, in file order.
class NativeBankSink
{
public:
    virtual ~NativeBankSink() = default;
    virtual void bank(const QString &name) = 0; // "# name", or the file's name
    // "## name" (with the headings above it, if the file says), or "General".
    virtual void category(const QString &name, const QStringList &parents) = 0;
    // A whole question of the current category; false stops the reading.
    virtual bool question(Question &&question) = 0;
    virtual void warning(const ImportWarning &warning) = 0;
    // The bank being read is named so instead: a bank named after a file name with nothing
    // readable in it takes its categories' name once they are all known.
    virtual void renameBank(const QString &name) = 0;
};

// A bank's name from its categories, for a file whose name says nothing: the first
// category's name, and how many more there are ("Backend — Python & FastAPI and 5 more").
// Empty when the first has no name.
QString nameFromCategories(const QString &firstCategory, qsizetype categories);

// Reads Prepdeck's own format from lines into sink. False (and nothing sent) when the
// first non-empty line is not the format line.
bool readNativeLines(LineSource &lines, const SourceText &source, NativeBankSink &sink);

// Prepdeck's own bank format (docs/bank-format.md).
std::optional<ParsedBanks> readNativeBank(const SourceText &source);
// CSV or TSV with a header row naming the question and answer columns.
std::optional<ParsedBanks> readDelimited(const SourceText &source);
// Plain text where each question is a short head — an optional number line, the question
// line, optional label lines — above a line that marks the answer ("Suggested Answer",
// "Sample answer", "Answer:", "+"…), with section titles naming categories.
std::optional<ParsedBanks> readPlainQuestions(const SourceText &source);

// The key=value and key="value" pairs of a question's metadata line, in order, quoted
// values unescaped.
QList<std::pair<QString, QString>> metadataPairs(QStringView text);

// Writes banks in Prepdeck's own format; readNativeBank() gives them back unchanged.
QString writeNativeBanks(const QList<Bank> &banks);

} // namespace prepdeck
