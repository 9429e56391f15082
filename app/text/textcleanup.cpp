#include "textcleanup.h"

#include <QRegularExpression>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace prepdeck::cleanup {

namespace {

// Whether text[i] is white space simplified() would change: any but a single space.
bool breaksSimple(const char16_t *p, qsizetype i)
{
    const char16_t c = p[i];
    if (c == u' ')
        return i > 0 && p[i - 1] == u' ';
    return QChar::isSpace(c);
}

} // namespace

QString simplified(const QString &text)
{
    // Every block of text an import reads passes here: eight characters at a time where
    // SSE2 is there, as only a control character, a second space in a row or a character
    // beyond ASCII (which may be a space of its own) needs a closer look.
    const auto *p = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    if (n > 0 && (p[0] == u' ' || p[n - 1] == u' '))
        return text.simplified();
    qsizetype i = 0;
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(' ');
    for (; i + 9 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + 1));
        const __m128i control =
            _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x1f)), _mm_setzero_si128());
        const __m128i ascii =
            _mm_cmpeq_epi16(_mm_subs_epu16(v, _mm_set1_epi16(0x7e)), _mm_setzero_si128());
        const __m128i twoSpaces =
            _mm_and_si128(_mm_cmpeq_epi16(v, space), _mm_cmpeq_epi16(next, space));
        const __m128i look = _mm_or_si128(_mm_or_si128(control, twoSpaces),
                                          _mm_andnot_si128(ascii, _mm_set1_epi16(-1)));
        if (_mm_movemask_epi8(look) == 0)
            continue;
        for (qsizetype k = i; k <= i + 8; ++k) // the last pair reaches into the next eight
            if (breaksSimple(p, k))
                return text.simplified();
    }
#endif
    for (; i < n; ++i)
        if (breaksSimple(p, i))
            return text.simplified();
    return text;
}

QString withoutLeadingSymbols(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || c == u'"' || c == u'\'' || c == u'(' || c == u'`' ||
            c == u'¿' || c == u'¡' || c == u'*' || c == u'_' || c == u'[' || c == u'.' ||
            c == u'<' || c == u'/')
            break;
        // A sign that opens the word it is written against is the word's: "::before",
        // ":hover", "$PATH", "@media", "%d".
        if ((c == u':' || c == u'$' || c == u'@' || c == u'%') && i + 1 < text.size() &&
            (text.at(i + 1).isLetter() || (c == u':' && text.at(i + 1) == u':')))
            break;
        ++i;
    }
    return text.mid(i).trimmed();
}

QString withoutEmphasis(const QString &text)
{
    // Only outside code spans: `**kwargs` and `__slots__` keep their characters.
    static thread_local const QRegularExpression underscores(
        QStringLiteral(R"((^|\W)__(.+?)__(\W|$))"));
    QStringList parts = text.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); i += 2) {
        parts[i].replace(QLatin1String("**"), QString());
        parts[i].replace(underscores, QStringLiteral("\\1\\2\\3"));
    }
    return parts.join(QLatin1Char('`')).trimmed();
}

QString categoryName(const QString &heading)
{
    QString t = withoutLeadingSymbols(withoutEmphasis(heading));
    static thread_local const QRegularExpression number(QStringLiteral(R"(^(\d{1,3})[.)]\s+)"));
    t.remove(number);
    static thread_local const QRegularExpression count(
        QStringLiteral(R"(\s*[(\[]\s*\d+\s*(questions?|qs?|items?|cards?)?\s*[)\]]\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    t.remove(count);
    static thread_local const QRegularExpression dashCount(
        QStringLiteral(R"(\s*[—–-]\s*\d+\s+questions?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    t.remove(dashCount);
    return withoutLeadingSymbols(t).trimmed();
}

QString questionPrompt(const QString &text, std::optional<int> *number)
{
    QString t = withoutLeadingSymbols(text.trimmed());
    static thread_local const QRegularExpression numbered(QStringLiteral(R"(^(\d{1,5})[.)]\s+)"));
    if (const auto m = numbered.match(t); m.hasMatch()) {
        if (number)
            *number = m.captured(1).toInt();
        t = t.mid(m.capturedLength(0));
    }
    t = withoutEmphasis(t);
    static thread_local const QRegularExpression marker(
        QStringLiteral(R"(^(Q|Question)\s*\d*\s*[:.]\s*)"));
    t.remove(marker);
    t = withoutEmphasis(t);
    static thread_local const QRegularExpression quoted(QStringLiteral(R"(^["“”](.*)["“”]$)"));
    if (const auto m = quoted.match(t); m.hasMatch())
        t = m.captured(1).trimmed();
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return simplified(withoutLeadingSymbols(t));
}

QString identityKey(const QString &prompt)
{
    // Written in place (a case-folded character is one UTF-16 unit, like the original):
    // every question of an import goes through here.
    QString key(prompt.size(), Qt::Uninitialized);
    QChar *out = key.data();
    qsizetype n = 0;
    bool space = false;
    for (const QChar c : prompt) {
        const char16_t u = c.unicode();
        const bool ascii = u < 0x80;
        const bool word =
            ascii ? ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') || (u >= u'0' && u <= u'9')
                  : c.isLetterOrNumber();
        if (!word) {
            space = true;
            continue;
        }
        if (space && n)
            out[n++] = QLatin1Char(' ');
        out[n++] = ascii ? QChar(u >= u'A' && u <= u'Z' ? u + 0x20 : u) : c.toCaseFolded();
        space = false;
    }
    key.truncate(n);
    return key;
}

QString bankNameFromFile(const QString &fileName)
{
    QString base = fileName.section(QLatin1Char('/'), -1);
    if (const qsizetype dot = base.lastIndexOf(QLatin1Char('.')); dot > 0)
        base = base.left(dot);
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    base.remove(uuid);
    // Kebab-case ("system-design-questions") reads as words; a hyphen among spaced words
    // ("Front-end questions") is the name's own.
    const bool spaced = base.contains(QLatin1Char(' '));
    static const QRegularExpression separators(QStringLiteral("[_\\s]+"));
    static const QRegularExpression kebab(QStringLiteral("[_\\s-]+"));
    QStringList words = base.split(spaced ? separators : kebab, Qt::SkipEmptyParts);
    static const QRegularExpression hashLike(QStringLiteral("^(?=.*\\d)[0-9a-fA-F]{8,}$"));
    words.removeIf([](const QString &w) { return hashLike.match(w).hasMatch(); });
    // Numbering in front: "000", "01", "3.", "(2)".
    static const QRegularExpression number(QStringLiteral("^[\\(\\[]?\\d+[\\)\\].-]?$"));
    while (!words.isEmpty() && number.match(words.first()).hasMatch())
        words.removeFirst();
    QString name = words.join(QLatin1Char(' ')).trimmed();
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    if (!name.contains(letter))
        return {};
    static const QStringList anyFile{
        QStringLiteral("readme"),   QStringLiteral("index"),    QStringLiteral("untitled"),
        QStringLiteral("document"), QStringLiteral("download"), QStringLiteral("export"),
        QStringLiteral("file"),     QStringLiteral("new file"), QStringLiteral("copy")};
    if (anyFile.contains(name.toLower()))
        return {};
    if (name == name.toLower())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace prepdeck::cleanup
