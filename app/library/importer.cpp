#include "importer.h"
#include "importstreaming.h"
#include "layouts.h"
#include "partreader.h"
#include "textdecoder.h"
#include "translation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QScopeGuard>
#include <QStringDecoder>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace prepdeck {

using namespace streaming;

namespace {

bool questionHasStrayControls(const Question &q)
{
    bool found =
        hasStrayControls(q.prompt) || hasStrayControls(q.answer) || hasStrayControls(q.hint);
    for (const QStringList *list : {&q.tags, &q.followUps, &q.tips})
        for (const QString &s : *list)
            found = found || hasStrayControls(s);
    return found;
}

// The encoding the first megabyte shows, if the whole file can be read as it streams:
// our own format, strict UTF-8 (with or without BOM), nothing to repair.
std::optional<QString> streamableEncoding(QFile &file, const QString &path)
{
    QByteArray head = file.peek(1 << 20);
    if (head.size() == (1 << 20)) {
        const qsizetype end = head.lastIndexOf('\n');
        if (end < 0)
            return std::nullopt;
        head.truncate(end + 1);
    }
    auto decoded = decodeText(head, path);
    if (!decoded || !decoded->repairs.isEmpty() ||
        !decoded->encoding.startsWith(QLatin1String("UTF-8")))
        return std::nullopt;
    for (const QStringView line : QStringView(decoded->text).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        if (!line.trimmed().startsWith(QLatin1String("<!-- prepdeck-bank-format")))
            return std::nullopt;
        return decoded->encoding;
    }
    return std::nullopt;
}

} // namespace

