#pragma once

#include "question.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringView>

#include <functional>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace prepdeck::search {

// The library's word index: for every word, the ids of the questions whose prompt, answer,
// hint or note hold it. Words are runs of letters and digits, compared without case or
// accents ("Über" finds "uber"). It lives in the table search_terms (term, ids), ids being
// ascending and stored as variable-length deltas, and is kept by the store whenever a
// question's text changes.

// The text of a question the index reads: prompt, answer, hint and the user's note.
QString searchableText(const Question &question, const QString &note);

// The words of a text, folded, each once, sorted.
QList<QByteArray> termsOf(QStringView text);

// Question ids as a set of bits, for combining the words of a search.
class IdSet
{
public:
    void insert(qint64 id);
    bool contains(qint64 id) const
    {
        const auto word = static_cast<size_t>(id >> 6);
        return id >= 0 && word < m_bits.size() && (m_bits[word] >> (id & 63) & 1);
    }
    void intersect(const IdSet &other);
    qsizetype count() const;

private:
    std::vector<quint64> m_bits;
};

// Appends id (greater than previous, the last one in the list) to an encoded list.
void appendId(std::string &list, qint64 previous, qint64 id);
QList<qint64> decodeIds(QByteArrayView list);
QByteArray encodeIds(const QList<qint64> &ascending);

// Collects changes to the index and writes them in one go (inside the caller's transaction):
// a term new to the index is one INSERT, a known one one read and one write.
class IndexWriter
{
public:
    struct DocWord // a distinct word of the question being added
    {
        quint64 hash;
        quint32 offset; // in the terms string
        quint32 length;
        size_t localSlot;
    };
    // Words of one question passed from one writer to another.
    struct WordList
    {
        std::vector<DocWord> words;
        std::string terms;
    };

    void add(qint64 id, QStringView text);
    // An import indexes on two threads: add() with a hand-off list keeps only the words
    // whose hash falls in this writer's share and puts the others in the list, for the
    // other thread's writer to take with addWords(). The two writers then hold no word
    // in common, and absorb() joins them without merging any postings.
    // (The question's searchable text, without a note: a new question has none.)
    void add(qint64 id, const Question &question, WordList &handOff, int keepOutOf256);
    void addWords(qint64 id, const WordList &words);
    void absorb(IndexWriter &&other);
    void remove(qint64 id, QStringView text);
    // Adds or removes only the words that differ between the two texts.
    void replace(qint64 id, QStringView before, QStringView after);
    Status write(QSqlDatabase &db);
    bool isEmpty() const { return m_added.empty() && m_removed.empty(); }

private:
    struct Postings
    {
        std::string encoded; // ascending ids as deltas, while they come in order
        qint64 last = 0;
        QList<qint64> unordered; // ids that came out of order, merged at write()
    };
    // Words to their postings: open addressing on a 64-bit hash, since an import looks up
    // every word of every answer (27 million at 100,000 questions).
    class TermTable
    {
    public:
        Postings &at(std::string_view term);
        Postings &at(std::string_view term, quint64 hash); // hash from hashOf()
        const Postings *find(std::string_view term) const;
        bool empty() const { return m_entries.empty(); }
        size_t size() const { return m_entries.size(); }
        const std::string &term(size_t i) const { return m_entries[i].term; }
        const Postings &postings(size_t i) const { return m_entries[i].postings; }
        void clear();
        // Takes over a word from another table; its postings are joined if it is here too.
        void adopt(std::string &&term, quint64 hash, Postings &&postings);
        // Hands every word with its postings to f and empties the table.
        template<typename F> void takeAll(F &&f)
        {
            for (Entry &e : m_entries)
                f(std::move(e.term), e.hash, std::move(e.postings));
            clear();
        }
        static quint64 hashOf(std::string_view term);
        // Asks the processor for the memory these words will be looked up in.
        void prefetch(const std::vector<DocWord> &words) const;

    private:
        // A word with its hash and postings side by side: one cache miss per lookup, not three.
        struct Entry
        {
            quint64 hash = 0;
            std::string term;
            Postings postings;
        };
        void grow();
        std::vector<quint32> m_slots; // index into m_entries plus one; 0 for an empty slot
        std::vector<Entry> m_entries;
    };
    struct Hash
    {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    TermTable m_added;
    std::vector<quint64> m_local;    // add(): hashes of the words of one question
    std::vector<DocWord> m_docWords; // add(): its distinct words
    std::string m_docTerms;          // add(): their text, one after the other
    void gatherWords(std::initializer_list<QStringView> texts);
    void addGathered(qint64 id, const std::vector<DocWord> &words, std::string_view terms);
    std::unordered_map<std::string, QList<qint64>, Hash, std::equal_to<>> m_removed;
};

// The ids of the questions holding every word of the query; the last word may be the
// beginning of a word (search as you type). Empty optional: nothing searchable was typed.
Result<std::optional<IdSet>> match(const QSqlDatabase &db, QStringView query);

// A word of a query with the size of its postings in bytes (about one byte per question for
// a word found nearly everywhere): what reading them would cost.
struct QueryWord
{
    QByteArray term;
    bool prefix = false; // the word being typed: every word it begins
    qint64 bytes = 0;
};
// The words of a query with their postings' sizes, each counted up to `enough` bytes.
Result<QList<QueryWord>> queryWords(const QSqlDatabase &db, QStringView query,
                                    qint64 enough = std::numeric_limits<qint64>::max());
// The questions holding one word of a query.
Result<IdSet> postingsOf(const QSqlDatabase &db, const QueryWord &word);
// The questions holding every one of these words; nothing when there are no words.
Result<std::optional<IdSet>> postingsOfAll(const QSqlDatabase &db, const QList<QueryWord> &words);

// Decides from a question's text what the index decides for these words, for checking a
// few questions without reading the postings of a word found in most of them.
class TextMatcher
{
public:
    explicit TextMatcher(const QList<QueryWord> &words);
    bool isEmpty() const { return m_words.empty() && m_prefix.empty(); }
    bool matches(const QList<QStringView> &texts) const; // the parts of one question

private:
    std::vector<std::string> m_words; // whole words
    std::string m_prefix;             // the word being typed
};

// Of these questions, those whose prompt, answer, hint and note the matcher accepts.
Result<QSet<qint64>> matchingText(const QSqlDatabase &db, const QList<qint64> &ids,
                                  const TextMatcher &matcher);

// The words of a query as the index holds them; the last one is a prefix.
QList<QByteArray> queryTerms(QStringView query);

// Builds the whole index again from the questions table.
Status rebuild(QSqlDatabase &db);

} // namespace prepdeck::search
