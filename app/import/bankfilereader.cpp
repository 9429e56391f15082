#include "bankfilereader.h"
#include "structuredreader.h"
#include "textdecoder.h"
#include "translation.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <future>
#include <system_error>

namespace prepdeck {

qsizetype BankFile::questionCount() const
{
    return prepdeck::questionCount(banks);
}

Result<BankFile> readBankFile(const QString &path, const ReadOptions &options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{ImportText::tr("no such file. Check the path and try again."), path, 0,
                     Error::Kind::NotFound};
    if (info.isDir())
        return Error{ImportText::tr("this is a folder, not a file. Give the question bank files "
                                    "inside it instead (for example %1/*.md).")
                         .arg(path),
                     path, 0};
    if (!info.isFile())
        return Error{ImportText::tr("this is not a regular file. Import a saved text file."), path,
                     0};
    if (info.size() > options.maxBytes)
        return Error{
            ImportText::tr("the file is %L1 MB, over the %L2 MB limit for one bank. Split it "
                           "into smaller files, or raise the limit with --max-size.")
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(options.maxBytes / (1024 * 1024)),
            path, 0};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            ImportText::tr("cannot be read (%1). Check its permissions.").arg(file.errorString()),
            path, 0};
    const QByteArray bytes = file.read(options.maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error{ImportText::tr("reading failed (%1).").arg(file.errorString()), path, 0};
    if (bytes.size() > options.maxBytes)
        return Error{ImportText::tr("the file is over the %L1 MB limit for one bank. Split it into "
                                    "smaller files, or raise the limit with --max-size.")
                         .arg(options.maxBytes / (1024 * 1024)),
                     path, 0};
    return readBankData(bytes, path, options);
}

void namesOnOneLine(QList<Bank> &banks)
{
    // Names and prompts are one line (a CSV cell may hold several): our own format, the
    // tree and the table show them so, and an export must read back the same.
    const auto oneLine = [](QString &text) {
        if (text.contains(QLatin1Char('\n')))
            text = text.simplified();
    };
    for (Bank &bank : banks) {
        oneLine(bank.name);
        for (Category &category : bank.categories) {
            oneLine(category.name);
            for (Question &q : category.questions)
                oneLine(q.prompt);
        }
    }
}

namespace {

// A bank named after a file name with nothing readable in it takes its name from its
// categories instead.
void nameBanksFromCategories(QList<Bank> &banks, const QString &fileName)
{
    for (Bank &bank : banks)
        if (bank.name == fileName && !bank.categories.isEmpty())
            if (const QString name =
                    nameFromCategories(bank.categories.first().name, bank.categories.size());
                !name.isEmpty() && name != fileName)
                bank.name = name;
}

} // namespace

QString nameFromCategories(const QString &firstCategory, qsizetype categories)
{
    if (firstCategory.isEmpty() || categories < 1)
        return {};
    const int more = int(categories - 1);
    return more == 0 ? firstCategory
                     : ImportText::tr("%1 and %Ln more", nullptr, more).arg(firstCategory);
}

QStringList layoutIds()
{
    return {QStringLiteral("prepdeck"),
            QStringLiteral("markdown-headings"),
            QStringLiteral("markdown-items"),
            QStringLiteral("plain-text"),
            QStringLiteral("plain-quoted"),
            QStringLiteral("plain-cards"),
            QStringLiteral("plain-marked"),
            QStringLiteral("csv"),
            QStringLiteral("tsv"),
            QStringLiteral("anki-notes")};
}

namespace {

// Whether a text is long enough for reading it on two cores to be worth starting a thread
// (and compiling the reader's patterns on it).
bool worthAThread(const SourceText &source)
{
    constexpr qsizetype kChars = 128 * 1024;
    qsizetype chars = 0;
    for (const QString &line : source.lines)
        if ((chars += line.size() + 1) >= kChars)
            return true;
    return false;
}

} // namespace

Readings readLayouts(const SourceText &source, const QString &layout, bool onTwoCores)
{
    Readings out;
    struct Reading
    {
        ParsedBanks parsed;
        LayoutReader reader;
    };
    QList<Reading> readings;
    const auto consider = [&](LayoutReader reader, std::optional<ParsedBanks> reading) {
        if (reading && (reading->error || !reading->banks.isEmpty()))
            readings.append({std::move(*reading), reader});
    };
    const auto take = [&](LayoutReader reader) {
        consider(reader, reader(source));
    };
    if (auto native = readNativeBank(source); native && layout.isEmpty()) {
        // The first line says our own format: read so, and nothing else, even if empty.
        out.found << native->layoutId;
        out.best = std::move(native);
        out.reader = readNativeBank;
        return out;
    }
    take(readNativeBank);
    if ((source.csvHint || source.tsvHint) && layout.isEmpty()) {
        take(readDelimited); // a file named .csv or .tsv is read so, without weighing
    } else {
        // Every reading of the file is weighed; the one that accounts for it best wins. The
        // Markdown one is read on another core when the file is large enough to be worth a
        // thread: every reader reads the whole file, and this is the wait an import shows.
        std::future<std::optional<ParsedBanks>> markdown;
        if (onTwoCores && worthAThread(source)) {
            try {
                markdown = std::async(std::launch::async,
                                      [&source] { return readStructuredMarkdown(source); });
            } catch (const std::system_error &) {
                // no thread to be had: read here
            }
        }
        std::optional<ParsedBanks> plain = readPlainQuestions(source);
        std::optional<ParsedBanks> delimited = readDelimited(source);
        consider(readPlainQuestions, std::move(plain));
        consider(readStructuredMarkdown,
                 markdown.valid() ? markdown.get() : readStructuredMarkdown(source));
        consider(readDelimited, std::move(delimited));
    }
    std::stable_sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) {
        return a.parsed.score > b.parsed.score;
    });
    for (const Reading &r : std::as_const(readings))
        if (!r.parsed.error && !out.found.contains(r.parsed.layoutId))
            out.found << r.parsed.layoutId;
    for (Reading &r : readings) {
        if (!layout.isEmpty() && r.parsed.layoutId != layout)
            continue;
        if (!out.best) {
            out.best = std::move(r.parsed);
            out.reader = r.reader;
        } else if (!out.runnerUp) {
            out.runnerUp = std::move(r.parsed);
        }
    }
    if (out.best && !layout.isEmpty())
        out.best->reason = ImportText::tr("read as %1, as --layout asked.").arg(layout);
    return out;
}

