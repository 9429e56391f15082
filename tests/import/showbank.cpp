// Development aid: prints what the importer reads in a bank file, question by question
// (line, number, category, prompt, context and the start of the answer), to see where a
// reading goes wrong. Not a test.
#include "bankfilereader.h"
#include "markdownblocks.h"

#include <QFile>

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: showbank FILE [ANSWER_CHARS]\n");
        return 2;
    }
    if (argc > 2 && qstrcmp(argv[2], "--blocks") == 0) {
        QFile f(QString::fromLocal8Bit(argv[1]));
        f.open(QIODevice::ReadOnly);
        const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
        const char *kinds[] = {"heading", "para",  "list", "item", "code",
                               "html",    "table", "row",  "rule", "quote"};
        const auto blocks = prepdeck::markdown::readBlocks(lines);
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const auto &b = blocks[i];
            std::printf("%4lld %-7s L%d-%d lvl%d par%d %s%s%s%s links%d/%d lead[%s] %s\n",
                        static_cast<long long>(i), kinds[int(b.kind)], b.line, b.endLine, b.level,
                        b.parent, b.linkOnly ? "linkOnly " : "", b.strongOnly ? "strong " : "",
                        b.codeOnly ? "code " : "", b.isHeader ? "header " : "", b.links,
                        b.anchorLinks, qPrintable(b.lead),
                        qPrintable((b.kind == prepdeck::markdown::Kind::Html ? b.literal : b.text)
                                       .left(70)
                                       .simplified()));
        }
        return 0;
    }
    const int answerChars = argc > 2 ? std::atoi(argv[2]) : 60;
    auto read = prepdeck::readBankFile(QString::fromLocal8Bit(argv[1]), {});
    if (!read) {
        std::printf("error: %s\n", qPrintable(read.error().toString()));
        return 1;
    }
    std::printf("layout %s, %lld questions\n", qPrintable(read->layout),
                static_cast<long long>(read->questionCount()));
    for (const prepdeck::Bank &bank : read->banks) {
        std::printf("bank \"%s\"\n", qPrintable(bank.name));
        for (const prepdeck::Category &c : bank.categories) {
            std::printf("  category \"%s\" [%s] (%lld)\n", qPrintable(c.name),
                        qPrintable(c.parents.join(QLatin1String(" > "))),
                        static_cast<long long>(c.questions.size()));
            for (const prepdeck::Question &q : c.questions)
                std::printf("    %5d #%-4s %s%s [hint: %s]\n          %s\n", q.sourceLine,
                            q.number ? qPrintable(QString::number(*q.number)) : "",
                            qPrintable(q.prompt),
                            q.context.isEmpty() ? "" : qPrintable(QStringLiteral("  [+context]")),
                            qPrintable(q.hint.left(30)),
                            qPrintable(q.answer.left(answerChars).simplified()));
        }
    }
    for (const prepdeck::ImportWarning &w : read->warnings)
        std::printf("warning %d: %s\n", w.line, qPrintable(w.message));
    return 0;
}
