// Reading Prepdeck's own bank format (docs/bank-format.md), line by line as it streams.
#include "layouts.h"
#include "nativesyntax.h"
#include "translation.h"

#include <QRegularExpression>

#include <optional>

namespace prepdeck {

using namespace native;

namespace {

// Cheap tests first: a regular expression per line made reading 100,000 questions slow.
bool mayOpenBlock(QStringView line)
{
    return line.startsWith(QLatin1String("<!--"));
}

bool mayBeLabelled(QStringView line)
{
    return line.startsWith(QLatin1String("**"));
}

bool mayBeFence(QStringView line)
{
    for (qsizetype i = 0; i < line.size() && i < 4; ++i) {
        const QChar c = line.at(i);
        if (c == u'`' || c == u'~')
            return true;
        if (c != u' ')
            return false;
    }
    return false;
}

bool isStructureLine(QStringView line)
{
    return line.startsWith(QLatin1String("# ")) || line.startsWith(QLatin1String("## ")) ||
           line.startsWith(QLatin1String("### ")) ||
           (mayOpenBlock(line) && blockOpen().match(line).hasMatch()) ||
           (mayBeLabelled(line) && labelled().match(line).hasMatch());
}

// Gathers what the reader finds into banks, joining a bank or category named twice.
class Collector final : public NativeBankSink
{
public:
    explicit Collector(ParsedBanks &parsed) : m_parsed(parsed) {}
    void bank(const QString &name) override
    {
        m_bank = nullptr;
        for (Bank &b : m_parsed.banks)
            if (b.name == name)
                m_bank = &b;
        if (!m_bank) {
            m_parsed.banks.append(Bank{name, {}});
            m_bank = &m_parsed.banks.last();
        }
        m_category = nullptr;
    }
    void renameBank(const QString &name) override
    {
        if (m_bank)
            m_bank->name = name;
    }
    void category(const QString &name, const QStringList &parents) override
    {
        m_category = nullptr;
        for (Category &c : m_bank->categories)
            if (c.name == name && c.parents == parents)
                m_category = &c;
        if (!m_category) {
            m_bank->categories.append(Category{name, {}, parents});
            m_category = &m_bank->categories.last();
        }
    }
    bool question(Question &&q) override
    {
        m_category->questions.append(std::move(q));
        return true;
    }
    void warning(const ImportWarning &w) override { m_parsed.warnings.append(w); }

private:
    ParsedBanks &m_parsed;
    Bank *m_bank = nullptr;
    Category *m_category = nullptr;
};

} // namespace

namespace {

// One reading of a bank in Prepdeck's format (or one written by hand in its shape), line by
// line: "# bank", "## category", "### question", then its blocks and labelled lines.
class NativeReader
{
public:
    NativeReader(LineSource &lines, const SourceText &source, NativeBankSink &sink)
        : m_lines(lines), m_source(source), m_sink(sink)
    {}

    bool read()
    {
        if (!readFormatLine())
            return false;
        while (!m_stopped) {
            const std::optional<QStringView> current = m_lines.next();
            if (!current)
                break;
            readLine(*current);
        }
        if (!m_stopped)
            finishQuestion();
        return true;
    }

private:
    // The first line with text names the format; false when it does not.
    bool readFormatLine()
    {
        std::optional<QStringView> first = m_lines.next();
        while (first && first->trimmed().isEmpty())
            first = m_lines.next();
        if (!first)
            return false;
        const auto format = formatLine().match(first->trimmed());
        if (!format.hasMatch())
            return false;
        if (format.captured(1).toInt() > 1)
            m_sink.warning({m_lines.lineNumber(),
                            ImportText::tr("this bank was written by a newer Prepdeck (format "
                                           "%1); fields this version does not know were "
                                           "skipped. Update Prepdeck to import everything.")
                                .arg(format.captured(1))});
        return true;
    }

