#include "importer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace prepdeck {

qsizetype ImportReport::questionCount() const
{
    return prepdeck::questionCount(banks);
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray categories;
    for (const Bank &b : banks)
        for (const Category &c : b.categories)
            categories.append(QJsonObject{{QStringLiteral("name"), c.name},
                                          {QStringLiteral("bank"), b.name},
                                          {QStringLiteral("questions"), c.questions.size()}});
    QJsonArray warningList;
    for (const ImportWarning &w : warnings)
        warningList.append(
            QJsonObject{{QStringLiteral("line"), w.line}, {QStringLiteral("message"), w.message}});
    QJsonArray bankNames;
    for (const Bank &b : banks)
        bankNames.append(b.name);
    return QJsonObject{
        {QStringLiteral("file"), file},
        {QStringLiteral("layout"), layout},
        {QStringLiteral("encoding"), encoding},
        {QStringLiteral("banks"), bankNames},
        {QStringLiteral("questions"), questionCount()},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("added"), counts.added},
        {QStringLiteral("updated"), counts.updated},
        {QStringLiteral("unchanged"), counts.unchanged},
        {QStringLiteral("retired"), counts.retired},
        {QStringLiteral("repairs"), QJsonArray::fromStringList(repairs)},
        {QStringLiteral("warnings"), warningList},
        {QStringLiteral("dry_run"), dryRun},
    };
}

QString ImportReport::toText() const
{
    QStringList out;
    qsizetype categoryCount = 0;
    for (const Bank &b : banks)
        categoryCount += b.categories.size();
    const qsizetype questions = questionCount();
    out << QStringLiteral("%1: %2 %3 in %4 %5 (%6, %7)%8")
               .arg(file)
               .arg(questions)
               .arg(questions == 1 ? QStringLiteral("question") : QStringLiteral("questions"))
               .arg(categoryCount)
               .arg(categoryCount == 1 ? QStringLiteral("category") : QStringLiteral("categories"))
               .arg(layout, encoding,
                    dryRun ? QStringLiteral(" [dry run: nothing saved]") : QString());
    for (const Bank &b : banks) {
        out << QStringLiteral("  bank \"%1\"").arg(b.name);
        for (const Category &c : b.categories)
            out << QStringLiteral("    %1: %2").arg(c.name).arg(c.questions.size());
    }
    out << QStringLiteral("  %1 added, %2 updated, %3 unchanged, %4 retired")
               .arg(counts.added)
               .arg(counts.updated)
               .arg(counts.unchanged)
               .arg(counts.retired);
    for (const QString &r : repairs)
        out << QStringLiteral("  repaired: %1").arg(r);
    for (const ImportWarning &w : warnings)
        out << (w.line > 0
                    ? QStringLiteral("  warning: %1:%2: %3").arg(file).arg(w.line).arg(w.message)
                    : QStringLiteral("  warning: %1: %2").arg(file, w.message));
    return out.join(QLatin1Char('\n'));
}

Result<ImportReport> importBankFile(Store &store, const BankFile &file, const QString &sourcePath,
                                    bool dryRun)
{
    auto counts = store.importBanks(file.banks, sourcePath, file.layout, dryRun);
    if (!counts)
        return counts.error();
    ImportReport report;
    report.file = file.path;
    report.layout = file.layout;
    report.encoding = file.encoding;
    report.banks = file.banks;
    report.counts = *counts;
    report.repairs = file.repairs;
    report.warnings = file.warnings;
    report.dryRun = dryRun;
    return report;
}

Result<ImportReport> importFile(Store &store, const QString &path, const ReadOptions &options,
                                bool dryRun)
{
    auto file = readBankFile(path, options);
    if (!file)
        return file.error();
    return importBankFile(store, *file, QFileInfo(path).absoluteFilePath(), dryRun);
}

QString starterBankSource()
{
    return QStringLiteral("prepdeck:starter-bank");
}

Result<BankFile> readStarterBank()
{
    QFile file(QStringLiteral(":/prepdeck/starter/starter-bank.md"));
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("the built-in starter bank is missing from this build. "
                                    "Reinstall Prepdeck."),
                     file.fileName(), 0};
    return readBankData(file.readAll(), QStringLiteral("starter-bank.md"));
}

} // namespace prepdeck
