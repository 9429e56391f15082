// cleanup::simplified() must give what QString::simplified() gives, for every text: it only
// skips the copy when nothing would change.

#include "textcleanup.h"

#include <QRandomGenerator>
#include <QTest>

using namespace prepdeck;

class TestTextCleanup : public QObject
{
    Q_OBJECT
private slots:
    void simplified_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("simple") << QStringLiteral("What is a mutex?");
        QTest::newRow("leading space") << QStringLiteral(" What");
        QTest::newRow("trailing space") << QStringLiteral("What ");
        QTest::newRow("two spaces") << QStringLiteral("What  is");
        QTest::newRow("tab") << QStringLiteral("What\tis");
        QTest::newRow("line feed") << QStringLiteral("What\nis");
        QTest::newRow("no-break space") << QStringLiteral("What\u00a0is");
        QTest::newRow("ideographic space") << QStringLiteral("什么\u3000是");
        QTest::newRow("accents") << QStringLiteral("Qué es una función?");
        // Two spaces where one run of eight characters ends and the next begins.
        QTest::newRow("pair across eight") << QStringLiteral("abcdefg  hijklmnopq");
        QTest::newRow("pair across sixteen") << QStringLiteral("abcdefghijklmno  pqrstuvwxyz");
        QTest::newRow("space at the ninth") << QStringLiteral("abcdefgh ijklmnop qrstu");
    }
    void simplified()
    {
        QFETCH(QString, text);
        QCOMPARE(cleanup::simplified(text), text.simplified());
    }

    // Random texts of letters, spaces and the white space simplified() takes out, at every
    // length around the eight characters looked at together.
    void simplified_random()
    {
        QRandomGenerator random(17);
        const QString alphabet = QStringLiteral("ab  c\t\n\u00a0é\u2003x.");
        for (int round = 0; round < 20000; ++round) {
            QString text;
            const int length = int(random.bounded(40));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(int(random.bounded(alphabet.size())));
            QCOMPARE(cleanup::simplified(text), text.simplified());
        }
    }

    void bankNameFromFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("name");
        QTest::newRow("hash after a number") << "000_06dcea8f99e4bbcb.txt" << QString();
        QTest::newRow("hash then words")
            << "002_b38047a05c_backend-python.md" << QStringLiteral("Backend python");
        QTest::newRow("kebab") << "system-design-interview.md"
                               << QStringLiteral("System design interview");
        QTest::newRow("snake") << "sql_questions.csv" << QStringLiteral("Sql questions");
        QTest::newRow("spaced keeps hyphens")
            << "Front-end Questions 2024.md" << QStringLiteral("Front-end Questions 2024");
        QTest::newRow("numbered") << "01-react.md" << QStringLiteral("React");
        QTest::newRow("uuid") << "deck-3f2b8c1e-9a4d-4c2e-8b1a-0c9d8e7f6a5b.tsv"
                              << QStringLiteral("Deck");
        QTest::newRow("readme") << "README.md" << QString();
        QTest::newRow("hex word without a digit stays")
            << "deadbeefcafe.md" << QStringLiteral("Deadbeefcafe");
        QTest::newRow("only digits") << "2024.txt" << QString();
        QTest::newRow("mixed case kept")
            << "JavaScript_Questions.md" << QStringLiteral("JavaScript Questions");
        QTest::newRow("accented") << "preguntas_é.md" << QStringLiteral("Preguntas é");
    }
    void bankNameFromFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, name);
        QCOMPARE(cleanup::bankNameFromFile(file), name);
    }
};

QTEST_GUILESS_MAIN(TestTextCleanup)
#include "tst_textcleanup.moc"
