// Prepdeck's own bank format; see docs/bank-format.md.
#include "layouts.h"

#include <QRegularExpression>

namespace prepdeck {
namespace {

using QRE = QRegularExpression;

const QString kFormatLine = QStringLiteral("<!-- prepdeck-bank-format 1 -->");

const QRE &formatLine()
{
    static const QRE re(QStringLiteral(R"(^<!--\s*prepdeck-bank-format\s+(\d+)\s*-->\s*$)"));
    return re;
}
const QRE &metadataLine()
{
    static const QRE re(QStringLiteral(R"(^<!--\s*question\b(.*?)-->\s*$)"));
    return re;
}
const QRE &blockOpen()
{
    static const QRE re(QStringLiteral(R"(^<!--\s*(answer|hint|followup|tip)(:\d+)?\s*-->\s*$)"));
    return re;
}
const QRE &fence()
{
    static const QRE re(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    return re;
}
const QRE &labelled()
{
    static const QRE re(QStringLiteral(R"(^\*\*(Hint|Follow-up|Tip):\*\*\s?(.*)$)"));
    return re;
}

QString escapeValue(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('>'), QLatin1String("\\>"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString unescapeValue(const QString &v)
{
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == u'\\' && i + 1 < v.size())
            ++i;
        out += v.at(i);
    }
    return out;
}

QHash<QString, QString> parseMetadata(const QString &text)
{
    static const QRE pair(QStringLiteral(R"re((\w+)=(?:"((?:[^"\\]|\\.)*)"|(\S+)))re"));
    QHash<QString, QString> values;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const bool quoted = m.capturedStart(2) >= 0;
        values.insert(m.captured(1), quoted ? unescapeValue(m.captured(2)) : m.captured(3));
    }
    return values;
}

// Tags are separated by commas; a comma inside a tag is written "\,".
QStringList splitTags(const QString &text)
{
    QStringList tags;
    QString tag;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            tag += text.at(++i);
        } else if (c == u',') {
            tags << tag.trimmed();
            tag.clear();
        } else {
            tag += c;
        }
    }
    tags << tag.trimmed();
    tags.removeAll(QString());
    return tags;
}

bool isStructure(const QString &line)
{
    return line.startsWith(QLatin1String("# ")) || line.startsWith(QLatin1String("## ")) ||
           line.startsWith(QLatin1String("### ")) || blockOpen().match(line).hasMatch() ||
           labelled().match(line).hasMatch();
}

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
            out << QStringLiteral("## ") + category.name << QString();
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
                if (!q.sourceFile.isEmpty())
                    meta << QStringLiteral("source=") +
                                escapeValue(q.sourceFile + QLatin1Char(':') +
                                            QString::number(q.sourceLine));
                meta << QStringLiteral("-->");
                out << heading + q.prompt << meta.join(QLatin1Char(' ')) << QString();
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

std::optional<ParsedBanks> readNativeBank(const SourceText &source)
{
    const QStringList &lines = source.lines;
    qsizetype i = 0;
    while (i < lines.size() && lines[i].trimmed().isEmpty())
        ++i;
    if (i >= lines.size())
        return std::nullopt;
    const auto format = formatLine().match(lines[i].trimmed());
    if (!format.hasMatch())
        return std::nullopt;

    ParsedBanks parsed;
    parsed.layout = QStringLiteral("prepdeck");
    if (format.captured(1).toInt() > 1)
        parsed.warnings.append({static_cast<int>(i + 1),
                                QStringLiteral("this bank was written by a newer Prepdeck (format "
                                               "%1); fields this version does not know were "
                                               "skipped. Update Prepdeck to import everything.")
                                    .arg(format.captured(1))});

    Bank *bank = nullptr;
    Category *category = nullptr;
    bool inFence = false;
    QString fenceMark;
    Question *question = nullptr;
    bool answerFromBlock = false;
    QStringList looseAnswer; // answer lines of a hand-written bank without markers

    auto finishQuestion = [&] {
        if (question && !answerFromBlock) {
            while (!looseAnswer.isEmpty() && looseAnswer.first().trimmed().isEmpty())
                looseAnswer.removeFirst();
            while (!looseAnswer.isEmpty() && looseAnswer.last().trimmed().isEmpty())
                looseAnswer.removeLast();
            question->answer = looseAnswer.join(QLatin1Char('\n'));
        }
        question = nullptr;
        answerFromBlock = false;
        looseAnswer.clear();
    };
    auto ensureCategory = [&] {
        if (!bank) {
            parsed.banks.append(Bank{source.chosenOr({}), {}});
            bank = &parsed.banks.last();
        }
        if (!category) {
            bank->categories.append(Category{QStringLiteral("General"), {}});
            category = &bank->categories.last();
        }
    };

    for (++i; i < lines.size(); ++i) {
        const QString &line = lines[i];
        const int lineNo = static_cast<int>(i + 1);
        if (inFence) {
            if (question)
                looseAnswer << line;
            if (fence().match(line).hasMatch() && line.trimmed().startsWith(fenceMark))
                inFence = false;
            continue;
        }
        if (question && !answerFromBlock && fence().match(line).hasMatch()) {
            // A code block in a hand-written answer: its '#' lines are code, not banks.
            inFence = true;
            fenceMark = fence().match(line).captured(1);
            looseAnswer << line;
            continue;
        }
        if (line.startsWith(QLatin1String("# "))) {
            finishQuestion();
            // The same bank named twice in one file is one bank.
            const QString name = line.mid(2).trimmed();
            bank = nullptr;
            for (Bank &b : parsed.banks)
                if (b.name == name)
                    bank = &b;
            if (!bank) {
                parsed.banks.append(Bank{name, {}});
                bank = &parsed.banks.last();
            }
            category = nullptr;
        } else if (line.startsWith(QLatin1String("## "))) {
            finishQuestion();
            if (!bank) {
                parsed.banks.append(Bank{source.chosenOr({}), {}});
                bank = &parsed.banks.last();
            }
            const QString name = line.mid(3).trimmed();
            category = nullptr;
            for (Category &c : bank->categories)
                if (c.name == name)
                    category = &c;
            if (!category) {
                bank->categories.append(Category{name, {}});
                category = &bank->categories.last();
            }
        } else if (line.startsWith(QLatin1String("### "))) {
            finishQuestion();
            ensureCategory();
            category->questions.append(Question{});
            question = &category->questions.last();
            question->sourceFile = source.fileName;
            question->sourceLine = lineNo;
            QString prompt = line.mid(4).trimmed();
            qsizetype j = i + 1;
            if (j < lines.size()) {
                if (const auto m = metadataLine().match(lines[j].trimmed()); m.hasMatch()) {
                    const auto meta = parseMetadata(m.captured(1));
                    auto metadataNumber = [&](const QString &key, int low,
                                              int high) -> std::optional<int> {
                        bool ok = false;
                        const int value = meta.value(key).toInt(&ok);
                        if (ok && value >= low && value <= high)
                            return value;
                        parsed.warnings.append(
                            {static_cast<int>(j + 1),
                             QStringLiteral(
                                 "%1=%2 is not a whole number from %3 to %4; it was left out.")
                                 .arg(key, meta.value(key))
                                 .arg(low)
                                 .arg(high)});
                        return std::nullopt;
                    };
                    if (meta.contains(QStringLiteral("number"))) {
                        question->number = metadataNumber(QStringLiteral("number"), 0, 1000000);
                        const QString prefix =
                            QString::number(*question->number) + QLatin1String(". ");
                        if (prompt.startsWith(prefix))
                            prompt = prompt.mid(prefix.size());
                    }
                    if (meta.contains(QStringLiteral("asked")))
                        question->frequency = metadataNumber(QStringLiteral("asked"), 0, 100);
                    question->tags = splitTags(meta.value(QStringLiteral("tags")));
                    const QString origin = meta.value(QStringLiteral("source"));
                    if (const qsizetype colon = origin.lastIndexOf(u':'); colon > 0) {
                        question->sourceFile = origin.left(colon);
                        question->sourceLine = origin.mid(colon + 1).toInt();
                    }
                    i = j;
                } else {
                    static const QRE numbered(QStringLiteral(R"(^(\d{1,6})\.\s+)"));
                    if (const auto n = numbered.match(prompt); n.hasMatch()) {
                        question->number = n.captured(1).toInt();
                        prompt = prompt.mid(n.capturedLength(0));
                    }
                }
            }
            question->prompt = prompt;
        } else if (const auto m = blockOpen().match(line); m.hasMatch() && question) {
            const QString name = m.captured(1);
            const QString close = QStringLiteral("<!-- /%1%2 -->").arg(name, m.captured(2));
            QStringList block;
            qsizetype j = i + 1;
            while (j < lines.size() && lines[j] != close)
                block << lines[j++];
            if (j >= lines.size())
                parsed.warnings.append({lineNo, QStringLiteral("the %1 that starts here is never "
                                                               "closed with \"%2\"; it runs to the "
                                                               "end of the file.")
                                                    .arg(name, close)});
            const QString value = block.join(QLatin1Char('\n'));
            if (name == QLatin1String("answer")) {
                question->answer = value;
                answerFromBlock = true;
            } else if (name == QLatin1String("hint")) {
                question->hint = value;
            } else if (name == QLatin1String("followup")) {
                question->followUps << value;
            } else {
                question->tips << value;
            }
            i = j;
        } else if (const auto lm = labelled().match(line); lm.hasMatch() && question) {
            QStringList value{lm.captured(2)};
            while (i + 1 < lines.size() && !lines[i + 1].trimmed().isEmpty() &&
                   !isStructure(lines[i + 1]))
                value << lines[++i];
            const QString text = value.join(QLatin1Char('\n')).trimmed();
            const QString label = lm.captured(1);
            if (label == QLatin1String("Hint"))
                question->hint = text;
            else if (label == QLatin1String("Follow-up"))
                question->followUps << text;
            else
                question->tips << text;
        } else if (question) {
            looseAnswer << line;
        }
    }
    finishQuestion();

    for (Bank &b : parsed.banks)
        b.categories.removeIf([](const Category &c) { return c.questions.isEmpty(); });
    parsed.banks.removeIf([](const Bank &b) { return b.categories.isEmpty(); });
    if (parsed.banks.size() == 1 && !source.bankName.isEmpty())
        parsed.banks.first().name = source.bankName;
    else if (parsed.banks.size() > 1 && !source.bankName.isEmpty())
        parsed.warnings.append({0, QStringLiteral("the bank name you gave was not used: this file "
                                                  "holds %1 banks, each named by its own '# ' "
                                                  "heading.")
                                       .arg(parsed.banks.size())});
    return parsed;
}

} // namespace prepdeck
