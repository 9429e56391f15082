#pragma once

// The Markdown reader (structuredreader.h) as a class: one reading of one file, or of one
// part of a large file. Its steps live in six files:
//   structuredreader.cpp    the file, its blocks, <details> blocks and headings
//   structuredheadings.cpp  which headings are categories and which ask; questions from
//                           headings
//   structureditems.cpp     questions as items: <details> blocks, Q/A pairs, cards, bold
//                           paragraphs
//   structuredlists.cpp     questions as list items and table rows
//   structuredasked.cpp     questions asked in paragraphs of their own, answers below
//   structuredanswers.cpp   categories, the reading assembled, the answers' text
// Only those files include this one.

#include "layouts.h"
#include "markdownblocks.h"
#include "question.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace prepdeck::structured {

using markdown::Block;
using markdown::Kind;
// The patterns of these files are compiled once per thread (thread_local): parts of a large
// file are read on two threads at once, and a match shares its pattern's data, whose
// reference count the two threads would otherwise fight over on every line.
using QRE = QRegularExpression;

// A reading needs at least this mean likeness among its items to be a question bank.
constexpr double kMinimumMeanLikeness = 0.5;
// A list is a list of questions when at least this share of its items reads like one.
constexpr double kQuestionListShare = 0.5;
// A list is a table of contents (or a list of links) when this share of its items are links.
constexpr double kLinkListShare = 0.6;
// A file whose writer marked this many questions as such (and four in five of all): what is
// not marked and does not ask is not a question.
constexpr int kMarkedFile = 10;
// A heading written this many times over nothing that asks is a separator, not a question.
constexpr int kRepeatedHeading = 3;

// PREPDECK_IMPORT_TRACE set: each heading's decision is written to standard error. Read once:
// the environment is looked up under a lock, and this runs for every heading of a file.
inline bool tracing()
{
    static const bool on = qEnvironmentVariableIsSet("PREPDECK_IMPORT_TRACE");
    return on;
}

// A question found, before it goes into its category.
struct Found
{
    Question question;
    int category = -1; // the block index of its category's heading, or -1
    double likeness = 0;
    int firstBlock = -1; // the blocks it was read from
    int lastBlock = -1;
    bool listOrTable = false;      // a numbered list item or table row
    int container = -1;            // the list or table it is in
    bool explicitItem = false;     // a <details> block or a Q/A pair: marked as a question
    int node = -1;                 // for a heading question: its heading's node
    const char *form = "headings"; // how it was written, for the report
    bool answerless = false;       // a "Q:" whose "A:" is missing
    bool looseParagraph = false;   // a paragraph that only ends in a question mark
};

struct Details
{
    int open = 0;       // block with <summary>
    int summaryEnd = 0; // block where </summary> is
    int close = 0;      // block with </details> (or the last of the section)
    QString summary;
    bool answerLabel = false;
    bool uiLabel = false; // "See 20 translations", "Click to expand": not a question
};

class StructuredReader
{
public:
    explicit StructuredReader(const SourceText &source) : m_source(source) {}
    std::optional<ParsedBanks> read();

private:
    // --- the file (structuredreader.cpp) -----------------------------------------------------
    void prepareLines();
    void closeUnclosedFences();
    bool looksLikeMarkdown() const;
    bool isHeading(int i) const;
    bool inside(int block, int ancestor) const;
    int endOf(int container) const;
    void ignoreWithin(int container);
    void markNotContent();
    void findDetails();
    void levelMarkedQuestions();
    void levelNumberedRuns();
    void indexHeadings();
    bool hasOwnBody(int heading) const;
    int nextHeadingAtOrAbove(int heading, int level) const;

    // --- the headings' roles (structuredheadings.cpp) ----------------------------------------

    enum class Role
    {
        Undecided,
        Title,     // a lone top heading over everything: the bank's name
        Container, // a category (or a heading above categories)
        Group,     // questions of a heading that is its parent's only child: a tag
        Question,  // the heading asks; its whole section is the answer
        Contents,  // a table of contents over what follows: neither a category nor a question
    };

    struct Node
    {
        int block = 0;
        int level = 0;
        int parent = -1;
        QList<int> children;
        int contentEnd = 0; // block where its first sub-heading (or the section's end) is
        int end = 0;        // block where the next heading of its level or above is
        Role role = Role::Undecided;
    };
    void buildTree();
    void takePreface();
    QString headingKey(int h) const;
    QList<Found> readTree();
    void visit(int n, bool withinCategory, QList<Found> &found);
    std::optional<Role> roleOf(int n, bool withinCategory, const QList<Found> &direct,
                               bool asks) const;
    bool isNavigation(int from, int to) const;
    bool siblingsAreCategories(int n) const;
    static int explicitItems(const QList<Found> &items);
    bool levelAsks(int level) const;
    bool mostChildrenHoldQuestions(int n) const;
    bool holdsItems(int n) const;
    int containerAbove(int n) const;
    bool onlyChildOfCategory(int n) const;
    QList<int> contentOutside(int from, int to, const QList<Found> &items) const;
    bool onlyDescription(int from, int to, const QList<Found> &items) const;
    bool holdsQuestions(int from, int to, const QList<Found> &items) const;
    bool hasFrequencyLine(int from, int to) const;
    bool mostChildrenAsk(int n) const;
    bool markedAsQuestion(int heading) const;
    bool numberedHeading(int heading) const;
    double headingLikeness(int heading) const;
    void continueNumbering(QList<Found> &found);

