#include "plaintextmarkdown.h"
#include "matchif.h"

#include <QRegularExpression>

namespace prepdeck::plaintext {
namespace {

using QRE = QRegularExpression;

enum class LineKind
{
    Blank,
    Prose,
    Code,
    Comment,
    Indented
};

// Patterns that only source code matches. Case matters: prose starts sentences with
// capitals, code starts with keywords and identifiers in lower case.
const QList<QRE> &strongCodePatterns()
{
    static const QList<QRE> patterns = {
        // Python
        QRE(QStringLiteral(R"(^(async\s+)?def\s+\w+\s*\()")),
        QRE(QStringLiteral(R"(^class\s+\w+\s*(\(.*\))?\s*:)")),
        QRE(QStringLiteral(
            R"(^(if|elif|else|for|while|with|try|except|finally|async\s+with|async\s+for)\b.*:\s*$)")),
        QRE(QStringLiteral(R"(^@[A-Za-z_][\w.]*(\(.*\))?\s*$)")),
        QRE(QStringLiteral(R"(^(from\s+[\w.]+\s+import\s+\S|import\s+[\w.{*])[^.!?]*$)")),
        QRE(QStringLiteral(R"(^(return|yield|await|raise|pass|break|continue)\b)")),
        QRE(QStringLiteral(
            R"(^[a-z_][\w.]*(\[[^\]]*\])?(\s*,\s*[a-z_][\w.]*)*\s*(=|\+=|-=|\*=|/=|:=|\|=)\s*[^=\s])")),
        QRE(QStringLiteral(R"(^[A-Z][A-Z0-9_]*\s*=\s*\S)")), // CONSTANT = ...
        QRE(QStringLiteral(R"(^[a-z_][\w.]*\(.*\)\s*[;,]?\s*(--.*|#.*|//.*)?$)")),
        // SQL
        QRE(QStringLiteral(
            R"(^(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|UNIQUE|VIEW|MATERIALIZED|EXTENSION|OR|TRIGGER|FUNCTION)|ALTER\s+TABLE|DROP\s+(TABLE|INDEX|VIEW)|FROM|WHERE|GROUP\s+BY|ORDER\s+BY|HAVING|LIMIT|OFFSET|(LEFT|RIGHT|INNER|FULL|CROSS)\s+(OUTER\s+)?JOIN|JOIN|VALUES|WITH\s+\w+\s+AS|BEGIN|COMMIT|ROLLBACK|EXPLAIN|ON\s+CONFLICT|RETURNING|UNION|SET\s+\w+\s*=)\b)")),
        QRE(QStringLiteral(R"(^--\s*\S)")),
        // CSS
        QRE(QStringLiteral(R"(^[.#]?[A-Za-z][\w-]*([\s>+~,.#:]+[\w-]+)*\s*\{[^}]*:[^}]*\}?\s*$)")),
        QRE(QStringLiteral(R"(^[a-z-]+\s*:\s*[^;]+;\s*$)")),
        // JavaScript / TypeScript
        QRE(QStringLiteral(
            R"(^(const|let|var|function|async\s+function|export|interface|type\s+\w+(<[^>]*>)?\s*=|enum\s+\w+\s*\{)\b)")),
        QRE(QStringLiteral(R"(^[\w.$]+\s*\(.*\)\s*=>)")),
        // a call chain left open at the end of the line: foo.bar('x', e => {
        QRE(QStringLiteral(R"(^[a-z_$][\w$]*(\.[\w$]+|\([^)]*\))+.*[{(\[,]\s*$)")),
        QRE(QStringLiteral(R"(^\}\s*(else|catch|finally)\b)")),
        // Shell
        QRE(QStringLiteral(R"(^\$\s+\S)")),
        QRE(QStringLiteral(
            R"(^(sudo|pip3?|npm|npx|yarn|pnpm|docker|docker-compose|kubectl|helm|git|curl|wget|apt|apt-get|brew|python3?|uvicorn|gunicorn|celery|alembic|psql|redis-cli|make|cd|ls|cat|grep|chmod|mkdir|ssh|systemctl|terraform)\s+-{0,2}[\w./:=@-]+)")),
        // JSON
        QRE(QStringLiteral(R"(^"[^"]+"\s*:\s*\S)")),
        // Lines of closing or opening brackets only
        QRE(QStringLiteral(R"(^[\[\]{}()]+[;,:]?$)")),
    };
    return patterns;
}

// A long line of ordinary words that ends like a sentence is prose even if it starts
// with a word such as "git" or "return". An ordinary word is letters of the Latin alphabet,
// apostrophes and hyphens, with at most one punctuation mark after them.
bool readsAsSentence(QStringView trimmed)
{
    auto isWordChar = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || u == u'\'' ||
               u == u'\u2019' || u == u'-';
    };
    auto isStop = [](QChar c) {
        return QStringView(u",.;:?!").contains(c);
    };
    qsizetype words = 0, plain = 0;
    for (qsizetype i = 0; i < trimmed.size();) {
        while (i < trimmed.size() && trimmed[i] == u' ')
            ++i;
        if (i == trimmed.size())
            break;
        const qsizetype start = i;
        while (i < trimmed.size() && trimmed[i] != u' ')
            ++i;
        const QStringView w = trimmed.sliced(start, i - start);
        qsizetype body = w.size();
        if (body > 1 && isStop(w.back()))
            --body;
        bool ordinary = body > 0;
        for (qsizetype k = 0; ordinary && k < body; ++k)
            ordinary = isWordChar(w[k]);
        ++words;
        plain += ordinary;
    }
    if (words < 7)
        return false;
    const QChar last = trimmed.back();
    if (last == u'.' || last == u'?' || last == u'!')
        return plain * 10 >= words * 6;
    // "… of pipelines:" introduces an example; code ending in ':' has symbols in it.
    return last == u':' && plain == words;
}

// "# note", "// note", "/* note", "*/": a comment line of a shell, Python, C-like language.
bool isCommentLine(QStringView trimmed)
{
    for (const QStringView opener :
         {QStringView(u"#"), QStringView(u"//"), QStringView(u"/*"), QStringView(u"*/")})
        if (trimmed.startsWith(opener))
            return trimmed.size() == opener.size() || trimmed[opener.size()].isSpace();
    return false;
}

LineKind classify(const QString &line)
{
    const QStringView trimmed = QStringView(line).trimmed();
    if (trimmed.isEmpty())
        return LineKind::Blank;
    static const QString bullets = QStringLiteral("•◦▪‣·");
    if (bullets.contains(trimmed.at(0)))
        return LineKind::Prose; // an indented list in plain text, not code
    if (line.at(0).isSpace())
        return LineKind::Indented;
    if (isCommentLine(trimmed))
        return LineKind::Comment;
    if (looksLikeCode(trimmed))
        return LineKind::Code;
    return LineKind::Prose;
}

QString guessLanguage(const QStringList &code)
{
    // Compiled once: a bank can have thousands of code blocks.
    static const std::pair<QRE, QString> languages[] = {
        {QRE(QStringLiteral(R"(^\s*(async\s+)?def\s|^\s*class\s+\w+.*:\s*$|^\s*@\w|)"
                            R"(^\s*(from\s+\S+\s+)?import\s+\w+$|)"
                            R"(^\s*(for|while|if|elif|with|try|except)\b[^{]*:\s*$)"),
             QRE::MultilineOption),
         QStringLiteral("python")},
        {QRE(QStringLiteral(R"(^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|WITH|FROM|--)\b)"),
             QRE::MultilineOption),
         QStringLiteral("sql")},
        {QRE(QStringLiteral(R"(^\s*(const|let|var|function|interface|type|export)\b|=>)"),
             QRE::MultilineOption),
         QStringLiteral("javascript")},
        {QRE(QStringLiteral(R"(^\s*[.#]?[\w-]+[^{]*\{[^}]*:[^}]*;)"), QRE::MultilineOption),
         QStringLiteral("css")},
        {QRE(QStringLiteral(R"(^\s*[{\[]\s*$|^\s*"[^"]+"\s*:)"), QRE::MultilineOption),
         QStringLiteral("json")},
        {QRE(QStringLiteral(R"(^\$\s|^(sudo|pip|npm|docker|kubectl|git|curl)\s)"),
             QRE::MultilineOption),
         QStringLiteral("bash")},
    };
    const QString all = code.join(QLatin1Char('\n'));
    for (const auto &[pattern, language] : languages)
        if (pattern.match(all).hasMatch())
            return language;
    return {};
}

QString fence(const QStringList &code)
{
    qsizetype longest = 0;
    for (const QString &l : code) {
        const QString t = l.trimmed();
        qsizetype run = 0;
        while (run < t.size() && t.at(run) == u'`')
            ++run;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), QLatin1Char('`'));
}

} // namespace

bool looksLikeCode(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.isEmpty() || readsAsSentence(trimmed))
        return false;
    // The patterns as one alternation: one match per line instead of one per pattern.
    static thread_local const QRE any = [] {
        QStringList alternatives;
        for (const QRE &re : strongCodePatterns())
            alternatives << QStringLiteral("(?:%1)").arg(re.pattern());
        return QRE(alternatives.join(QLatin1Char('|')));
    }();
    return any.match(trimmed).hasMatch();
}

QString escapeLine(const QString &line)
{
    const QString text = line.trimmed();
    QString out;
    out.reserve(text.size() + 8);
    // Web addresses are copied as they are: the renderer turns them into links, and a
    // backslash inside one would end up in the address.
    static thread_local const QRE url(QStringLiteral(R"((https?://|www\.)[^\s<>\\`]+)"));
    std::optional<QRegularExpressionMatchIterator> urls;
    if (text.contains(QLatin1String("://")) || text.contains(QLatin1String("www.")))
        urls = url.globalMatch(text);
    const auto next = [&urls]() -> std::optional<QRegularExpressionMatch> {
        if (urls && urls->hasNext())
            return urls->next();
        return std::nullopt;
    };
    std::optional<QRegularExpressionMatch> nextUrl = next();
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (nextUrl && i == nextUrl->capturedStart(0)) {
            out += nextUrl->captured(0);
            i = nextUrl->capturedEnd(0) - 1;
            nextUrl = next();
            continue;
        }
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'[':
        case u']':
        case u'<':
        case u'|':
        case u'~':
        case u'&':
            out += QLatin1Char('\\');
            break;
        case u'_': {
            // snake_case stays readable: an underscore inside a word cannot start emphasis
            const bool inside = i > 0 && i + 1 < text.size() && text.at(i - 1).isLetterOrNumber() &&
                                text.at(i + 1).isLetterOrNumber();
            if (!inside)
                out += QLatin1Char('\\');
            break;
        }
        default:
            break;
        }
        out += c;
    }
    // Characters that only mean something at the start of a line.
    static thread_local const QRE orderedList(QStringLiteral(R"(^(\d{1,9})([.)])(\s|$))"));
    if (!out.isEmpty() && QStringView(u"#>+=-").contains(out.front()))
        out.prepend(QLatin1Char('\\'));
    else if (const auto m = matchIf(!out.isEmpty() && out.front().isDigit(), orderedList, out))
        out.insert(m->capturedLength(1), QLatin1Char('\\'));
    return out;
}

