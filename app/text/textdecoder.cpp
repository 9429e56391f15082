#include "textdecoder.h"
#include "translation.h"

#include <QHash>
#include <QStringDecoder>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <optional>

namespace prepdeck {
namespace {

// Unicode code points of bytes 0x80..0xFF in the two legacy 8-bit encodings we meet most.
// Bytes Windows-1252 leaves undefined keep their value (as Windows itself decodes them).
constexpr std::array<char16_t, 128> kMacRomanHigh = {{
    0x00C4, 0x00C5, 0x00C7, 0x00C9, 0x00D1, 0x00D6, 0x00DC, 0x00E1, 0x00E0, 0x00E2, 0x00E4, 0x00E3,
    0x00E5, 0x00E7, 0x00E9, 0x00E8, 0x00EA, 0x00EB, 0x00ED, 0x00EC, 0x00EE, 0x00EF, 0x00F1, 0x00F3,
    0x00F2, 0x00F4, 0x00F6, 0x00F5, 0x00FA, 0x00F9, 0x00FB, 0x00FC, 0x2020, 0x00B0, 0x00A2, 0x00A3,
    0x00A7, 0x2022, 0x00B6, 0x00DF, 0x00AE, 0x00A9, 0x2122, 0x00B4, 0x00A8, 0x2260, 0x00C6, 0x00D8,
    0x221E, 0x00B1, 0x2264, 0x2265, 0x00A5, 0x00B5, 0x2202, 0x2211, 0x220F, 0x03C0, 0x222B, 0x00AA,
    0x00BA, 0x03A9, 0x00E6, 0x00F8, 0x00BF, 0x00A1, 0x00AC, 0x221A, 0x0192, 0x2248, 0x2206, 0x00AB,
    0x00BB, 0x2026, 0x00A0, 0x00C0, 0x00C3, 0x00D5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201C, 0x201D,
    0x2018, 0x2019, 0x00F7, 0x25CA, 0x00FF, 0x0178, 0x2044, 0x20AC, 0x2039, 0x203A, 0xFB01, 0xFB02,
    0x2021, 0x00B7, 0x201A, 0x201E, 0x2030, 0x00C2, 0x00CA, 0x00C1, 0x00CB, 0x00C8, 0x00CD, 0x00CE,
    0x00CF, 0x00CC, 0x00D3, 0x00D4, 0xF8FF, 0x00D2, 0x00DA, 0x00DB, 0x00D9, 0x0131, 0x02C6, 0x02DC,
    0x00AF, 0x02D8, 0x02D9, 0x02DA, 0x00B8, 0x02DD, 0x02DB, 0x02C7,
}};

constexpr std::array<char16_t, 128> kWindows1252High = {{
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, 0x00A0, 0x00A1, 0x00A2, 0x00A3,
    0x00A4, 0x00A5, 0x00A6, 0x00A7, 0x00A8, 0x00A9, 0x00AA, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x00AF,
    0x00B0, 0x00B1, 0x00B2, 0x00B3, 0x00B4, 0x00B5, 0x00B6, 0x00B7, 0x00B8, 0x00B9, 0x00BA, 0x00BB,
    0x00BC, 0x00BD, 0x00BE, 0x00BF, 0x00C0, 0x00C1, 0x00C2, 0x00C3, 0x00C4, 0x00C5, 0x00C6, 0x00C7,
    0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF, 0x00D0, 0x00D1, 0x00D2, 0x00D3,
    0x00D4, 0x00D5, 0x00D6, 0x00D7, 0x00D8, 0x00D9, 0x00DA, 0x00DB, 0x00DC, 0x00DD, 0x00DE, 0x00DF,
    0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7, 0x00E8, 0x00E9, 0x00EA, 0x00EB,
    0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x00F0, 0x00F1, 0x00F2, 0x00F3, 0x00F4, 0x00F5, 0x00F6, 0x00F7,
    0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x00FE, 0x00FF,
}};

struct LegacyEncoding
{
    const char *name;
    const std::array<char16_t, 128> *high;
};

constexpr LegacyEncoding kMacRoman{"Mac OS Roman", &kMacRomanHigh};
constexpr LegacyEncoding kWindows1252{"Windows-1252", &kWindows1252High};

QString decodeLegacy(const QByteArray &bytes, const LegacyEncoding &encoding)
{
    QString out;
    out.resize(bytes.size());
    QChar *dst = out.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *dst++ = b < 0x80 ? QChar(b) : QChar((*encoding.high)[b - 0x80]);
    }
    return out;
}

std::optional<QString> decodeUtf8Strict(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// If text is UTF-8 that was read as `encoding` and saved again, gives back the original.
// Every non-ASCII character must map back to a byte and the bytes must form valid UTF-8
// with at least one multi-byte sequence, which genuine text almost never does by chance.
std::optional<QString> undoMisdecoding(const QString &text, const LegacyEncoding &encoding)
{
    QHash<char16_t, char> reverse;
    for (int i = 0; i < 128; ++i)
        reverse.insert((*encoding.high)[i], static_cast<char>(0x80 + i));
    for (char16_t c = 0x80; c < 0xA0; ++c) // also undo a plain Latin-1 reading
        reverse.insert(c, static_cast<char>(c));

    QByteArray bytes;
    bytes.reserve(text.size());
    bool sawHigh = false;
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            bytes.append(static_cast<char>(ch.unicode()));
            continue;
        }
        const auto it = reverse.constFind(ch.unicode());
        if (it == reverse.constEnd())
            return std::nullopt;
        bytes.append(*it);
        sawHigh = true;
    }
    if (!sawHigh)
        return std::nullopt;
    return decodeUtf8Strict(bytes);
}