    void readLine(QStringView line)
    {
        const int lineNo = m_lines.lineNumber();
        if (m_inFence) {
            if (m_question)
                addLoose(line);
            if (mayBeFence(line) && fence().match(line).hasMatch() &&
                line.trimmed().startsWith(m_fenceMark))
                m_inFence = false;
            return;
        }
        if (m_question && !m_answerFromBlock && mayBeFence(line)) {
            if (const auto m = fence().match(line); m.hasMatch()) {
                // A code block in a hand-written answer: its '#' lines are code, not banks.
                m_inFence = true;
                m_fenceMark = m.captured(1);
                addLoose(line);
                return;
            }
        }
        QRegularExpressionMatch &m = m_match;
        if (line.startsWith(QLatin1String("# "))) {
            finishQuestion();
            // The same bank named twice in one file is one bank.
            m_sink.bank(line.mid(2).trimmed().toString());
            m_haveBank = true;
            m_haveCategory = false;
        } else if (line.startsWith(QLatin1String("## "))) {
            finishQuestion();
            ensureBank();
            readCategory(line.mid(3).trimmed().toString());
        } else if (line.startsWith(QLatin1String("### "))) {
            finishQuestion();
            ensureBank();
            if (!m_haveCategory) {
                m_sink.category(QStringLiteral("General"), {});
                m_haveCategory = true;
            }
            readQuestionHeading(line.mid(4).trimmed().toString(), lineNo);
        } else if (m_question && mayOpenBlock(line) && (m = blockOpen().match(line)).hasMatch()) {
            readBlock(m, lineNo);
        } else if (m_question && mayBeLabelled(line) && (m = labelled().match(line)).hasMatch()) {
            readLabelled(m);
        } else if (m_question) {
            addLoose(line);
        }
    }

    // A category heading, with its parents on the metadata line under it, if any.
    void readCategory(const QString &name)
    {
        QStringList parents;
        if (const std::optional<QStringView> next = m_lines.peek();
            next && next->trimmed().startsWith(QLatin1String("<!-- category "))) {
            static thread_local const QRE categoryLine(
                QStringLiteral(R"(^<!--\s*category\s+(.*?)\s*-->$)"));
            if (const auto m = categoryLine.match(next->trimmed()); m.hasMatch()) {
                m_lines.next();
                const Metadata meta(m.capturedView(1));
                for (const QString &p :
                     meta.value(QLatin1String("parents")).split(kParentSeparator))
                    if (!p.trimmed().isEmpty())
                        parents << p.trimmed();
            }
        }
        m_sink.category(name, parents);
        m_haveCategory = true;
    }

    // A question heading, with the metadata line under it (ours), or a number in front of
    // its text (a hand-written bank's).
    void readQuestionHeading(QString prompt, int lineNo)
    {
        m_question.emplace();
        m_question->sourceFile = m_source.fileName;
        m_question->sourceLine = lineNo;
        const std::optional<QStringView> metaLine = m_lines.peek();
        const auto m = metaLine && metaLine->trimmed().startsWith(QLatin1String("<!--"))
                           ? metadataLine().match(metaLine->trimmed())
                           : QRegularExpressionMatch();
        if (m.hasMatch()) {
            m_lines.next();
            readQuestionMetadata(Metadata(m.capturedView(1)), m_lines.lineNumber(), prompt);
        } else if (metaLine) {
            static thread_local const QRE numbered(QStringLiteral(R"(^(\d{1,6})\.\s+)"));
            if (const auto n = numbered.match(prompt); n.hasMatch()) {
                m_question->number = n.captured(1).toInt();
                prompt = prompt.mid(n.capturedLength(0));
            }
        }
        m_question->prompt = prompt;
    }

    void readQuestionMetadata(const Metadata &meta, int metaLineNo, QString &prompt)
    {
        auto metadataNumber = [&](QLatin1String key, int low, int high) -> std::optional<int> {
            bool ok = false;
            const int value = meta.value(key).toInt(&ok);
            if (ok && value >= low && value <= high)
                return value;
            m_sink.warning(
                {metaLineNo,
                 ImportText::tr("%1=%2 is not a whole number from %L3 to %L4; it was left out.")
                     .arg(key, meta.value(key))
                     .arg(low)
                     .arg(high)});
            return std::nullopt;
        };
        if (meta.contains(QLatin1String("number"))) {
            m_question->number = metadataNumber(QLatin1String("number"), 0, 1000000);
            const QString prefix =
                QString::number(m_question->number.value_or(-1)) + QLatin1String(". ");
            if (m_question->number && prompt.startsWith(prefix))
                prompt = prompt.mid(prefix.size());
        }
        if (meta.contains(QLatin1String("asked")))
            m_question->frequency = metadataNumber(QLatin1String("asked"), 0, 100);
        m_question->tags = splitTags(meta.value(QLatin1String("tags")));
        m_question->link = meta.value(QLatin1String("link"));
        const QString origin = meta.value(QLatin1String("source"));
        if (const qsizetype colon = origin.lastIndexOf(u':'); colon > 0) {
            m_question->sourceFile = origin.left(colon);
            m_question->sourceLine = origin.mid(colon + 1).toInt();
        }
    }