namespace {

// Which lines belong to a code run: a run starts at a code or indented line, takes in
// comments just above it, and goes on through code, comments, indented lines and blank
// lines that have more code after them.
QList<bool> codeRuns(const QStringList &lines, const QList<LineKind> &kinds)
{
    const qsizetype n = lines.size();
    QList<bool> inCode(n, false);
    // An indented line starts code only if it reads as code or the line above opens a
    // block ("def f():", "if (x) {"); an indented line of prose is just prose.
    auto opensBlock = [&](qsizetype i) {
        const QString t = lines[i].trimmed();
        return !t.isEmpty() && QStringLiteral(":{([,=\\").contains(t.back()) &&
               kinds[i] != LineKind::Prose;
    };
    auto isCodeish = [&](qsizetype i) {
        if (kinds[i] == LineKind::Code)
            return true;
        return kinds[i] == LineKind::Indented &&
               (looksLikeCode(lines[i]) || (i > 0 && opensBlock(i - 1)));
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (!isCodeish(i))
            continue;
        qsizetype start = i;
        while (start > 0 && kinds[start - 1] == LineKind::Comment)
            --start;
        qsizetype end = i;
        while (end + 1 < n) {
            const LineKind k = kinds[end + 1];
            if (k == LineKind::Code || k == LineKind::Indented || k == LineKind::Comment) {
                ++end;
            } else if (k == LineKind::Blank) {
                qsizetype j = end + 1;
                while (j < n && kinds[j] == LineKind::Blank)
                    ++j;
                if (j < n && (isCodeish(j) || kinds[j] == LineKind::Indented))
                    end = j;
                else
                    break;
            } else {
                break;
            }
        }
        for (qsizetype j = start; j <= end; ++j)
            inCode[j] = true;
        i = end;
    }
    return inCode;
}

// A run of code lines as a fenced block, its language named when it is recognised.
QString fencedCode(QStringList code)
{
    for (QString &l : code)
        while (!l.isEmpty() && l.back().isSpace())
            l.chop(1);
    while (!code.isEmpty() && code.back().isEmpty())
        code.removeLast();
    const QString f = fence(code);
    return f + guessLanguage(code) + QLatin1Char('\n') + code.join(QLatin1Char('\n')) +
           QLatin1Char('\n') + f;
}

} // namespace

QString toMarkdown(const QStringList &lines)
{
    QList<LineKind> kinds;
    kinds.reserve(lines.size());
    for (const QString &l : lines)
        kinds.append(classify(l));
    const QList<bool> inCode = codeRuns(lines, kinds);
    const qsizetype n = lines.size();
    QStringList blocks;
    QStringList paragraph;
    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            blocks << paragraph.join(QLatin1String("\\\n"));
        paragraph.clear();
    };
    for (qsizetype i = 0; i < n;) {
        if (inCode[i]) {
            flushParagraph();
            QStringList code;
            while (i < n && inCode[i])
                code << lines[i++];
            blocks << fencedCode(code);
            continue;
        }
        if (kinds[i] == LineKind::Blank)
            flushParagraph();
        else
            paragraph << escapeLine(lines[i]);
        ++i;
    }
    flushParagraph();
    return blocks.join(QLatin1String("\n\n"));
}

} // namespace prepdeck::plaintext
