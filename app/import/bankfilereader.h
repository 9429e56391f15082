#pragma once

#include "layouts.h"
#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace prepdeck {

struct ReadOptions
{
    QString bankName;                     // name for the bank, overriding the file's own
    qint64 maxBytes = 64LL * 1024 * 1024; // larger files are refused
    // Limits against a hostile or broken file: a bank over them is refused whole, with the
    // line that broke them. No real bank comes near (the largest seed has a few hundred
    // questions and lines of a few hundred characters).
    qsizetype maxQuestions = 200000;
    qsizetype maxLineLength = 1000000; // characters
    // Files larger than this are read part by part as they stream in, parts of about
    // partBytes, in the reading their first headBytes show (see importLargeStream()).
    qint64 streamAbove = 16LL * 1024 * 1024;
    // A reading the user chose by its layout id ("markdown-headings", "csv"…); empty to
    // let the readings be weighed. A file that does not read so is refused, saying how it
    // reads.
    QString layout;
    // The head is read in every layout, alone, before the parts start: 1 MB (hundreds of
    // questions in any bank) tells the layout as well as 4 MB did, in a quarter of the time.
    qsizetype headBytes = 1024 * 1024;
    // Small parts are read faster than large ones (cmark-gfm's tree of a part stays in the
    // cache) and two of them at once cost little memory: 256 KB parts read a 200 MB
    // Markdown bank in 11 s and 200 MB, 4 MB parts in 15 s and 380 MB.
    qsizetype partBytes = 256 * 1024;
};

// A question bank file read and understood, not yet stored.
struct BankFile
{
    QString path;             // as given by the user
    QString encoding;         // e.g. "UTF-8", "Mac OS Roman"
    QString layout;           // e.g. "markdown: headings, Q/A pairs"
    QString layoutId;         // a stable name: "markdown-headings", "csv", "prepdeck"…
    QString reason;           // why the file was read so
    QString runnerUpId;       // the next best reading, if there was one
    double runnerUpScore = 0; //   and its score (the chosen one's is score)
    double score = 0;
    QStringList readings; // the layout ids of every reading that found questions, best first
    QList<Bank> banks;
    QStringList repairs;
    QList<ImportWarning> warnings;

    qsizetype questionCount() const;
};

// A layout's reader (readNativeBank, readDelimited, readStructuredMarkdown…).
using LayoutReader = std::optional<ParsedBanks> (*)(const SourceText &);

// The readings of a text weighed: the best, the reader that gave it, and the next best.
struct Readings
{
    std::optional<ParsedBanks> best;
    LayoutReader reader = nullptr;
    std::optional<ParsedBanks> runnerUp;
    QStringList found; // the layout ids of every reading that found questions, best first
};
// With `layout` given, only a reading of that id can be the best.
// With onTwoCores, a long text's Markdown reading is read on a thread of its own.
Readings readLayouts(const SourceText &source, const QString &layout = {}, bool onTwoCores = true);
// The layout ids a reading can have, for --layout.
QStringList layoutIds();
// Bank and category names and prompts made one line each, as every reading gives them.
void namesOnOneLine(QList<Bank> &banks);

// Reads a question bank from disk: checks it is a readable regular file within the size
// limit, decodes and repairs its text, finds its layout and reads its questions.
// Every failure names the file and says what to do.
Result<BankFile> readBankFile(const QString &path, const ReadOptions &options = {});

// The same for bytes already in memory; displayName stands for the file in messages and
// origins, and its extension hints at CSV/TSV.
Result<BankFile> readBankData(const QByteArray &bytes, const QString &displayName,
                              const ReadOptions &options = {});

} // namespace prepdeck