    // "<!-- answer -->" … "<!-- /answer -->" and the other fields' blocks.
    void readBlock(const QRegularExpressionMatch &m, int lineNo)
    {
        const QString name = m.captured(1);
        const QString close = QStringLiteral("<!-- /%1%2 -->").arg(name, m.captured(2));
        QString value;
        bool closed = false;
        bool firstLine = true;
        while (const std::optional<QStringView> inner = m_lines.next()) {
            if (*inner == close) {
                closed = true;
                break;
            }
            if (!firstLine)
                value += QLatin1Char('\n');
            value += *inner;
            firstLine = false;
        }
        if (!closed)
            m_sink.warning({lineNo, ImportText::tr("the %1 that starts here is never "
                                                   "closed with \"%2\"; it runs to the "
                                                   "end of the file.")
                                        .arg(name, close)});
        if (name == QLatin1String("answer")) {
            m_question->answer = value;
            m_answerFromBlock = true;
        } else if (name == QLatin1String("hint")) {
            m_question->hint = value;
        } else if (name == QLatin1String("context")) {
            m_question->context = value;
        } else if (name == QLatin1String("followup")) {
            m_question->followUps << value;
        } else {
            m_question->tips << value;
        }
    }

    // "**Hint:** …" and the other labelled lines, with the lines that continue them.
    void readLabelled(const QRegularExpressionMatch &m)
    {
        const QString label = m.captured(1);
        QStringList value{m.captured(2)};
        while (const std::optional<QStringView> more = m_lines.peek()) {
            if (more->trimmed().isEmpty() || isStructureLine(*more))
                break;
            value << m_lines.next()->toString();
        }
        const QString text = value.join(QLatin1Char('\n')).trimmed();
        if (label == QLatin1String("Hint"))
            m_question->hint = text;
        else if (label == QLatin1String("Follow-up"))
            m_question->followUps << text;
        else
            m_question->tips << text;
    }

    void addLoose(QStringView line)
    {
        m_looseAnswer += line;
        m_looseAnswer += QLatin1Char('\n');
    }

    void ensureBank()
    {
        if (!m_haveBank) {
            m_sink.bank(m_source.chosenOr({}));
            m_haveBank = true;
        }
    }

    void finishQuestion()
    {
        if (m_question && !m_answerFromBlock) {
            // Without the blank lines around it.
            QStringList parts = m_looseAnswer.split(QLatin1Char('\n'));
            parts.removeLast(); // after the last '\n'
            while (!parts.isEmpty() && parts.first().trimmed().isEmpty())
                parts.removeFirst();
            while (!parts.isEmpty() && parts.last().trimmed().isEmpty())
                parts.removeLast();
            m_question->answer = parts.join(QLatin1Char('\n'));
        }
        if (m_question && !m_sink.question(std::move(*m_question)))
            m_stopped = true;
        m_question.reset();
        m_answerFromBlock = false;
        m_looseAnswer.clear();
    }

    LineSource &m_lines;
    const SourceText &m_source;
    NativeBankSink &m_sink;
    bool m_haveBank = false;
    bool m_haveCategory = false;
    bool m_inFence = false;
    QString m_fenceMark;
    std::optional<Question> m_question;
    bool m_answerFromBlock = false;
    QString m_looseAnswer;  // answer lines of a hand-written bank without markers, each + '\n'
    bool m_stopped = false; // the sink wants no more
    // The match of the line being read when it opens a block: kept from line to line, as an
    // empty match made for each line allocates.
    QRegularExpressionMatch m_match;
};

} // namespace

bool readNativeLines(LineSource &lines, const SourceText &source, NativeBankSink &sink)
{
    return NativeReader(lines, source, sink).read();
}

std::optional<ParsedBanks> readNativeBank(const SourceText &source)
{
    ParsedBanks parsed;
    parsed.layout = QStringLiteral("prepdeck");
    parsed.layoutId = QStringLiteral("prepdeck");
    parsed.reason = ImportText::tr("the first line says Prepdeck's own bank format.");
    ListLineSource lines(source.lines);
    Collector collector(parsed);
    if (!readNativeLines(lines, source, collector))
        return std::nullopt;

    for (Bank &b : parsed.banks)
        b.categories.removeIf([](const Category &c) { return c.questions.isEmpty(); });
    parsed.banks.removeIf([](const Bank &b) { return b.categories.isEmpty(); });
    if (parsed.banks.size() == 1 && !source.bankName.isEmpty())
        parsed.banks.first().name = source.bankName;
    else if (parsed.banks.size() > 1 && !source.bankName.isEmpty())
        parsed.warnings.append({0, ImportText::tr("the bank name you gave was not used: this file "
                                                  "holds %n bank(s), each named by its own '# ' "
                                                  "heading.",
                                                  nullptr, int(parsed.banks.size()))});
    return parsed;
}

} // namespace prepdeck
