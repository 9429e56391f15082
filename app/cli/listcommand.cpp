#include "command.h"
#include "libraryjson.h"
#include "translation.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <limits>

namespace prepdeck::cli {

namespace {

// A search's passage with its matches in square brackets, on one line.
QString markedSnippet(QString snippet)
{
    snippet.replace(SearchHit::kMatchStart, QLatin1Char('['));
    snippet.replace(SearchHit::kMatchEnd, QLatin1Char(']'));
    return snippet.simplified();
}

struct Listed
{
    QList<StoredQuestion> questions;
    QList<SearchHit> hits; // with search words: why each matched
};

// The questions of the filter in library order, or with search words best match first.
Result<Listed> listed(const QuestionRepository &questions, const QuestionFilter &filter, int most)
{
    Listed out;
    if (filter.search.trimmed().isEmpty()) {
        auto all = questions.list(filter);
        if (!all)
            return all.error();
        out.questions = most > 0 ? all->mid(0, most) : *all;
        return out;
    }
    auto ids = questions.questionIds(filter, QuestionOrder::Relevance, Qt::AscendingOrder, most);
    if (!ids)
        return ids.error();
    auto hits = questions.searchHits(*ids, filter.search);
    if (!hits)
        return hits.error();
    out.hits = *hits;
    // Read in slices (ids are written into the statement), then put in the ranked order.
    QHash<qint64, StoredQuestion> byId;
    constexpr qsizetype kSlice = 5000;
    for (qsizetype i = 0; i < ids->size(); i += kSlice) {
        QuestionFilter slice;
        slice.questionIds = ids->mid(i, kSlice);
        slice.suspended = QuestionFilter::Suspended::Included; // decided by the ids
        slice.deleted = filter.deleted;
        auto part = questions.list(slice);
        if (!part)
            return part.error();
        for (const StoredQuestion &s : std::as_const(*part))
            byId.insert(s.id, s);
    }
    for (const qint64 id : std::as_const(*ids))
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            out.questions << *it;
    return out;
}

} // namespace

int runList(const QStringList &arguments)
{
    Command cmd(
        QStringLiteral("list"), CommandLine::tr("List the questions of the library in order."),
        QStringLiteral("list [--category TEXT] [--search TEXT] [--limit N] [--no-suspended] "
                       "[--json]"));
    QCommandLineParser &p = cmd.parser();
    const QCommandLineOption category(QStringLiteral("category"),
                                      CommandLine::tr("Only categories whose name contains TEXT."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption search(
        QStringLiteral("search"),
        CommandLine::tr("Only questions whose prompt, answer, hint or note has these words, best "
                        "match first (\"a phrase\", word*, a OR b, -word)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   CommandLine::tr("Only the first N questions."),
                                   QStringLiteral("N"));
    const QCommandLineOption asJson(QStringLiteral("json"), CommandLine::tr("Print JSON."));
    const QCommandLineOption noSuspended(
        QStringLiteral("no-suspended"),
        CommandLine::tr("Leave out suspended questions (listed, and marked, by default)."));
    p.addOptions({category, search, limit, noSuspended, asJson});
    if (auto done = cmd.parse(arguments))
        return *done;
    if (!p.positionalArguments().isEmpty())
        return cmd.usage(
            CommandLine::tr("unexpected argument '%1'.").arg(p.positionalArguments().first()));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    // A command line is not typed a key at a time: its last word is a whole word, as a
    // space after it makes it in the window (word* asks for the start of a word).
    QuestionFilter filter = QuestionFilter::matching(
        p.value(category), p.isSet(search) ? p.value(search) + QLatin1Char(' ') : QString());
    filter.suspended = p.isSet(noSuspended) ? QuestionFilter::Suspended::Hidden
                                            : QuestionFilter::Suspended::Included;
    int most = 0;
    if (p.isSet(limit)) {
        bool ok = false;
        most = p.value(limit).toInt(&ok);
        if (!ok || most < 1)
            return cmd.usage(
                CommandLine::tr("--limit wants a number from 1 on, not '%1'.").arg(p.value(limit)));
    }
    auto found = listed((*store)->questions(), filter, most);
    if (!found)
        return failed(found.error());
    const QList<StoredQuestion> *questions = &found->questions;
    QHash<qint64, SearchHit> hits;
    for (const SearchHit &h : std::as_const(found->hits))
        hits.insert(h.id, h);

    if (p.isSet(asJson)) {
        QJsonArray list;
        int rank = 0;
        for (const StoredQuestion &s : *questions) {
            QJsonObject o = toJson(s);
            if (const auto hit = hits.constFind(s.id); hit != hits.constEnd()) {
                o.insert(QStringLiteral("rank"), ++rank);
                o.insert(QStringLiteral("snippet"),
                         markedSnippet(hit->snippet.isEmpty() ? hit->markedPrompt : hit->snippet));
                o.insert(QStringLiteral("matched_in"), hit->column);
            }
            list.append(o);
        }
        out(json(QJsonDocument(list)));
        return Success;
    }
    for (const StoredQuestion &s : *questions) {
        const QString number =
            s.question.number ? QStringLiteral("%1. ").arg(*s.question.number) : QString();
        const QString confidence =
            s.confidence ? QStringLiteral("  [%1/5]").arg(*s.confidence) : QString();
        QString marks = confidence;
        if (s.suspended)
            marks += QLatin1String("  ") + CommandLine::tr("(suspended)");
        if (s.edited.isValid())
            marks += QLatin1String("  ") + CommandLine::tr("(edited)");
        out(QStringLiteral("%1\t%2 / %3\t%4%5%6")
                .arg(s.id)
                .arg(s.bank, s.category, number, s.question.prompt, marks));
        // Where a search found it, when not in the prompt shown above.
        if (const auto hit = hits.constFind(s.id); hit != hits.constEnd() &&
                                                   hit->column != QLatin1String("prompt") &&
                                                   !hit->snippet.isEmpty())
            out(QStringLiteral("\t\t%1: %2").arg(hit->column, markedSnippet(hit->snippet)));
    }
    if (questions->isEmpty() && !filter.search.trimmed().isEmpty()) {
        auto near = (*store)->questions().suggestedSearches(filter.search);
        if (near && !near->isEmpty())
            print(stderr, CommandLine::tr("No questions match \"%1\". Did you mean \"%2\"?")
                              .arg(filter.search.trimmed(), near->join(QLatin1String("\", \""))));
        else
            print(stderr, CommandLine::tr("No questions match \"%1\". Try fewer or shorter words.")
                              .arg(filter.search.trimmed()));
    } else if (questions->isEmpty()) {
        print(stderr,
              CommandLine::tr("No questions match. Import a bank with 'prepdeck import FILE'."));
    }
    return Success;
}

} // namespace prepdeck::cli
