#include "command.h"
#include "exporter.h"
#include "importer.h"
#include "importpreview.h"
#include "translation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {

namespace {

// Each file's report as it is imported (text), or all of them at the end (JSON); an error
// makes the exit code BadInput, and the other files are still imported.
class ImportReporter
{
public:
    explicit ImportReporter(bool asJson) : m_asJson(asJson) {}

    void add(const Result<ImportReport> &r, const QString &file)
    {
        if (!r) {
            err(r.error().toString());
            m_errors.append(QJsonObject{
                {QStringLiteral("file"), r.error().file.isEmpty() ? file : r.error().file},
                {QStringLiteral("line"), r.error().line},
                {QStringLiteral("message"), r.error().message}});
            m_exitCode = BadInput;
            return;
        }
        if (m_asJson)
            m_reports.append(r->toJson());
        else
            out(r->toText());
    }

    int finish() const
    {
        if (m_asJson) {
            QJsonObject result{{QStringLiteral("files"), m_reports}};
            if (!m_errors.isEmpty())
                result.insert(QStringLiteral("errors"), m_errors);
            out(json(QJsonDocument(result)));
        }
        return m_exitCode;
    }

private:
    bool m_asJson;
    QJsonArray m_reports, m_errors;
    int m_exitCode = Success;
};

} // namespace

int runImport(const QStringList &arguments)
{
    Command cmd(
        QStringLiteral("import"),
        CommandLine::tr("Import question banks and print what was found. Each file is one "
                        "transaction: all of it is saved, or none."),
        QStringLiteral("import [--dry-run | --preview] [--json] [--bank NAME] [--layout ID] "
                       "FILE... | import --starter | import --layout help"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    CommandLine::tr("Read and report, save nothing."));
    const QCommandLineOption preview(
        QStringLiteral("preview"),
        CommandLine::tr("Show how the file reads, the other readings to choose from and its "
                        "first questions; save nothing."));
    const QCommandLineOption asJson(QStringLiteral("json"),
                                    CommandLine::tr("Print the report as JSON."));
    const QCommandLineOption bank(QStringLiteral("bank"),
                                  CommandLine::tr("Name of the bank (one file only)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption starter(QStringLiteral("starter"),
                                     CommandLine::tr("Load the built-in starter bank."));
    const QCommandLineOption maxSize(
        QStringLiteral("max-size"),
        CommandLine::tr("Refuse files larger than this many megabytes (default 64)."),
        QStringLiteral("MB"), QStringLiteral("64"));
    const QCommandLineOption layout(
        QStringLiteral("layout"),
        CommandLine::tr("Read the file in this layout instead of the one Prepdeck finds best "
                        "(a layout_id: %1; 'help' lists them with what each expects).")
            .arg(layoutIds().join(QLatin1String(", "))),
        QStringLiteral("ID"));
    p.addOptions({dryRun, preview, asJson, bank, starter, maxSize, layout});
    p.addPositionalArgument(QStringLiteral("FILE"), CommandLine::tr("Question bank files."),
                            QStringLiteral("FILE..."));
    if (auto done = cmd.parse(arguments))
        return *done;

    if (p.value(layout) == QLatin1String("help")) {
        out(layoutHelp());
        return Success;
    }
    const QStringList files = p.positionalArguments();
    if (files.isEmpty() && !p.isSet(starter))
        return cmd.usage(CommandLine::tr("give at least one file to import, or --starter."));
    if (p.isSet(bank) && files.size() > 1)
        return cmd.usage(CommandLine::tr("--bank names one bank; give it one file at a time."));
    bool sizeOk = false;
    const qint64 megabytes = p.value(maxSize).toLongLong(&sizeOk);
    if (!sizeOk || megabytes <= 0 || megabytes > 1024 * 1024)
        return cmd.usage(CommandLine::tr("--max-size needs a number of megabytes from 1 to %L1.")
                             .arg(1024 * 1024));

    if (p.isSet(layout) && !layoutIds().contains(p.value(layout)))
        return cmd.usage(CommandLine::tr("--layout takes one of: %1.")
                             .arg(layoutIds().join(QLatin1String(", "))));

    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());

    ReadOptions options;
    options.bankName = p.value(bank);
    options.layout = p.value(layout);
    options.maxBytes = megabytes * 1024 * 1024;
    if (p.isSet(preview)) {
        if (files.isEmpty())
            return cmd.usage(CommandLine::tr("--preview needs a file."));
        QJsonArray previews;
        int exitCode = Success;
        for (const QString &file : files) {
            auto looked = previewImport(**store, file, options);
            if (!looked) {
                err(looked.error().toString());
                exitCode = BadInput;
                continue;
            }
            if (p.isSet(asJson))
                previews.append(previewJson(*looked));
            else
                out(previewText(*looked));
        }
        if (p.isSet(asJson))
            out(json(QJsonDocument(QJsonObject{{QStringLiteral("files"), previews}})));
        return exitCode;
    }
    ImportReporter reporter(p.isSet(asJson));
    if (p.isSet(starter))
        reporter.add(importStarterBank(**store, p.isSet(dryRun)), CommandLine::tr("starter bank"));
    for (const QString &file : files)
        reporter.add(importFile(**store, file, options, p.isSet(dryRun)), file);
    return reporter.finish();
}

} // namespace prepdeck::cli