namespace {

// How a file is read as it streams: its reader, and what the report says of its layout.
struct StreamReading
{
    std::function<bool(LineSource &, const SourceText &, NativeBankSink &)> read;
    QString layout;
    QString layoutId;
    QString reason;
    QString runnerUpId;
    double runnerUpScore = 0;
};

// What the writing thread did with the reading thread's events.
struct Written
{
    QList<BankOutline> outline; // the banks and categories written, questions counted
    std::optional<Error> error;
    bool fallBack = false; // the general path must read the file whole
};

// On the writing thread: the events of the reading thread written as they come, until the
// pipe closes, an error, or something only the general path can take (a bank or category
// the library or the file has already, stray control characters).
Written writeEvents(EventPipe &pipe, BulkImport &bulk, const QString &path,
                    const std::function<bool()> &cancelled)
{
    Written w;
    std::vector<StreamEvent> batch;
    while (!w.error && !w.fallBack && pipe.pop(batch)) {
        const auto giveBack = qScopeGuard([&] { pipe.giveBack(std::move(batch)); });
        if (cancelled && cancelled()) {
            w.error = Error{ImportText::tr("the import was cancelled; nothing was saved."), path, 0,
                            Error::Kind::Cancelled};
            break;
        }
        for (StreamEvent &event : batch) {
            if (event.kind == StreamEvent::QuestionRead) {
                if (questionHasStrayControls(event.question)) {
                    w.fallBack = true; // the general path takes them out and says so
                    break;
                }
                if (Status added = bulk.add(event.question, event.id); !added) {
                    w.error = added.error();
                    break;
                }
                ++w.outline.last().categories.last().questions;
                continue;
            }
            if (hasStrayControls(event.name)) {
                w.fallBack = true;
                break;
            }
            if (event.kind == StreamEvent::BankRenamed) {
                auto renamed = bulk.renameBank(event.name);
                if (!renamed) {
                    w.error = renamed.error();
                    break;
                }
                if (!*renamed) {
                    w.fallBack = true;
                    break;
                }
                w.outline.last().name = event.name;
                continue;
            }
            const bool isBank = event.kind == StreamEvent::BankStarts;
            auto started =
                isBank ? bulk.startBank(event.name) : bulk.startCategory(event.name, event.parents);
            if (!started) {
                w.error = started.error();
                break;
            }
            if (!*started) {
                w.fallBack = true;
                break;
            }
            if (isBank)
                w.outline << BankOutline{event.name, {}};
            else
                w.outline.last().categories << CategoryOutline{event.name, 0, event.parents};
        }
    }
    return w;
}

// Reads on one thread and writes on the other, into new banks only. Nothing when the file
// must be read whole instead (it brings a bank the library has, or reads otherwise).
std::optional<Result<ImportReport>> streamInto(Library &store, const QString &path, QFile &file,
                                               const QString &encoding, const SourceText &source,
                                               const StreamReading &reading,
                                               const ReadOptions &options, bool dryRun,
                                               const std::function<bool()> &cancelled)
{
    auto bulk = store.imports().beginBulkImport(QFileInfo(path).absoluteFilePath(), reading.layout);
    if (!bulk)
        return Result<ImportReport>(bulk.error());
    if (!*bulk)
        return std::nullopt; // a re-import: matched against what is there
    (*bulk)->setChosenName(source.bankName);

    StreamedLines lines(file, options.maxLineLength);
    EventPipe pipe;
    StreamingSink sink(pipe, (*bulk)->firstId(), options.maxQuestions);
    bool readAsPlanned = false;
    // Reading and decoding on one core, writing (and the full-text index) on the other.
    std::thread reader([&] {
        readAsPlanned = reading.read(lines, source, sink);
        sink.flush();
        pipe.close();
    });

    Written written = writeEvents(pipe, **bulk, path, cancelled);
    pipe.stop();
    reader.join();
    if (written.error)
        return Result<ImportReport>(*written.error);
    if (written.fallBack || lines.failed() || sink.overLimit() || !readAsPlanned ||
        (*bulk)->added() == 0)
        return std::nullopt; // the general path reads it whole (and says what is wrong)

    auto counts = (*bulk)->finish(dryRun);
    if (!counts)
        return Result<ImportReport>(counts.error());
    QList<BankOutline> &outline = written.outline;
    for (BankOutline &b : outline)
        b.categories.removeIf([](const CategoryOutline &c) { return c.questions == 0; });
    outline.removeIf([](const BankOutline &b) { return b.categories.isEmpty(); });
    ImportReport report;
    report.file = path;
    report.layout = reading.layout;
    report.layoutId = reading.layoutId;
    report.reason = reading.reason;
    report.runnerUpId = reading.runnerUpId;
    report.runnerUpScore = reading.runnerUpScore;
    report.encoding = encoding;
    report.banks = outline;
    report.counts = *counts;
    report.warnings = sink.warnings();
    report.dryRun = dryRun;
    return Result<ImportReport>(report);
}

// The first lines of a file, decoded, if they are strict UTF-8 that needs no repair: what a
// file read as it streams must be throughout (a line that is not makes it read whole).
std::optional<std::pair<QString, QStringList>> utf8Head(QFile &file, const QString &path,
                                                        qsizetype bytes)
{
    QByteArray head = file.peek(bytes);
    if (head.size() == bytes) {
        const qsizetype end = head.lastIndexOf('\n');
        if (end < 0)
            return std::nullopt;
        head.truncate(end + 1);
    }
    auto decoded = decodeText(head, path);
    if (!decoded || !decoded->repairs.isEmpty() ||
        !decoded->encoding.startsWith(QLatin1String("UTF-8")))
        return std::nullopt;
    QStringList lines = decoded->text.split(QLatin1Char('\n'));
    if (head.endsWith('\n') && !lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return std::pair{decoded->encoding, lines};
}

} // namespace

std::optional<Result<ImportReport>> importNativeStream(Library &store, const QString &path,
                                                       const ReadOptions &options, bool dryRun,
                                                       const std::function<bool()> &cancelled)
{
    const QFileInfo info(path);
    if (!options.bankName.trimmed().isEmpty() || !info.isFile() || info.size() > options.maxBytes ||
        (!options.layout.isEmpty() && options.layout != QLatin1String("prepdeck")))
        return std::nullopt; // the general path gives the messages and the renaming
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const std::optional<QString> encoding = streamableEncoding(file, path);
    if (!encoding)
        return std::nullopt;
    SourceText source;
    source.nameAfterFile(path);
    StreamReading reading;
    reading.read = readNativeLines;
    reading.layout = reading.layoutId = QStringLiteral("prepdeck");
    reading.reason = ImportText::tr("the first line says Prepdeck's own bank format.");
    return streamInto(store, path, file, *encoding, source, reading, options, dryRun, cancelled);
}

std::optional<Result<ImportReport>> importLargeStream(Library &store, const QString &path,
                                                      const ReadOptions &options, bool dryRun,
                                                      const std::function<bool()> &cancelled)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() <= options.streamAbove || info.size() > options.maxBytes)
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    auto head = utf8Head(file, path, options.headBytes);
    if (!head)
        return std::nullopt;
    const QString suffix = info.suffix().toLower();
    SourceText source;
    source.nameAfterFile(path);
    source.bankName = options.bankName.trimmed();
    source.csvHint = suffix == QLatin1String("csv");
    source.tsvHint = suffix == QLatin1String("tsv") || suffix == QLatin1String("tab");
    SourceText headText = source;
    headText.lines = std::move(head->second);
    const std::optional<PartPlan> plan = planParts(headText, options.layout);
    if (!plan)
        return std::nullopt;
    StreamReading reading;
    PartOptions parts;
    parts.partBytes = options.partBytes;
    reading.read = [&](LineSource &lines, const SourceText &text, NativeBankSink &sink) {
        return readInParts(lines, text, *plan, parts, sink);
    };
    reading.layout = plan->layout;
    reading.layoutId = plan->layoutId;
    reading.reason = ImportText::tr("read part by part as the file streamed in, in the "
                                    "reading its first %L1 MB show: %2")
                         .arg(double(options.headBytes) / (1024 * 1024), 0, 'f', 1)
                         .arg(plan->reason);
    reading.runnerUpId = plan->runnerUpId;
    reading.runnerUpScore = plan->runnerUpScore;
    return streamInto(store, path, file, head->first, source, reading, options, dryRun, cancelled);
}

