#include "command.h"
#include "exporter.h"
#include "translation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {

int runExport(const QStringList &arguments)
{
    Command cmd(
        QStringLiteral("export"),
        CommandLine::tr("Export the library: markdown is Prepdeck's bank format (import reads it "
                        "back unchanged), csv is one row per question."),
        QStringLiteral("export --format markdown|csv --output FILE"));
    const QCommandLineOption format(QStringLiteral("format"), CommandLine::tr("markdown or csv."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    CommandLine::tr("The file to write; - for standard output."),
                                    QStringLiteral("FILE"));
    cmd.parser().addOptions({format, output});
    if (auto done = cmd.parse(arguments))
        return *done;
    const QString f = cmd.parser().value(format).toLower();
    if (f != QLatin1String("markdown") && f != QLatin1String("csv"))
        return cmd.usage(CommandLine::tr("--format must be markdown or csv."));
    const QString path = cmd.parser().value(output);
    if (path.isEmpty())
        return cmd.usage(CommandLine::tr("--output FILE is required."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto banks = (*store)->questions().banks();
    if (!banks)
        return failed(banks.error());
    const QString text =
        exportBanks(*banks, f == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::Markdown);
    if (path == QLatin1String("-")) {
        std::fputs(text.toUtf8().constData(), stdout);
        return Success;
    }
    if (Status written = writeTextFile(path, text); !written)
        return failed(written.error());
    qsizetype count = 0;
    for (const Bank &b : *banks)
        count += b.questionCount();
    out(CommandLine::tr("Exported %1 from %2 to %3.")
            .arg(questionCount(count), bankCount(banks->size()), path));
    return Success;
}

} // namespace prepdeck::cli
