#include "headingscan.h"

#include <algorithm>

namespace prepdeck {

qint8 HeadingScan::take(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && i < 4 && line[i] == u' ')
        ++i;
    if (i == 4 || i == line.size())
        return 0;
    const QChar c = line[i];
    if (c == u'`' || c == u'~') {
        qsizetype n = i;
        while (n < line.size() && line[n] == c)
            ++n;
        const qsizetype marks = n - i;
        if (marks < 3)
            return 0;
        if (m_fence == 0) {
            if (c == u'`' && line.mid(n).contains(u'`'))
                return 0; // inline code, not a fence
            m_fence = c.unicode();
            m_fenceLength = marks;
        } else if (m_fence == c.unicode() && marks >= m_fenceLength &&
                   line.mid(n).trimmed().isEmpty()) {
            m_fence = 0;
        }
        return 0;
    }
    if (m_fence != 0)
        return 0;
    if (line.contains(u'<')) {
        // (Counted with UTF-16 needles: Qt 6.4's count() of a Latin-1 needle in a view
        // miscounted, finding "<details" in "<!-- ans".)
        m_details += int(line.count(QStringView(u"<details"), Qt::CaseInsensitive));
        m_details -= int(line.count(QStringView(u"</details"), Qt::CaseInsensitive));
        m_details = std::max(m_details, 0);
    }
    if (c == u'<')
        return 0;
    if (c != u'#')
        return 0;
    qsizetype n = i;
    while (n < line.size() && line[n] == u'#')
        ++n;
    const qsizetype level = n - i;
    if (level > 6 || (n < line.size() && line[n] != u' ' && line[n] != u'\t'))
        return 0;
    // The reader ends a <details> block never closed before the next heading of level
    // 1 or 2: so does the scan.
    if (m_details > 0 && level <= 2)
        m_details = 0;
    return m_details > 0 ? qint8(-level) : qint8(level);
}

} // namespace prepdeck
