#include "textcleanup.h"

#include <QRegularExpression>

namespace prepdeck::cleanup {

QString simplified(const QString &text)
{
    if (!text.isEmpty() && (text.front() == u' ' || text.back() == u' '))
        return text.simplified();
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u' ' ? i > 0 && text[i - 1] == u' ' : c.isSpace())
            return text.simplified();
    }
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

} // namespace prepdeck::cleanup
