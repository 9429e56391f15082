#include "fuzzbodies.h"

#include "bankfilereader.h"
#include "layouts.h"
#include "markdownrenderer.h"

#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>

namespace prepdeck::fuzz {

namespace {

[[noreturn]] void broken(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz: %s\n%s\n", what, qPrintable(detail.left(2000)));
    std::abort();
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