bool isCommonPunctuation(char16_t c)
{
    static const QString common = QStringLiteral("—–‘’“”…•«»°€£¢©®™¿¡·§¶×÷±µ½¼¾ ");
    return common.contains(QChar(c));
}

// How much a decoded text looks like real writing: accented letters inside words and
// typographic punctuation score; symbols, combining marks and controls mid-text do not.
int plausibility(const QString &text)
{
    int score = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80 || c.isSurrogate())
            continue;
        const QChar prev = i > 0 ? text.at(i - 1) : QChar(u' ');
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
        const bool insideWord = prev.isLetter() && next.isLetter();
        if (c.isLower())
            score += (prev.isLetter() || next.isLetter()) ? 2 : 1;
        else if (c.isUpper())
            score += prev.isLower() ? -2 : 1;
        else if (c == u'’')
            score += 3; // an apostrophe, the commonest non-ASCII character in English text
        else if (c == u'—' || c == u'–')
            score += insideWord ? 1 : 3; // "word—word" is how many write a dash
        else if (isCommonPunctuation(c.unicode()))
            score += insideWord ? -1 : 3;
        else
            score -= 3;
    }
    return score;
}

bool looksBinary(const QByteArray &bytes)
{
    qsizetype controls = 0;
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b == 0)
            return true;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b)
            ++controls;
    }
    return controls * 100 > bytes.size(); // more than 1% control characters
}

// UTF-16 without a byte-order mark: one byte of nearly every pair is zero for Latin text.
std::optional<QStringDecoder::Encoding> bomlessUtf16(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes.at(i) == 0;
        oddZero += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 9 && evenZero * 10 < pairs)
        return QStringDecoder::Utf16LE;
    if (evenZero * 10 >= pairs * 9 && oddZero * 10 < pairs)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

QString normaliseLineEndings(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

constexpr bool isStrayControl(char16_t c)
{
    return c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f' && c != 0x1b;
}

// Takes out stray control characters and says so in the repairs.
void removeStrayControls(DecodedText &result)
{
    if (!hasStrayControls(result.text))
        return;
    const qsizetype before = result.text.size();
    result.text.removeIf([](QChar c) { return isStrayControl(c.unicode()); });
    result.repairs << ImportText::tr("Removed %Ln control character(s) that are not text (left by "
                                     "a broken conversion or a binary file pasted in).",
                                     nullptr, int(before - result.text.size()));
}

} // namespace

bool hasStrayControls(QStringView text)
{
    // Every character of a 200 MB import passes here: eight at a time where SSE2 is there.
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    __m128i stray = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        // Below 0x20 (unsigned), and none of tab, line feed, form feed, return, escape.
        const __m128i control =
            _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x1f)), _mm_setzero_si128());
        const __m128i allowed =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('\t')),
                                      _mm_cmpeq_epi16(v, _mm_set1_epi16('\n'))),
                         _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('\f')),
                                                   _mm_cmpeq_epi16(v, _mm_set1_epi16('\r'))),
                                      _mm_cmpeq_epi16(v, _mm_set1_epi16(0x1b))));
        stray = _mm_or_si128(stray, _mm_andnot_si128(allowed, control));
    }
    if (_mm_movemask_epi8(stray) != 0)
        return true;
#endif
    bool found = false;
    for (; i < n; ++i)
        found |= isStrayControl(p[i]);
    return found;
}