namespace {

ImportReport reportOf(const BankFile &file, const MergeCounts &counts, bool dryRun)
{
    ImportReport report;
    report.file = file.path;
    report.layout = file.layout;
    report.layoutId = file.layoutId;
    report.reason = file.reason;
    report.runnerUpId = file.runnerUpId;
    report.runnerUpScore = file.runnerUpScore;
    report.readings = file.readings;
    report.encoding = file.encoding;
    report.banks = outlineOf(file.banks);
    // Named as the library names them (a bank the user renamed keeps its name).
    if (counts.bankNames.size() == report.banks.size())
        for (qsizetype i = 0; i < report.banks.size(); ++i)
            report.banks[i].name = counts.bankNames[i];
    report.counts = counts;
    report.repairs = file.repairs;
    report.warnings = file.warnings;
    report.dryRun = dryRun;
    return report;
}

} // namespace

Result<ImportReport> importBankFile(Library &store, const BankFile &file, const QString &sourcePath,
                                    bool dryRun)
{
    auto counts = store.imports().importBanks(file.banks, sourcePath, file.layout, dryRun);
    if (!counts)
        return counts.error();
    return reportOf(file, *counts, dryRun);
}

Result<ImportReport> importFile(Library &store, const QString &path, const ReadOptions &options,
                                bool dryRun, const std::function<bool()> &cancelled)
{
    if (auto streamed = importNativeStream(store, path, options, dryRun, cancelled))
        return *streamed;
    if (auto streamed = importLargeStream(store, path, options, dryRun, cancelled))
        return *streamed;
    if (cancelled && cancelled())
        return Error{ImportText::tr("the import was cancelled; nothing was saved."), path, 0,
                     Error::Kind::Cancelled};
    auto file = readBankFile(path, options);
    if (!file)
        return file.error();
    const QString source = QFileInfo(path).absoluteFilePath();
    auto counts = store.imports().importBanks(file->banks, source, file->layout, dryRun, cancelled,
                                              !options.bankName.trimmed().isEmpty() &&
                                                  file->banks.size() == 1);
    if (!counts)
        return counts.error();
    return reportOf(*file, *counts, dryRun);
}

Result<ImportPreview> previewImport(Library &store, const QString &path, const ReadOptions &options)
{
    auto file = readBankFile(path, options);
    if (!file)
        return file.error();
    auto counts = store.imports().importBanks(file->banks, QFileInfo(path).absoluteFilePath(),
                                              file->layout, true);
    if (!counts)
        return counts.error();
    ImportPreview preview{std::move(*file), {}};
    preview.report = reportOf(preview.file, *counts, true);
    return preview;
}

QString starterBankSource()
{
    return QStringLiteral("prepdeck:starter-bank");
}

Result<BankFile> readStarterBank()
{
    QFile file(QStringLiteral(":/prepdeck/starter/starter-bank.md"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ImportText::tr("the built-in starter bank is missing from this build. "
                                    "Reinstall Prepdeck."),
                     file.fileName(), 0};
    return readBankData(file.readAll(), QStringLiteral("starter-bank.md"));
}

Result<ImportReport> importStarterBank(Library &store, bool dryRun)
{
    auto starter = readStarterBank();
    if (!starter)
        return starter.error();
    return importBankFile(store, *starter, starterBankSource(), dryRun);
}

} // namespace prepdeck
