#include "textcleanup.h"

#include <QRegularExpression>

namespace prepdeck::cleanup {

QString withoutLeadingSymbols(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c.isLetterOrNumber() || c == u'"' || c == u'\'' || c == u'(' || c == u'`' ||
            c == u'*' || c == u'_' || c == u'[' || c == u'.' || c == u'<' || c == u'/')
            break;
        ++i;
    }
    return text.mid(i).trimmed();
}

QString withoutEmphasis(const QString &text)
{
    // Only outside code spans: `**kwargs` and `__slots__` keep their characters.
    static const QRegularExpression underscores(QStringLiteral(R"((^|\W)__(.+?)__(\W|$))"));
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
    static const QRegularExpression number(QStringLiteral(R"(^(\d{1,3})[.)]\s+)"));
    t.remove(number);
    static const QRegularExpression count(
        QStringLiteral(R"(\s*[(\[]\s*\d+\s*(questions?|qs?|items?|cards?)?\s*[)\]]\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    t.remove(count);
    static const QRegularExpression dashCount(QStringLiteral(R"(\s*[—–-]\s*\d+\s+questions?\s*$)"),
                                              QRegularExpression::CaseInsensitiveOption);
    t.remove(dashCount);
    return withoutLeadingSymbols(t).trimmed();
}

QString questionPrompt(const QString &text, std::optional<int> *number)
{
    QString t = withoutLeadingSymbols(text.trimmed());
    static const QRegularExpression numbered(QStringLiteral(R"(^(\d{1,5})[.)]\s+)"));
    if (const auto m = numbered.match(t); m.hasMatch()) {
        if (number)
            *number = m.captured(1).toInt();
        t = t.mid(m.capturedLength(0));
    }
    t = withoutEmphasis(t);
    static const QRegularExpression marker(QStringLiteral(R"(^(Q|Question)\s*\d*\s*[:.]\s*)"));
    t.remove(marker);
    t = withoutEmphasis(t);
    static const QRegularExpression quoted(QStringLiteral(R"(^["“”](.*)["“”]$)"));
    if (const auto m = quoted.match(t); m.hasMatch())
        t = m.captured(1).trimmed();
    t.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return withoutLeadingSymbols(t).simplified();
}

QString identityKey(const QString &prompt)
{
    QString key;
    key.reserve(prompt.size());
    bool space = false;
    for (const QChar c : prompt) {
        if (c.isLetterOrNumber()) {
            if (space && !key.isEmpty())
                key += QLatin1Char(' ');
            key += c.toCaseFolded();
            space = false;
        } else {
            space = true;
        }
    }
    return key;
}

} // namespace prepdeck::cleanup
