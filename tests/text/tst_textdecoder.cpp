#include "textdecoder.h"

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QTest>

using prepdeck::DecodedText;
using prepdeck::decodeText;

namespace {

// Mac OS Roman bytes 0x80..0xFF as Unicode, written out for the test so that the
// mojibake below does not depend on the decoder's own table.
constexpr char16_t kMacRomanHigh[] = u"\u00C4\u00C5\u00C7\u00C9\u00D1\u00D6\u00DC\u00E1\u00E0\u00E2"
                                     u"\u00E4\u00E3\u00E5\u00E7\u00E9\u00E8" // 0x80
                                     u"\u00EA\u00EB\u00ED\u00EC\u00EE\u00EF\u00F1\u00F3\u00F2\u00F4"
                                     u"\u00F6\u00F5\u00FA\u00F9\u00FB\u00FC" // 0x90
                                     u"\u2020\u00B0\u00A2\u00A3\u00A7\u2022\u00B6\u00DF\u00AE\u00A9"
                                     u"\u2122\u00B4\u00A8\u2260\u00C6\u00D8" // 0xA0
                                     u"\u221E\u00B1\u2264\u2265\u00A5\u00B5\u2202\u2211\u220F\u03C0"
                                     u"\u222B\u00AA\u00BA\u03A9\u00E6\u00F8" // 0xB0
                                     u"\u00BF\u00A1\u00AC\u221A\u0192\u2248\u2206\u00AB\u00BB\u2026"
                                     u"\u00A0\u00C0\u00C3\u00D5\u0152\u0153" // 0xC0
                                     u"\u2013\u2014\u201C\u201D\u2018\u2019\u00F7\u25CA\u00FF\u0178"
                                     u"\u2044\u20AC\u2039\u203A\uFB01\uFB02" // 0xD0
                                     u"\u2021\u00B7\u201A\u201E\u2030\u00C2\u00CA\u00C1\u00CB\u00C8"
                                     u"\u00CD\u00CE\u00CF\u00CC\u00D3\u00D4" // 0xE0
                                     u"\uF8FF\u00D2\u00DA\u00DB\u00D9\u0131\u02C6\u02DC\u00AF\u02D8"
                                     u"\u02D9\u02DA\u00B8\u02DD\u02DB\u02C7"; // 0xF0
static_assert(sizeof(kMacRomanHigh) / sizeof(char16_t) == 129);

// What a UTF-8 file looks like after an editor read it as Mac OS Roman and saved it as UTF-8.
QByteArray misreadAsMacRoman(const QString &original)
{
    QString garbled;
    for (const char c : original.toUtf8()) {
        const auto b = static_cast<unsigned char>(c);
        garbled += b < 0x80 ? QChar(b) : QChar(kMacRomanHigh[b - 0x80]);
    }
    return garbled.toUtf8();
}

QByteArray encode(QStringEncoder::Encoding encoding, const QString &text)
{
    QStringEncoder encoder(encoding, QStringEncoder::Flag::Stateless);
    return encoder.encode(text);
}

QString errorText(const prepdeck::Result<DecodedText> &result)
{
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void utf8_isDecodedUnchangedWithoutRepairs_data();
    void utf8_isDecodedUnchangedWithoutRepairs();
    void emptyInput_isEmptyUtf8Text();
    void utf8WithBom_isStrippedAndNamed();
    void utf16WithBom_isDecodedAndNamed_data();
    void utf16WithBom_isDecodedAndNamed();
    void lineEndings_areNormalisedToLf_data();
    void lineEndings_areNormalisedToLf();
    void windows1252Bytes_areDecodedAndReported_data();
    void windows1252Bytes_areDecodedAndReported();
    void windows1252PunctuationOnly_isNotMistakenForMacRoman_data();
    void windows1252PunctuationOnly_isNotMistakenForMacRoman();
    void spanishMacRoman_staysMacRoman();
    void latin1WithoutC1Bytes_isNamedLatin1();
    void genuineMacRoman_isDetected();
    void utf8MisreadAsMacRoman_isRepaired_data();
    void utf8MisreadAsMacRoman_isRepaired();
    void utf8MisreadAsWindows1252_isRepaired_data();
    void utf8MisreadAsWindows1252_isRepaired();
    void binaryData_isRejectedAsNotText_data();
    void binaryData_isRejectedAsNotText();
    void strayControls_areRemovedAndReported();
};

void TestTextDecoder::utf8_isDecodedUnchangedWithoutRepairs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("ascii") << QByteArray("What is a closure?\nA function with its scope.")
                           << QStringLiteral("What is a closure?\nA function with its scope.");
    QTest::newRow("accented letters") << QByteArray("Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
                                                    "e \xC3\xA0 la caf\xC3\xA9")
                                      << QString::fromUtf8("Cr\xC3\xA8me br\xC3\xBBl\xC3\xA9"
                                                           "e \xC3\xA0 la caf\xC3\xA9");
    QTest::newRow("german umlauts and sharp s") << QByteArray("Gr\xC3\xB6\xC3\x9F"
                                                              "e \xC3\xBC"
                                                              "ber alles")
                                                << QString::fromUtf8("Gr\xC3\xB6\xC3\x9F"
                                                                     "e \xC3\xBC"
                                                                     "ber alles");
    QTest::newRow("curly quotes and dash")
        << QByteArray("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s fine")
        << QString::fromUtf8("\xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x80\x94 it\xE2\x80\x99s fine");
    QTest::newRow("arrow and emoji") << QByteArray("a \xE2\x86\x92 b \xF0\x9F\x8E\xAF")
                                     << QString::fromUtf8("a \xE2\x86\x92 b \xF0\x9F\x8E\xAF");
}

