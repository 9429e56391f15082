// Writing Prepdeck's own bank format (docs/bank-format.md), and the metadata line's values.
#include "layouts.h"
#include "nativesyntax.h"
#include "translation.h"

#include <QRegularExpression>

namespace prepdeck {

using namespace native;

namespace {

// The marker pair for a block, made unique if the text itself holds the closing marker.
std::pair<QString, QString> blockMarkers(const QString &name, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int n = 0;; ++n) {
        const QString suffix = n == 0 ? QString() : QLatin1Char(':') + QString::number(n);
        const QString close = QStringLiteral("<!-- /%1%2 -->").arg(name, suffix);
        if (!lines.contains(close))
            return {QStringLiteral("<!-- %1%2 -->").arg(name, suffix), close};
    }
}

void writeField(QStringList &out, const QString &label, const QString &name, const QString &value)
{
    if (!value.contains(QLatin1Char('\n'))) {
        out << QStringLiteral("**%1:** %2").arg(label, value) << QString();
        return;
    }
    const auto [open, close] = blockMarkers(name, value);
    out << open << value << close << QString();
}

} // namespace

QString writeNativeBanks(const QList<Bank> &banks)
{
    QStringList out{kFormatLine, QString()};
    for (const Bank &bank : banks) {
        out << QStringLiteral("# ") + bank.name << QString();
        for (const Category &category : bank.categories) {
            out << QStringLiteral("## ") + category.name;
            if (!category.parents.isEmpty())
                out << QStringLiteral("<!-- category parents=%1 -->")
                           .arg(escapeValue(category.parents.join(kParentSeparator)));
            out << QString();
            for (const Question &q : category.questions) {
                QString heading = QStringLiteral("### ");
                QStringList meta{QStringLiteral("<!-- question")};
                if (q.number) {
                    heading += QString::number(*q.number) + QLatin1String(". ");
                    meta << QStringLiteral("number=%1").arg(*q.number);
                }
                if (q.frequency)
                    meta << QStringLiteral("asked=%1").arg(*q.frequency);
                if (!q.tags.isEmpty()) {
                    QStringList tags;
                    for (QString t : q.tags)
                        tags << t.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                                    .replace(QLatin1Char(','), QLatin1String("\\,"));
                    meta << QStringLiteral("tags=") + escapeValue(tags.join(QLatin1String(", ")));
                }
                if (!q.link.isEmpty())
                    meta << QStringLiteral("link=") + escapeValue(q.link);
                if (!q.sourceFile.isEmpty())
                    meta << QStringLiteral("source=") +
                                escapeValue(q.sourceFile + QLatin1Char(':') +
                                            QString::number(q.sourceLine));
                meta << QStringLiteral("-->");
                out << heading + q.prompt << meta.join(QLatin1Char(' ')) << QString();
                if (!q.context.isEmpty()) {
                    const auto [open, close] = blockMarkers(QStringLiteral("context"), q.context);
                    out << open << q.context << close << QString();
                }
                if (!q.hint.isEmpty())
                    writeField(out, QStringLiteral("Hint"), QStringLiteral("hint"), q.hint);
                if (!q.answer.isEmpty()) {
                    const auto [open, close] = blockMarkers(QStringLiteral("answer"), q.answer);
                    out << open << q.answer << close << QString();
                }
                for (const QString &f : q.followUps)
                    writeField(out, QStringLiteral("Follow-up"), QStringLiteral("followup"), f);
                for (const QString &t : q.tips)
                    writeField(out, QStringLiteral("Tip"), QStringLiteral("tip"), t);
            }
        }
    }
    while (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<std::pair<QString, QString>> metadataPairs(QStringView text)
{
    // What the pattern (\w+)=(?:"((?:[^"\\]|\\.)*)"|(\S+)) finds, scanned by hand: a
    // regular expression per question was a tenth of the time spent reading a large bank.
    // \w and \s are ASCII only, as in QRegularExpression without Unicode properties.
    auto isWord = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    };
    auto isSpace = [](char16_t c) {
        return c == u' ' || (c >= u'\t' && c <= u'\r');
    };
    QList<std::pair<QString, QString>> pairs;
    const char16_t *s = text.utf16();
    const qsizetype n = text.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (!isWord(s[pos])) {
            ++pos;
            continue;
        }
        const qsizetype keyStart = pos;
        while (pos < n && isWord(s[pos]))
            ++pos;
        if (pos >= n || s[pos] != u'=')
            continue; // no later start inside the same word can match either
        const QStringView key = text.sliced(keyStart, pos - keyStart);
        const qsizetype valueStart = pos + 1;
        if (valueStart < n && s[valueStart] == u'"') {
            qsizetype j = valueStart + 1;
            while (j < n && s[j] != u'"') {
                if (s[j] == u'\\') {
                    if (j + 1 >= n || s[j + 1] == u'\n')
                        break; // "." does not take the end of a line
                    ++j;
                }
                ++j;
            }
            if (j < n && s[j] == u'"') {
                pairs.append(
                    {key.toString(),
                     unescapeValue(text.sliced(valueStart + 1, j - valueStart - 1).toString())});
                pos = j + 1;
                continue;
            }
        }
        qsizetype end = valueStart;
        while (end < n && !isSpace(s[end]))
            ++end;
        if (end == valueStart)
            continue; // "key=" and a space: no pair; scanning goes on from the "="
        pairs.append({key.toString(), text.sliced(valueStart, end - valueStart).toString()});
        pos = end;
    }
    return pairs;
}

} // namespace prepdeck
