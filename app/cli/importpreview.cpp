// `prepdeck import --preview` and `--layout help`: a look at a file before it lands.
#include "importpreview.h"
#include "command.h"
#include "translation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace prepdeck::cli {

namespace {

// A Markdown answer's first words as one plain line, for a terminal.
QString firstWords(const QString &markdown, int length)
{
    static const QRegularExpression marks(QStringLiteral("[*_`#>|]+|\\s+"));
    QString text = markdown;
    text.replace(marks, QStringLiteral(" "));
    text = text.simplified();
    return text.size() > length ? text.left(length - 1).trimmed() + QStringLiteral("…") : text;
}

// The first questions of a file, in file order.
QList<std::pair<QString, const Question *>> firstQuestions(const BankFile &file, int count)
{
    QList<std::pair<QString, const Question *>> out;
    for (const Bank &b : file.banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions) {
                if (out.size() >= count)
                    return out;
                out << std::pair{c.name, &q};
            }
    return out;
}

} // namespace

QString layoutHelp()
{
    QStringList lines{CommandLine::tr("The layouts 'prepdeck import --layout ID' takes:")};
    for (const QString &id : layoutIds()) {
        lines << QStringLiteral("  %1%2").arg(id, -20).arg(layoutDescription(id));
    }
    lines << CommandLine::tr("'prepdeck import --preview FILE' shows which of them a file reads "
                             "in, and how.");
    return lines.join(QLatin1Char('\n'));
}

QString previewText(const ImportPreview &preview)
{
    const ImportReport &r = preview.report;
    QStringList out{r.toText()};
    out << CommandLine::tr("  read so because: %1").arg(r.reason);
    QStringList others = r.readings;
    others.removeAll(r.layoutId);
    if (!others.isEmpty())
        out << CommandLine::tr("  it also reads as: %1 (choose one with 'prepdeck import --layout "
                               "ID %2')")
                   .arg(others.join(QLatin1String(", ")), Command::shellQuoted(r.file));
    const auto first = firstQuestions(preview.file, 3);
    if (!first.isEmpty())
        out << CommandLine::tr("  the first questions:");
    int n = 0;
    for (const auto &[category, q] : first) {
        out << QStringLiteral("    %1. [%2] %3").arg(++n).arg(category, q->prompt);
        const QString answer = q->answer.isEmpty() ? q->hint : q->answer;
        out << QStringLiteral("       %1")
                   .arg(answer.isEmpty() ? CommandLine::tr("(no answer)") : firstWords(answer, 96));
    }
    return out.join(QLatin1Char('\n'));
}

QJsonObject previewJson(const ImportPreview &preview)
{
    QJsonObject o = preview.report.toJson();
    o.insert(QStringLiteral("preview"), true);
    QJsonArray first;
    for (const auto &[category, q] : firstQuestions(preview.file, 5))
        first.append(QJsonObject{{QStringLiteral("category"), category},
                                 {QStringLiteral("prompt"), q->prompt},
                                 {QStringLiteral("answer"), q->answer},
                                 {QStringLiteral("hint"), q->hint},
                                 {QStringLiteral("line"), q->sourceLine}});
    o.insert(QStringLiteral("first_questions"), first);
    return o;
}

} // namespace prepdeck::cli
