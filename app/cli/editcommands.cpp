// The user's own changes from a terminal: edit, add, suspend, unsuspend, delete, undelete,
// rename-bank. Each is one transaction in the library (QuestionEdits).
#include "command.h"
#include "translation.h"

#include <QFile>
#include <QTextStream>

namespace prepdeck::cli {

namespace {

// The ids given, or a usage message naming the first that is not one.
std::optional<QList<qint64>> idsOf(const QStringList &args, QString &bad)
{
    QList<qint64> ids;
    for (const QString &a : args) {
        bool ok = false;
        const qint64 id = a.toLongLong(&ok);
        if (!ok || id <= 0) {
            bad = a;
            return std::nullopt;
        }
        ids << id;
    }
    return ids;
}

// A text option's value; "-" reads it from standard input (a long Markdown answer).
QString textOf(const QCommandLineParser &p, const QCommandLineOption &o)
{
    const QString v = p.value(o);
    if (v != QLatin1String("-"))
        return v;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll());
}

struct ContentOptions
{
    QCommandLineOption prompt{QStringLiteral("prompt"), CommandLine::tr("The question."),
                              QStringLiteral("TEXT")};
    QCommandLineOption answer{QStringLiteral("answer"),
                              CommandLine::tr("The answer (Markdown; - reads it from stdin)."),
                              QStringLiteral("TEXT")};
    QCommandLineOption hint{QStringLiteral("hint"), CommandLine::tr("The hint or key concept."),
                            QStringLiteral("TEXT")};
    QCommandLineOption followUp{
        QStringLiteral("followup"),
        CommandLine::tr("A follow-up question (repeatable; replaces them)."),
        QStringLiteral("TEXT")};
    QCommandLineOption tip{QStringLiteral("tip"),
                           CommandLine::tr("A coaching tip (repeatable; replaces them)."),
                           QStringLiteral("TEXT")};
    QCommandLineOption tag{QStringLiteral("tag"),
                           CommandLine::tr("A tag (repeatable; replaces them)."),
                           QStringLiteral("TEXT")};
    QCommandLineOption category{QStringLiteral("category"),
                                CommandLine::tr("The category, by name."), QStringLiteral("TEXT")};

    QList<QCommandLineOption> all() const
    {
        return {prompt, answer, hint, followUp, tip, tag, category};
    }
    bool anyContent(const QCommandLineParser &p) const
    {
        for (const QCommandLineOption &o : {prompt, answer, hint, followUp, tip, tag})
            if (p.isSet(o))
                return true;
        return false;
    }
    // The options given, over `q`.
    void apply(const QCommandLineParser &p, Question &q) const
    {
        if (p.isSet(prompt))
            q.prompt = textOf(p, prompt);
        if (p.isSet(answer))
            q.answer = textOf(p, answer);
        if (p.isSet(hint))
            q.hint = textOf(p, hint);
        if (p.isSet(followUp))
            q.followUps = p.values(followUp);
        if (p.isSet(tip))
            q.tips = p.values(tip);
        if (p.isSet(tag))
            q.tags = p.values(tag);
    }
};

// The categories named `name` (exactly, any case; else containing it), within one bank
// when bankId is not 0.
QList<CategoryRef> categoriesNamed(const QList<CategoryRef> &all, const QString &name,
                                   qint64 bankId = 0, const QString &bank = {})
{
    QList<CategoryRef> exact, partly;
    for (const CategoryRef &c : all) {
        if ((bankId && c.bankId != bankId) ||
            (!bank.isEmpty() && c.bank.compare(bank, Qt::CaseInsensitive) != 0))
            continue;
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            exact << c;
        else if (c.name.contains(name, Qt::CaseInsensitive))
            partly << c;
    }
    return exact.isEmpty() ? partly : exact;
}

QString listed(const QList<CategoryRef> &categories)
{
    QStringList names;
    for (const CategoryRef &c : categories)
        names << QStringLiteral("\"%1\" (%2)").arg(c.name, c.bank);
    return names.join(QLatin1String(", "));
}

} // namespace