Result<BankFile> readBankData(const QByteArray &bytes, const QString &displayName,
                              const ReadOptions &options)
{
    if (bytes.trimmed().isEmpty())
        return Error{
            ImportText::tr("the file is empty, so nothing was imported. Check that this is "
                           "the file you meant and that it was saved."),
            displayName, 0};

    auto decoded = decodeText(bytes, displayName);
    if (!decoded)
        return decoded.error();

    const QFileInfo info(displayName);
    const QString suffix = info.suffix().toLower();
    SourceText source;
    source.nameAfterFile(displayName);
    source.bankName = options.bankName.trimmed();
    source.lines = decoded->text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < source.lines.size(); ++i)
        if (source.lines[i].size() > options.maxLineLength)
            return Error{ImportText::tr("line %1 is %Ln character(s) long, over the limit of %L2 "
                                        "for one line. This does not look like a question bank; "
                                        "check that it is the file you meant.",
                                        nullptr, int(source.lines[i].size()))
                             .arg(i + 1)
                             .arg(options.maxLineLength),
                         displayName, int(i + 1), Error::Kind::Format};
    source.csvHint = suffix == QLatin1String("csv");
    source.tsvHint = suffix == QLatin1String("tsv") || suffix == QLatin1String("tab");

    Readings readings = readLayouts(source, options.layout);
    if (!readings.best && !options.layout.isEmpty())
        return Error{
            ImportText::tr("this file does not read as \"%1\"; %2. Leave out --layout "
                           "to let Prepdeck choose.")
                .arg(options.layout, readings.found.isEmpty()
                                         ? ImportText::tr("no reading finds questions in it")
                                         : ImportText::tr("it reads as %1")
                                               .arg(readings.found.join(QLatin1String(", ")))),
            displayName, 0, Error::Kind::Format};
    if (!readings.best && (source.csvHint || source.tsvHint))
        return Error{ImportText::tr("no questions found. A CSV or TSV bank needs a header row "
                                    "that names its columns, at least question and answer "
                                    "(for example: question,answer,category,tags)."),
                     displayName, 1, Error::Kind::Format};
    std::optional<ParsedBanks> &parsed = readings.best;
    std::optional<ParsedBanks> &runnerUp = readings.runnerUp;
    if (parsed && parsed->error)
        return Error{parsed->error->message, displayName, parsed->error->line, Error::Kind::Format};
    if (!parsed || parsed->banks.isEmpty())
        return Error{ImportText::tr("no questions found in this file. Prepdeck reads Markdown "
                                    "headings with answers, Q:/A: pairs, <details> blocks, "
                                    "question tables and numbered lists, CSV/TSV with a header "
                                    "row, and its own bank format; see the README for examples."),
                     displayName, 0, Error::Kind::Format};

    namesOnOneLine(parsed->banks);
    if (source.nameFromCategories)
        nameBanksFromCategories(parsed->banks, source.fallbackBankName);
    if (const qsizetype n = questionCount(parsed->banks); n > options.maxQuestions)
        return Error{ImportText::tr("the file holds %Ln question(s), over the limit of %L1 for "
                                    "one file. Split it into smaller banks.",
                                    nullptr, int(n))
                         .arg(options.maxQuestions),
                     displayName, 0};

    BankFile result;
    result.path = displayName;
    result.encoding = decoded->encoding;
    result.layout = parsed->layout;
    result.layoutId = parsed->layoutId;
    result.reason = parsed->reason;
    result.score = parsed->score;
    if (runnerUp) {
        result.runnerUpId = runnerUp->layoutId;
        result.runnerUpScore = runnerUp->score;
    }
    result.readings = readings.found;
    result.banks = std::move(parsed->banks);
    result.repairs = decoded->repairs;
    result.warnings = std::move(parsed->warnings);
    return result;
}

} // namespace prepdeck