void TestTextDecoder::utf8_isDecodedUnchangedWithoutRepairs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const auto result = decodeText(bytes, QStringLiteral("bank.md"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, expected);
    QCOMPARE(result->encoding, QStringLiteral("UTF-8"));
    QVERIFY2(result->repairs.isEmpty(), qPrintable(result->repairs.join(QLatin1Char('|'))));
}

void TestTextDecoder::emptyInput_isEmptyUtf8Text()
{
    const auto result = decodeText(QByteArray(), QStringLiteral("empty.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QVERIFY(result->text.isEmpty());
    QCOMPARE(result->encoding, QStringLiteral("UTF-8"));
    QVERIFY(result->repairs.isEmpty());
}

void TestTextDecoder::utf8WithBom_isStrippedAndNamed()
{
    const QByteArray bytes("\xEF\xBB\xBF"
                           "caf\xC3\xA9\nline two");
    const auto result = decodeText(bytes, QStringLiteral("bank.md"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, QString::fromUtf8("caf\xC3\xA9\nline two"));
    QVERIFY(!result->text.contains(QChar(0xFEFF)));
    QCOMPARE(result->encoding, QStringLiteral("UTF-8 with BOM"));
    QVERIFY(result->repairs.isEmpty());
}

void TestTextDecoder::utf16WithBom_isDecodedAndNamed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expectedEncoding");

    const QString text = QString::fromUtf8("H\xC3\xA9llo \xF0\x9F\x8E\xAF\r\nw\xC3\xB6rld");
    QTest::newRow("little endian") << QByteArray("\xFF\xFE") + encode(QStringEncoder::Utf16LE, text)
                                   << QStringLiteral("UTF-16 LE");
    QTest::newRow("big endian") << QByteArray("\xFE\xFF") + encode(QStringEncoder::Utf16BE, text)
                                << QStringLiteral("UTF-16 BE");
}

void TestTextDecoder::utf16WithBom_isDecodedAndNamed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expectedEncoding);

    const auto result = decodeText(bytes, QStringLiteral("bank.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, QString::fromUtf8("H\xC3\xA9llo \xF0\x9F\x8E\xAF\nw\xC3\xB6rld"));
    QVERIFY(!result->text.contains(QChar(0xFEFF)));
    QCOMPARE(result->encoding, expectedEncoding);
    QVERIFY(result->repairs.isEmpty());
}

void TestTextDecoder::lineEndings_areNormalisedToLf_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n") << QStringLiteral("one\ntwo\n");
    QTest::newRow("cr only") << QByteArray("one\rtwo\r") << QStringLiteral("one\ntwo\n");
    QTest::newRow("mixed") << QByteArray("a\r\nb\rc\nd") << QStringLiteral("a\nb\nc\nd");
    QTest::newRow("blank line with crlf") << QByteArray("a\r\n\r\nb") << QStringLiteral("a\n\nb");
    QTest::newRow("crlf in windows-1252")
        << QByteArray("caf\xE9\r\n\x93x\x94\r\n")
        << QString::fromUtf8("caf\xC3\xA9\n\xE2\x80\x9Cx\xE2\x80\x9D\n");
    QTest::newRow("crlf in utf-16 le")
        << QByteArray("\xFF\xFE") + encode(QStringEncoder::Utf16LE, QStringLiteral("a\r\nb\rc"))
        << QStringLiteral("a\nb\nc");
}

void TestTextDecoder::lineEndings_areNormalisedToLf()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const auto result = decodeText(bytes, QStringLiteral("bank.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, expected);
    QVERIFY(!result->text.contains(QLatin1Char('\r')));
}

void TestTextDecoder::windows1252Bytes_areDecodedAndReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("curly quotes and e acute")
        << QByteArray("\x93Quoted\x94 caf\xE9")
        << QString::fromUtf8("\xE2\x80\x9CQuoted\xE2\x80\x9D caf\xC3\xA9");
    QTest::newRow("euro and accents")
        << QByteArray("Le caf\xE9 co\xFBte 3 \x80 \xE0 Paris")
        << QString::fromUtf8("Le caf\xC3\xA9 co\xC3\xBBte 3 \xE2\x82\xAC \xC3\xA0 Paris");
}

void TestTextDecoder::windows1252Bytes_areDecodedAndReported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const auto result = decodeText(bytes, QStringLiteral("bank.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, expected);
    QCOMPARE(result->encoding, QStringLiteral("Windows-1252"));
    QVERIFY(!result->repairs.isEmpty());
    QVERIFY2(result->repairs.join(QLatin1Char(' ')).contains(QLatin1String("Windows-1252")),
             qPrintable(result->repairs.join(QLatin1Char('|'))));
}

void TestTextDecoder::windows1252PunctuationOnly_isNotMistakenForMacRoman_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    // Smart apostrophes and quotes are the most common non-ASCII bytes in Windows text.
    QTest::newRow("apostrophes") << QByteArray("Don\x92t worry, it\x92s fine.")
                                 << QString::fromUtf8(
                                        "Don\xE2\x80\x99t worry, it\xE2\x80\x99s fine.");
    QTest::newRow("double quotes")
        << QByteArray("He said \x93yes\x94 to it.")
        << QString::fromUtf8("He said \xE2\x80\x9Cyes\xE2\x80\x9D to it.");
    // 0x97 is an em dash in Windows-1252 and "ó" in Mac Roman; written between words with
    // no spaces, as many do, it read as "ó" before.
    QTest::newRow("em dash between words")
        << QByteArray("Use a mutex\x97or a semaphore\x97when threads share state.")
        << QString::fromUtf8("Use a mutex\xE2\x80\x94or a semaphore\xE2\x80\x94when threads "
                             "share state.");
    QTest::newRow("en dash and ellipsis") << QByteArray("Pages 10\x96"
                                                        "20 cover it\x85 mostly.")
                                          << QString::fromUtf8("Pages 10\xE2\x80\x93"
                                                               "20 cover it\xE2\x80\xA6 mostly.");
}

// Spanish written on a Mac: its letters include some from Windows-1252's punctuation
// bytes (ó is 0x97, ñ 0x96), and others (á 0x87, é 0x8E) that only letters explain.
void TestTextDecoder::spanishMacRoman_staysMacRoman()
{
    const QByteArray bytes("La funci\x97n devuelve el a\x96o y la p\x87gina del caf\x8E.");
    const auto result = decodeText(bytes, QStringLiteral("bank.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, QString::fromUtf8("La funci\xC3\xB3n devuelve el a\xC3\xB1o y la "
                                             "p\xC3\xA1gina del caf\xC3\xA9."));
    QCOMPARE(result->encoding, QStringLiteral("Mac OS Roman"));
}

void TestTextDecoder::windows1252PunctuationOnly_isNotMistakenForMacRoman()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    const auto result = decodeText(bytes, QStringLiteral("bank.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, expected);
    QCOMPARE(result->encoding, QStringLiteral("Windows-1252"));
}

void TestTextDecoder::latin1WithoutC1Bytes_isNamedLatin1()
{
    const QByteArray bytes("na\xEFve caf\xE9 \xE0 la carte");
    const auto result = decodeText(bytes, QStringLiteral("bank.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, QString::fromUtf8("na\xC3\xAFve caf\xC3\xA9 \xC3\xA0 la carte"));
    QCOMPARE(result->encoding, QStringLiteral("ISO-8859-1 (Latin-1)"));
    QVERIFY(!result->repairs.isEmpty());
    QVERIFY(result->repairs.join(QLatin1Char(' ')).contains(QLatin1String("ISO-8859-1 (Latin-1)")));
}

void TestTextDecoder::genuineMacRoman_isDetected()
{
    // 0x8E = e acute, 0x8F = e grave, 0x9F = u umlaut in Mac OS Roman.
    const QByteArray bytes("caf\x8E cr\x8Fme br\x9Fl\x8E"
                           "e");
    const auto result = decodeText(bytes, QStringLiteral("old-mac.txt"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, QString::fromUtf8("caf\xC3\xA9 cr\xC3\xA8me br\xC3\xBCl\xC3\xA9"
                                             "e"));
    QCOMPARE(result->encoding, QStringLiteral("Mac OS Roman"));
    QVERIFY(!result->repairs.isEmpty());
    QVERIFY(result->repairs.join(QLatin1Char(' ')).contains(QLatin1String("Mac OS Roman")));
}

void TestTextDecoder::utf8MisreadAsMacRoman_isRepaired_data()
{
    QTest::addColumn<QString>("original");

    QTest::newRow("arrow, accent and emoji")
        << QString::fromUtf8("\xE2\x86\x92 caf\xC3\xA9 \xF0\x9F\x8E\xAF");
    QTest::newRow("quotes and dash")
        << QString::fromUtf8("na\xC3\xAFve \xE2\x80\x9Cquotes\xE2\x80\x9D \xE2\x80\x94 done");
    QTest::newRow("multi-line") << QString::fromUtf8("Gr\xC3\xB6\xC3\x9F"
                                                     "e\n\xE2\x9C\x93 ok\nx \xE2\x89\xA4 y");
}

void TestTextDecoder::utf8MisreadAsMacRoman_isRepaired()
{
    QFETCH(QString, original);

    const QByteArray garbled = misreadAsMacRoman(original);
    QVERIFY(QString::fromUtf8(garbled) != original); // the test input really is mojibake

    const auto result = decodeText(garbled, QStringLiteral("bank.md"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, original);
    QCOMPARE(result->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result->repairs.size(), 1);
    QVERIFY2(result->repairs.first().contains(QLatin1String("Mac OS Roman")),
             qPrintable(result->repairs.first()));
}

void TestTextDecoder::utf8MisreadAsWindows1252_isRepaired_data()
{
    QTest::addColumn<QString>("garbled");
    QTest::addColumn<QString>("original");

    QTest::newRow("apostrophe and e acute")
        << QString::fromUtf8(
               "it\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2s caf\xC3\x83\xC2\xA9") // "itâ€™s cafÃ©"
        << QString::fromUtf8("it\xE2\x80\x99s caf\xC3\xA9");              // "it’s café"
    QTest::newRow("apostrophe only")
        << QString::fromUtf8("don\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t") // "donâ€™t"
        << QString::fromUtf8("don\xE2\x80\x99t");                    // "don’t"
    QTest::newRow("e acute and e grave only")
        << QString::fromUtf8("caf\xC3\x83\xC2\xA9 cr\xC3\x83\xC2\xA8me") // "cafÃ© crÃ¨me"
        << QString::fromUtf8("caf\xC3\xA9 cr\xC3\xA8me");                // "café crème"
}

void TestTextDecoder::utf8MisreadAsWindows1252_isRepaired()
{
    QFETCH(QString, garbled);
    QFETCH(QString, original);

    const auto result = decodeText(garbled.toUtf8(), QStringLiteral("bank.md"));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->text, original);
    QCOMPARE(result->encoding, QStringLiteral("UTF-8"));
    QCOMPARE(result->repairs.size(), 1);
    QVERIFY2(result->repairs.first().contains(QLatin1String("Windows-1252")),
             qPrintable(result->repairs.first()));
}

void TestTextDecoder::binaryData_isRejectedAsNotText_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("png header") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
    QTest::newRow("zip header") << QByteArray("PK\x03\x04\x14\0\0\0\x08\0", 10);
    QTest::newRow("text with a nul") << QByteArray("question one\0answer", 19);
}

void TestTextDecoder::binaryData_isRejectedAsNotText()
{
    QFETCH(QByteArray, bytes);

    const QString fileName = QStringLiteral("picture.png");
    const auto result = decodeText(bytes, fileName);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("not a text file")),
             qPrintable(result.error().message));
    QCOMPARE(result.error().file, fileName);
}

void TestTextDecoder::strayControls_areRemovedAndReported()
{
    // UTF-8 with a few stray controls (under the share that makes it binary), and UTF-16
    // whose text holds a NUL: both come out as text, the controls counted.
    QByteArray utf8 = "### What is a\x01 cache?\n\nA fast\x02 copy.\tKept: tab, \x1b and \f.\n";
    utf8 += QByteArray(300, 'x');
    auto a = decodeText(utf8, QStringLiteral("a.md"));
    QVERIFY(a);
    QVERIFY(a->text.startsWith(QStringLiteral("### What is a cache?\n\nA fast copy.\tKept: tab, "
                                              "\x1b and \f.\n")));
    QCOMPARE(a->repairs.size(), 1);
    QVERIFY2(a->repairs[0].contains(QStringLiteral("Removed 2 control characters")),
             qPrintable(a->repairs[0]));
    QVERIFY(!prepdeck::hasStrayControls(a->text));

    const QString withNul = QStringLiteral("### Q?") + QChar(0) + QStringLiteral("\n");
    QByteArray utf16("\xFF\xFE");
    utf16 += QByteArray(reinterpret_cast<const char *>(withNul.utf16()), withNul.size() * 2);
    auto b = decodeText(utf16, QStringLiteral("b.md"));
    QVERIFY(b);
    QCOMPARE(b->text, QStringLiteral("### Q?\n"));
    QCOMPARE(b->repairs.size(), 1);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