namespace {

Result<DecodedText> decodeUtf16(QStringDecoder::Encoding enc, const QByteArray &data,
                                const QString &fileName)
{
    const QString name =
        enc == QStringDecoder::Utf16LE ? QStringLiteral("UTF-16 LE") : QStringLiteral("UTF-16 BE");
    QStringDecoder decoder(enc, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError())
        return Error{ImportText::tr("the file says it is %1 but holds invalid %1 data. "
                                    "Save it again as UTF-8 and retry.")
                         .arg(name),
                     fileName, 0};
    DecodedText result;
    result.text = normaliseLineEndings(std::move(text));
    result.encoding = name;
    removeStrayControls(result);
    return result;
}

// UTF-8 that was once read as a legacy encoding and saved again, turned back. Both undos
// may give valid UTF-8 ("Ã©" read back through Mac OS Roman is a combining mark); the one
// that reads most like writing wins.
void repairMisdecoding(DecodedText &result)
{
    std::optional<QString> best;
    const LegacyEncoding *bestEncoding = nullptr;
    for (const LegacyEncoding *enc : {&kMacRoman, &kWindows1252}) {
        auto repaired = undoMisdecoding(result.text, *enc);
        if (repaired && (!best || plausibility(*repaired) > plausibility(*best))) {
            best = std::move(repaired);
            bestEncoding = enc;
        }
    }
    if (!best)
        return;
    const qsizetype restored = std::count_if(best->cbegin(), best->cend(), [](QChar c) {
        return c.unicode() >= 0x80 && !c.isLowSurrogate();
    });
    result.text = std::move(*best);
    result.repairs << ImportText::tr("Repaired broken encoding: the file is UTF-8 that was "
                                     "once read as %1 and saved again; %Ln garbled "
                                     "character(s) were turned back into the originals.",
                                     nullptr, int(restored))
                          .arg(QLatin1String(bestEncoding->name));
}

// Bytes that are not UTF-8: Windows-1252 (or Latin-1) or Mac OS Roman, whichever reads
// most like writing.
void decodeLegacyText(const QByteArray &data, DecodedText &result)
{
    const QString asWindows = decodeLegacy(data, kWindows1252);
    const QString asMac = decodeLegacy(data, kMacRoman);
    // Bytes from Windows-1252's typographic set only (… ' ' " " – —) are that
    // punctuation: Mac Roman text has letters there (í ñ ó …), but a Mac Roman text in
    // a language with accents also has á é ú è à, which lie outside the set.
    bool typographicOnly = true;
    for (const char c : data) {
        const auto b = static_cast<unsigned char>(c);
        typographicOnly = typographicOnly && (b < 0x80 || b == 0x85 || (b >= 0x91 && b <= 0x97));
    }
    const bool mac = !typographicOnly && plausibility(asMac) > plausibility(asWindows);
    result.text = mac ? asMac : asWindows;
    bool c1 = false;
    for (const char c : data)
        c1 = c1 || (static_cast<unsigned char>(c) >= 0x80 && static_cast<unsigned char>(c) < 0xA0);
    result.encoding = mac  ? QStringLiteral("Mac OS Roman")
                      : c1 ? QStringLiteral("Windows-1252")
                           : QStringLiteral("ISO-8859-1 (Latin-1)");
    result.repairs
        << ImportText::tr("The file is not valid UTF-8; it was read as %1.").arg(result.encoding);
}

} // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("\xFF\xFE"))
        return decodeUtf16(QStringDecoder::Utf16LE, bytes.mid(2), fileName);
    if (bytes.startsWith("\xFE\xFF"))
        return decodeUtf16(QStringDecoder::Utf16BE, bytes.mid(2), fileName);

    QByteArray data = bytes;
    bool bom = false;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
        bom = true;
    }
    if (!bom) {
        if (const auto enc = bomlessUtf16(data))
            return decodeUtf16(*enc, data, fileName);
    }
    if (looksBinary(data))
        return Error{ImportText::tr("this is not a text file (it holds binary data). "
                                    "Import a question bank saved as text: Markdown, plain "
                                    "text, CSV or TSV."),
                     fileName, 0};

    DecodedText result;
    if (auto utf8 = decodeUtf8Strict(data)) {
        result.text = std::move(*utf8);
        result.encoding = bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
        repairMisdecoding(result);
    } else {
        decodeLegacyText(data, result);
    }
    result.text = normaliseLineEndings(result.text);
    removeStrayControls(result);
    return result;
}

} // namespace prepdeck
