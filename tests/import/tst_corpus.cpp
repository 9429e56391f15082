// The importer against real banks: every file of the development corpus
// (PREPDECK_CORPUS_DIR, ../shared/corpus) read as a user would import it and compared with
// its expected.json entry: the number of questions, how many have an answer, the categories
// with their parents and counts in file order, and the sample questions (prompt, start of
// the answer as plain text, category, line, number, source link). Negative files must give
// "no questions found". Every difference is listed, then the file fails.
#include "bankfilereader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

using namespace prepdeck;

namespace {

QString corpusDir()
{
    return QString::fromLocal8Bit(qgetenv("PREPDECK_CORPUS_DIR"));
}

// An answer as a reader sees it: Markdown and HTML taken out, white space collapsed.
QString plainText(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *root =
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    char *text = cmark_render_plaintext(root, CMARK_OPT_DEFAULT, 0);
    QString out = QString::fromUtf8(text);
    free(text);
    cmark_node_free(root);
    static const QRegularExpression tags(QStringLiteral("<[^>]+>"));
    out.remove(tags);
    return out.simplified();
}

struct Found
{
    const Question *question = nullptr;
    const Category *category = nullptr;
};

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

private slots:
    void corpusFile_matchesWhatIsExpected_data()
    {
        QTest::addColumn<QJsonObject>("expected");
        const QString dir = corpusDir();
        if (dir.isEmpty() || !QFile::exists(dir + QLatin1String("/expected.json"))) {
            if (qgetenv("PREPDECK_REQUIRE_SEEDS") == "1")
                QFAIL("PREPDECK_REQUIRE_SEEDS=1 but the corpus is not in PREPDECK_CORPUS_DIR");
            QSKIP("The corpus is not here (set PREPDECK_CORPUS_DIR to ../shared/corpus)");
        }
        QFile f(dir + QLatin1String("/expected.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonArray files =
            QJsonDocument::fromJson(f.readAll())[QStringLiteral("files")].toArray();
        QVERIFY(!files.isEmpty());
        for (const QJsonValue &v : files)
            QTest::newRow(qPrintable(v[QStringLiteral("file")].toString())) << v.toObject();
    }

    void corpusFile_matchesWhatIsExpected()
    {
        QFETCH(QJsonObject, expected);
        const QString path =
            corpusDir() + QLatin1Char('/') + expected[QStringLiteral("file")].toString();
        auto read = readBankFile(path, ReadOptions{});
        if (expected[QStringLiteral("negative")].toBool()) {
            QVERIFY2(!read, qPrintable(QStringLiteral("%1 questions read from a file that has none")
                                           .arg(read ? read->questionCount() : 0)));
            QVERIFY2(read.error().message.contains(QLatin1String("no questions")),
                     qPrintable(read.error().message));
            return;
        }
        QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
        QStringList differences;
        auto differ = [&](const QString &what) {
            differences << what;
        };

        QList<Found> all;
        QList<const Category *> categories;
        for (const Bank &bank : read->banks)
            for (const Category &category : bank.categories) {
                categories << &category;
                for (const Question &q : category.questions)
                    all << Found{&q, &category};
            }
        const int questions = expected[QStringLiteral("questions")].toInt();
        if (all.size() != questions)
            differ(QStringLiteral("questions: %1, expected %2").arg(all.size()).arg(questions));
        int answered = 0;
        for (const Found &f : all)
            answered += !f.question->answer.trimmed().isEmpty();
        if (answered != expected[QStringLiteral("answered")].toInt())
            differ(QStringLiteral("answered: %1, expected %2")
                       .arg(answered)
                       .arg(expected[QStringLiteral("answered")].toInt()));

        // Categories in file order; a file without topics may have one of any name.
        const QJsonArray cats = expected[QStringLiteral("categories")].toArray();
        if (cats.isEmpty()) {
            if (categories.size() > 1)
                differ(
                    QStringLiteral("%1 categories, expected one at most").arg(categories.size()));
        } else {
            QStringList got, want;
            for (const Category *c : categories)
                got << QStringLiteral("%1%2 (%3)")
                           .arg(c->parents.isEmpty()
                                    ? QString()
                                    : c->parents.join(QLatin1String(" › ")) + QLatin1String(" › "),
                                c->name)
                           .arg(c->questions.size());
            for (const QJsonValue &c : cats) {
                QStringList parents;
                for (const QJsonValue &p : c[QStringLiteral("parents")].toArray())
                    parents << p.toString();
                want << QStringLiteral("%1%2 (%3)")
                            .arg(parents.isEmpty()
                                     ? QString()
                                     : parents.join(QLatin1String(" › ")) + QLatin1String(" › "),
                                 c[QStringLiteral("name")].toString())
                            .arg(c[QStringLiteral("questions")].toInt());
            }
            // Parents are only given where names repeat; compare names and counts, and the
            // parents where they are given.
            if (got.size() != want.size()) {
                differ(QStringLiteral("categories:\n      got  %1\n      want %2")
                           .arg(got.join(QLatin1String(" · ")), want.join(QLatin1String(" · "))));
            } else {
                for (qsizetype i = 0; i < got.size(); ++i) {
                    const bool hasParents = !cats[i][QStringLiteral("parents")].toArray().isEmpty();
                    const QString g = hasParents ? got[i]
                                                 : QStringLiteral("%1 (%2)")
                                                       .arg(categories[i]->name)
                                                       .arg(categories[i]->questions.size());
                    if (g != want[i])
                        differ(QStringLiteral("category %1: got %2, want %3")
                                   .arg(i + 1)
                                   .arg(g, want[i]));
                }
            }
        }

        for (const QJsonValue &s : expected[QStringLiteral("samples")].toArray()) {
            const int line = s[QStringLiteral("line")].toInt();
            const Found *at = nullptr;
            for (const Found &f : all)
                if (f.question->sourceLine == line)
                    at = &f;
            const QString prompt = s[QStringLiteral("prompt")].toString();
            if (!at) {
                differ(QStringLiteral("line %1: no question (\"%2\")").arg(line).arg(prompt));
                continue;
            }
            const Question &q = *at->question;
            const bool prefix =
                s[QStringLiteral("prompt_match")].toString() == QLatin1String("prefix");
            if (prefix ? !q.prompt.startsWith(prompt) : q.prompt != prompt)
                differ(QStringLiteral("line %1: prompt \"%2\", want \"%3\"")
                           .arg(line)
                           .arg(q.prompt, prompt));
            const QString answer = plainText(q.answer);
            const QString starts = s[QStringLiteral("answer_starts")].toString().simplified();
            if (starts.isEmpty() ? !answer.isEmpty() : !answer.startsWith(starts))
                differ(QStringLiteral("line %1: answer \"%2\", want \"%3…\"")
                           .arg(line)
                           .arg(answer.left(starts.size() + 20), starts));
            if (s.toObject().contains(QStringLiteral("category")) &&
                at->category->name != s[QStringLiteral("category")].toString())
                differ(QStringLiteral("line %1: category \"%2\", want \"%3\"")
                           .arg(line)
                           .arg(at->category->name, s[QStringLiteral("category")].toString()));
            if (s.toObject().contains(QStringLiteral("category_parents"))) {
                QStringList parents;
                for (const QJsonValue &p : s[QStringLiteral("category_parents")].toArray())
                    parents << p.toString();
                if (at->category->parents != parents)
                    differ(QStringLiteral("line %1: parents %2, want %3")
                               .arg(line)
                               .arg(at->category->parents.join(QLatin1String(" › ")),
                                    parents.join(QLatin1String(" › "))));
            }
            const QJsonValue number = s[QStringLiteral("number")];
            if (number.isDouble() && q.number != number.toInt())
                differ(QStringLiteral("line %1: number %2, want %3")
                           .arg(line)
                           .arg(q.number ? QString::number(*q.number) : QStringLiteral("none"))
                           .arg(number.toInt()));
            if (s.toObject().contains(QStringLiteral("source")) &&
                q.link != s[QStringLiteral("source")].toString())
                differ(QStringLiteral("line %1: link \"%2\", want \"%3\"")
                           .arg(line)
                           .arg(q.link, s[QStringLiteral("source")].toString()));
        }
        if (!differences.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 (layout %2):\n    %3")
                                 .arg(expected[QStringLiteral("file")].toString(), read->layout,
                                      differences.join(QLatin1String("\n    ")))));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
