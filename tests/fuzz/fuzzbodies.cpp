#include "fuzzbodies.h"

#include "bankfilereader.h"
#include "layouts.h"
#include "markdownrenderer.h"
#include "partreader.h"
#include "textdecoder.h"

#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <cstdlib>

namespace prepdeck::fuzz {

namespace {

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, qPrintable(detail.left(2000)));
    std::abort();
}

// What the library's bulk writer would get: a category met again after another one makes
// it refuse (the file is then read whole), as here.
class Prompts final : public NativeBankSink
{
public:
    void bank(const QString &name) override { m_bank = name; }
    void renameBank(const QString &name) override { m_bank = name; }
    void category(const QString &name, const QStringList &parents) override
    {
        const QString key = m_bank + u'\n' + parents.join(u'\n') + u'\n' + name;
        refused = refused || m_seen.contains(key);
        m_seen << key;
        m_category = name;
    }
    bool question(Question &&q) override
    {
        prompts << QStringLiteral("%1 %2 / %3").arg(q.sourceLine).arg(m_category, q.prompt);
        return true;
    }
    void warning(const ImportWarning &) override {}
    QStringList prompts;
    bool refused = false;

private:
    QString m_bank;
    QString m_category;
    QSet<QString> m_seen;
};

// Read in parts of 256 characters (a large file's reading, made small), the text must give
// the questions it gives read whole, or refuse to be read in parts.
void compareParts(QByteArrayView bytes, const QString &name, const BankFile &whole)
{
    auto decoded = decodeText(bytes.toByteArray(), name);
    if (!decoded || !decoded->repairs.isEmpty())
        return;
    SourceText source;
    source.fileName = name;
    source.fallbackBankName = QStringLiteral("bank");
    source.csvHint = name.endsWith(QLatin1String(".csv"));
    source.tsvHint = name.endsWith(QLatin1String(".tsv"));
    const QStringList lines = decoded->text.split(QLatin1Char('\n'));
    SourceText head = source;
    head.lines = lines;
    const std::optional<PartPlan> plan = planParts(head);
    if (!plan || plan->layoutId != whole.layoutId)
        return;
    ListLineSource stream(lines);
    Prompts parts;
    PartOptions options;
    options.partBytes = 256;
    options.maxPartBytes = 1 << 20;
    if (!readInParts(stream, source, *plan, options, parts) || parts.refused)
        return;
    QStringList expected;
    for (const Bank &b : whole.banks)
        for (const Category &c : b.categories)
            for (const Question &q : c.questions)
                expected << QStringLiteral("%1 %2 / %3").arg(q.sourceLine).arg(c.name, q.prompt);
    if (parts.prompts != expected)
        broken("read in parts, the file gives other questions than read whole",
               QStringLiteral("whole:\n%1\nparts:\n%2")
                   .arg(expected.join(QLatin1Char('\n')), parts.prompts.join(QLatin1Char('\n'))));
}

} // namespace

void importBytes(QByteArrayView bytes)
{
    static const char *const names[] = {"bank.md", "bank.csv", "bank.tsv", "bank.txt"};
    const QString name =
        QString::fromLatin1(names[bytes.isEmpty() ? 0 : static_cast<uchar>(bytes[0]) % 4]);
    ReadOptions options;
    options.maxBytes = 1 << 20;
    options.maxQuestions = 5000;
    options.maxLineLength = 100000;
    const auto read = readBankData(bytes.toByteArray(), name, options);
    if (!read) {
        if (read.error().message.isEmpty() || read.error().file != name)
            broken("an error without a message or naming another file", read.error().message);
        return;
    }
    compareParts(bytes, name, *read);
    // What was read, written in our own format, must read back as the same questions.
    const QString written = writeNativeBanks(read->banks);
    const auto again = readBankData(written.toUtf8(), QStringLiteral("again.md"), options);
    if (!again)
        broken("our own output could not be read back", again.error().message);
    if (again->questionCount() != read->questionCount())
        broken("the round trip changed the number of questions", written);
}

void renderBytes(QByteArrayView bytes)
{
    const QString html = renderMarkdown(QString::fromUtf8(bytes));
    static const QRegularExpression active(
        QStringLiteral(
            R"(<\s*(script|img|iframe|object|embed|style|svg|form|input(?![^>]*type="checkbox")|a\s+href="(?!https?:|mailto:)))"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = active.match(html); m.hasMatch())
        broken("active content in the rendered answer", html.mid(m.capturedStart(), 300));
}

} // namespace prepdeck::fuzz
