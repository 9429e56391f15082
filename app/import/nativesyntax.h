#pragma once

// Prepdeck's own bank format (docs/bank-format.md): what its writer (nativeformat.cpp) and
// its reader (nativereader.cpp) share. Only those two include this.

#include "layouts.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace prepdeck::native {

using QRE = QRegularExpression;

inline const QString kFormatLine = QStringLiteral("<!-- prepdeck-bank-format 1 -->");
// Between the headings above a category, in its metadata line.
inline const QString kParentSeparator = QStringLiteral(" › ");

inline const QRE &formatLine()
{
    static thread_local const QRE re(
        QStringLiteral(R"(^<!--\s*prepdeck-bank-format\s+(\d+)\s*-->\s*$)"));
    return re;
}

inline const QRE &metadataLine()
{
    static thread_local const QRE re(QStringLiteral(R"(^<!--\s*question\b(.*?)-->\s*$)"));
    return re;
}

inline const QRE &blockOpen()
{
    static thread_local const QRE re(
        QStringLiteral(R"(^<!--\s*(answer|hint|followup|tip|context)(:\d+)?\s*-->\s*$)"));
    return re;
}

inline const QRE &fence()
{
    static thread_local const QRE re(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    return re;
}

inline const QRE &labelled()
{
    static thread_local const QRE re(QStringLiteral(R"(^\*\*(Hint|Follow-up|Tip):\*\*\s?(.*)$)"));
    return re;
}

inline QString escapeValue(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('>'), QLatin1String("\\>"));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

inline QString unescapeValue(const QString &v)
{
    if (!v.contains(u'\\'))
        return v;
    QString out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == u'\\' && i + 1 < v.size())
            ++i;
        out += v.at(i);
    }
    return out;
}

// The values of a question's metadata line; a key given twice keeps its last value.
class Metadata
{
public:
    explicit Metadata(QStringView text) : m_pairs(metadataPairs(text)) {}
    const QString *find(QLatin1String key) const
    {
        for (auto it = m_pairs.crbegin(); it != m_pairs.crend(); ++it)
            if (it->first == key)
                return &it->second;
        return nullptr;
    }
    bool contains(QLatin1String key) const { return find(key) != nullptr; }
    QString value(QLatin1String key) const
    {
        const QString *v = find(key);
        return v ? *v : QString();
    }

private:
    QList<std::pair<QString, QString>> m_pairs;
};

// Tags are separated by commas; a comma inside a tag is written "\,".
inline QStringList splitTags(const QString &text)
{
    QStringList tags;
    if (!text.contains(u'\\')) { // the usual case: nothing escaped
        for (const QStringView tag : QStringView(text).split(u','))
            if (const QStringView t = tag.trimmed(); !t.isEmpty())
                tags << t.toString();
        return tags;
    }
    QString tag;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            tag += text.at(++i);
        } else if (c == u',') {
            tags << tag.trimmed();
            tag.clear();
        } else {
            tag += c;
        }
    }
    tags << tag.trimmed();
    tags.removeAll(QString());
    return tags;
}

} // namespace prepdeck::native