int runEdit(const QStringList &arguments)
{
    Command cmd(QStringLiteral("edit"),
                CommandLine::tr("Change a question's text or category. A later import of its "
                                "file keeps your version."),
                QStringLiteral("edit QUESTION_ID [--prompt TEXT] [--answer TEXT|-] [--hint TEXT] "
                               "[--followup TEXT]... [--tip TEXT]... [--tag TEXT]... "
                               "[--category TEXT] | --take-file"));
    const ContentOptions o;
    const QCommandLineOption takeFile(
        QStringLiteral("take-file"),
        CommandLine::tr("Drop your edit and take the file's version of the question."));
    cmd.parser().addOptions(o.all());
    cmd.parser().addOption(takeFile);
    cmd.parser().addPositionalArgument(QStringLiteral("QUESTION_ID"),
                                       CommandLine::tr("The id shown by 'prepdeck list'."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QCommandLineParser &p = cmd.parser();
    QString bad;
    const auto ids = idsOf(p.positionalArguments(), bad);
    if (!ids || ids->size() != 1)
        return cmd.usage(bad.isEmpty() ? CommandLine::tr("give one question id.")
                                       : CommandLine::tr("'%1' is not a question id.").arg(bad));
    const qint64 id = ids->first();
    if (p.isSet(takeFile) && (o.anyContent(p) || p.isSet(o.category)))
        return cmd.usage(CommandLine::tr("--take-file takes no other change."));
    if (!p.isSet(takeFile) && !o.anyContent(p) && !p.isSet(o.category))
        return cmd.usage(CommandLine::tr("say what to change: --prompt, --answer, --hint, "
                                         "--followup, --tip, --tag or --category."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    Library &library = **store;
    if (p.isSet(takeFile)) {
        if (Status taken = library.edits().takeFileVersion(id); !taken)
            return failed(taken.error());
        out(CommandLine::tr("Question %1 is the file's version again.").arg(id));
        return Success;
    }
    auto stored = library.questions().find(id);
    if (!stored)
        return failed(stored.error());
    Question content = stored->question;
    o.apply(p, content);
    qint64 categoryId = 0;
    if (p.isSet(o.category)) {
        auto all = library.edits().categories();
        if (!all)
            return failed(all.error());
        qint64 bankId = 0;
        for (const CategoryRef &c : *all)
            if (c.name == stored->category && c.bank == stored->bank)
                bankId = c.bankId;
        const QList<CategoryRef> found = categoriesNamed(*all, p.value(o.category), bankId);
        if (found.size() != 1)
            return failed(Error{
                found.isEmpty()
                    ? CommandLine::tr("the bank \"%1\" has no category named \"%2\".")
                          .arg(stored->bank, p.value(o.category))
                    : CommandLine::tr("\"%1\" names %2 categories: %3. Give more of the name.")
                          .arg(p.value(o.category))
                          .arg(found.size())
                          .arg(listed(found)),
                {},
                0,
                Error::Kind::Usage});
        categoryId = found.first().id;
    }
    if (Status edited = library.edits().edit(id, content, categoryId); !edited)
        return failed(edited.error());
    out(CommandLine::tr("Saved question %1. An import of its file keeps your version.").arg(id));
    return Success;
}

int runAdd(const QStringList &arguments)
{
    Command cmd(QStringLiteral("add"),
                CommandLine::tr("Write a question of your own into a category. A category no "
                                "bank has is made in the bank \"My questions\"."),
                QStringLiteral("add --category TEXT --prompt TEXT [--answer TEXT|-] [--hint TEXT] "
                               "[--followup TEXT]... [--tip TEXT]... [--tag TEXT]... "
                               "[--bank NAME]"));
    const ContentOptions o;
    const QCommandLineOption bank(QStringLiteral("bank"),
                                  CommandLine::tr("The bank of the category, by name."),
                                  QStringLiteral("NAME"));
    cmd.parser().addOptions(o.all());
    cmd.parser().addOption(bank);
    if (auto done = cmd.parse(arguments))
        return *done;
    const QCommandLineParser &p = cmd.parser();
    if (!p.positionalArguments().isEmpty())
        return cmd.usage(
            CommandLine::tr("unexpected argument '%1'.").arg(p.positionalArguments().first()));
    if (!p.isSet(o.category) || !p.isSet(o.prompt))
        return cmd.usage(CommandLine::tr("give --category and --prompt."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    Library &library = **store;
    auto all = library.edits().categories();
    if (!all)
        return failed(all.error());
    const QString name = p.value(o.category).trimmed();
    QList<CategoryRef> found;
    for (const CategoryRef &c : categoriesNamed(*all, name, 0, p.value(bank)))
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            found << c;
    if (found.size() > 1)
        return failed(Error{CommandLine::tr("\"%1\" is a category of several banks: %2. Choose "
                                            "one with --bank.")
                                .arg(name, listed(found)),
                            {},
                            0,
                            Error::Kind::Usage});
    qint64 categoryId = found.isEmpty() ? 0 : found.first().id;
    if (!categoryId) {
        const QString bankName =
            p.isSet(bank) ? p.value(bank).trimmed() : CommandLine::tr("My questions");
        for (const CategoryRef &c : *all)
            if (c.bank == bankName)
                return failed(Error{CommandLine::tr("the bank \"%1\" has no category \"%2\"; its "
                                                    "categories can only come from its file.")
                                        .arg(bankName, name),
                                    {},
                                    0,
                                    Error::Kind::Usage});
        auto made = library.edits().addBank(bankName, name);
        if (!made)
            return failed(made.error());
        categoryId = *made;
    }
    Question content;
    o.apply(p, content);
    auto id = library.edits().add(categoryId, content);
    if (!id)
        return failed(id.error());
    out(CommandLine::tr("Added question %1.").arg(*id));
    return Success;
}

namespace {

// suspend, unsuspend, delete and undelete: a list of ids and one change.
int runOnIds(const QStringList &arguments, const QString &name, const QString &description,
             const std::function<Status(Library &, const QList<qint64> &)> &change,
             const std::function<QString(int)> &done)
{
    Command cmd(name, description, name + QStringLiteral(" QUESTION_ID..."));
    cmd.parser().addPositionalArgument(QStringLiteral("QUESTION_ID"),
                                       CommandLine::tr("Ids shown by 'prepdeck list'."));
    if (auto finished = cmd.parse(arguments))
        return *finished;
    QString bad;
    const auto ids = idsOf(cmd.parser().positionalArguments(), bad);
    if (!ids || ids->isEmpty())
        return cmd.usage(bad.isEmpty() ? CommandLine::tr("give one or more question ids.")
                                       : CommandLine::tr("'%1' is not a question id.").arg(bad));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    if (Status changed = change(**store, *ids); !changed)
        return failed(changed.error());
    out(done(static_cast<int>(ids->size())));
    return Success;
}

} // namespace

int runSuspend(const QStringList &arguments, bool suspend)
{
    return runOnIds(
        arguments, suspend ? QStringLiteral("suspend") : QStringLiteral("unsuspend"),
        suspend ? CommandLine::tr("Put questions away: out of study, mock interviews and sheets, "
                                  "kept with their ratings.")
                : CommandLine::tr("Bring suspended questions back into study."),
        [suspend](Library &l, const QList<qint64> &ids) {
            return l.edits().setSuspended(ids, suspend);
        },
        [suspend](int n) {
            return suspend ? CommandLine::tr("Suspended %n question(s).", nullptr, n)
                           : CommandLine::tr("%n question(s) back in study.", nullptr, n);
        });
}

int runDelete(const QStringList &arguments, bool remove)
{
    return runOnIds(
        arguments, remove ? QStringLiteral("delete") : QStringLiteral("undelete"),
        remove ? CommandLine::tr("Delete questions. Their ratings are kept, an import of their "
                                 "file does not bring them back, and 'prepdeck undelete' does.")
               : CommandLine::tr("Bring deleted questions back, with their ratings."),
        [remove](Library &l, const QList<qint64> &ids) {
            return remove ? l.edits().remove(ids) : l.edits().restore(ids);
        },
        [remove](int n) {
            return remove ? CommandLine::tr("Deleted %n question(s); their ratings are kept. "
                                            "'prepdeck undelete ID...' brings them back.",
                                            nullptr, n)
                          : CommandLine::tr("Brought back %n question(s).", nullptr, n);
        });
}

int runRenameBank(const QStringList &arguments)
{
    Command cmd(QStringLiteral("rename-bank"),
                CommandLine::tr("Rename a bank. An import of its file keeps the new name."),
                QStringLiteral("rename-bank OLD NEW"));
    cmd.parser().addPositionalArgument(QStringLiteral("OLD"),
                                       CommandLine::tr("The bank's name now."));
    cmd.parser().addPositionalArgument(QStringLiteral("NEW"), CommandLine::tr("Its new name."));
    if (auto done = cmd.parse(arguments))
        return *done;
    const QStringList args = cmd.parser().positionalArguments();
    if (args.size() != 2)
        return cmd.usage(CommandLine::tr("give the bank's name and its new name."));
    auto store = cmd.openStore();
    if (!store)
        return failed(store.error());
    auto bankId = bankNamed(**store, args[0]);
    if (!bankId)
        return failed(bankId.error());
    if (Status renamed = (*store)->edits().renameBank(*bankId, args[1]); !renamed)
        return failed(renamed.error());
    out(CommandLine::tr("Renamed the bank \"%1\" to \"%2\".").arg(args[0], args[1].trimmed()));
    return Success;
}

} // namespace prepdeck::cli
