#include "exporter.h"
#include "layouts.h"
#include "translation.h"

#include <QSaveFile>

namespace prepdeck {
namespace {

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString toCsv(const QList<Bank> &banks)
{
    QStringList rows{
        QStringLiteral("bank,category,number,question,answer,hint,followups,tips,tags,frequency")};
    for (const Bank &b : banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions) {
                const QStringList fields = {
                    b.name, c.name, q.number ? QString::number(*q.number) : QString(), q.prompt,
                    q.answer, q.hint, q.followUps.join(QLatin1Char('\n')),
                    q.tips.join(QLatin1Char('\n')),
                    // One per line: a tag may hold spaces,
                    // commas and semicolons.
                    q.tags.join(QLatin1Char('\n')),
                    q.frequency ? QString::number(*q.frequency) : QString()};
                QStringList escaped;
                for (const QString &f : fields)
                    escaped << csvField(f);
                rows << escaped.join(QLatin1Char(','));
            }
    return rows.join(QLatin1String("\r\n")) + QLatin1String("\r\n");
}

} // namespace

QString exportBanks(const QList<Bank> &banks, ExportFormat format)
{
    return format == ExportFormat::Markdown ? writeNativeBanks(banks) : toCsv(banks);
}

Status writeTextFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ExportText::tr("cannot write here (%1). Choose another place with --output.")
                         .arg(file.errorString()),
                     path, 0};
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{ExportText::tr("writing failed (%1); the file was left as it was. Check the "
                                    "free disk space.")
                         .arg(file.errorString()),
                     path, 0};
    return success();
}

} // namespace prepdeck
