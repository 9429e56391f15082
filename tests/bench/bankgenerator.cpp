#include "bankgenerator.h"

#include <QStringList>

#include <algorithm>
#include <random>

namespace prepdeck::bench {

namespace {

const QStringList kWords = {
    QStringLiteral("cache"),     QStringLiteral("index"),       QStringLiteral("latency"),
    QStringLiteral("thread"),    QStringLiteral("queue"),       QStringLiteral("replica"),
    QStringLiteral("partition"), QStringLiteral("request"),     QStringLiteral("transaction"),
    QStringLiteral("schema"),    QStringLiteral("consistency"), QStringLiteral("throughput"),
    QStringLiteral("deadlock"),  QStringLiteral("endpoint"),    QStringLiteral("token"),
    QStringLiteral("session"),   QStringLiteral("browser"),     QStringLiteral("render"),
    QStringLiteral("component"), QStringLiteral("state"),       QStringLiteral("memory"),
    QStringLiteral("pointer"),   QStringLiteral("compiler"),    QStringLiteral("network"),
    QStringLiteral("packet"),    QStringLiteral("socket"),      QStringLiteral("load"),
    QStringLiteral("balancer"),  QStringLiteral("service"),     QStringLiteral("contract"),
    QStringLiteral("retry"),     QStringLiteral("timeout"),     QStringLiteral("the"),
    QStringLiteral("a"),         QStringLiteral("and"),         QStringLiteral("with"),
    QStringLiteral("when"),      QStringLiteral("because"),     QStringLiteral("each"),
    QStringLiteral("every"),     QStringLiteral("scales"),      QStringLiteral("fails"),
    QStringLiteral("stores"),    QStringLiteral("reads"),       QStringLiteral("writes"),
    QStringLiteral("locks"),     QStringLiteral("orders"),      QStringLiteral("measures")};

// The vocabulary of a technical text: the 48 words above are the most frequent, followed
// by 50,000 made-up words, and word ranks follow Zipf's law as in real prose. So a search
// finds common words in nearly every answer and rare ones in a handful.
class Lexicon
{
public:
    static const Lexicon &instance()
    {
        static const Lexicon lexicon;
        return lexicon;
    }
    qsizetype size() const { return m_words.size(); }
    const QString &at(qsizetype rank) const { return m_words[rank]; }
    // The word for a uniform number u in [0, 1).
    const QString &sample(double u) const
    {
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), u);
        return m_words[std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1)];
    }

private:
    Lexicon()
    {
        static const char *const syllables[] = {"ka",  "lo",  "mi", "ter", "son", "vel",
                                                "dra", "pin", "qu", "ex",  "tor", "fa",
                                                "ni",  "ble", "ru", "shi", "gan", "ost"};
        constexpr int kSyllables = sizeof(syllables) / sizeof(syllables[0]);
        m_words = kWords;
        for (int i = 0; m_words.size() < kWords.size() + 50000; ++i) {
            QString word;
            int n = i + kSyllables; // at least two syllables
            while (n > 0) {
                word += QLatin1String(syllables[n % kSyllables]);
                n /= kSyllables;
            }
            m_words << word;
        }
        double sum = 0;
        m_cumulative.reserve(m_words.size());
        for (qsizetype r = 1; r <= m_words.size(); ++r)
            m_cumulative << (sum += 1.0 / double(r));
        for (double &c : m_cumulative)
            c /= sum;
    }
    QStringList m_words;
    QList<double> m_cumulative;
};

class Words
{
public:
    explicit Words(quint64 seed) : m_random(seed) {}
    int between(int low, int high)
    {
        return low + static_cast<int>(m_random() % quint64(high - low + 1));
    }
    QString word() { return Lexicon::instance().sample(double(m_random() >> 11) * 0x1.0p-53); }
    QString sentence(int minChars)
    {
        QString s = word();
        s[0] = s[0].toUpper();
        while (s.size() < minChars)
            s += QLatin1Char(' ') + word();
        return s;
    }

private:
    std::mt19937_64 m_random;
};

} // namespace