    // --- questions from headings (structuredheadings.cpp) ------------------------------------
    Found headingQuestion(int h, int end);

    // --- questions as items (structureditems.cpp) --------------------------------------------
    QList<Found> itemsIn(int from, int to, bool lists);
    Found detailsQuestion(const Details &d);
    int detailsAnswerFirstLine(const Details &d);
    bool closesInText(int block) const;
    int detailsAnswerLastLine(const Details &d) const;
    QList<Found> cardsIn(int i);
    std::optional<std::pair<Found, int>> qaPair(int i, int to);
    void extendPairAnswer(int to, int &last, int &endLine) const;
    std::pair<Found, int> boldQuestion(int i, int to);

    // --- questions as list items and table rows (structuredlists.cpp) ------------------------
    std::optional<std::pair<QString, QString>> labelled(const Block &item) const;
    double itemLikeness(const Block &item) const;
    QList<Found> listQuestions(const QList<int> &lists);
    bool asksMostly(const QList<int> &items) const;
    Found itemQuestion(int j, bool firstOfList);
    QList<Found> tableQuestions(int table);
    void continueListAnswers(QList<Found> &found, int to) const;

    // --- questions asked in paragraphs of their own (structuredasked.cpp) --------------------
    enum class Asked
    {
        No,
        Bare,     // "Why …?" alone
        Numbered, // "Q1. …", "Question 2: …", a numbered list of one item
    };
    struct AskedLine
    {
        Asked kind = Asked::No;
        int promptBlock = -1; // the block that holds the question
        int markerLine = 0;   // an answer marker line under it ("Sample answer"), or 0
        int answerLine = 0;   // the answer's first line, or 0
    };
    AskedLine askedAt(int i) const;
    QList<int> askedParagraphs(int from, int to) const;
    std::pair<int, int> askedEnd(const AskedLine &asked, int next) const;
    QList<Found> askedQuestion(int i, int next);
    int skippedNumberLine(std::optional<int> number, int next, int first, int last) const;
    bool titlesQuestionsBelow(int j) const;

    // --- categories (structuredanswers.cpp) --------------------------------------------------
    int headingBelowLevel(int h, int level) const;
    int categoryAbove(int i, int level) const;
    QList<int> headingsAbove(int heading) const;
    // Headings that hold questions, counted by level and parent: a heading is a wrapper
    // when no other of its level under its parent is among them.
    struct Wrappers
    {
        QSet<int> holding;
        QHash<std::pair<int, int>, int> siblingsHolding;
    };
    Wrappers wrappersOf(const QList<Found> &found) const;
    bool isWrapper(const Wrappers &wrappers, int heading) const;
    QString bankTitle(const QList<Found> &found, const Wrappers &wrappers);
    std::optional<ParsedBanks> assemble(QList<Found> &found, int level, double mean);
    void describe(ParsedBanks &parsed, const QList<Found> &found, double mean) const;
    static void warnUnanswered(ParsedBanks &parsed, const QList<std::pair<int, QString>> &empty);

    // --- answers (structuredanswers.cpp) -----------------------------------------------------
    QString lineText(int line) const;
    QStringList linesBetween(int first, int last) const;
    bool endsChapter(const Question &q, int last) const;
    int headingLevelAt(int line) const;
    QString cleanText(QStringList lines, bool chapterEnds = false) const;
    void fillAnswer(Question &q, int first, int last) const;

    const SourceText &m_source;
    QStringList m_lines;
    QList<Block> m_blocks;
    QList<bool> m_ignored;
    QList<bool> m_inner;  // headings inside <details> blocks
    QList<bool> m_quoted; // blocks inside block quotes
    QHash<int, Details> m_details;
    QList<int> m_headings;
    QHash<QString, int> m_headingCounts; // how often each heading's text is written
    QList<int> m_headingBefore;          // per block: the nearest heading above it, or -1
    QList<int> m_parentHeading; // per heading: the nearest above it of a lower level, or -1
    bool m_plain = false;
    bool m_bankSignal = false;
    int m_titleRoleLine = 0; // the document's title heading: its section is the whole file
    int m_bankTitleLine = 0; // the heading that names the bank
    QString m_frontTitle;    // "title:" of the YAML front matter
    QList<ImportWarning> m_warnings;
    QList<Node> m_nodes;
    int m_headingQuestions = 0;
    bool m_numberingContinued = false;
    bool m_wholeFileDecision = false; // see ParsedBanks::wholeFileDecision
};

} // namespace prepdeck::structured
