#include "searchindex.h"
#include "sqlitestatus.h"

#include "translation.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>
#include <memory>
#include <mutex>

#include <sqlite3.h>

namespace prepdeck::search {

namespace {

constexpr char16_t kSeparator = 0;
constexpr char16_t kIgnored = 0xFFFF; // a combining accent: dropped, the word goes on

// How each character of the Basic Multilingual Plane enters a word: its case-folded
// letter without accents, kIgnored for a combining mark, kSeparator for anything else.
const std::array<char16_t, 0x10000> &foldTable()
{
    static std::unique_ptr<std::array<char16_t, 0x10000>> table;
    static std::once_flag once;
    std::call_once(once, [] {
        table = std::make_unique<std::array<char16_t, 0x10000>>();
        for (char32_t u = 0; u < 0x10000; ++u) {
            QChar c(static_cast<char16_t>(u));
            char16_t out = kSeparator;
            if (c.isSurrogate()) {
                out = kSeparator; // handled by the caller
            } else if (c.category() == QChar::Mark_NonSpacing ||
                       c.category() == QChar::Mark_Enclosing) {
                out = kIgnored;
            } else if (c.isLetterOrNumber()) {
                for (int i = 0; i < 4 && c.decompositionTag() == QChar::Canonical; ++i)
                    c = c.decomposition().at(0);
                c = c.toCaseFolded();
                while (c.decompositionTag() == QChar::Canonical)
                    c = c.decomposition().at(0);
                out = c.unicode() == kIgnored ? kSeparator : c.unicode();
            }
            (*table)[u] = out;
        }
    });
    return *table;
}

// Letters and digits of ASCII, lower-cased; 0 for anything else.
constexpr std::array<char, 128> kAscii = [] {
    std::array<char, 128> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[c] = static_cast<char>(c);
    for (int c = 'a'; c <= 'z'; ++c)
        t[c] = static_cast<char>(c);
    for (int c = 'A'; c <= 'Z'; ++c)
        t[c] = static_cast<char>(c - 'A' + 'a');
    return t;
}();

// Words longer than this are cut: nobody types them, and they would bloat the index.
constexpr size_t kMaxTermBytes = 64;

// Calls f for each word of the text. The bytes of the word passed are followed by at
// least eight zero bytes (see hashPadded()).
template<typename F> void eachTerm(QStringView text, F &&f)
{
    char word[kMaxTermBytes + 4 + 8];
    size_t length = 0;
    const std::array<char16_t, 0x10000> *table = nullptr;
    auto flush = [&] {
        if (length) {
            length = std::min(length, kMaxTermBytes);
            std::memset(word + length, 0, 8);
            f(std::string_view(word, length));
            length = 0;
        }
    };
    auto append = [&](char32_t c) {
        if (length + 4 > sizeof word)
            return; // the rest of an overlong word is left out
        if (c < 0x80) {
            word[length++] = static_cast<char>(c);
        } else if (c < 0x800) {
            word[length++] = static_cast<char>(0xC0 | (c >> 6));
            word[length++] = static_cast<char>(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            word[length++] = static_cast<char>(0xE0 | (c >> 12));
            word[length++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            word[length++] = static_cast<char>(0x80 | (c & 0x3F));
        } else {
            word[length++] = static_cast<char>(0xF0 | (c >> 18));
            word[length++] = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
            word[length++] = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            word[length++] = static_cast<char>(0x80 | (c & 0x3F));
        }
    };
    const qsizetype n = text.size();
    const char16_t *s = text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = s[i];
        if (c < 0x80) {
            if (const char a = kAscii[c]) {
                if (length < kMaxTermBytes)
                    word[length++] = a;
            } else {
                flush();
            }
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
            const char32_t u = QChar::surrogateToUcs4(c, s[++i]);
            if (QChar::isLetterOrNumber(u))
                append(QChar::toCaseFolded(u));
            else
                flush();
            continue;
        }
        if (!table)
            table = &foldTable();
        const char16_t folded = (*table)[c];
        if (folded == kIgnored)
            continue;
        if (folded == kSeparator)
            flush();
        else
            append(folded);
    }
    flush();
}

std::string documentKey(QByteArrayView term)
{
    return std::string(term.data(), static_cast<size_t>(term.size()));
}

// Calls f(id) for each id of an encoded list.
template<typename F> void eachId(QByteArrayView list, F &&f)
{
    qint64 id = 0;
    quint64 delta = 0;
    int shift = 0;
    for (const char ch : list) {
        const auto b = static_cast<unsigned char>(ch);
        delta |= quint64(b & 0x7F) << shift;
        if (b & 0x80) {
            shift += 7;
            continue;
        }
        id += static_cast<qint64>(delta);
        f(id);
        delta = 0;
        shift = 0;
    }
}

QByteArray toBytes(std::string_view s)
{
    return QByteArray(s.data(), static_cast<qsizetype>(s.size()));
}

Error sqlError(const QSqlDatabase &db, const QString &doing, const QSqlQuery &q)
{
    return sqlite::failure(q.lastError(), doing, db.databaseName());
}

} // namespace

QString searchableText(const Question &question, const QString &note)
{
    return QStringList{question.prompt, question.answer, question.hint, note}.join(
        QLatin1Char('\n'));
}

QList<QByteArray> termsOf(QStringView text)
{
    std::vector<std::string> all;
    eachTerm(text, [&](std::string_view t) { all.emplace_back(t); });
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    QList<QByteArray> out;
    out.reserve(static_cast<qsizetype>(all.size()));
    for (const std::string &t : all)
        out << toBytes(t);
    return out;
}

void IdSet::insert(qint64 id)
{
    if (id < 0)
        return;
    const auto word = static_cast<size_t>(id >> 6);
    if (word >= m_bits.size())
        m_bits.resize(std::max(word + 1, m_bits.size() * 2), 0);
    m_bits[word] |= quint64(1) << (id & 63);
}

void IdSet::intersect(const IdSet &other)
{
    m_bits.resize(std::min(m_bits.size(), other.m_bits.size()));
    for (size_t i = 0; i < m_bits.size(); ++i)
        m_bits[i] &= other.m_bits[i];
}

qsizetype IdSet::count() const
{
    qsizetype n = 0;
    for (const quint64 w : m_bits)
        n += std::popcount(w);
    return n;
}

void appendId(std::string &list, qint64 previous, qint64 id)
{
    auto delta = static_cast<quint64>(id - previous);
    if (delta < 0x80) { // most ids of a common word: one byte
        list += static_cast<char>(delta);
        return;
    }
    char bytes[10];
    size_t n = 0;
    while (delta >= 0x80) {
        bytes[n++] = static_cast<char>((delta & 0x7F) | 0x80);
        delta >>= 7;
    }
    bytes[n++] = static_cast<char>(delta);
    list.append(bytes, n);
}

QList<qint64> decodeIds(QByteArrayView list)
{
    QList<qint64> out;
    eachId(list, [&](qint64 id) { out << id; });
    return out;
}

QByteArray encodeIds(const QList<qint64> &ascending)
{
    std::string out;
    qint64 previous = 0;
    for (const qint64 id : ascending) {
        appendId(out, previous, id);
        previous = id;
    }
    return toBytes(out);
}

namespace {

// The hash of n bytes at p, which are followed by zeros up to the next multiple of eight:
// eight bytes at a time (most words take one or two steps), then a final mix so that both
// the low bits (the slot) and the high ones (the import's thread share) vary.
inline quint64 hashPadded(const char *p, size_t n)
{
    quint64 h = 0x9e3779b97f4a7c15ULL ^ n;
    for (size_t i = 0; i < n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
        h ^= h >> 29;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h | 1; // never 0
}

} // namespace

quint64 IndexWriter::TermTable::hashOf(std::string_view term)
{
    if (term.size() <= kMaxTermBytes) { // every word eachTerm() gives
        char padded[kMaxTermBytes + 8] = {};
        std::memcpy(padded, term.data(), term.size());
        return hashPadded(padded, term.size());
    }
    std::string padded(term);
    padded.append(8, '\0');
    return hashPadded(padded.data(), term.size());
}

IndexWriter::Postings &IndexWriter::TermTable::at(std::string_view term)
{
    return at(term, hashOf(term));
}

IndexWriter::Postings &IndexWriter::TermTable::at(std::string_view term, quint64 h)
{
    if ((m_entries.size() + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (!slot) {
            m_slots[i] = static_cast<quint32>(m_entries.size() + 1);
            return m_entries.emplace_back(Entry{h, std::string(term), {}}).postings;
        }
        Entry &entry = m_entries[slot - 1];
        if (entry.hash == h && entry.term == term)
            return entry.postings;
    }
}

const IndexWriter::Postings *IndexWriter::TermTable::find(std::string_view term) const
{
    if (m_slots.empty())
        return nullptr;
    const quint64 h = hashOf(term);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_slots[i];
        if (!slot)
            return nullptr;
        const Entry &entry = m_entries[slot - 1];
        if (entry.hash == h && entry.term == term)
            return &entry.postings;
    }
}

void IndexWriter::TermTable::grow()
{
    std::vector<quint32> bigger(std::max<size_t>(1024, m_slots.size() * 2));
    const size_t mask = bigger.size() - 1;
    for (size_t e = 0; e < m_entries.size(); ++e) {
        size_t i = m_entries[e].hash & mask;
        while (bigger[i])
            i = (i + 1) & mask;
        bigger[i] = static_cast<quint32>(e + 1);
    }
    m_slots = std::move(bigger);
}

void IndexWriter::TermTable::prefetch(const std::vector<DocWord> &words) const
{
    if (m_slots.empty())
        return;
    const size_t mask = m_slots.size() - 1;
    for (const DocWord &w : words)
        __builtin_prefetch(&m_slots[w.hash & mask]);
    for (const DocWord &w : words)
        if (const quint32 slot = m_slots[w.hash & mask]) {
            const char *entry = reinterpret_cast<const char *>(&m_entries[slot - 1]);
            __builtin_prefetch(entry);
            __builtin_prefetch(entry + sizeof(Entry) - 1); // an entry spans two cache lines
        }
    // And where each list of ids grows, by now that the entries have come in.
    for (const DocWord &w : words)
        if (const quint32 slot = m_slots[w.hash & mask]) {
            const std::string &ids = m_entries[slot - 1].postings.encoded;
            __builtin_prefetch(ids.data() + ids.size(), 1);
        }
}

void IndexWriter::TermTable::adopt(std::string &&term, quint64 hash, Postings &&postings)
{
    Postings &here = at(term, hash);
    if (here.encoded.empty() && here.unordered.isEmpty()) {
        here = std::move(postings);
        return;
    }
    // In both tables: every id of the other one joins the list, in order or not.
    eachId(QByteArrayView(postings.encoded.data(), qsizetype(postings.encoded.size())),
           [&](qint64 id) {
               if (id > here.last) {
                   appendId(here.encoded, here.last, id);
                   here.last = id;
               } else if (id != here.last && !here.unordered.contains(id)) {
                   here.unordered << id;
               }
           });
    for (const qint64 id : std::as_const(postings.unordered))
        if (!here.unordered.contains(id))
            here.unordered << id;
}

void IndexWriter::TermTable::clear()
{
    m_slots.clear();
    m_entries.clear();
}

void IndexWriter::gatherWords(std::initializer_list<QStringView> texts)
{
    // A question repeats many of its words: first its distinct words are gathered with a
    // small table of hashes that stays in the cache, then looked up in the big table
    // together, so the memory reads for them overlap instead of waiting one by one.
    constexpr size_t kLocalSlots = 8192;
    if (m_local.size() != kLocalSlots)
        m_local.assign(kLocalSlots, 0);
    m_docTerms.clear();
    m_docWords.clear();
    auto gather = [&](std::string_view term) {
        const quint64 h = hashPadded(term.data(), term.size());
        size_t i = h & (kLocalSlots - 1);
        while (m_local[i] && m_local[i] != h)
            i = (i + 1) & (kLocalSlots - 1);
        if (m_local[i] == h)
            return; // the word again in the same question
        if (m_docWords.size() < kLocalSlots / 2)
            m_local[i] = h;
        m_docWords.push_back(
            {h, static_cast<quint32>(m_docTerms.size()), static_cast<quint32>(term.size()), i});
        m_docTerms.append(term);
    };
    for (const QStringView text : texts)
        eachTerm(text, gather);
    for (const DocWord &w : m_docWords)
        m_local[w.localSlot] = 0;
}

void IndexWriter::addGathered(qint64 id, const std::vector<DocWord> &words, std::string_view terms)
{
    m_added.prefetch(words);
    for (const DocWord &w : words) {
        Postings &p = m_added.at(terms.substr(w.offset, w.length), w.hash);
        if (p.last == id)
            continue;
        if (id > p.last) {
            appendId(p.encoded, p.last, id);
            p.last = id;
        } else if (!p.unordered.contains(id)) {
            p.unordered << id;
        }
    }
}

void IndexWriter::add(qint64 id, QStringView text)
{
    gatherWords({text});
    addGathered(id, m_docWords, m_docTerms);
}

void IndexWriter::add(qint64 id, const Question &question, WordList &handOff, int keepOutOf256)
{
    gatherWords({question.prompt, question.answer, question.hint});
    handOff.words.clear();
    handOff.terms.clear();
    handOff.words.reserve(m_docWords.size());
    handOff.terms.reserve(m_docTerms.size());
    size_t kept = 0;
    for (const DocWord &w : m_docWords) {
        if (static_cast<int>(w.hash >> 56) < keepOutOf256) {
            m_docWords[kept++] = w;
            continue;
        }
        handOff.words.push_back({w.hash, static_cast<quint32>(handOff.terms.size()), w.length, 0});
        handOff.terms.append(std::string_view(m_docTerms).substr(w.offset, w.length));
    }
    m_docWords.resize(kept);
    addGathered(id, m_docWords, m_docTerms);
}

void IndexWriter::addWords(qint64 id, const WordList &words)
{
    addGathered(id, words.words, words.terms);
}

void IndexWriter::absorb(IndexWriter &&other)
{
    other.m_added.takeAll([&](std::string &&term, quint64 hash, Postings &&postings) {
        m_added.adopt(std::move(term), hash, std::move(postings));
    });
    for (auto &[term, ids] : other.m_removed)
        m_removed[term] += ids;
    other.m_removed.clear();
}

void IndexWriter::remove(qint64 id, QStringView text)
{
    for (const QByteArray &term : termsOf(text))
        m_removed[documentKey(term)] << id;
}

void IndexWriter::replace(qint64 id, QStringView before, QStringView after)
{
    const QList<QByteArray> old = termsOf(before);
    const QList<QByteArray> now = termsOf(after);
    // Both lists are sorted: walk them together.
    qsizetype i = 0, j = 0;
    while (i < old.size() || j < now.size()) {
        if (j >= now.size() || (i < old.size() && old[i] < now[j])) {
            m_removed[documentKey(old[i++])] << id;
        } else if (i >= old.size() || now[j] < old[i]) {
            const std::string key = documentKey(now[j++]);
            Postings &p = m_added.at(key);
            if (id > p.last) {
                appendId(p.encoded, p.last, id);
                p.last = id;
            } else if (p.last != id && !p.unordered.contains(id)) {
                p.unordered << id;
            }
        } else {
            ++i;
            ++j;
        }
    }
}

Status IndexWriter::write(QSqlDatabase &db)
{
    QSqlQuery any(db);
    if (!any.exec(QStringLiteral("SELECT 1 FROM search_terms LIMIT 1")))
        return sqlError(db, LibraryText::tr("Reading the word index"), any);
    const bool indexEmpty = !any.next();
    any.finish();

    QSqlQuery read(db), put(db), drop(db);
    read.prepare(QStringLiteral("SELECT ids FROM search_terms WHERE term = ?"));
    put.prepare(QStringLiteral("INSERT OR REPLACE INTO search_terms (term, ids) VALUES (?, ?)"));
    drop.prepare(QStringLiteral("DELETE FROM search_terms WHERE term = ?"));

    auto apply = [&](const std::string &term, const Postings *added,
                     const QList<qint64> *removed) -> Status {
        const QByteArray key = toBytes(term);
        // A word the index does not know yet, with ids in order: written as it is.
        const bool simple = added && added->unordered.isEmpty() && !removed;
        if (indexEmpty && simple) {
            put.addBindValue(key);
            put.addBindValue(toBytes(added->encoded));
            return put.exec() ? success()
                              : sqlError(db, LibraryText::tr("Writing the word index"), put);
        }
        QList<qint64> ids;
        read.addBindValue(key);
        if (!read.exec())
            return sqlError(db, LibraryText::tr("Reading the word index"), read);
        if (read.next())
            ids = decodeIds(read.value(0).toByteArray());
        read.finish();
        if (ids.isEmpty() && simple) {
            put.addBindValue(key);
            put.addBindValue(toBytes(added->encoded));
            return put.exec() ? success()
                              : sqlError(db, LibraryText::tr("Writing the word index"), put);
        }
        if (removed) {
            QList<qint64> gone = *removed;
            std::sort(gone.begin(), gone.end());
            ids.removeIf(
                [&](qint64 id) { return std::binary_search(gone.begin(), gone.end(), id); });
        }
        if (added) {
            QList<qint64> more =
                decodeIds(QByteArrayView(added->encoded.data(), qsizetype(added->encoded.size())));
            more += added->unordered;
            ids += more;
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        }
        if (ids.isEmpty()) {
            drop.addBindValue(key);
            return drop.exec() ? success()
                               : sqlError(db, LibraryText::tr("Writing the word index"), drop);
        }
        put.addBindValue(key);
        put.addBindValue(encodeIds(ids));
        return put.exec() ? success()
                          : sqlError(db, LibraryText::tr("Writing the word index"), put);
    };

    // In the index's own order: appending to the B-tree beats inserting all over it.
    std::vector<size_t> order(m_added.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](size_t a, size_t b) { return m_added.term(a) < m_added.term(b); });
    if (indexEmpty && m_removed.empty()) {
        // A new library's index: straight to SQLite, the bytes as they are.
        sqlite3 *sqlite = sqlite::handleOf(db);
        sqlite3_stmt *insert = nullptr;
        if (sqlite &&
            sqlite3_prepare_v2(sqlite, "INSERT INTO search_terms (term, ids) VALUES (?, ?)", -1,
                               &insert, nullptr) == SQLITE_OK) {
            std::string merged;
            for (const size_t i : order) {
                const std::string &term = m_added.term(i);
                const Postings &p = m_added.postings(i);
                const std::string *ids = &p.encoded;
                if (!p.unordered.isEmpty()) {
                    QList<qint64> all =
                        decodeIds(QByteArrayView(p.encoded.data(), qsizetype(p.encoded.size())));
                    all += p.unordered;
                    std::sort(all.begin(), all.end());
                    all.erase(std::unique(all.begin(), all.end()), all.end());
                    const QByteArray encoded = encodeIds(all);
                    merged.assign(encoded.constData(), size_t(encoded.size()));
                    ids = &merged;
                }
                sqlite3_bind_blob(insert, 1, term.data(), int(term.size()), SQLITE_STATIC);
                sqlite3_bind_blob(insert, 2, ids->data(), int(ids->size()), SQLITE_STATIC);
                const int stepped = sqlite3_step(insert);
                sqlite3_reset(insert);
                if (stepped != SQLITE_DONE) {
                    const QString why = QString::fromUtf8(sqlite3_errmsg(sqlite));
                    sqlite3_finalize(insert);
                    return Error{LibraryText::tr("Writing the word index failed: %1").arg(why),
                                 db.databaseName(), 0};
                }
            }
            sqlite3_finalize(insert);
            m_added.clear();
            return success();
        }
        sqlite3_finalize(insert);
    }
    for (const size_t i : order) {
        const std::string &term = m_added.term(i);
        const Postings &postings = m_added.postings(i);
        const auto r = m_removed.find(term);
        if (Status s = apply(term, &postings, r == m_removed.end() ? nullptr : &r->second); !s)
            return s;
    }
    for (const auto &[term, ids] : m_removed) {
        if (m_added.find(term))
            continue;
        if (Status s = apply(term, nullptr, &ids); !s)
            return s;
    }
    m_added.clear();
    m_removed.clear();
    return success();
}

QList<QByteArray> queryTerms(QStringView query)
{
    QList<QByteArray> out;
    eachTerm(query, [&](std::string_view t) { out << toBytes(t); });
    return out;
}

namespace {

// The range of terms a prefix covers: from the prefix up to the next one ("cac" to "cad");
// a null upper bound when there is none.
QByteArray upperBound(const QByteArray &prefix)
{
    QByteArray upper = prefix;
    while (!upper.isEmpty() && static_cast<unsigned char>(upper.back()) == 0xFF)
        upper.chop(1);
    if (!upper.isEmpty())
        upper.back() = static_cast<char>(static_cast<unsigned char>(upper.back()) + 1);
    return upper;
}

// A statement reading `column` of the index rows of one query word: the word itself, or
// every word a prefix begins. The caller steps and finalises it.
Result<sqlite3_stmt *> scanWord(const QSqlDatabase &db, sqlite3 *sqlite, const char *column,
                                const QueryWord &word)
{
    const QByteArray upper = word.prefix ? upperBound(word.term) : QByteArray();
    const QByteArray sql = QByteArray("SELECT ") + column + " FROM search_terms WHERE " +
                           (!word.prefix      ? "term = ?"
                            : upper.isEmpty() ? "term >= ?"
                                              : "term >= ? AND term < ?");
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK)
        return Error{
            LibraryText::tr("Searching failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(sqlite))),
            db.databaseName(), 0};
    sqlite3_bind_blob(statement, 1, word.term.constData(), int(word.term.size()), SQLITE_TRANSIENT);
    if (!upper.isEmpty())
        sqlite3_bind_blob(statement, 2, upper.constData(), int(upper.size()), SQLITE_TRANSIENT);
    return statement;
}

} // namespace

Result<QList<QueryWord>> queryWords(const QSqlDatabase &db, QStringView query, qint64 enough)
{
    sqlite3 *sqlite = sqlite::handleOf(db);
    if (!sqlite)
        return Error{LibraryText::tr("searching needs an SQLite library."), db.databaseName(), 0};
    const QList<QByteArray> terms = queryTerms(query);
    QList<QueryWord> words;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        // The word being typed is the beginning of a word once it has two letters; a single
        // letter is a word of its own ("C", "R"): every word starting with it finds nothing
        // worth reading.
        QueryWord word{terms[i], i == terms.size() - 1 && terms[i].size() > 1, 0};
        auto scan = scanWord(db, sqlite, "length(ids)", word);
        if (!scan)
            return scan.error();
        sqlite3_stmt *statement = *scan;
        // A prefix can cover thousands of words: once the sum passes `enough`, it is enough.
        while (word.bytes < enough && sqlite3_step(statement) == SQLITE_ROW)
            word.bytes += sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        words << word;
    }
    return words;
}

Result<IdSet> postingsOf(const QSqlDatabase &db, const QueryWord &word)
{
    sqlite3 *sqlite = sqlite::handleOf(db);
    if (!sqlite)
        return Error{LibraryText::tr("searching needs an SQLite library."), db.databaseName(), 0};
    // Read through SQLite's C API: a two-letter prefix can match thousands of words, and
    // a row through QSqlQuery costs several times what it costs here.
    auto scan = scanWord(db, sqlite, "ids", word);
    if (!scan)
        return scan.error();
    sqlite3_stmt *statement = *scan;
    IdSet found;
    int stepped = SQLITE_ROW;
    while ((stepped = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, 0));
        eachId(QByteArrayView(data, sqlite3_column_bytes(statement, 0)),
               [&](qint64 id) { found.insert(id); });
    }
    sqlite3_finalize(statement);
    if (stepped != SQLITE_DONE)
        return Error{
            LibraryText::tr("Searching failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(sqlite))),
            db.databaseName(), 0};
    return found;
}

Result<std::optional<IdSet>> match(const QSqlDatabase &db, QStringView query)
{
    const QList<QByteArray> terms = queryTerms(query);
    QList<QueryWord> words;
    for (qsizetype i = 0; i < terms.size(); ++i)
        words << QueryWord{terms[i], i == terms.size() - 1 && terms[i].size() > 1, 0};
    return postingsOfAll(db, words);
}

Result<std::optional<IdSet>> postingsOfAll(const QSqlDatabase &db, const QList<QueryWord> &words)
{
    std::optional<IdSet> result;
    for (const QueryWord &word : words) {
        auto found = postingsOf(db, word);
        if (!found)
            return found.error();
        if (result)
            result->intersect(*found);
        else
            result = std::move(*found);
        if (result->count() == 0)
            break;
    }
    return result;
}

TextMatcher::TextMatcher(const QList<QueryWord> &words)
{
    for (const QueryWord &w : words) {
        std::string term(w.term.constData(), size_t(w.term.size()));
        if (w.prefix)
            m_prefix = std::move(term);
        else
            m_words.push_back(std::move(term));
    }
}

bool TextMatcher::matches(const QList<QStringView> &texts) const
{
    std::vector<bool> found(m_words.size(), false);
    qsizetype missing = static_cast<qsizetype>(m_words.size());
    bool prefixFound = m_prefix.empty();
    for (const QStringView text : texts) {
        eachTerm(text, [&](std::string_view term) {
            if (!prefixFound && term.substr(0, m_prefix.size()) == m_prefix)
                prefixFound = true;
            for (size_t i = 0; i < m_words.size(); ++i) {
                if (!found[i] && term == m_words[i]) {
                    found[i] = true;
                    --missing;
                }
            }
        });
        if (missing == 0 && prefixFound)
            return true;
    }
    return false;
}

Result<QSet<qint64>> matchingText(const QSqlDatabase &db, const QList<qint64> &ids,
                                  const TextMatcher &matcher)
{
    sqlite3 *sqlite = sqlite::handleOf(db);
    if (!sqlite)
        return Error{LibraryText::tr("searching needs an SQLite library."), db.databaseName(), 0};
    QByteArray sql = "SELECT id, prompt, answer, hint, note FROM questions WHERE id IN (";
    for (qsizetype i = 0; i < ids.size(); ++i)
        sql += (i ? "," : "") + QByteArray::number(ids[i]);
    sql += ')';
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(sqlite, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK)
        return Error{
            LibraryText::tr("Searching failed: %1").arg(QString::fromUtf8(sqlite3_errmsg(sqlite))),
            db.databaseName(), 0};
    // The text straight from SQLite as UTF-16, looked at in place.
    auto column = [&](int c) {
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(statement, c));
        return QStringView(text, sqlite3_column_bytes16(statement, c) / 2);
    };
    QSet<qint64> matching;
    while (sqlite3_step(statement) == SQLITE_ROW)
        if (matcher.matches({column(1), column(2), column(3), column(4)}))
            matching.insert(sqlite3_column_int64(statement, 0));
    sqlite3_finalize(statement);
    return matching;
}

Status rebuild(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("DELETE FROM search_terms")))
        return sqlError(db, LibraryText::tr("Clearing the word index"), q);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, prompt, answer, hint, note FROM questions ORDER BY id")))
        return sqlError(db, LibraryText::tr("Reading the questions"), q);
    IndexWriter writer;
    while (q.next())
        writer.add(q.value(0).toLongLong(),
                   QStringList{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString()}
                       .join(QLatin1Char('\n')));
    q.finish();
    return writer.write(db);
}

} // namespace prepdeck::search