QString lexiconWord(qsizetype rank)
{
    return Lexicon::instance().at(rank);
}

qsizetype lexiconSize()
{
    return Lexicon::instance().size();
}

Bank generateBank(int n, quint64 seed)
{
    Words w(seed);
    Bank bank{QStringLiteral("Generated bank %1").arg(n), {}};
    for (int c = 0; c < 20; ++c)
        bank.categories << Category{
            QStringLiteral("Topic %1: %2 and %3").arg(c + 1).arg(w.word(), w.word()), {}, {}};
    for (int i = 0; i < n; ++i) {
        Question q;
        q.number = i + 1;
        q.prompt = w.sentence(w.between(40, 195)).left(196) + QLatin1Char('?');
        const int target = w.between(300, 3000);
        QStringList parts;
        int size = 0;
        while (size < target) {
            QString part;
            switch (w.between(0, 3)) {
            case 0: // a list
                for (int k = w.between(2, 5); k > 0; --k)
                    part +=
                        QStringLiteral("- ") + w.sentence(w.between(20, 80)) + QLatin1Char('\n');
                part.chop(1);
                break;
            default:
                part = w.sentence(w.between(60, 400)) + QLatin1Char('.');
            }
            size += static_cast<int>(part.size());
            parts << part;
        }
        if (i % 3 == 0)
            parts.insert(
                1,
                QStringLiteral(
                    "```python\ndef handle_%1(request):\n    value = cache.get(request.key)\n"
                    "    if value is None:\n        value = load(request)\n    return value\n```")
                    .arg(i));
        if (i % 10 == 0)
            parts << QStringLiteral("| option | cost | benefit |\n|---|---|---|\n| %1 | low | %2 "
                                    "|\n| %3 | high | %4 |")
                         .arg(w.word(), w.word(), w.word(), w.word());
        q.answer = parts.join(QLatin1String("\n\n"));
        q.hint = w.sentence(w.between(20, 60));
        q.tips = {w.sentence(w.between(30, 90)) + QLatin1Char('.')};
        q.tags = {w.word()};
        q.sourceFile = QStringLiteral("generated.md");
        q.sourceLine = i + 1;
        bank.categories[i % 20].questions << q;
    }
    return bank;
}

QString toQuotedText(const Bank &bank)
{
    QStringList out;
    for (const Category &c : bank.categories) {
        out << c.name;
        for (const Question &q : c.questions) {
            out << QLatin1Char('"') + q.prompt + QLatin1Char('"')
                << q.tags.value(0, QStringLiteral("General")) << QStringLiteral("Suggested Answer")
                << QString();
            // Plain text: the Markdown markers read as text there, as in the real banks.
            out << q.answer << QString() << QStringLiteral("→ ") + q.tips.value(0);
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString toHeadingsMarkdown(const Bank &bank)
{
    QStringList out{QStringLiteral("# ") + bank.name, QString()};
    for (const Category &c : bank.categories) {
        out << QStringLiteral("## ") + c.name << QString();
        for (const Question &q : c.questions) {
            out << QStringLiteral("### %1. %2").arg(q.number.value_or(0)).arg(q.prompt) << QString()
                << q.answer << QString() << QStringLiteral("**Hint:** ") + q.hint << QString();
            for (const QString &tip : q.tips)
                out << QStringLiteral("**Tip:** ") + tip << QString();
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString toCsv(const Bank &bank)
{
    const auto cell = [](const QString &text) {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + quoted + QLatin1Char('"');
    };
    QStringList out{QStringLiteral("number,category,question,answer,hint,tags")};
    for (const Category &c : bank.categories)
        for (const Question &q : c.questions)
            out << QStringList{QString::number(q.number.value_or(0)),
                               cell(c.name),
                               cell(q.prompt),
                               cell(q.answer),
                               cell(q.hint),
                               cell(q.tags.join(QLatin1Char(';')))}
                       .join(QLatin1Char(','));
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace prepdeck::bench
